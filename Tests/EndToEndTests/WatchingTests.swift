import Foundation
import Testing

/// How files reach the daemon, through the real binary and real inotify events.
@Suite struct WatchingTests {
    let config = "settle_ms: 100\ndurable_writes: false\n"

    @Test func aFileWrittenInPlaceIsProcessedAfterItSettles() async throws {
        let daemon = try await DaemonProcess(folder: TemporaryFolder("watch-write"), configuration: config)
        try Drop.write(Drop.article(1), as: "a.txt", into: daemon.inbox)
        #expect(await eventually { daemon.results == ["a.json"] }, "\(daemon.log)")
    }

    @Test func aFileRenamedInIsProcessed() async throws {
        let daemon = try await DaemonProcess(folder: TemporaryFolder("watch-rename"), configuration: config)
        try Drop.rename(Drop.article(1), as: "b.md", into: daemon.inbox, staging: daemon.folder("staging"))
        #expect(await eventually { daemon.results == ["b.json"] }, "\(daemon.log)")
    }

    @Test func aFileWrittenSlowlyAcrossSeveralOpensIsTakenWhole() async throws {
        let daemon = try await DaemonProcess(folder: TemporaryFolder("watch-slow"), configuration: "settle_ms: 300\ndurable_writes: false\n")
        let path = daemon.inbox + "/slow.txt"
        let parts = (1...5).map { "Paragraph \($0) of a slow writer says something.\n\n" }
        for part in parts {
            // open(2) in append mode: the writer reopens the same file in place each time.
            let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
            #expect(fd >= 0)
            _ = part.utf8CString.withUnsafeBufferPointer { Foundation.write(fd, $0.baseAddress, $0.count - 1) }
            close(fd)
            usleep(100_000)  // the writer's own pace, shorter than the settle time
        }
        #expect(await eventually { daemon.results == ["slow.json"] }, "\(daemon.log)")
        let text = try daemon.result("slow")["text"] as? String ?? ""
        #expect(text.contains("Paragraph 5"), "taken before the writer finished: \(text)")
        #expect(daemon.log.components(separatedBy: "outcome=ok").count == 2, "\(daemon.log)")
    }

    @Test func aFileDroppedIntoANewSubfolderIsProcessedAndMirrored() async throws {
        let daemon = try await DaemonProcess(folder: TemporaryFolder("watch-sub"), configuration: config)
        try Drop.write(Drop.article(1), as: "world/asia/c.txt", into: daemon.inbox)
        #expect(await eventually { daemon.results == ["world/asia/c.json"] }, "\(daemon.log)")
        #expect(FileManager.default.fileExists(atPath: daemon.outbox + "/originals/world/asia/c.txt"))
    }

    @Test func aWholeTreeMovedInWithOneRenameIsProcessed() async throws {
        let folder = try TemporaryFolder("watch-tree")
        for i in 0..<30 { try folder.write(Drop.article(i), to: "tree/part\(i % 3)/f\(i).txt") }
        let daemon = try await DaemonProcess(folder: folder, configuration: config)
        #expect(rename(folder("tree"), daemon.inbox + "/tree") == 0)
        #expect(await eventually { daemon.results.count == 30 }, "\(daemon.results.count)\n\(daemon.log)")
    }

    @Test func hiddenAndTemporaryNamesAreNeverPickedUp() async throws {
        let daemon = try await DaemonProcess(folder: TemporaryFolder("watch-hidden"), configuration: config)
        for name in [".draft.txt", "x.tmp", "y.txt.part", "z.txt~", "w.swp", "v.crdownload", ".folder/inside.txt"] {
            try Drop.write(Drop.article(0), as: name, into: daemon.inbox)
        }
        try Drop.write(Drop.article(1), as: "visible.txt", into: daemon.inbox)
        #expect(await eventually { daemon.results == ["visible.json"] })
        // The visible file was taken after the others were written: they had their chance.
        #expect(daemon.results == ["visible.json"])
        #expect(daemon.failures.isEmpty)
        #expect(FileManager.default.fileExists(atPath: daemon.inbox + "/y.txt.part"))
    }

    @Test func filesPresentAtStartAreProcessed() async throws {
        let folder = try TemporaryFolder("watch-start")
        for i in 0..<5 { try folder.write(Drop.article(i), to: "inbox/s\(i).txt") }
        try folder.write(Drop.article(9), to: "inbox/deep/er/s9.txt")
        let daemon = try await DaemonProcess(folder: folder, configuration: config)
        #expect(await eventually { daemon.results.count == 6 }, "\(daemon.results)\n\(daemon.log)")
    }

    @Test func thePollingWatcherTakesFilesToo() async throws {
        let daemon = try await DaemonProcess(folder: TemporaryFolder("watch-poll"),
                                       configuration: "watch: poll\npoll_interval_ms: 100\nsettle_ms: 50\ndurable_writes: false\n")
        try Drop.write(Drop.article(1), as: "p.txt", into: daemon.inbox)
        try Drop.write(Drop.article(2), as: "sub/q.txt", into: daemon.inbox)
        #expect(await eventually { daemon.results == ["p.json", "sub/q.json"] }, "\(daemon.log)")
        #expect(daemon.log.contains("polling the inbox"))
    }
}
