import Foundation
import Testing

/// Real signals to the real binary: SIGTERM and SIGINT stop cleanly, SIGHUP reloads.
@Suite struct SignalTests {
    /// A short article whose first paragraph names the file, so every input is distinct.
    static func article(_ n: Int) -> String {
        "Article number \(n) was filed on Monday.\n\nOfficials in the capital said the talks would go on. "
            + "\"We are making progress,\" said a spokesman for the ministry.\n"
    }

    /// Drops `name` with `text` by renaming it in from beside the inbox.
    static func drop(_ text: String, as name: String, into daemon: DaemonProcess) throws {
        let staging = daemon.folder("staging-" + name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: staging))
        try FileManager.default.moveItem(atPath: staging, toPath: daemon.inbox + "/" + name)
    }

    @Test func aSigtermDuringABurstLosesNothing() async throws {
        let folder = try TemporaryFolder("burst")
        let daemon = try await DaemonProcess(folder: folder, configuration: "concurrency: 2\nshutdown_grace_seconds: 20\n")
        let count = 300
        var texts: [String: String] = [:]
        for n in 0..<count {
            let name = "story-\(n).txt"
            texts[name] = Self.article(n)
            try Self.drop(texts[name]!, as: name, into: daemon)
            if n == 60 {
                // The burst is under way: stop in the middle of it. The files dropped once the
                // daemon says it takes no more must stay in the inbox.
                #expect(await eventually { daemon.results.count >= 5 }, "\(daemon.log)")
                daemon.signal(SIGTERM)
                #expect(await eventually { daemon.log.contains("no new files are taken") }, "\(daemon.log)")
            }
        }
        await daemon.waitForExit()
        #expect(daemon.process.terminationStatus == 0, "\(daemon.log)")

        let results = Set(daemon.results)
        let failures = Set(daemon.failures)
        let inbox = Set(folder.files(under: "inbox").filter { !$0.hasPrefix(".articled/") })
        let leftovers = folder.files(under: "inbox").filter { $0.hasPrefix(".articled/") && !$0.hasPrefix(".articled/seen") }
        #expect(leftovers.isEmpty, "claims left after a graceful stop: \(leftovers)")
        let partial = folder.files(under: "outbox").filter { $0.hasSuffix(".tmp") }
        #expect(partial.isEmpty, "partly written files: \(partial)")
        for (name, text) in texts {
            let stem = String(name.dropLast(4))
            let ended = [results.contains(stem + ".json"), failures.contains(name + ".error.json"), inbox.contains(name)]
            #expect(ended.filter { $0 }.count == 1, "\(name): result \(ended[0]), failure \(ended[1]), inbox \(ended[2])")
            if inbox.contains(name) {
                #expect(try String(contentsOfFile: daemon.inbox + "/" + name, encoding: .utf8) == text, "\(name) was touched")
            }
            if results.contains(stem + ".json") {
                let result = try daemon.result(stem)
                #expect(result["source_file"] as? String == name)
            }
        }
        #expect(results.count < count, "the stop came after the burst was done: nothing was tested")

        // The next start takes what was left: every file ends as exactly one result.
        let again = try await DaemonProcess(folder: folder)
        #expect(await eventually(within: 60) { again.results.count + again.failures.count == count },
                "\(again.results.count) results, \(again.failures.count) failures")
        #expect(await again.stop() == 0)
    }

    @Test func aSigtermStopsTheDaemonEvenWhenItsInboxWasRemoved() async throws {
        let folder = try TemporaryFolder("inbox-removed")
        let daemon = try await DaemonProcess(folder: folder)
        try FileManager.default.removeItem(atPath: daemon.inbox)
        #expect(await eventually { daemon.log.contains("the inbox watcher stopped") }, "\(daemon.log)")
        daemon.signal(SIGTERM)
        let stopped = await eventually(within: 10) { !daemon.process.isRunning }
        #expect(stopped, "still running 10 s after SIGTERM: \(daemon.log)")
        if !stopped { await daemon.crash() }
    }

    @Test func straySigurgsDuringABurstFailNothing() async throws {
        // SIGURG wakes the watcher thread at a stop; sent to the whole process it must not
        // interrupt the reads, writes and flushes of the other threads.
        let folder = try TemporaryFolder("sigurg")
        let daemon = try await DaemonProcess(folder: folder, configuration: "concurrency: 2\n")
        let count = 120
        for n in 0..<count {
            try Self.drop(Self.article(n), as: "story-\(n).txt", into: daemon)
            daemon.signal(SIGURG)
        }
        for _ in 0..<50 where daemon.results.count < count {
            daemon.signal(SIGURG)
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(await eventually(within: 60) { daemon.results.count == count }, "\(daemon.results.count) of \(count): \(daemon.log)")
        #expect(daemon.failures.isEmpty, "\(daemon.failures)")
        #expect(await daemon.stop() == 0)
    }

    @Test func sigintStopsCleanlyToo() async throws {
        let folder = try TemporaryFolder("sigint")
        let daemon = try await DaemonProcess(folder: folder)
        daemon.signal(SIGINT)
        await daemon.waitForExit()
        #expect(daemon.process.terminationStatus == 0)
        #expect(daemon.log.contains("stopped"))
    }

    @Test func anInvalidConfigurationOnSighupKeepsTheOldOne() async throws {
        let folder = try TemporaryFolder("reload-invalid")
        let daemon = try await DaemonProcess(folder: folder, configuration: "stages: [cleanup, extract]\n")
        try folder.write("stages: [cleanup, extract, no_such_stage]\n", to: "articled.yaml")
        daemon.signal(SIGHUP)
        #expect(await eventually { daemon.log.contains("reload refused") }, "\(daemon.log)")
        #expect(daemon.log.contains("no_such_stage"), "the log says why")
        #expect(daemon.process.isRunning)

        try Self.drop(Self.article(1), as: "after.txt", into: daemon)
        #expect(await eventually { daemon.results.contains("after.json") }, "\(daemon.log)")
        let stages = (try daemon.result("after")["pipeline"] as? [[String: Any]])?.compactMap { $0["stage"] as? String }
        #expect(stages == ["cleanup", "extract"], "processed with the old pipeline")
        #expect(await daemon.stop() == 0)
    }

    @Test func aValidConfigurationOnSighupAppliesToNewFiles() async throws {
        let folder = try TemporaryFolder("reload-valid")
        let daemon = try await DaemonProcess(folder: folder, configuration: "stages: [cleanup]\n")
        try Self.drop(Self.article(1), as: "before.txt", into: daemon)
        #expect(await eventually { daemon.results.contains("before.json") }, "\(daemon.log)")

        try folder.write("stages: [cleanup, extract]\n", to: "articled.yaml")
        daemon.signal(SIGHUP)
        #expect(await eventually { daemon.log.contains("configuration reloaded") }, "\(daemon.log)")
        try Self.drop(Self.article(2), as: "after.txt", into: daemon)
        #expect(await eventually { daemon.results.contains("after.json") }, "\(daemon.log)")

        func stages(_ name: String) throws -> [String]? {
            (try daemon.result(name)["pipeline"] as? [[String: Any]])?.compactMap { $0["stage"] as? String }
        }
        #expect(try stages("before") == ["cleanup"])
        #expect(try stages("after") == ["cleanup", "extract"])
        #expect(await daemon.stop() == 0)
    }

    @Test func aConfigurationErrorExitsWithStatus2SoSystemdDoesNotRestartIt() async throws {
        let folder = try TemporaryFolder("bad-config")
        try folder.write("settle_ms: soon\n", to: "articled.yaml")
        let run = try await CommandResult.run(["run"], in: folder.path)
        #expect(run.status == 2, "\(run.standardError)")
        #expect(run.standardError.contains("settle_ms"))
    }
}
