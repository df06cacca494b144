import CLinux
import Glibc

/// Group commit for the outbox: makes everything written before a call durable, sharing one
/// `syncfs(2)` among all the documents that reach the barrier while a flush is under way.
///
/// A document's result must be on disk before its input leaves the work folder. Flushing
/// each result with its own `fsync` (file and folder) costs milliseconds per document; one
/// `syncfs` of the outbox's file system covers every result written since the last one, so
/// under load one flush serves a whole batch and throughput scales with concurrency.
actor SyncBarrier {
    private let folder: String
    private var started = 0
    private var completed = 0
    private var running = false
    private var waiters: [(generation: Int, continuation: CheckedContinuation<Void, Never>)] = []
    private var lastError: FileSystemError?

    /// A barrier for the file system holding `folder`.
    init(folder: String) {
        self.folder = folder
    }

    /// Returns once a flush that started after this call has completed.
    func wait() async throws(FileSystemError) {
        let needed = started + 1
        await withCheckedContinuation { continuation in
            waiters.append((needed, continuation))
            if !running { startFlush() }
        }
        if let error = lastError, completed >= needed { throw error }
    }

    private func startFlush() {
        running = true
        started += 1
        let generation = started
        let folder = self.folder
        Task {
            let error: FileSystemError? = await IOThreads.run {
                let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                guard fd >= 0 else { return FileSystemError("open", folder) }
                defer { close(fd) }
                return articled_syncfs(fd) == 0 ? nil : FileSystemError("syncfs", folder)
            }
            self.finished(generation, error: error)
        }
    }

    private func finished(_ generation: Int, error: FileSystemError?) {
        completed = generation
        lastError = error
        running = false
        var remaining: [(generation: Int, continuation: CheckedContinuation<Void, Never>)] = []
        for waiter in waiters {
            if waiter.generation <= generation { waiter.continuation.resume() } else { remaining.append(waiter) }
        }
        waiters = remaining
        if !waiters.isEmpty { startFlush() }
    }
}
