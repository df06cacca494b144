import ArticledCore
import ArticledStages
import Foundation

/// Everything the daemon can be told, with the defaults a new user gets without a file.
///
/// Read from `articled.yaml`; relative paths are taken from the configuration file's folder
/// (or the current folder when there is no file). Unknown settings are errors.
public struct Configuration: Sendable, Equatable {
    /// What happens to an input once its result is safely written.
    public enum OriginalsPolicy: String, Sendable, CaseIterable {
        /// Move it to `outbox/originals/`.
        case keep
        /// Delete it.
        case delete
    }

    /// How the inbox is watched.
    public enum WatchMode: String, Sendable, CaseIterable {
        /// inotify on local disks, polling on network file systems.
        case auto
        /// Always inotify.
        case inotify
        /// Always polling (for file systems whose changes inotify does not see).
        case poll
    }

    public var inbox: String = "inbox"
    public var outbox: String = "outbox"
    /// The private folder where files are claimed; must be on the inbox's file system.
    public var workFolder: String?
    /// How long a file written in place must keep its size and time before it is taken.
    public var settleMilliseconds = 250
    public var maxFileBytes = 10 * 1024 * 1024
    /// Documents processed at once; 0 means one per core.
    public var concurrency = 0
    public var originals: OriginalsPolicy = .keep
    public var skipDuplicates = false
    public var watch: WatchMode = .auto
    public var pollIntervalMilliseconds = 2000
    /// Whether results and moves are flushed to disk (`fsync`); off only for scratch data.
    public var durableWrites = true
    /// How long a stop waits for documents in flight.
    public var shutdownGraceSeconds = 10
    public var logLevel = "info"
    /// Folders holding plugins (`<folder>/<name>/plugin.yaml`).
    public var pluginFolders: [String] = ["Plugins"]
    /// Where to write Prometheus metrics for node_exporter's textfile collector; nil for none.
    public var metricsFile: String?
    public var stages: [StageConfiguration] = BuiltinStages.defaultChain.map { StageConfiguration(name: $0) }
    /// The file this was read from, if any.
    public var file: String?

    /// The built-in defaults, paths relative to the current folder.
    public init() {}

    /// The number of documents processed at once, after resolving 0 to the core count.
    public var effectiveConcurrency: Int {
        concurrency > 0 ? concurrency : max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// The work folder, after resolving the default `<inbox>/.articled`.
    public var effectiveWorkFolder: String {
        workFolder ?? (inbox as NSString).appendingPathComponent(".articled")
    }

    /// Reads the configuration in `text`; `file` names it in errors and anchors relative paths.
    public init(yaml text: String, file: String?) throws(ConfigurationError) {
        let root = try YAMLDocument.parse(text, file: file)
        var r = try SettingsReader(root, file: file, path: "")
        let base = file.map { ($0 as NSString).deletingLastPathComponent } ?? ""
        func path(_ p: String) -> String {
            if p.hasPrefix("/") || base.isEmpty { return p }
            return (base as NSString).appendingPathComponent(p)
        }
        self.file = file
        inbox = path(try r.string("inbox") ?? inbox)
        outbox = path(try r.string("outbox") ?? outbox)
        workFolder = try r.string("work_folder").map(path)
        settleMilliseconds = try r.int("settle_ms", in: 0...600_000) ?? settleMilliseconds
        maxFileBytes = try r.int("max_file_bytes", in: 1...(1 << 40)) ?? maxFileBytes
        concurrency = try r.int("concurrency", in: 0...256) ?? concurrency
        originals = try r.choice("originals", OriginalsPolicy.self) ?? originals
        skipDuplicates = try r.bool("skip_duplicates") ?? skipDuplicates
        watch = try r.choice("watch", WatchMode.self) ?? watch
        pollIntervalMilliseconds = try r.int("poll_interval_ms", in: 50...3_600_000) ?? pollIntervalMilliseconds
        durableWrites = try r.bool("durable_writes") ?? durableWrites
        shutdownGraceSeconds = try r.int("shutdown_grace_seconds", in: 0...3600) ?? shutdownGraceSeconds
        logLevel = try r.choice("log_level", LogLevelName.self)?.rawValue ?? logLevel
        pluginFolders = (try r.strings("plugin_folders") ?? pluginFolders).map(path)
        metricsFile = try r.string("metrics_file").map(path)
        if let list = r.value("stages") {
            guard let items = list.arrayValue, !items.isEmpty else {
                throw r.fail("stages", "must be a non-empty list of stages")
            }
            var stages: [StageConfiguration] = []
            for (i, item) in items.enumerated() {
                stages.append(try StageConfiguration(item, file: file, path: "stages[\(i)]"))
            }
            self.stages = stages
        }
        try r.finish()
    }

    /// Reads the configuration file at `path`.
    public static func load(path: String) throws(ConfigurationError) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(file: path, message: "cannot be read (\(String(cString: strerror(errno))))")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ConfigurationError(file: path, message: "is not UTF-8 text")
        }
        return try Configuration(yaml: text, file: path)
    }

    /// The configuration a command runs with: `--config FILE`, else `./articled.yaml` when it
    /// exists, else the built-in defaults.
    public static func resolve(explicit: String?) throws(ConfigurationError) -> Configuration {
        if let explicit { return try load(path: explicit) }
        if FileManager.default.fileExists(atPath: "articled.yaml") { return try load(path: "articled.yaml") }
        return Configuration()
    }
}
