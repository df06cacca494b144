/// How a plugin's failures are paced: exponential back-off between restarts, then "down".
///
/// After a failure the next process may start only after `firstBackoff`, doubled with each
/// further failure in a row (up to `longestBackoff`). After `failuresBeforeDown` failures in a
/// row (no document succeeded in between) the stage is down: it starts nothing any more and
/// every document follows `on_error` at once, until the configuration is reloaded.
public struct PluginSupervision: Sendable, Equatable {
    /// The wait after the first failure.
    public var firstBackoff: Duration
    /// The longest wait between restarts.
    public var longestBackoff: Duration
    /// Failures in a row after which the stage is down.
    public var failuresBeforeDown: Int
    /// How long starting a process and its handshake may take (at least the document timeout).
    public var startTimeout: Duration

    /// The daemon's pacing: 100 ms doubling up to 5 s, down after 5 failures in a row.
    public init(firstBackoff: Duration = .milliseconds(100), longestBackoff: Duration = .seconds(5),
                failuresBeforeDown: Int = 5, startTimeout: Duration = .seconds(10)) {
        self.firstBackoff = firstBackoff
        self.longestBackoff = longestBackoff
        self.failuresBeforeDown = failuresBeforeDown
        self.startTimeout = startTimeout
    }

    /// The wait before the next start after `failures` failures in a row.
    func backoff(after failures: Int) -> Duration {
        guard failures > 0 else { return .zero }
        var wait = firstBackoff
        for _ in 1..<min(failures, 30) where wait < longestBackoff { wait = wait * 2 }
        return min(wait, longestBackoff)
    }
}
