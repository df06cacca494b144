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
        var places: [GazetteerEntry] = []
        var longest = 1
        /// Reads one gazetteer list: one entry a line, aliases separated by "|".
        func add(_ file: String, _ kind: EntityKind, isCountry: Bool = false, isCity: Bool = false) {
            for line in EntityWordList.lines(file) {
                let forms = line.split(separator: "|").map { String($0) }
                guard let canonical = forms.first else { continue }
                places.append(GazetteerEntry(canonical: canonical, key: HashedWordTable.hash(canonical), kind: kind,
                                             isCountry: isCountry, isCity: isCity))
                let index = Int32(places.count - 1)
                for form in forms {
                    table.insert(HashedWordTable.hash(form), facts: [], place: index)
                    let words = form.split(separator: " ")
                    longest = max(longest, words.count)
                    for n in 1..<max(words.count, 1) {
                        table.insert(HashedWordTable.hash(words[0..<n].joined(separator: " ")), facts: .gazetteerPrefix)
                    }
                }
            }
        }
        add("gazetteer-countries.txt", .location, isCountry: true)
        add("gazetteer-regions.txt", .location)
        add("entity-organizations.txt", .organization)
        add("gazetteer-cities.txt", .location, isCity: true)
        var cues = HashedWordTable(capacity: 1_000)
        /// Gives `words` the `facts` (also in the cue table when `cue`).
        func mark<S: Sequence>(_ words: S, _ facts: WordFacts, cue: Bool = false) where S.Element: StringProtocol {
            for w in words {
                let h = HashedWordTable.hash(String(w))
                table.insert(h, facts: facts)
                if cue { cues.insert(h, facts: facts) }
            }
        }
        mark(EntityWordList.lines("names-given.txt"), .givenName)
        mark(EntityWordList.lines("names-family-first.txt"), .familyFirst)
        mark(EntityWordList.lines("entity-roles.txt").map { $0.hasSuffix(".") ? $0.dropLast() : $0 }, .role)
        mark(EntityWordList.lines("entity-organization-words.txt"), .organizationWord)
        mark(EntityWordList.lines("entity-location-words.txt"), .locationWord)
        mark(EntityWordList.lines("entity-place-prefixes.txt"), .placePrefix)
        mark(EntityWordList.lines("entity-demonyms.txt"), .demonym)
        mark(EntityWordList.lines("entity-non-entities.txt"), .nonEntity)
        // Ordinary words are marked as written and capitalized, so a capitalized token needs one look-up.
        let common = EntityWordList.lines("entity-common-words.txt")
        mark(common, .common)
        mark(common.map { $0.prefix(1).uppercased() + $0.dropFirst() }, .common)
        mark(EntityCueWords.speechVerbs, .speechVerb, cue: true)
        mark(EntityCueWords.addressVerbs, .addressVerb, cue: true)
        mark(EntityCueWords.personNouns, .personNoun, cue: true)
        mark(EntityCueWords.organizationNouns, .organizationNoun, cue: true)
        mark(EntityCueWords.headConnectors, .headConnector, cue: true)
        mark(EntityCueWords.particles, .particle, cue: true)
        mark(EntityCueWords.appositionOpeners, .appositionOpener, cue: true)
        mark(EntityCueWords.pronouns, .pronoun, cue: true)
        mark(EntityCueWords.unnamedOpeners, .unnamedOpener, cue: true)
        mark(EntityCueWords.lowercaseBodies, [.lowercaseBody, .bodyQualifier], cue: true)
        mark(EntityCueWords.bodyQualifiers, .bodyQualifier, cue: true)
        mark(["the", "The"], .article, cue: true)
        mark(["He", "She"], .pronoun, cue: true)
        mark(["according", "According"], .according, cue: true)
        mark(["to"], .to, cue: true)
        mark(["and"], .and, cue: true)
        mark(["told", "tells", "telling"], .toldVerb, cue: true)
        self.table = table
        self.cues = cues
        self.places = places
        self.longestGazetteerEntry = longest
    }

    /// What the lists say about `word` as written, plus `.common` when its lower-case form is
    /// an ordinary word.
    func facts(of word: String) -> WordFacts {
        let exact = table.facts(HashedWordTable.hash(word))
        let lower = word.lowercased()
        return lower == word ? exact : exact.union(table.facts(HashedWordTable.hash(lower)).intersection(.common))
    }

    /// The gazetteer entry `name` (words joined by single spaces) is an alias of, if any.
    func place(named name: String) -> GazetteerEntry? {
        guard let v = table.value(HashedWordTable.hash(name)), v.place >= 0 else { return nil }
        return places[Int(v.place)]
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
