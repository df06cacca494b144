import Foundation

/// Watches the inbox by listing it at an interval, for file systems inotify cannot see.
///
/// Every file found is reported as `written`, so the same settle check that protects files
/// written in place keeps a half-copied file from being taken.
final class InboxPoller: Sendable {
    let root: String
    private let excluded: Set<String>
    private let interval: Duration

    init(root: String, excluding excluded: Set<String>, interval: Duration) {
        self.root = root
        self.excluded = excluded
        self.interval = interval
    }

    /// The events of each listing, until the consuming task is cancelled.
    func events() -> AsyncStream<InboxEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: InboxEvent.self)
        let task = Task { [root, excluded, interval] in
            while !Task.isCancelled {
                for file in DirectoryWalker.walk(root, excluding: excluded).files {
                    continuation.yield(.written(file))
                }
                try? await Task.sleep(for: interval)
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}
