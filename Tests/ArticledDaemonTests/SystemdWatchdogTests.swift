import ArticledCore
import Foundation
import Logging
import ServiceLifecycle
import Testing
@testable import ArticledDaemon

/// The watchdog keep-alive follows the work loop: a worker stuck on one document stops it,
/// so that systemd restarts the daemon; it resumes once the document is done.
@Suite struct SystemdWatchdogTests {
    /// A plugin-like stage that takes `seconds` on every document.
    struct SlowStage: Stage {
        var name = "slow"
        var version = "1"
        var needs: Set<DocumentKey> = []
        var adds: Set<DocumentKey> = []
        var seconds: Double
        func process(_ document: inout Document) async throws {
            try await Task.sleep(for: .seconds(seconds))
        }
    }

    @Test func aWorkerStuckOnOneDocumentWithholdsTheWatchdogUntilItIsDone() async throws {
        let folder = try SystemdTestFolder()
        let socket = try SystemdNotifySocket(abstract: true, folder: folder.path)
        var configuration = Configuration()
        configuration.inbox = folder.path + "/inbox"
        configuration.outbox = folder.path + "/outbox"
        configuration.stages = [StageConfiguration(name: "cleanup"), StageConfiguration(name: "slow")]
        configuration.settleMilliseconds = 0
        configuration.durableWrites = false
        configuration.concurrency = 1
        let factory = PipelineFactory { entry, _ in entry.name == "slow" ? SlowStage(seconds: 2.5) : nil }
        let daemon = ArticleDaemon(configuration: configuration, factory: factory, reloadSource: nil,
                                   logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() },
                                   notifier: SystemdNotifier(environment: ["NOTIFY_SOCKET": socket.address, "WATCHDOG_USEC": "200000"]),
                                   stuckLimit: .milliseconds(600))
        let group = ServiceGroup(services: [daemon], logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        let running = Task { try await group.run() }
        defer { running.cancel() }

        var messages: [(String, ContinuousClock.Instant)] = []
        let clock = ContinuousClock()
        func collect(until done: () -> Bool, within seconds: Double) -> Bool {
            let deadline = clock.now.advanced(by: .seconds(seconds))
            while !done() && clock.now < deadline {
                if let m = socket.receive(timeout: 0.2) { messages.append((m, clock.now)) }
            }
            return done()
        }
        #expect(collect(until: { messages.contains { $0.0.hasPrefix("READY=1") } }, within: 10))
        #expect(collect(until: { messages.filter { $0.0 == "WATCHDOG=1" }.count >= 3 }, within: 5), "pings while idle")

        try Data("Officials met on Monday.\n".utf8).write(to: URL(fileURLWithPath: folder.path + "/staging.txt"))
        try FileManager.default.moveItem(atPath: folder.path + "/staging.txt", toPath: configuration.inbox + "/a.txt")

        #expect(collect(until: { messages.contains { $0.0.hasPrefix("STATUS=stuck on") && $0.0.contains("a.txt") } }, within: 5),
                "\(messages.map(\.0).suffix(5))")
        let stuckAt = messages.first { $0.0.hasPrefix("STATUS=stuck on") }!.1
        #expect(collect(until: { messages.contains { $0.0.contains("done=1") } }, within: 10))
        let doneAt = messages.first { $0.0.contains("done=1") }!.1
        let pingsWhileStuck = messages.filter { $0.0 == "WATCHDOG=1" && $0.1 > stuckAt && $0.1 < doneAt }
        #expect(pingsWhileStuck.isEmpty, "no keep-alive while a document is stuck")
        #expect(collect(until: { messages.contains { $0.0 == "WATCHDOG=1" && $0.1 > doneAt } }, within: 3), "pings again once done")

        await group.triggerGracefulShutdown()
        try await running.value
        #expect(FileManager.default.fileExists(atPath: configuration.outbox + "/a.json"))
    }
}
