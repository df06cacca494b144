/// The names of the metrics articled exposes, in one place for the daemon, plugins and docs.
public enum MetricName {
    /// Documents that ended, by `outcome` (`done`, `failed`, `duplicate`, `stuck`).
    public static let documents = "articled_documents_total"
    /// Documents that failed, by the `stage` that failed them (`input` and `write` included).
    public static let documentsFailed = "articled_documents_failed_total"
    /// Stage runs, by `stage` and `outcome` (`ok`, `error`).
    public static let stageRuns = "articled_stage_runs_total"
    /// Time each stage took on one document, by `stage` (histogram, seconds).
    public static let stageDuration = "articled_stage_duration_seconds"
    /// Files waiting in the inbox.
    public static let inboxBacklog = "articled_inbox_backlog_files"
    /// Age of the oldest file waiting in the inbox, in seconds (0 when none waits).
    public static let inboxOldestAge = "articled_inbox_oldest_file_age_seconds"
    /// Documents being processed now.
    public static let inFlight = "articled_documents_in_flight"
    /// Restarts of a plugin's processes, by `plugin`.
    ///
    /// The plugin runner increments it through swift-metrics:
    /// `Counter(label: MetricName.pluginRestarts, dimensions: [("plugin", name)]).increment()`.
    public static let pluginRestarts = "articled_plugin_restarts_total"
}
