import Foundation

/// A thread of its own that runs jobs one after another: where a plugin slot blocks.
///
/// A slot waits in `poll(2)` for as long as the document's timeout; doing that on Dispatch's
/// shared worker threads could starve the daemon's file I/O (`IOThreads`) when many
/// instances wait at once, and doing it on the cooperative pool would stall every task. The
/// thread ends when its owner releases this object.
final class PluginThread: @unchecked Sendable {
    /// The jobs and the condition that guards them, shared with the running thread.
    private final class Queue: @unchecked Sendable {
        let condition = NSCondition()
        var jobs: [@Sendable () -> Void] = []
        var closed = false
    }

    private let queue = Queue()

    /// Starts a thread named `name`.
    init(name: String) {
        let queue = self.queue
        let thread = Thread {
            while true {
                queue.condition.lock()
                while queue.jobs.isEmpty && !queue.closed { queue.condition.wait() }
                if queue.jobs.isEmpty {
                    queue.condition.unlock()
                    return
                }
                let job = queue.jobs.removeFirst()
                queue.condition.unlock()
                job()
            }
        }
        thread.name = name
        thread.start()
    }

    /// Runs `job` on the thread after the jobs already queued.
    func async(_ job: @escaping @Sendable () -> Void) {
        queue.condition.lock()
        queue.jobs.append(job)
        queue.condition.signal()
        queue.condition.unlock()
    }

    /// Lets the thread finish its queued jobs and end.
    deinit {
        queue.condition.lock()
        queue.closed = true
        queue.condition.signal()
        queue.condition.unlock()
    }
}
