import Logging
import Metrics

/// A plugin stage's processes: hands one free slot to each document, and keeps the score of
/// failures that decides back-off and "down".
///
/// An actor because documents run concurrently: at most `instances` documents talk to the
/// plugin at once, the others wait here (never blocking a thread) for a slot to come back.
actor PluginPool {
    private let name: String
    private let supervision: PluginSupervision
    private let logger: Logger
    private let slots: [PluginSlot]
    private var idle: [PluginSlot]
    private var waiters: [CheckedContinuation<PluginSlot, Never>] = []
    private var failuresInARow = 0
    private var lastFailure: ContinuousClock.Instant?
    /// Whether too many failures in a row have stopped the stage.
    private(set) var isDown = false

    /// A pool of `slots` for the plugin `name`.
    init(name: String, slots: [PluginSlot], supervision: PluginSupervision, logger: Logger) {
        self.name = name
        self.slots = slots
        idle = slots.reversed()
        self.supervision = supervision
        self.logger = logger
    }

    /// A free slot and the earliest time it may start a process; throws `down` when the stage is down.
    func acquire() async throws(PluginFailure) -> (slot: PluginSlot, notBefore: ContinuousClock.Instant?) {
        guard !isDown else { throw .down(plugin: name) }
        let slot: PluginSlot
        if let free = idle.popLast() {
            slot = free
        } else {
            slot = await withCheckedContinuation { waiters.append($0) }
        }
        guard !isDown else {
            release(slot)
            throw .down(plugin: name)
        }
        return (slot, lastFailure.map { $0.advanced(by: supervision.backoff(after: failuresInARow)) })
    }

    /// Starts every instance now, so that the daemon reports ready with its plugins up.
    func startAll() async throws(PluginFailure) {
        for slot in slots { try await slot.start(startTimeout: supervision.startTimeout) }
    }

    /// Kills every process of the stage (the daemon is stopping); a later document would start them again.
    func stopAll() async {
        for slot in slots { await slot.stopAndWait() }
    }

    /// Gives `slot` back after a document, recording how the exchange went (nil: the process answered).
    func release(_ slot: PluginSlot, after failure: PluginFailure?) {
        if let failure, failure.killsProcess {
            failuresInARow += 1
            lastFailure = .now
            if failuresInARow >= supervision.failuresBeforeDown && !isDown {
                isDown = true
                for idleSlot in idle { idleSlot.stopSoon() }
                logger.error("plugin is down: documents now follow on_error at once until the configuration is reloaded",
                             metadata: ["failures_in_a_row": "\(failuresInARow)", "last_failure": "\(failure)"])
            } else if !isDown {
                Counter(label: MetricName.pluginRestarts, dimensions: [("plugin", name)]).increment()
                logger.warning("plugin will be restarted", metadata: [
                    "failures_in_a_row": "\(failuresInARow)",
                    "backoff_ms": "\(supervision.backoff(after: failuresInARow).components.seconds * 1000 + supervision.backoff(after: failuresInARow).components.attoseconds / 1_000_000_000_000_000)",
                ])
            }
        } else {
            failuresInARow = 0
            lastFailure = nil
        }
        release(slot)
    }

    /// Hands `slot` to the longest-waiting document, or keeps it for the next.
    private func release(_ slot: PluginSlot) {
        if waiters.isEmpty {
            idle.append(slot)
        } else {
            waiters.removeFirst().resume(returning: slot)
        }
    }

    /// Starts one process, completes the handshake and stops it again (`articled check`).
    func probe() async throws(PluginFailure) {
        let (slot, _) = try await acquire()
        do throws(PluginFailure) {
            try await slot.probe(startTimeout: supervision.startTimeout)
        } catch {
            release(slot)
            throw error
        }
        release(slot)
    }
}
