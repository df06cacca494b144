/// What the word lists say about one word, as bits: one table look-up answers every list.
struct WordFacts: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    static let givenName = WordFacts(rawValue: 1 << 0)
    /// A family name written first ("Wang", "Kim", "Nguyen").
    static let familyFirst = WordFacts(rawValue: 1 << 1)
    /// A role or title ("President", "Gen").
    static let role = WordFacts(rawValue: 1 << 2)
    /// Makes a capitalized sequence an organization ("Council", "University").
    static let organizationWord = WordFacts(rawValue: 1 << 3)
    /// Makes a capitalized sequence a place ("Sea", "Province").
    static let locationWord = WordFacts(rawValue: 1 << 4)
    /// Makes a place of the place it precedes ("Northeast").
    static let placePrefix = WordFacts(rawValue: 1 << 5)
    static let demonym = WordFacts(rawValue: 1 << 6)
    /// Capitalized but never a name on its own (months, pronouns, "However").
    static let nonEntity = WordFacts(rawValue: 1 << 7)
    /// An ordinary English word (set on the lower-case form).
    static let common = WordFacts(rawValue: 1 << 8)
    static let speechVerb = WordFacts(rawValue: 1 << 9)
    /// A verb whose object is the one addressed ("told"), not the speaker.
    static let addressVerb = WordFacts(rawValue: 1 << 10)
    /// A lower-case noun that makes the following name a person ("spokesman").
    static let personNoun = WordFacts(rawValue: 1 << 11)
    /// A lower-case noun that makes the preceding word an organization ("agency").
    static let organizationNoun = WordFacts(rawValue: 1 << 12)
    /// "of", "on", "for": join words after an organization or place word.
    static let headConnector = WordFacts(rawValue: 1 << 13)
    /// Name particles: "von", "der", "de", "bin".
    static let particle = WordFacts(rawValue: 1 << 14)
    /// Opens an apposition about a person: "a", "the", "who", "former".
    static let appositionOpener = WordFacts(rawValue: 1 << 15)
    /// "he", "she".
    static let pronoun = WordFacts(rawValue: 1 << 16)
    /// Begins an unnamed speaker: "a", "the", "officials".
    static let unnamedOpener = WordFacts(rawValue: 1 << 17)
    /// An institution a text may name in lower case ("council").
    static let lowercaseBody = WordFacts(rawValue: 1 << 18)
    /// A word qualifying such an institution ("national", "security").
    static let bodyQualifier = WordFacts(rawValue: 1 << 19)
    /// The first words of a multi-word gazetteer alias ("People's", "United").
    static let gazetteerPrefix = WordFacts(rawValue: 1 << 20)
    /// "the" in any case.
    static let article = WordFacts(rawValue: 1 << 21)
    /// "according".
    static let according = WordFacts(rawValue: 1 << 22)
    /// "to".
    static let to = WordFacts(rawValue: 1 << 23)
    /// "and".
    static let and = WordFacts(rawValue: 1 << 24)
    /// "told", "tells": the one told something may be an outlet ("told Politico").
    static let toldVerb = WordFacts(rawValue: 1 << 25)
    /// A noun that says what kind of organization an apposition describes ("startup", "insurer").
    static let organizationKind = WordFacts(rawValue: 1 << 26)
    /// "it", "its", "which": what an organization, not a person, is referred to by.
    static let thingPronoun = WordFacts(rawValue: 1 << 27)
    /// A frequent surname that is also an ordinary word ("May", "Brown", "Young").
    static let surnameWord = WordFacts(rawValue: 1 << 28)
    /// A word of match reports ("goal", "striker"): see `SportsReport`.
    static let sportsCue = WordFacts(rawValue: 1 << 29)
    /// A place word that names the place after it ("Mount Everest", "Barangay San Roque").
    static let leadingLocationWord = WordFacts(rawValue: 1 << 30)
}
