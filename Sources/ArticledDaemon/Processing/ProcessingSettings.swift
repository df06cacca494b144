import ArticledCore

/// What a reload may change for the documents that follow: the pipeline and per-file rules.
struct ProcessingSettings: Sendable {
    var pipeline: Pipeline
    var maxFileBytes: Int
    var originals: Configuration.OriginalsPolicy
    var skipDuplicates: Bool

    init(configuration: Configuration, pipeline: Pipeline) {
        self.pipeline = pipeline
        self.maxFileBytes = configuration.maxFileBytes
        self.originals = configuration.originals
        self.skipDuplicates = configuration.skipDuplicates
    }
}
