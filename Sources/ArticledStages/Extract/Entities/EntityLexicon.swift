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
        let builder = EntityLexiconBuilder()
        builder.addGazetteer("gazetteer-countries.txt", .location, isCountry: true)
        builder.addGazetteer("gazetteer-regions.txt", .location)
        builder.addGazetteer("entity-organizations.txt", .organization)
        builder.addGazetteer("gazetteer-cities.txt", .location, isCity: true)
        builder.mark("names-given.txt", .givenName)
        builder.mark("names-family-first.txt", .familyFirst)
        builder.mark("names-surname-words.txt", .surnameWord)
        builder.mark("entity-roles.txt", .role, dropPeriod: true)
        builder.mark("entity-organization-words.txt", .organizationWord)
        builder.mark("entity-location-words.txt", .locationWord)
        builder.mark("entity-leading-location-words.txt", .leadingLocationWord)
        builder.mark("entity-place-prefixes.txt", .placePrefix)
        builder.mark("entity-demonyms.txt", .demonym)
        builder.mark("entity-non-entities.txt", .nonEntity)
        // Ordinary words are marked as written and capitalized, so a capitalized token needs one look-up.
        builder.mark("entity-common-words.txt", .common, capitalized: true)
        builder.cue(EntityCueWords.speechVerbs, .speechVerb)
        builder.cue(EntityCueWords.addressVerbs, .addressVerb)
        builder.cue(EntityCueWords.personNouns, .personNoun)
        builder.cue(EntityCueWords.organizationNouns, .organizationNoun)
        builder.cue(EntityCueWords.headConnectors, .headConnector)
        builder.cue(EntityCueWords.particles, .particle)
        builder.cue(EntityCueWords.appositionOpeners, .appositionOpener)
        builder.cue(EntityCueWords.pronouns, .pronoun)
        builder.cue(EntityCueWords.unnamedOpeners, .unnamedOpener)
        builder.cue(EntityCueWords.lowercaseBodies, [.lowercaseBody, .bodyQualifier])
        builder.cue(EntityCueWords.bodyQualifiers, .bodyQualifier)
        builder.cue(["the", "The"], .article)
        builder.cue(["He", "She"], .pronoun)
        builder.cue(["according", "According"], .according)
        builder.cue(["to"], .to)
        builder.cue(["and"], .and)
        builder.cue(["told", "tells", "telling"], .toldVerb)
        builder.cue(EntityCueWords.organizationKinds, .organizationKind)
        builder.cue(EntityCueWords.thingPronouns, .thingPronoun)
        builder.cue(SportsReport.cueWords, .sportsCue)
        table = builder.table
        cues = builder.cues
        places = builder.places
        longestGazetteerEntry = builder.longest
    }

    /// The gazetteer entry at a table index.
    func place(_ index: Int32) -> GazetteerEntry? { index >= 0 ? places[Int(index)] : nil }

    /// Whether `name`, as written, is a place the gazetteer knows (a city, a region, a country).
    func isPlace(named name: String) -> Bool { entry(named: name)?.kind == .location }

    /// The organization the lists know by `name` as written ("AP" for the Associated Press), or nil.
    func organization(named name: String) -> GazetteerEntry? {
        guard let entry = entry(named: name), entry.kind == .organization else { return nil }
        return entry
    }

    /// The gazetteer entry `name`, as written, is an alias of, or nil.
    private func entry(named name: String) -> GazetteerEntry? {
        table.value(HashedWordTable.hash(name)).flatMap { place($0.place) }
    }
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
    /// The entry's other names ("Zurich" for "Zürich", "Koln" for "Köln"), to name a shouted
    /// dateline the way it is spelled.
    var aliases: [String] = []
}
