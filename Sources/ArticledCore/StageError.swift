/// A stage's failure on one document, as the log and `outbox/failed/*.error.json` show it.
public struct StageError: Error, Sendable, CustomStringConvertible {
    /// The stage that failed.
    public var stage: String
    /// The input's file name.
    public var file: String
    /// Why, in words a user can act on.
    public var message: String

    public init(stage: String, file: String, message: String) {
        self.stage = stage
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): stage '\(stage)' failed: \(message)" }
}
