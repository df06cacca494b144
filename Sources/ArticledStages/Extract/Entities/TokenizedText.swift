/// An article split into tokens, with each word's text ready for word-list look-ups.
struct TokenizedText: Sendable {
    /// The article's UTF-8 bytes.
    let bytes: [UInt8]
    var tokens: [Token]
    /// The text of each token, "’" written as "'" and without a possessive ending; "" for punctuation.
    let words: [String]

    /// Whether token `i` is a word.
    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }

    /// Whether token `i` is punctuation standing for `mark`.
    func isMark(_ i: Int, _ mark: UInt8) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && tokens[i].mark == mark
    }

    /// Whether token `i` is the lower-case word `word`.
    func isWord(_ i: Int, _ word: String) -> Bool { isWord(i) && words[i] == word }

    /// The verbatim text between the start of token `from` and the end of token `to` (inclusive),
    /// white space folded to single spaces.
    func text(from: Int, to: Int) -> String {
        var out: [UInt8] = []
        var lastSpace = false
        for b in bytes[Int(tokens[from].start)..<Int(tokens[to].end)] {
            let space = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
            if space {
                if !lastSpace { out.append(0x20) }
            } else {
                out.append(b)
            }
            lastSpace = space
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The words of tokens `range` joined by single spaces, possessive endings kept on all but the
    /// last word ("People's Republic of China"); the key used for gazetteer look-ups and names.
    func name(_ range: Range<Int>) -> String {
        var out = ""
        for i in range {
            if !out.isEmpty { out += " " }
            out += words[i]
            if tokens[i].has(.possessive) && i != range.upperBound - 1 { out += "'s" }
        }
        return out
    }
}
