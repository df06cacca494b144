/// The word lists entity recognition consults, read once from `Resources/` into one hashed
/// table (see `HashedWordTable`), so a token's facts cost one or two look-ups.
///
/// Gazetteer entries (countries, regions, cities, well-known organizations) map every alias to
/// one `GazetteerEntry`, so "US", "U.S." and "United States" are one entity.
struct EntityLexicon: Sendable {
    /// Every list: looked up for capitalized words.
    let table: HashedWordTable
    /// Only the cue words (speech verbs, connectors, role nouns): small enough to stay in the
    /// cache, looked up for lower-case words, which never need the large lists.
    let cues: HashedWordTable
    /// The gazetteer's entries; table values point into this list.
    let places: [GazetteerEntry]
    /// The most words any gazetteer alias has: bounds the longest-match search.
    let longestGazetteerEntry: Int

    /// The lexicon built from the shipped word lists, loaded on first use.
    static let shared = EntityLexicon()

    /// Reads every list; an alias in several gazetteer lists keeps the first kind read
    /// (countries, then regions, then organizations, then cities).
    init() {
        var table = HashedWordTable(capacity: 140_000)
        var cues = HashedWordTable(capacity: 1_000)
        var places: [GazetteerEntry] = []
        var longest = 1
        /// Reads one gazetteer list: one entry a line, aliases separated by "|"; every alias
        /// and the leading words of multi-word aliases go into the table.
        func add(_ file: String, _ kind: EntityKind, isCountry: Bool = false, isCity: Bool = false) {
            EntityWordList.forEachLine(file) { line in
                var aliasStart = 0
                var index: Int32 = -1
                while aliasStart <= line.count {
                    var aliasEnd = aliasStart
                    while aliasEnd < line.count && line[aliasEnd] != 0x7C { aliasEnd += 1 }
                    if aliasEnd > aliasStart {
                        if index < 0 {
                            let canonical = String(decoding: UnsafeBufferPointer(rebasing: line[aliasStart..<aliasEnd]), as: UTF8.self)
                            places.append(GazetteerEntry(canonical: canonical, key: HashedWordTable.hash(canonical), kind: kind,
                                                         isCountry: isCountry, isCity: isCity))
                            index = Int32(places.count - 1)
                        }
                        var h = HashedWordTable.seed
                        var words = 1
                        for k in aliasStart..<aliasEnd {
                            if line[k] == 0x20 {
                                table.insert(h, facts: .gazetteerPrefix)
                                words += 1
                            }
                            h = HashedWordTable.mix(h, line[k])
                        }
                        table.insert(h, facts: [], place: index)
                        longest = max(longest, words)
                    }
                    aliasStart = aliasEnd + 1
                }
            }
        }
        add("gazetteer-countries.txt", .location, isCountry: true)
        add("gazetteer-regions.txt", .location)
        add("entity-organizations.txt", .organization)
        add("gazetteer-cities.txt", .location, isCity: true)
        /// Gives every word of a list the `facts`; `dropPeriod` reads "Gen." as "Gen", and
        /// `capitalized` also marks "Able" for "able".
        func mark(_ file: String, _ facts: WordFacts, dropPeriod: Bool = false, capitalized: Bool = false) {
            EntityWordList.forEachLine(file) { line in
                var end = line.count
                if dropPeriod && end > 1 && line[end - 1] == 0x2E { end -= 1 }
                var h = HashedWordTable.seed
                var upper = HashedWordTable.seed
                for k in 0..<end {
                    h = HashedWordTable.mix(h, line[k])
                    let b = line[k]
                    upper = HashedWordTable.mix(upper, k == 0 && b >= 0x61 && b <= 0x7A ? b - 0x20 : b)
                }
                table.insert(h, facts: facts)
                if capitalized { table.insert(upper, facts: facts) }
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
        mark("names-given.txt", .givenName)
        mark("names-family-first.txt", .familyFirst)
        mark("names-surname-words.txt", .surnameWord)
        mark("entity-roles.txt", .role, dropPeriod: true)
        mark("entity-organization-words.txt", .organizationWord)
        mark("entity-location-words.txt", .locationWord)
        mark("entity-place-prefixes.txt", .placePrefix)
        mark("entity-demonyms.txt", .demonym)
        mark("entity-non-entities.txt", .nonEntity)
        // Ordinary words are marked as written and capitalized, so a capitalized token needs one look-up.
        mark("entity-common-words.txt", .common, capitalized: true)
        cue(EntityCueWords.speechVerbs, .speechVerb)
        cue(EntityCueWords.addressVerbs, .addressVerb)
        cue(EntityCueWords.personNouns, .personNoun)
        cue(EntityCueWords.organizationNouns, .organizationNoun)
        cue(EntityCueWords.headConnectors, .headConnector)
        cue(EntityCueWords.particles, .particle)
        cue(EntityCueWords.appositionOpeners, .appositionOpener)
        cue(EntityCueWords.pronouns, .pronoun)
        cue(EntityCueWords.unnamedOpeners, .unnamedOpener)
        cue(EntityCueWords.lowercaseBodies, [.lowercaseBody, .bodyQualifier])
        cue(EntityCueWords.bodyQualifiers, .bodyQualifier)
        cue(["the", "The"], .article)
        cue(["He", "She"], .pronoun)
        cue(["according", "According"], .according)
        cue(["to"], .to)
        cue(["and"], .and)
        cue(["told", "tells", "telling"], .toldVerb)
        cue(EntityCueWords.organizationKinds, .organizationKind)
        cue(EntityCueWords.thingPronouns, .thingPronoun)
        cue(SportsReport.cueWords, .sportsCue)
        self.table = table
        self.cues = cues
        self.places = places
        self.longestGazetteerEntry = longest
    }

    /// The gazetteer entry at a table index.
    func place(_ index: Int32) -> GazetteerEntry? { index >= 0 ? places[Int(index)] : nil }
}

/// A known place or organization, shared by all of its aliases.
struct GazetteerEntry: Sendable, Equatable {
    /// The name that identifies the entity ("United States" for "US").
    let canonical: String
    /// The hash of `canonical`: the key that groups its mentions.
    let key: UInt64
    let kind: EntityKind
    let isCountry: Bool
    /// A city: weaker evidence than a country or region (many cities are also surnames).
    let isCity: Bool
}
