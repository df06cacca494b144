import Foundation
import Testing

/// When the kernel's event queue overflows, a rescan finds every file.
@Suite struct OverflowTests {
    @Test func filesDroppedWhileTheDaemonIsStoppedPastTheQueueLimitAreAllRecovered() async throws {
        let limitText = (try? String(contentsOfFile: "/proc/sys/fs/inotify/max_queued_events", encoding: .utf8)) ?? "16384"
        let limit = Int(limitText.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 16384
        let count = limit + 500
        let folder = try TemporaryFolder("overflow")
        for i in 0..<count { try folder.write("Item \(i) was filed today by the clerk.\n", to: "staging/o\(i).txt") }
        let daemon = try await DaemonProcess(folder: folder, configuration: "settle_ms: 20\ndurable_writes: false\noriginals: delete\n")
        daemon.signal(SIGSTOP)
        // (Every thread stopped before the drop: a reader still draining would keep the queue short.)
        #expect(await eventually(within: 10, every: 0.01) { daemon.isStopped })
        for i in 0..<count {
            #expect(rename(folder("staging/o\(i).txt"), daemon.inbox + "/o\(i).txt") == 0)
        }
        daemon.signal(SIGCONT)
        #expect(await eventually(within: 240, every: 0.25) { daemon.topLevelResultCount >= count }, "\(daemon.topLevelResultCount) of \(count)\n\(daemon.log.suffix(1000))")
        #expect(daemon.log.contains("overflowed"), "the queue did not overflow; the test proves nothing")
        #expect(await daemon.stop() == 0)
        #expect(daemon.results.count == count)
        #expect(folder.files(under: "inbox").isEmpty)
    }
}
