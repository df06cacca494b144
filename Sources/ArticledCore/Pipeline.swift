/// An ordered, checked chain of stages that turns an input document into a result.
///
/// The chain is checked when the pipeline is made: every stage's needs must be added by
/// the input or by an earlier stage. Running it times each stage into the document's
/// `pipeline` record and applies each step's error policy.
public struct Pipeline: Sendable {
    /// What to do with a document when a stage fails on it.
    public enum ErrorPolicy: String, Sendable, CaseIterable {
        /// The document fails: it goes to `outbox/failed/` with the reason.
        case fail
        /// The document goes on without this stage, with a warning in its result.
        case skip
    }

    /// A stage and its error policy.
    public struct Step: Sendable {
        public var stage: any Stage
        public var onError: ErrorPolicy
        public init(_ stage: any Stage, onError: ErrorPolicy = .fail) {
            self.stage = stage
            self.onError = onError
        }
    }

    public let steps: [Step]

    /// A pipeline of `steps`, refused if a stage needs a key no earlier stage adds.
    public init(steps: [Step]) throws(PipelineError) {
        var available = DocumentKey.initial
        var seen: Set<String> = []
        for (index, step) in steps.enumerated() {
            let stage = step.stage
            guard seen.insert(stage.name).inserted else { throw .duplicateStage(stage.name) }
            for key in stage.needs.sorted() where !available.contains(key) {
                let later = steps[(index + 1)...].first { $0.stage.adds.contains(key) }?.stage.name
                throw .unmetNeed(stage: stage.name, key: key, addedBy: later)
            }
            available.formUnion(stage.adds)
        }
        self.steps = steps
    }

    /// A pipeline of `stages`, each failing the document on error.
    public init(_ stages: [any Stage]) throws(PipelineError) {
        try self.init(steps: stages.map { Step($0) })
    }

    /// Runs every stage on `document` in order, recording each stage's time.
    ///
    /// - Throws: `StageError` from the first stage that fails under the `fail` policy; the
    ///   document is then left as far as the stages got, for the caller to discard.
    public func run(_ document: inout Document) async throws(StageError) {
        let clock = ContinuousClock()
        for step in steps {
            let stage = step.stage
            let start = clock.now
            switch step.onError {
            case .fail:
                // In place: a failed document is not used again, so no copy is kept for it.
                let file = document.sourceFile
                do {
                    try await stage.process(&document)
                } catch {
                    throw StageError(stage: stage.name, file: file, message: Self.message(error))
                }
            case .skip:
                // On a copy: a failed stage's half-made changes must not reach the result.
                var working = document
                do {
                    try await stage.process(&working)
                    document = working
                } catch {
                    document.warnings.append("stage '\(stage.name)' skipped: \(Self.message(error))")
                }
            }
            let elapsed = clock.now - start
            let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            document.pipeline.append(StageRecord(stage: stage.name, version: stage.version, ms: ms))
        }
    }

    private static func message(_ error: any Error) -> String {
        (error as? StageError)?.message ?? String(describing: error)
    }

    /// The stages' names, in order.
    public var stageNames: [String] { steps.map(\.stage.name) }
}
