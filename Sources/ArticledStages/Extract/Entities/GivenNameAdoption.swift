/// Lets a month's name be a given name where the text shows it is one: "Jan Kubiak", "June
/// Sarpong", "August Wilson", and a day's that is one too ("Sunday Abutu"). Such a word written
/// right before a capitalized word (or the particles before one: "Jan van der Merwe") that no
/// list calls anything but a name or a word gets the facts of a given name there (and nowhere
/// else: "in June" stays a month). Not after "in", "since", "by"… nor before a number or a
/// month's day ("Jan 5", "June 2024").
enum GivenNameAdoption {
    /// The months (and their short forms) and days that are also given names.
    private static let monthNames: WordHashSet = WordHashSet(["Jan", "June", "April", "August", "Sunday"].map(HashedWordTable.hash))

    /// Words before which a month keeps its usual sense, as written in a sentence and opening one.
    private static let keepsSense: WordHashSet = WordHashSet((SurnameAdoption.senseKeepingWords + ["to", "between"]).flatMap {
        [HashedWordTable.hash($0), HashedWordTable.hash($0.prefix(1).uppercased() + $0.dropFirst())]
    })

    /// What the following word may be for the month before it to read as a given name.
    private static let surnameFacts: WordFacts = [.surnameWord, .common, .givenName]

    /// Gives `.givenName` (in place of `.nonEntity`) to the months the text uses as given names.
    static func adopt(tokens: [Token], hashes: [UInt64], facts: inout [WordFacts]) {
        for i in tokens.indices where i + 1 < tokens.count && tokens[i].kind == .word && tokens[i].has(.capitalized)
            && !tokens[i].has(.allCaps) && monthNames.contains(hashes[i]) {
            // ("Jan van der Merwe": the surname after its particles.)
            var next = i + 1
            while next + 1 < tokens.count, tokens[next].kind == .word, !tokens[next].has(.capitalized), facts[next].contains(.particle) { next += 1 }
            guard tokens[next].kind == .word, tokens[next].has(.capitalized), !tokens[next].has(.allCaps),
                  tokens[next].paragraph == tokens[i].paragraph, facts[next].subtracting(surnameFacts).isEmpty,
                  !(facts[next].contains(.common) && !facts[next].contains(.surnameWord))
            else { continue }
            if i > 0, tokens[i - 1].kind == .word, keepsSense.contains(hashes[i - 1]) { continue }
            facts[i] = .givenName
        }
    }
}
