import Foundation
import Testing

/// A crash (SIGKILL) at any moment loses nothing: a restart finishes every claimed file.
@Suite struct CrashTests {
    @Test func killedInTheMiddleOfABurstEveryInputEndsWithExactlyOneResultOrFailure() async throws {
        let folder = try TemporaryFolder("crash")
        let count = 600
        let first = try await DaemonProcess(folder: folder, configuration: "settle_ms: 50\nconcurrency: 4\n")
        var names: Set<String> = []
        for i in 0..<count {
            let name = "c\(i)"
            names.insert(name)
            if i % 50 == 7 {
                try Drop.rename("", as: name + ".txt", into: first.inbox, staging: folder("staging"))  // fails: empty
            } else {
                try Drop.rename(Drop.article(i), as: name + ".txt", into: first.inbox, staging: folder("staging"))
            }
        }
        #expect(await eventually { first.results.count >= 50 })
        await first.crash()
        let midway = first.results.count
        #expect(midway < count, "the burst finished before the crash; the test proves nothing")

        let second = try await DaemonProcess(folder: folder, configuration: "settle_ms: 50\nconcurrency: 4\n")
        #expect(await eventually(within: 60) { second.results.count + second.failures.count >= count }, "\(second.log.suffix(1500))")
        #expect(await second.stop() == 0)
        let results = Set(second.results.map { String($0.dropLast(5)) })
        let failures = Set(second.failures.map { String($0.dropLast(".txt.error.json".count)) })
        #expect(results.isDisjoint(with: failures))
        #expect(results.union(failures) == names)
        #expect(results.count + failures.count == count)
        #expect(failures.count == 12)
        #expect(!folder.files(under: "outbox").contains { $0.hasSuffix(".tmp") }, "half-written files remain")
        #expect(folder.files(under: "inbox").isEmpty, "left behind: \(folder.files(under: "inbox").prefix(5))")
        for name in results.prefix(20) {
            let result = try second.result(name)  // complete, parseable JSON
            #expect(result["schema_version"] as? Int == 1)
        }
    }
    @Test func aFileTheDaemonStopsOnTwiceIsSetAsideAndTheDaemonGoesOn() async throws {
        let folder = try TemporaryFolder("crash-twice")
        try PluginWorkspace.install(["sleepy"], into: folder)
        // The plugin hangs on this file far past the test: as if it crashed or hung the daemon.
        let configuration = PluginWorkspace.configuration(plugin: "{name: sleepy, on_error: fail, timeout_ms: 120000}")
        let claimed = "inbox/.articled/claimed"

        // 1. The first run claims the file, hangs on it, and is killed.
        let first = try await DaemonProcess(folder: folder, configuration: configuration)
        try PluginWorkspace.drop("This one is SLOW.\n", as: "slow.txt", into: first)
        #expect(await eventually { folder.files(under: claimed).contains { $0.hasSuffix("/slow.txt") } }, "\(first.log)")
        await first.crash()
        #expect(!folder.files(under: claimed).contains { $0.contains(".retry/") })

        // 2. The second run retries it once, marked as retried, hangs again, and is killed.
        let second = try await DaemonProcess(folder: folder, configuration: configuration, waitForReady: false)
        #expect(await eventually { folder.files(under: claimed).contains { $0.hasSuffix(".retry/slow.txt") } }, "\(second.log)")
        await second.crash()

        // 3. The third run sets it aside with the reason, and serves the inbox.
        let third = try await DaemonProcess(folder: folder, configuration: configuration)
        #expect(third.failures == ["slow.txt.error.json"], "\(third.log)")
        let report = try PluginWorkspace.failure("slow.txt", in: third)
        #expect(report["stage"] as? String == "daemon")
        #expect((report["error"] as? String)?.contains("stopped twice") == true)
        #expect(try String(contentsOfFile: third.outbox + "/failed/slow.txt", encoding: .utf8) == "This one is SLOW.\n")
        #expect(folder.files(under: claimed).isEmpty)
        try PluginWorkspace.drop("This one is quick.\n", as: "quick.txt", into: third)
        #expect(await eventually { third.results.contains("quick.json") }, "\(third.log)")
        #expect(await third.stop() == 0)
    }
}
