import CInotifyTools
import CLinux
import Dispatch
import Foundation
import Glibc
import Synchronization

/// Watches the inbox recursively through libinotifytools and reports complete files.
///
/// libinotifytools keeps all of its state in process-wide globals and returns pointers into
/// static buffers, so every call is made from one dedicated OS thread, which blocks in the
/// kernel while the inbox is quiet (no polling: idle CPU is zero) and hands copied events
/// to the async side through an `AsyncStream`. Only one watcher can run in a process.
final class InboxWatcher: Sendable {
    /// Why watching could not start.
    struct StartError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    private static let active = Mutex(false)

    let root: String
    private let excluded: Set<String>
    private let stopRequested = Atomic(false)
    private let finished = DispatchSemaphore(value: 0)
    /// The watcher thread while it runs, for the signal that interrupts its wait.
    private let thread = Mutex<pthread_t?>(nil)

    /// A watcher of the folder `root` (absolute), ignoring the folders in `excluded`.
    init(root: String, excluding excluded: Set<String>) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        self.excluded = excluded
    }

    /// Starts the watcher thread; returns once every folder is watched.
    func start() throws(StartError) -> AsyncStream<InboxEvent> {
        let claimed = InboxWatcher.active.withLock { active -> Bool in
            if active { return false }
            active = true
            return true
        }
        guard claimed else { throw StartError(message: "another inbox watcher is already running in this process") }
        articled_install_wake_signal()
        let (stream, continuation) = AsyncStream.makeStream(of: InboxEvent.self, bufferingPolicy: .unbounded)
        let ready = DispatchSemaphore(value: 0)
        let failure = StartFailure()
        let thread = Thread { [self] in
            self.threadMain(continuation: continuation, ready: ready, failure: failure)
        }
        thread.name = "articled-inotify"
        thread.start()
        ready.wait()
        if let message = failure.message.withLock({ $0 }) {
            finished.wait()
            throw StartError(message: message)
        }
        return stream
    }

    /// Stops the thread and releases the library's state; waits until it has.
    func stop() {
        guard !stopRequested.exchange(true, ordering: .sequentiallyConsistent) else { return }
        // The thread waits in poll(2): a signal ends the wait and it sees the flag. Sent again
        // until the thread ends, in case it was not yet in its wait (nothing is made in the
        // inbox, which may be gone, full or read-only).
        repeat {
            thread.withLock { running in
                if let running { _ = articled_wake_thread(running) }
            }
        } while finished.wait(timeout: .now() + .milliseconds(50)) == .timedOut
    }

    /// The start-up error the watcher thread hands back, if any.
    private final class StartFailure: Sendable {
        let message = Mutex<String?>(nil)
    }

    private static let events = Int32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE)

    // Everything below runs on the watcher thread only.

    private func threadMain(continuation: AsyncStream<InboxEvent>.Continuation,
                            ready: DispatchSemaphore, failure: StartFailure) {
        articled_unblock_wake_signal()
        thread.withLock { $0 = pthread_self() }
        defer {
            // No signal may reach this thread once it has ended.
            thread.withLock { $0 = nil }
            inotifytools_cleanup()
            continuation.finish()
            InboxWatcher.active.withLock { $0 = false }
            finished.signal()
        }
        guard inotifytools_initialize() != 0 else {
            failure.message.withLock { $0 = "cannot start inotify: \(String(cString: strerror(inotifytools_error())))" }
            ready.signal()
            return
        }
        var watched = Set<String>()
        if let message = watchTree(root, into: &watched) {
            failure.message.withLock { $0 = message }
            ready.signal()
            return
        }
        ready.signal()
        let slashed = inotifytools_wd_from_filename(root + "/")
        let rootWatch = slashed >= 0 ? slashed : inotifytools_wd_from_filename(root)

        var pendingMove: (cookie: UInt32, path: String)?
        while !stopRequested.load(ordering: .sequentiallyConsistent) {
            guard let event = inotifytools_next_event(-1) else { continue }
            if stopRequested.load(ordering: .sequentiallyConsistent) { break }
            let wd = event.pointee.wd
            let mask = event.pointee.mask
            let cookie = event.pointee.cookie
            if wd == -1 || mask & UInt32(IN_Q_OVERFLOW) != 0 {
                continuation.yield(.overflow)
                continue
            }
            // The inbox itself was removed (or its file system unmounted): nothing more can
            // arrive, and the stream's end tells the daemon.
            if wd == rootWatch && mask & UInt32(IN_IGNORED) != 0 { break }
            var namePointer: UnsafePointer<CChar>?
            var folderLength = 0
            guard let folderPointer = inotifytools_filename_from_event(event, &namePointer, &folderLength) else { continue }
            let folder = String(cString: folderPointer)
            let name = namePointer.map { String(cString: $0) } ?? ""
            if name.isEmpty { continue }
            let path = (folder.hasSuffix("/") ? folder : folder + "/") + name
            let isFolder = mask & UInt32(IN_ISDIR) != 0

            // A folder moved away: if the next event is not its arrival elsewhere in the
            // inbox, it left, and its watches go with it.
            if let pending = pendingMove, !(isFolder && mask & UInt32(IN_MOVED_TO) != 0 && cookie == pending.cookie) {
                unwatchTree(pending.path, from: &watched)
                pendingMove = nil
            }
            if InboxNames.isIgnored(name) || excluded.contains(path) { continue }

            if isFolder {
                if mask & UInt32(IN_MOVED_FROM) != 0 {
                    pendingMove = (cookie, path)
                } else if mask & UInt32(IN_MOVED_TO) != 0, let pending = pendingMove, pending.cookie == cookie {
                    renameTree(from: pending.path, to: path, in: &watched)
                    pendingMove = nil
                    continuation.yield(.folderAppeared(path))
                } else if mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 {
                    _ = watchTree(path, into: &watched)
                    continuation.yield(.folderAppeared(path))
                }
            } else if mask & UInt32(IN_MOVED_TO) != 0 {
                continuation.yield(.renamedIn(path))
            } else if mask & UInt32(IN_CREATE) != 0 {
                // A symbolic link is complete when created (and is refused, never followed);
                // a regular file is taken when it is closed after writing.
                var st = stat()
                if lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK {
                    continuation.yield(.renamedIn(path))
                }
            } else if mask & UInt32(IN_CLOSE_WRITE) != 0 {
                continuation.yield(.written(path))
            }
        }
    }

    /// Watches `folder` and every non-ignored folder below it; returns an error message on failure.
    private func watchTree(_ folder: String, into watched: inout Set<String>) -> String? {
        var folders = [folder]
        folders += DirectoryWalker.walk(folder, excluding: excluded).folders
        for path in folders where !watched.contains(path) {
            if inotifytools_watch_file(path, Self.events) == 0 {
                let code = inotifytools_error()
                if path == folder && folder == root {
                    return "cannot watch \(path): \(String(cString: strerror(code)))"
                        + (code == ENOSPC ? " (raise fs.inotify.max_user_watches)" : "")
                }
                continue
            }
            watched.insert(path)
        }
        return nil
    }

    private func unwatchTree(_ folder: String, from watched: inout Set<String>) {
        let prefix = folder + "/"
        for path in watched where path == folder || path.hasPrefix(prefix) {
            inotifytools_remove_watch_by_filename(path + "/")
            inotifytools_remove_watch_by_filename(path)
            watched.remove(path)
        }
    }

    private func renameTree(from old: String, to new: String, in watched: inout Set<String>) {
        inotifytools_replace_filename(old + "/", new + "/")
        let prefix = old + "/"
        for path in watched where path == old || path.hasPrefix(prefix) {
            watched.remove(path)
            watched.insert(new + path.dropFirst(old.count))
        }
    }
}
