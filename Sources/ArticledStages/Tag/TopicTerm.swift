/// One topic a term is evidence for, and how strong that evidence is.
struct TopicTerm: Sendable, Equatable {
    /// Index of the topic in `TopicModel.topics`.
    var topic: Int
    /// The term's weight for that topic (about 0.2 for a weak hint, 2 for a defining word).
    var weight: Double
}
