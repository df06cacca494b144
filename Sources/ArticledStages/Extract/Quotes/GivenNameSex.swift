/// The sex a given name is far more often recorded for (the US census lists), so that "she
/// said" is not taken for the man named last: "Alice Brown met John Smith. “…,” she said".
enum GivenNameSex: Sendable {
    case female, male

    /// The sex of the given name whose hash (as `HashedWordTable` hashes a word) is `key`, or
    /// nil for a name used for both, or unknown.
    static func of(_ key: UInt64) -> GivenNameSex? {
        if names.female.contains(key) { return .female }
        if names.male.contains(key) { return .male }
        return nil
    }

    /// The sex a courtesy or noble title before a name tells ("Mr", "Lord"; "Ms", "Dame"), by
    /// the title's hash, or nil.
    static func ofTitle(_ key: UInt64) -> GivenNameSex? {
        if femaleTitles.contains(key) { return .female }
        if maleTitles.contains(key) { return .male }
        return nil
    }

    private static let femaleTitles = WordHashSet(["Mrs", "Ms", "Miss", "Lady", "Dame", "Madam", "Madame", "Mme", "Queen",
                                                   "Princess", "Duchess", "Countess", "Baroness", "Aunty", "Auntie", "Sister"]
                                                  .map(HashedWordTable.hash))
    private static let maleTitles = WordHashSet(["Mr", "Sir", "Lord", "King", "Prince", "Duke", "Earl", "Baron", "Uncle",
                                                 "Brother", "Father", "Fr"].map(HashedWordTable.hash))

    /// The sex a pronoun refers to ("she", "her"; "he", "his", "him"), any case, or nil.
    static func ofPronoun(_ bytes: ArraySlice<UInt8>) -> GivenNameSex? {
        func equals(_ word: StaticString) -> Bool {
            word.withUTF8Buffer { w in w.count == bytes.count && zip(w, bytes).allSatisfy { $0 == ASCIIByte.lower($1) } }
        }
        if equals("she") || equals("her") { return .female }
        if equals("he") || equals("his") || equals("him") { return .male }
        return nil
    }

    /// The two lists, as hashes.
    private static let names: (female: WordHashSet, male: WordHashSet) = (load("names-given-female.txt"), load("names-given-male.txt"))

    /// The hashes of the names of one list.
    private static func load(_ file: String) -> WordHashSet {
        // Filled through a class: a closure mutating a captured local was miscompiled by Swift
        // 6.3's optimizer (see `EntityLexiconBuilder`).
        final class Box { var keys = WordHashSet() }
        let box = Box()
        EntityWordList.forEachLine(file) { line in
            var h = HashedWordTable.seed
            for b in line { h = HashedWordTable.mix(h, b) }
            box.keys.insert(h == 0 ? 1 : h)
        }
        return box.keys
    }
}
