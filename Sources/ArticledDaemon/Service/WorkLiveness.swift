import Synchronization

/// What the workers are doing right now, so that the watchdog keep-alive reflects real progress.
///
/// Each worker reports the document it starts (getting a token) and, with the token, its
/// end. The keep-alive loop asks `verdict` before every `WATCHDOG=1`: a worker held by one
/// document beyond the limit, or an inbox watcher that ended while the daemon still runs,
/// means the daemon is stuck, and the keep-alive stops so that systemd restarts it.
final class WorkLiveness: Sendable {
    /// One document being processed: which file, since when.
    struct Activity: Sendable, Equatable {
        var file: String
        var since: ContinuousClock.Instant
    }

    /// The outcome of a liveness check.
    enum Verdict: Sendable, Equatable {
        /// The work loop makes progress.
        case alive
        /// A worker has been on `file` for longer than the limit.
        case stuckDocument(file: String, seconds: Int)
        /// The inbox watcher stopped: new files would no longer be seen.
        case watcherEnded
    }

    private let limit: Duration
    private let clock = ContinuousClock()
    private let activities = Mutex<[Int: Activity]>([:])
    private let nextToken = Atomic<Int>(0)
    private let watcherRunning = Atomic<Bool>(true)

    /// A tracker that calls a document stuck after `limit`.
    init(limit: Duration) {
        self.limit = limit
    }

    /// A worker starts on `file`; returns the token that ends it.
    func begin(file: String, at now: ContinuousClock.Instant? = nil) -> Int {
        let activity = Activity(file: file, since: now ?? clock.now)
        let token = nextToken.wrappingAdd(1, ordering: .relaxed).newValue
        activities.withLock { $0[token] = activity }
        return token
    }

    /// The document that `begin` returned `token` for is done.
    func end(_ token: Int) {
        activities.withLock { _ = $0.removeValue(forKey: token) }
    }

    /// The inbox watcher's event stream ended.
    func watcherStopped() {
        watcherRunning.store(false, ordering: .relaxed)
    }

    /// Whether the work loop is alive at `now`.
    func verdict(at now: ContinuousClock.Instant? = nil) -> Verdict {
        guard watcherRunning.load(ordering: .relaxed) else { return .watcherEnded }
        let now = now ?? clock.now
        let oldest = activities.withLock { all in
            all.values.min { $0.since < $1.since || ($0.since == $1.since && $0.file < $1.file) }
        }
        if let oldest, now - oldest.since > limit {
            return .stuckDocument(file: oldest.file, seconds: Int((now - oldest.since).components.seconds))
        }
        return .alive
    }

    /// How long one document may take before the daemon counts as stuck: a generous margin
    /// over what the configured stages may take (plugin timeouts, or a minute each).
    static func limit(for configuration: Configuration) -> Duration {
        var total = Duration.seconds(60)
        for entry in configuration.stages {
            if let ms = entry.timeoutMilliseconds {
                total += .milliseconds(ms * 2)
            } else {
                total += .seconds(60)
            }
        }
        return total
    }
}
