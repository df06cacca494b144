import CoreMetrics
import Prometheus
import Synchronization

/// The daemon's metrics, kept in a Prometheus registry through swift-metrics.
///
/// Every metric is made with one `MetricsFactory` over `registry`; the command line also
/// bootstraps the global `MetricsSystem` with a factory over the same registry, so that a
/// `Counter(label:dimensions:)` made anywhere (the plugin runner's restart counter) lands
/// in the same rendering.
final class DaemonMetrics: Sendable {
    /// Where the metrics live; `render()` turns it into the text exposition format.
    let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory
    private let counters = Mutex<[String: CoreMetrics.Counter]>([:])
    private let timers = Mutex<[String: CoreMetrics.Timer]>([:])
    private let backlog: CoreMetrics.Gauge
    private let oldestAge: CoreMetrics.Gauge
    private let inFlight: CoreMetrics.Gauge

    /// Buckets of the stage-duration histogram, from a quarter millisecond (built-in stages)
    /// to a minute (slow plugins).
    static let stageBuckets: [Duration] = [
        .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5),
        .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
        .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10), .seconds(30), .seconds(60),
    ]

    /// Metrics in `registry`.
    init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
        self.factory = Self.factory(for: registry)
        backlog = CoreMetrics.Gauge(label: MetricName.inboxBacklog, dimensions: [], factory: factory)
        oldestAge = CoreMetrics.Gauge(label: MetricName.inboxOldestAge, dimensions: [], factory: factory)
        inFlight = CoreMetrics.Gauge(label: MetricName.inFlight, dimensions: [], factory: factory)
        for outcome in ["done", "failed", "duplicate", "stuck"] {
            _ = counter(MetricName.documents, [("outcome", outcome)])
        }
    }

    /// The swift-metrics factory articled uses over `registry` (with its histogram buckets).
    static func factory(for registry: PrometheusCollectorRegistry) -> PrometheusMetricsFactory {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets[MetricName.stageDuration] = stageBuckets
        return factory
    }

    /// Shows the stages (with zero counts) and the plugins' restart counters before any document.
    func register(stages: [String], plugins: [String]) {
        for stage in stages {
            _ = counter(MetricName.stageRuns, [("stage", stage), ("outcome", "ok")])
            _ = counter(MetricName.stageRuns, [("stage", stage), ("outcome", "error")])
            _ = timer(stage)
        }
        for plugin in plugins {
            _ = counter(MetricName.pluginRestarts, [("plugin", plugin)])
        }
    }

    /// Counts a document's end.
    func record(_ outcome: ProcessingOutcome?) {
        switch outcome {
        case .done?: counter(MetricName.documents, [("outcome", "done")]).increment()
        case .duplicate?: counter(MetricName.documents, [("outcome", "duplicate")]).increment()
        case .stuck?: counter(MetricName.documents, [("outcome", "stuck")]).increment()
        case .failed(let stage)?:
            counter(MetricName.documents, [("outcome", "failed")]).increment()
            counter(MetricName.documentsFailed, [("stage", stage)]).increment()
        case nil: break
        }
    }

    /// Counts one run of `stage` and its time.
    func recordStage(_ stage: String, succeeded: Bool, duration: Duration) {
        counter(MetricName.stageRuns, [("stage", stage), ("outcome", succeeded ? "ok" : "error")]).increment()
        timer(stage).recordNanoseconds(Self.nanoseconds(duration))
    }

    /// Sets the inbox gauges and the number of documents in flight.
    func recordInbox(backlog files: Int, oldestAgeSeconds: Double, inFlight documents: Int) {
        backlog.record(files)
        oldestAge.record(oldestAgeSeconds)
        inFlight.record(documents)
    }

    /// The Prometheus text exposition of every metric in the registry.
    func render() -> String {
        registry.emitToString()
    }

    private func counter(_ name: String, _ dimensions: [(String, String)]) -> CoreMetrics.Counter {
        let key = name + dimensions.map { "|\($0.0)=\($0.1)" }.joined()
        return counters.withLock { all in
            if let existing = all[key] { return existing }
            let made = CoreMetrics.Counter(label: name, dimensions: dimensions, factory: factory)
            all[key] = made
            return made
        }
    }

    private func timer(_ stage: String) -> CoreMetrics.Timer {
        timers.withLock { all in
            if let existing = all[stage] { return existing }
            let made = CoreMetrics.Timer(label: MetricName.stageDuration, dimensions: [("stage", stage)], factory: factory)
            all[stage] = made
            return made
        }
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
