import Synchronization

/// Running totals of the daemon's work, for its status line and logs.
final class DaemonCounters: Sendable {
    let done = Atomic<Int>(0)
    let failed = Atomic<Int>(0)
    let inFlight = Atomic<Int>(0)

    /// Counts an outcome.
    func record(_ outcome: ProcessingOutcome?) {
        switch outcome {
        case .done?, .duplicate?: done.add(1, ordering: .relaxed)
        case .failed?: failed.add(1, ordering: .relaxed)
        case .stuck?, nil: break
        }
    }

    /// `done=… failed=… in_flight=…`, as `STATUS=` shows it.
    var summary: String {
        "done=\(done.load(ordering: .relaxed)) failed=\(failed.load(ordering: .relaxed)) in_flight=\(inFlight.load(ordering: .relaxed))"
    }
}
