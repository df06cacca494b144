/// Which words of a text are names, by how the text writes them, for showing key phrases.
///
/// A word keeps its capital when the text never writes it in lower case and writes it with a
/// capital at least once where case is evidence: inside a sentence (not after punctuation), or
/// right before another capitalized word (`Pope Francis` at a sentence's start).
struct WordCase {
    private var index = WordTable(capacity: 512)
    /// Per word: bit 0, seen in lower case; bit 1, seen capitalized where case is evidence.
    private var flags: [UInt8] = []

    /// The case evidence of `tokens`: first the capitalized words, then which of them the
    /// text also writes in lower case.
    init(_ tokens: [WordToken]) {
        index = WordTable(capacity: max(tokens.count / 4, 16))
        for (k, t) in tokens.enumerated() where t.isCapitalized && !t.isStop && !t.isNumber {
            let (i, inserted) = index.value(t.stem, orInsert: Int32(flags.count))
            if inserted { flags.append(0) }
            if !t.afterBreak || (k + 1 < tokens.count && tokens[k + 1].isCapitalized && !tokens[k + 1].afterBreak) {
                flags[Int(i)] |= 2
            }
        }
        for t in tokens where !t.isCapitalized && !t.isStop && !t.isNumber {
            if let i = index.value(t.stem) { flags[Int(i)] |= 1 }
        }
    }

    /// Whether the word with stem `stem` is shown with its capital.
    func keepsCapital(_ stem: UInt64) -> Bool {
        guard let i = index.value(stem) else { return false }
        return flags[Int(i)] == 2
    }
}
