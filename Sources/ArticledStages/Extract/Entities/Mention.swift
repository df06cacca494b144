/// One occurrence of a name in the text, before mentions are merged into entities.
struct Mention: Sendable, Equatable {
    /// How sure the recognizer is of a mention's kind.
    enum Evidence: UInt8, Sendable {
        /// A gazetteer entry, a role title before the name, or a name pattern: certain.
        case strong
        /// A city of the gazetteer: a person if the text also names someone by that surname.
        case city
        /// A capitalized word or sequence that context did not explain: kept only if it is a
        /// known person's surname, or its surroundings say what it is.
        case weak
    }

    /// First token of the mention.
    var start: Int
    /// Last token of the mention (inclusive).
    var end: Int
    /// The kind, or nil for a lone capitalized word not yet explained.
    var kind: EntityKind?
    /// What groups mentions: the gazetteer's canonical name, or the name as written.
    var key: String
    /// The name as written (words joined by single spaces, no possessive ending).
    var name: String
    var evidence: Evidence
    /// The surroundings suggest a person (a speech verb, a role noun, an apposition).
    var personContext = false
    /// The surroundings suggest an organization ("told X", "X news agency").
    var organizationContext = false
}
