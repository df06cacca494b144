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
    /// What groups mentions: the hash of the gazetteer's canonical name, or of the words as
    /// written (see `TokenizedText.hash`).
    var key: UInt64
    /// The name, when it is not simply the words of `start...end` (one part of "EU-China").
    var name: String?
    var evidence: Evidence
    /// The surroundings suggest a person (a speech verb, a role noun, an apposition).
    var personContext = false
    /// The surroundings suggest an organization ("told X", "X news agency").
    var organizationContext = false

    /// Whether the mention is one word (a lone surname, an acronym).
    var isSingleWord: Bool { start == end && name.map { !$0.utf8.contains(0x20) } ?? true }
}
