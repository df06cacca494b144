/// Fills the tables of an `EntityLexicon` from the word lists, one list at a time.
///
/// A class on purpose: the line readers hand each line to a closure, and a closure that
/// mutates a class's storage avoids captured `inout` locals, which Swift 6.3's optimizer
/// miscompiled here (a release build crashed loading the lists).
final class EntityLexiconBuilder {
    private(set) var table = HashedWordTable(capacity: 140_000)
    private(set) var cues = HashedWordTable(capacity: 1_000)
    private(set) var places: [GazetteerEntry] = []
    /// The most words any gazetteer alias has.
    private(set) var longest = 1

    /// Reads one gazetteer list: one entry a line, aliases separated by "|"; every alias and
    /// the leading words of multi-word aliases go into the table.
    func addGazetteer(_ file: String, _ kind: EntityKind, isCountry: Bool = false, isCity: Bool = false) {
        EntityWordList.forEachLine(file) { line in
            var aliasStart = 0
            var index: Int32 = -1
            while aliasStart <= line.count {
                var aliasEnd = aliasStart
                while aliasEnd < line.count && line[aliasEnd] != 0x7C { aliasEnd += 1 }
                if aliasEnd > aliasStart {
                    let alias = String(decoding: UnsafeBufferPointer(rebasing: line[aliasStart..<aliasEnd]), as: UTF8.self)
                    if index < 0 {
                        self.places.append(GazetteerEntry(canonical: alias, key: HashedWordTable.hash(alias), kind: kind,
                                                          isCountry: isCountry, isCity: isCity))
                        index = Int32(self.places.count - 1)
                    } else {
                        self.places[Int(index)].aliases.append(alias)
                    }
                    var h = HashedWordTable.seed
                    var words = 1
                    for k in aliasStart..<aliasEnd {
                        if line[k] == 0x20 {
                            self.table.insert(h, facts: .gazetteerPrefix)
                            words += 1
                        }
                        h = HashedWordTable.mix(h, line[k])
                    }
                    self.table.insert(h, facts: [], place: index)
                    self.longest = max(self.longest, words)
                }
                aliasStart = aliasEnd + 1
            }
        }
    }

    /// Gives every word of a list the `facts`; `dropPeriod` reads "Gen." as "Gen", and
    /// `capitalized` also marks "Able" for "able".
    func mark(_ file: String, _ facts: WordFacts, dropPeriod: Bool = false, capitalized: Bool = false) {
        EntityWordList.forEachLine(file) { line in
            var end = line.count
            if dropPeriod && end > 1 && line[end - 1] == 0x2E { end -= 1 }
            var h = HashedWordTable.seed
            var upper = HashedWordTable.seed
            for k in 0..<end {
                let b = line[k]
                h = HashedWordTable.mix(h, b)
                upper = HashedWordTable.mix(upper, k == 0 && b >= 0x61 && b <= 0x7A ? b - 0x20 : b)
            }
            self.table.insert(h, facts: facts)
            if capitalized { self.table.insert(upper, facts: facts) }
        }
    }

    /// Gives the cue words the `facts`, in both tables.
    func cue(_ words: [String], _ facts: WordFacts) {
        for w in words {
            let h = HashedWordTable.hash(w)
            table.insert(h, facts: facts)
            cues.insert(h, facts: facts)
        }
    }
}
