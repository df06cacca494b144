import Dispatch

/// Runs blocking file system calls (`fsync`, `rename`, reads) off the cooperative thread pool,
/// so that a slow disk delays one document, not every task of the daemon.
enum IOThreads {
    private static let queue = DispatchQueue(label: "articled.io", qos: .utility, attributes: .concurrent)

    /// The result of `body`, run on an I/O thread.
    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: body()) }
        }
    }
}
