/// Why a chain of stages cannot run as configured.
public enum PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `stage` needs `key`, but no stage before it adds it.
    case unmetNeed(stage: String, key: DocumentKey, addedBy: String?)
    /// Two stages in the chain share a name.
    case duplicateStage(String)

    public var description: String {
        switch self {
        case let .unmetNeed(stage, key, addedBy?):
            return "stage '\(stage)' needs '\(key)', which only the later stage '\(addedBy)' adds: move '\(addedBy)' before '\(stage)'"
        case let .unmetNeed(stage, key, nil):
            return "stage '\(stage)' needs '\(key)', which no stage before it adds"
        case let .duplicateStage(name):
            return "stage '\(name)' appears twice in the pipeline"
        }
    }
}
