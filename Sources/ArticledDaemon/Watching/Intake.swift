/// Turns inbox events into a queue of files that are ready, each once.
///
/// Renamed-in files are ready at once; files written in place wait until their size and
/// time have not changed for the settle time. The ready queue holds paths only (no open
/// files), so a burst of ten thousand files costs a few hundred kilobytes; workers take
/// from it as they become free, which is the back-pressure.
actor Intake {
    private let settle: Duration
    private let clock = ContinuousClock()

    private var settling: [String: (signature: FileSignature, due: ContinuousClock.Instant)] = [:]
    private var settleOrder: [(path: String, due: ContinuousClock.Instant)] = []
    private var settleHead = 0
    private var settleTimer: Task<Void, Never>?

    private var ready: [String] = []
    private var readyHead = 0
    private var queued: Set<String> = []
    private var waiters: [CheckedContinuation<String?, Never>] = []
    private var closed = false

    init(settle: Duration) {
        self.settle = settle
    }

    /// Files waiting, settled or not: the inbox's backlog.
    var backlog: Int { (ready.count - readyHead) + settling.count }

    /// Takes in one event's file; folders and overflows are the caller's to scan.
    func offer(_ path: String, settled: Bool) {
        guard !closed else { return }
        if settled {
            settling.removeValue(forKey: path)
            enqueue(path)
            return
        }
        guard let signature = FileSignature(path: path) else { return }
        if !signature.isRegular || settle == .zero {
            enqueue(path)
            return
        }
        let due = clock.now.advanced(by: settle)
        settling[path] = (signature, due)
        settleOrder.append((path, due))
        scheduleSettleCheck()
    }

    /// The next ready file, waiting for one; nil once the intake is closed.
    func next() async -> String? {
        if closed { return nil }
        if readyHead < ready.count { return dequeue() }
        return await withCheckedContinuation { waiters.append($0) }
    }

    /// Stops handing out files; waiting workers get nil. Files not yet taken stay in the inbox.
    func close() {
        closed = true
        settleTimer?.cancel()
        for waiter in waiters { waiter.resume(returning: nil) }
        waiters.removeAll()
    }

    private func enqueue(_ path: String) {
        // A path in flight may be queued again: its claim then finds nothing, or a new file.
        if !waiters.isEmpty {
            waiters.removeFirst().resume(returning: path)
            return
        }
        guard queued.insert(path).inserted else { return }
        ready.append(path)
    }

    private func dequeue() -> String {
        let path = ready[readyHead]
        readyHead += 1
        queued.remove(path)
        if readyHead > 1024 && readyHead * 2 > ready.count {
            ready.removeFirst(readyHead)
            readyHead = 0
        }
        return path
    }

    private func scheduleSettleCheck() {
        guard settleTimer == nil, settleHead < settleOrder.count else { return }
        let due = settleOrder[settleHead].due
        settleTimer = Task { [clock] in
            try? await Task.sleep(until: due, clock: clock)
            self.checkSettled()
        }
    }

    private func checkSettled() {
        settleTimer = nil
        guard !closed else { return }
        let now = clock.now
        while settleHead < settleOrder.count, settleOrder[settleHead].due <= now {
            let (path, due) = settleOrder[settleHead]
            settleHead += 1
            // Only the newest entry for a path decides; older ones were superseded.
            guard let entry = settling[path], entry.due == due else { continue }
            guard let signature = FileSignature(path: path) else {
                settling.removeValue(forKey: path)
                continue
            }
            if signature == entry.signature {
                settling.removeValue(forKey: path)
                enqueue(path)
            } else {
                let next = now.advanced(by: settle)
                settling[path] = (signature, next)
                settleOrder.append((path, next))
            }
        }
        if settleHead > 1024 && settleHead * 2 > settleOrder.count {
            settleOrder.removeFirst(settleHead)
            settleHead = 0
        }
        scheduleSettleCheck()
    }
}
