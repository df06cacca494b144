import ArticledCore

/// A stage that counts its runs and times them into the daemon's metrics, and otherwise is
/// the stage it wraps (same name, version, needs and adds, same result).
struct MeasuredStage: Stage {
    /// The stage that does the work.
    let inner: any Stage
    private let metrics: DaemonMetrics

    /// `inner`, measured into `metrics`.
    init(_ inner: any Stage, metrics: DaemonMetrics) {
        self.inner = inner
        self.metrics = metrics
    }

    var name: String { inner.name }
    var version: String { inner.version }
    var needs: Set<DocumentKey> { inner.needs }
    var adds: Set<DocumentKey> { inner.adds }

    /// Runs the inner stage and records whether it succeeded and how long it took.
    func process(_ document: inout Document) async throws {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            try await inner.process(&document)
        } catch {
            metrics.recordStage(inner.name, succeeded: false, duration: clock.now - start)
            throw error
        }
        metrics.recordStage(inner.name, succeeded: true, duration: clock.now - start)
    }

    /// `pipeline` with every stage measured into `metrics`; the chain and error policies unchanged.
    static func measuring(_ pipeline: Pipeline, into metrics: DaemonMetrics) -> Pipeline {
        let steps = pipeline.steps.map { Pipeline.Step(MeasuredStage($0.stage, metrics: metrics), onError: $0.onError) }
        // The same chain was checked already; it cannot fail again.
        return (try? Pipeline(steps: steps)) ?? pipeline
    }
}
