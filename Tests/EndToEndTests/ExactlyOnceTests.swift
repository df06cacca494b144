import Foundation
import Testing

/// Every file dropped is processed once: no loss, no duplicate, nothing left behind.
@Suite struct ExactlyOnceTests {
    @Test func twoThousandFilesDroppedAsFastAsPossibleGiveTwoThousandResultsEachOnce() async throws {
        let folder = try TemporaryFolder("burst")
        let daemon = try await DaemonProcess(folder: folder, configuration: "settle_ms: 100\n")
        let count = 2000
        let start = Date()
        for i in 0..<count {
            // Half renamed in, half written in place, some in subfolders.
            let name = (i % 10 == 0 ? "sub\(i % 3)/" : "") + "doc\(i).txt"
            if i % 2 == 0 {
                try Drop.rename(Drop.article(i), as: name, into: daemon.inbox, staging: folder("staging"))
            } else {
                try Drop.write(Drop.article(i), as: name, into: daemon.inbox)
            }
        }
        let done = await eventually(within: 120, every: 0.1) { daemon.results.count >= count }
        let seconds = Date().timeIntervalSince(start)
        #expect(done, "\(daemon.results.count) results\n\(daemon.log.suffix(2000))")
        print("burst: \(count) files in \(String(format: "%.2f", seconds)) s (\(Int(Double(count) / seconds)) files/s, durable writes), peak RSS \(daemon.peakMemoryMiB.map { String(format: "%.1f", $0) } ?? "?") MiB")
        #expect(await daemon.stop() == 0)
        #expect(daemon.results.count == count)
        #expect(daemon.failures.isEmpty)
        let processedLines = daemon.log.components(separatedBy: "\n").filter { $0.contains("outcome=ok") }
        #expect(processedLines.count == count, "some file was processed twice")
        let left = folder.files(under: "inbox")
        #expect(left.isEmpty, "left in the inbox or its work folder: \(left.prefix(5))")
        #expect(folder.files(under: "outbox/originals").count == count)
    }

    @Test func skipDuplicatesSkipsContentAlreadySeen() async throws {
        let folder = try TemporaryFolder("dupes")
        let daemon = try await DaemonProcess(folder: folder, configuration: "skip_duplicates: true\ndurable_writes: false\n")
        try Drop.rename(Drop.article(1), as: "first.txt", into: daemon.inbox, staging: folder("staging"))
        #expect(await eventually { daemon.results == ["first.json"] })
        try Drop.rename(Drop.article(1), as: "again.txt", into: daemon.inbox, staging: folder("staging"))
        #expect(await eventually { daemon.log.contains("skipped duplicate") })
        #expect(daemon.results == ["first.json"])
        #expect(folder.files(under: "inbox").filter { !$0.hasPrefix(".articled/") }.isEmpty)
    }
}
