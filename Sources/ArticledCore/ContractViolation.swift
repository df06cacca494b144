/// A document in JSON form that breaks the result contract: a key missing or of the wrong type.
///
/// Plugins return documents as JSON; a reply that removes or retypes a contract key is
/// refused with this error rather than written to the outbox.
public struct ContractViolation: Error, Sendable, Equatable, CustomStringConvertible {
    /// The offending key, with a path inside it where useful (`entities[2].name`).
    public var key: String
    /// What was wrong.
    public var problem: String

    public init(key: String, problem: String) {
        self.key = key
        self.problem = problem
    }

    public var description: String { "contract key '\(key)' \(problem)" }
}
