/// A topic the tag stage can assign: its code, its label and its weighted vocabulary.
struct TopicDefinition: Sendable, Equatable {
    /// The code written to the result (`medtop:15000000`, or a user's own `beat:chips`).
    var code: String
    /// The readable name (`sport`).
    var label: String
    /// Terms (one or two words, lower case) and their weights.
    var terms: [(term: String, weight: Double)]

    /// Same code, label and terms in the same order (tuples are not `Equatable`).
    static func == (a: TopicDefinition, b: TopicDefinition) -> Bool {
        a.code == b.code && a.label == b.label && a.terms.elementsEqual(b.terms, by: { $0 == $1 })
    }
}
