import Testing
@testable import ArticledStages

/// The set of word hashes that the word lists are asked through.
@Suite struct WordHashSetTests {
    @Test func itHoldsWhatWasPutInAndNothingElse() {
        let words = ["storm", "Typhoon", "the", "of", "Hurricane"]
        let set = WordHashSet(words.map(HashedWordTable.hash))
        #expect(set.count == 5)
        for w in words { #expect(set.contains(HashedWordTable.hash(w)), "\(w)") }
        for w in ["Storm", "typhoons", "", "a", "hurricane"] { #expect(!set.contains(HashedWordTable.hash(w)), "\(w)") }
    }

    @Test func itGrowsPastItsFirstSizeAndKeepsEveryKey() {
        var set = WordHashSet()
        let keys = (0..<5000).map { HashedWordTable.hash("word\($0)") }
        for k in keys {
            let added = set.insert(k)
            #expect(added)
        }
        #expect(set.count == 5000)
        #expect(keys.allSatisfy(set.contains))
        let again = set.insert(keys[17])
        #expect(!again, "a key already there is not added again")
        #expect(set.count == 5000)
        #expect(!set.contains(HashedWordTable.hash("word5000")))
    }

    @Test func neighbouringKeysAreAllFound() {
        let set: WordHashSet = [1, 2, 3, 1 << 40, (1 << 40) + 1, .max]
        for k: UInt64 in [1, 2, 3, 1 << 40, (1 << 40) + 1, .max] { #expect(set.contains(k)) }
        for k: UInt64 in [4, 1 << 41, .max - 1] { #expect(!set.contains(k)) }
        #expect(WordHashSet().isEmpty)
    }
}
