import ArticledCore
import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import Testing
import ArticledTestSupport
@testable import ArticledDaemon

/// The watchdog keep-alive follows the work loop: a worker stuck on one document stops it,
/// so that systemd restarts the daemon; it resumes once the document is done. The daemon runs
/// in-process with a stage that hangs until the test lets it go.
@Suite struct SystemdWatchdogTests {
    /// Holds a stage until the test opens it.
    final class Gate: Sendable {
        let isOpen = Atomic<Bool>(false)
    }

    /// A plugin-like stage that hangs on every document until its gate opens.
    struct HangingStage: Stage {
        var name = "hang"
        var version = "1"
        var needs: Set<DocumentKey> = []
        var adds: Set<DocumentKey> = []
        let gate: Gate
        func process(_ document: inout Document) async throws {
            while !gate.isOpen.load(ordering: .relaxed) { try await Task.sleep(for: .milliseconds(10)) }
        }
    }

    @Test func aWorkerStuckOnOneDocumentWithholdsTheWatchdogUntilItIsDone() async throws {
        let folder = try TestFolder()
        let socket = try NotifySocket(abstract: true, folder: folder.path)
        var configuration = Configuration()
        configuration.inbox = folder.path + "/inbox"
        // Polling, not inotify: libinotifytools is process-global and WatcherTests own it.
        configuration.watch = .poll
        configuration.pollIntervalMilliseconds = 50
        configuration.outbox = folder.path + "/outbox"
        configuration.stages = [StageConfiguration(name: "cleanup"), StageConfiguration(name: "hang")]
        configuration.settleMilliseconds = 0
        configuration.durableWrites = false
        configuration.concurrency = 1
        let gate = Gate()
        let factory = PipelineFactory { entry, _ in entry.name == "hang" ? HangingStage(gate: gate) : nil }
        let daemon = ArticleDaemon(configuration: configuration, factory: factory, reloadSource: nil,
                                   logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() },
                                   notifier: SystemdNotifier(environment: ["NOTIFY_SOCKET": socket.address, "WATCHDOG_USEC": "200000"]),
                                   stuckLimit: .milliseconds(600))
        let group = ServiceGroup(services: [daemon], logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        let running = Task { try await group.run() }
        defer { running.cancel() }

        var messages: [(String, ContinuousClock.Instant)] = []
        let clock = ContinuousClock()
        // Polls without blocking: the daemon runs on the same cooperative threads as this test.
        func collect(until done: () -> Bool, within seconds: Double) async -> Bool {
            let deadline = clock.now.advanced(by: .seconds(seconds))
            while !done() && clock.now < deadline {
                if let m = socket.receive(timeout: 0) {
                    messages.append((m, clock.now))
                } else {
                    try? await Task.sleep(for: .milliseconds(5))
                }
            }
            return done()
        }
        #expect(await collect(until: { messages.contains { $0.0.hasPrefix("READY=1") } }, within: 60))
        #expect(await collect(until: { messages.filter { $0.0 == "WATCHDOG=1" }.count >= 3 }, within: 60), "pings while idle")

        try Data("Officials met on Monday.\n".utf8).write(to: URL(fileURLWithPath: folder.path + "/staging.txt"))
        try FileManager.default.moveItem(atPath: folder.path + "/staging.txt", toPath: configuration.inbox + "/a.txt")

        // Deadlines are generous: other tests may hold the shared threads for a while.
        #expect(await collect(until: { messages.contains { $0.0.hasPrefix("STATUS=stuck on") && $0.0.contains("a.txt") } }, within: 60),
                "\(messages.map(\.0).suffix(5))")
        let stuck = messages.firstIndex { $0.0.hasPrefix("STATUS=stuck on") } ?? messages.count
        // Several watchdog intervals (100 ms) pass while the document hangs.
        let holdUntil = clock.now.advanced(by: .milliseconds(800))
        _ = await collect(until: { clock.now >= holdUntil }, within: 2)
        #expect(!messages[stuck...].contains { $0.0 == "WATCHDOG=1" }, "no keep-alive while a document is stuck")

        gate.isOpen.store(true, ordering: .relaxed)
        #expect(await collect(until: { messages[stuck...].contains { $0.0.contains("done=1") } }, within: 60))
        let done = messages.lastIndex { $0.0.contains("done=1") } ?? messages.count
        #expect(await collect(until: { messages[done...].contains { $0.0 == "WATCHDOG=1" } }, within: 60), "pings again once done")

        await group.triggerGracefulShutdown()
        try await running.value
        #expect(FileManager.default.fileExists(atPath: configuration.outbox + "/a.json"))
    }
}
