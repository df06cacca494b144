/// The word lists entity recognition consults, read once from `Resources/` into one hashed
/// table (see `HashedWordTable`), so a token's facts cost one or two look-ups.
///
/// Gazetteer entries (countries, regions, cities, well-known organizations) map every alias to
/// one `GazetteerEntry`, so "US", "U.S." and "United States" are one entity.
struct EntityLexicon: Sendable {
    let table: HashedWordTable
    /// The gazetteer's entries; table values point into this list.
    let places: [GazetteerEntry]
    /// The most words any gazetteer alias has: bounds the longest-match search.
    let longestGazetteerEntry: Int

    /// The lexicon built from the shipped word lists, loaded on first use.
    static let shared = EntityLexicon()

    /// Reads every list; an alias in several gazetteer lists keeps the first kind read
    /// (countries, then regions, then organizations, then cities).
    init() {
        var table = HashedWordTable(capacity: 90_000)
        var places: [GazetteerEntry] = []
        var longest = 1
        func add(_ file: String, _ kind: EntityKind, isCountry: Bool = false, isCity: Bool = false) {
            for line in EntityWordList.lines(file) {
                let forms = line.split(separator: "|").map { String($0) }
                guard let canonical = forms.first else { continue }
                places.append(GazetteerEntry(canonical: canonical, kind: kind, isCountry: isCountry, isCity: isCity))
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
        func mark<S: Sequence>(_ words: S, _ facts: WordFacts) where S.Element: StringProtocol {
            for w in words { table.insert(HashedWordTable.hash(String(w)), facts: facts) }
        }
        mark(EntityWordList.lines("names-given.txt"), .givenName)
        mark(EntityWordList.lines("names-family-first.txt"), .familyFirst)
        mark(EntityWordList.lines("entity-roles.txt").map { $0.hasSuffix(".") ? $0.dropLast() : $0 }, .role)
        mark(EntityWordList.lines("entity-organization-words.txt"), .organizationWord)
        mark(EntityWordList.lines("entity-location-words.txt"), .locationWord)
        mark(EntityWordList.lines("entity-place-prefixes.txt"), .placePrefix)
        mark(EntityWordList.lines("entity-demonyms.txt"), .demonym)
        mark(EntityWordList.lines("entity-non-entities.txt"), .nonEntity)
        mark(EntityWordList.lines("entity-common-words.txt"), .common)
        mark(EntityCueWords.speechVerbs, .speechVerb)
        mark(EntityCueWords.addressVerbs, .addressVerb)
        mark(EntityCueWords.personNouns, .personNoun)
        mark(EntityCueWords.organizationNouns, .organizationNoun)
        mark(EntityCueWords.headConnectors, .headConnector)
        mark(EntityCueWords.particles, .particle)
        mark(EntityCueWords.appositionOpeners, .appositionOpener)
        mark(EntityCueWords.pronouns, .pronoun)
        mark(EntityCueWords.unnamedOpeners, .unnamedOpener)
        mark(EntityCueWords.lowercaseBodies, [.lowercaseBody, .bodyQualifier])
        mark(EntityCueWords.bodyQualifiers, .bodyQualifier)
        mark(["the", "The"], .article)
        mark(["He", "She"], .pronoun)
        mark(["according", "According"], .according)
        mark(["to"], .to)
        mark(["and"], .and)
        self.table = table
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
    let kind: EntityKind
    let isCountry: Bool
    /// A city: weaker evidence than a country or region (many cities are also surnames).
    let isCity: Bool
}
