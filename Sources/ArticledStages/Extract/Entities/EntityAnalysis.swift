import ArticledCore

/// What entity recognition found: the entities, and where each was mentioned (for quotes).
struct EntityAnalysis: Sendable {
    /// A mention tied to its entity.
    struct Located: Sendable, Equatable {
        /// First and last token of the mention.
        var start: Int
        var end: Int
        /// Index into `entities`.
        var entity: Int
    }

    var entities: [Entity]
    /// Mentions of the entities, in text order.
    var mentions: [Located]
}
