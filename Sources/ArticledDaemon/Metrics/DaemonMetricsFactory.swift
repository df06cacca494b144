import Prometheus

/// The swift-metrics factory the command line bootstraps `MetricsSystem` with.
public enum DaemonMetricsFactory {
    /// A Prometheus factory over `registry`, with articled's histogram buckets.
    public static func make(registry: PrometheusCollectorRegistry) -> PrometheusMetricsFactory {
        DaemonMetrics.factory(for: registry)
    }
}
