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
}
