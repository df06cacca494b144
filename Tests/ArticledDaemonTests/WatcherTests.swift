import Foundation
import Synchronization
import Testing
@testable import ArticledDaemon

/// The inotify watcher on real folders with real events. libinotifytools is process-global,
/// so these run one at a time.
@Suite(.serialized) struct WatcherTests {
    final class Recorder: Sendable {
        let events = Mutex<[InboxEvent]>([])
        var snapshot: [InboxEvent] { events.withLock { $0 } }
    }

    let folder: TestFolder
    var root: String { folder.path }

    init() throws {
        folder = try TestFolder("articled-watch")
        try FileManager.default.createDirectory(atPath: folder.path + "/inbox", withIntermediateDirectories: true)
    }

    /// Runs `body` with a started watcher on `root/inbox`, then stops it; returns the events.
    func watching(_ body: (String, Recorder) async throws -> Void) async throws -> [InboxEvent] {
        let inbox = try ArticleDaemon.absoluteFolder(root + "/inbox")
        let watcher = InboxWatcher(root: inbox, excluding: [inbox + "/.articled"])
        let stream = try watcher.start()
        let recorder = Recorder()
        let reader = Task { for await e in stream { recorder.events.withLock { $0.append(e) } } }
        try await body(inbox, recorder)
        watcher.stop()
        await reader.value
        return recorder.snapshot
    }

    func until(_ recorder: Recorder, _ condition: @escaping ([InboxEvent]) -> Bool) async -> Bool {
        for _ in 0..<500 {
            if condition(recorder.snapshot) { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return condition(recorder.snapshot)
    }

    @Test func aFileWrittenInPlaceIsReportedWhenClosed() async throws {
        _ = try await watching { inbox, recorder in
            try Data("x".utf8).write(to: URL(fileURLWithPath: inbox + "/a.txt"))
            #expect(await until(recorder) { $0.contains(.written(inbox + "/a.txt")) })
        }
    }

    @Test func aFileRenamedInIsReportedAsComplete() async throws {
        _ = try await watching { inbox, recorder in
            try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/staged.txt"))
            rename(root + "/staged.txt", inbox + "/b.txt")
            #expect(await until(recorder) { $0.contains(.renamedIn(inbox + "/b.txt")) })
        }
    }

    @Test func hiddenAndTemporaryNamesRaiseNoEvent() async throws {
        let events = try await watching { inbox, recorder in
            for name in [".hidden.txt", "x.tmp", "y.part", "z.txt~"] {
                try Data("x".utf8).write(to: URL(fileURLWithPath: inbox + "/" + name))
            }
            try Data("x".utf8).write(to: URL(fileURLWithPath: inbox + "/visible.txt"))
            #expect(await until(recorder) { $0.contains(.written(inbox + "/visible.txt")) })
        }
        #expect(events.count == 1, "\(events)")
    }

    @Test func aNewSubfolderIsWatchedAndAnnounced() async throws {
        _ = try await watching { inbox, recorder in
            try FileManager.default.createDirectory(atPath: inbox + "/sub/deeper", withIntermediateDirectories: true)
            #expect(await until(recorder) { $0.contains(.folderAppeared(inbox + "/sub")) })
            try await Task.sleep(for: .milliseconds(50))
            try Data("x".utf8).write(to: URL(fileURLWithPath: inbox + "/sub/deeper/c.txt"))
            #expect(await until(recorder) { $0.contains(.written(inbox + "/sub/deeper/c.txt")) })
        }
    }

    @Test func aTreeMovedInIsAnnouncedAndItsFoldersWatched() async throws {
        let outside = root + "/tree"
        try FileManager.default.createDirectory(atPath: outside + "/x/y", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: outside + "/x/y/d.txt"))
        _ = try await watching { inbox, recorder in
            rename(outside, inbox + "/tree")
            #expect(await until(recorder) { $0.contains(.folderAppeared(inbox + "/tree")) })
            try Data("x".utf8).write(to: URL(fileURLWithPath: inbox + "/tree/x/y/e.txt"))
            #expect(await until(recorder) { $0.contains(.written(inbox + "/tree/x/y/e.txt")) })
        }
    }

    @Test func aFolderRenamedInsideTheInboxReportsFilesUnderItsNewName() async throws {
        _ = try await watching { inbox, recorder in
            try FileManager.default.createDirectory(atPath: inbox + "/old", withIntermediateDirectories: true)
            #expect(await until(recorder) { $0.contains(.folderAppeared(inbox + "/old")) })
            rename(inbox + "/old", inbox + "/new")
            #expect(await until(recorder) { $0.contains(.folderAppeared(inbox + "/new")) })
            try Data("x".utf8).write(to: URL(fileURLWithPath: inbox + "/new/f.txt"))
            #expect(await until(recorder) { $0.contains(.written(inbox + "/new/f.txt")) })
            #expect(!recorder.snapshot.contains(.written(inbox + "/old/f.txt")))
        }
    }

    @Test func aFolderMovedOutIsNoLongerWatched() async throws {
        let events = try await watching { inbox, recorder in
            try FileManager.default.createDirectory(atPath: inbox + "/leaving", withIntermediateDirectories: true)
            #expect(await until(recorder) { $0.contains(.folderAppeared(inbox + "/leaving")) })
            rename(inbox + "/leaving", root + "/gone")
            try Data("x".utf8).write(to: URL(fileURLWithPath: inbox + "/marker.txt"))
            #expect(await until(recorder) { $0.contains(.written(inbox + "/marker.txt")) })
            try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/gone/g.txt"))
            try Data("x".utf8).write(to: URL(fileURLWithPath: inbox + "/marker2.txt"))
            #expect(await until(recorder) { $0.contains(.written(inbox + "/marker2.txt")) })
        }
        #expect(!events.contains { if case .written(let p) = $0 { return p.hasSuffix("g.txt") } else { return false } })
    }

    @Test func aSecondWatcherInTheSameProcessIsRefused() async throws {
        _ = try await watching { inbox, _ in
            #expect(throws: InboxWatcher.StartError.self) { _ = try InboxWatcher(root: inbox, excluding: []).start() }
        }
    }

    /// A flag set from another thread or task.
    final class Flag: Sendable {
        private let value = Atomic(false)
        func set() { value.store(true, ordering: .sequentiallyConsistent) }
        var isSet: Bool { value.load(ordering: .sequentiallyConsistent) }
    }

    /// Whether `flag` is set within ten seconds.
    func eventually(_ flag: Flag) async -> Bool {
        for _ in 0..<1000 where !flag.isSet { try? await Task.sleep(for: .milliseconds(10)) }
        return flag.isSet
    }

    @Test func theEventsEndWhenTheInboxIsRemoved() async throws {
        let inbox = try ArticleDaemon.absoluteFolder(root + "/inbox")
        let watcher = InboxWatcher(root: inbox, excluding: [])
        let stream = try watcher.start()
        let ended = Flag()
        let reader = Task { for await _ in stream {}; ended.set() }
        try FileManager.default.removeItem(atPath: inbox)
        #expect(await eventually(ended), "the watcher kept waiting on an inbox that no longer exists")
        watcher.stop()
        await reader.value
    }

    @Test func stopReturnsWhenNoWakeUpFileCanBeMadeInTheInbox() async throws {
        // The inbox moved away: its watch stays, but the file that wakes the watcher cannot be
        // made where the inbox was (as on a full disk); the stop must not hang.
        let inbox = try ArticleDaemon.absoluteFolder(root + "/inbox")
        let watcher = InboxWatcher(root: inbox, excluding: [])
        let stream = try watcher.start()
        let reader = Task { for await _ in stream {} }
        #expect(rename(inbox, root + "/moved") == 0)
        let stopped = Flag()
        Thread { watcher.stop(); stopped.set() }.start()
        #expect(await eventually(stopped), "stop() still waits for the watcher thread")
        if stopped.isSet { await reader.value }
    }
}
