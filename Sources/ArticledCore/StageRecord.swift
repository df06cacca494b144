/// One entry of a result's `pipeline`: a stage that ran, its version and its time.
public struct StageRecord: Sendable, Equatable {
    public var stage: String
    public var version: String
    /// Wall time in milliseconds.
    public var ms: Double

    public init(stage: String, version: String, ms: Double) {
        self.stage = stage
        self.version = version
        self.ms = ms
    }
}
