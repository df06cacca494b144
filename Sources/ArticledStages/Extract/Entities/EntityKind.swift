import ArticledCore

/// What a recognized name refers to, before it becomes an `Entity`.
enum EntityKind: UInt8, Sendable, Equatable {
    case person, organization, location

    /// The contract's type for this kind.
    var entityType: Entity.Kind {
        switch self {
        case .person: .person
        case .organization: .organization
        case .location: .location
        }
    }
}
