/// The word lists entity recognition consults, read once from `Resources/` and kept.
///
/// Gazetteer entries (countries, regions, cities, well-known organizations) map every alias to
/// one `GazetteerEntry`, so "US", "U.S." and "United States" are one entity.
struct EntityLexicon: Sendable {
    /// Every alias of a known place or organization, keyed by its words joined with one space.
    let gazetteer: [String: GazetteerEntry]
    /// Leading words of multi-word aliases, possessives written "'s" ("People's"): a run that
    /// is one of these goes on past a possessive.
    let gazetteerPrefixes: Set<String>
    /// The most words any gazetteer alias has: bounds the longest-match search.
    let longestGazetteerEntry: Int
    let givenNames: Set<String>
    let familyFirstNames: Set<String>
    /// Role and title words ("President", "Spokeswoman"), compared without a final period.
    let roles: Set<String>
    let organizationWords: Set<String>
    let locationWords: Set<String>
    let placePrefixes: Set<String>
    let demonyms: Set<String>
    let nonEntities: Set<String>
    /// Ordinary lower-case English words.
    let commonWords: Set<String>

    /// The lexicon built from the shipped word lists, loaded on first use.
    static let shared = EntityLexicon()

    /// Reads every list; aliases that appear in several lists keep the first kind read
    /// (countries, then regions, then organizations, then cities).
    init() {
        var gazetteer: [String: GazetteerEntry] = [:]
        var longest = 1
        func add(_ file: String, _ kind: EntityKind, isCountry: Bool = false, isCity: Bool = false) {
            for line in EntityWordList.lines(file) {
                let forms = line.split(separator: "|").map { String($0) }
                guard let canonical = forms.first else { continue }
                let entry = GazetteerEntry(canonical: canonical, kind: kind, isCountry: isCountry, isCity: isCity)
                for form in forms where gazetteer[form] == nil {
                    gazetteer[form] = entry
                    longest = max(longest, form.split(separator: " ").count)
                }
            }
        }
        add("gazetteer-countries.txt", .location, isCountry: true)
        add("gazetteer-regions.txt", .location)
        add("entity-organizations.txt", .organization)
        add("gazetteer-cities.txt", .location, isCity: true)
        self.gazetteer = gazetteer
        var prefixes: Set<String> = []
        for form in gazetteer.keys where form.contains(" ") {
            let words = form.split(separator: " ")
            for n in 1..<words.count { prefixes.insert(words[0..<n].joined(separator: " ")) }
        }
        self.gazetteerPrefixes = prefixes
        self.longestGazetteerEntry = longest
        func set(_ file: String) -> Set<String> { Set(EntityWordList.lines(file).map { String($0) }) }
        givenNames = set("names-given.txt")
        familyFirstNames = set("names-family-first.txt")
        roles = Set(EntityWordList.lines("entity-roles.txt").map { String($0.hasSuffix(".") ? $0.dropLast() : $0) })
        organizationWords = set("entity-organization-words.txt")
        locationWords = set("entity-location-words.txt")
        placePrefixes = set("entity-place-prefixes.txt")
        demonyms = set("entity-demonyms.txt")
        nonEntities = set("entity-non-entities.txt")
        commonWords = set("entity-common-words.txt")
    }

    /// Whether `word` (as written) is an ordinary English word once lower-cased.
    func isCommon(_ word: String) -> Bool { commonWords.contains(word.lowercased()) }

    /// Whether `word` is a role or title, with or without a final period ("Gen.", "Gen").
    func isRole(_ word: String) -> Bool { roles.contains(word) }
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
