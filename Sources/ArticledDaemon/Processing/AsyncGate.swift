/// Lets at most `limit` tasks through at once; the others wait, in order, without blocking a thread.
///
/// The daemon keeps more documents in flight than it runs stages for: while some wait for the
/// disk (claim, read, write, fsync), up to `concurrency` others run the pipeline. The gate
/// is what holds the pipeline to `concurrency`.
actor AsyncGate {
    private let limit: Int
    private var inside = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var head = 0

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Waits for a place, then runs `body` and gives the place back.
    nonisolated func run<T: Sendable, Failure: Error>(_ body: () async throws(Failure) -> T) async throws(Failure) -> T {
        await enter()
        do {
            let result = try await body()
            await leave()
            return result
        } catch {
            await leave()
            throw error
        }
    }

    private func enter() async {
        if inside < limit {
            inside += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if head < waiting.count {
            let next = waiting[head]
            head += 1
            if head > 64 && head * 2 > waiting.count {
                waiting.removeFirst(head)
                head = 0
            }
            next.resume()  // the place passes straight to the next waiter
        } else {
            inside -= 1
        }
    }
}
