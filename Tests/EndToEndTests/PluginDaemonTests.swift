import Foundation
import Testing

/// Plugin stages inside the running daemon (`articled run`), with real plugin processes:
/// a misbehaving plugin sends its document where `on_error` says, and the daemon goes on.
@Suite struct PluginDaemonTests {
    @Test func aWellBehavedPluginAddsItsKeyToTheResult() async throws {
        let folder = try TemporaryFolder("plugin-good")
        try PluginWorkspace.install(["well-behaved"], into: folder)
        let daemon = try await DaemonProcess(folder: folder, configuration: PluginWorkspace.configuration(
            plugin: "{name: well-behaved, options: {label: e2e}}"))
        try PluginWorkspace.drop("Headline\n\nA body with \"quotes\" and\nnewlines. LOG it.\n", as: "story.txt", into: daemon)
        #expect(await eventually { daemon.results == ["story.json"] }, "\(daemon.log)")
        let result = try daemon.result("story")
        let echo = result["echo"] as? [String: Any]
        #expect(echo?["label"] as? String == "e2e")
        // Only its standard streams: not the daemon's inotify descriptor, nor any it inherited.
        #expect(echo?["descriptors"] as? [Int] == [0, 1, 2])
        #expect((result["pipeline"] as? [[String: Any]])?.compactMap { $0["stage"] as? String } == ["cleanup", "well-behaved"])
        #expect(daemon.log.contains("plugin=well-behaved"), "stderr lines are logged under the plugin's name")
        #expect(daemon.log.contains("seen story.txt"))
        #expect(await daemon.stop() == 0)
    }

    @Test func aPluginThatTimesOutIsSkippedWithAWarningAndTheNextDocumentGoesThrough() async throws {
        let folder = try TemporaryFolder("plugin-timeout")
        try PluginWorkspace.install(["sleepy"], into: folder)
        let daemon = try await DaemonProcess(folder: folder, configuration: PluginWorkspace.configuration(
            plugin: "{name: sleepy, on_error: skip, timeout_ms: 1500}"))
        try PluginWorkspace.drop("This one is SLOW.\n", as: "slow.txt", into: daemon)
        #expect(await eventually { daemon.results.contains("slow.json") }, "\(daemon.log)")
        try PluginWorkspace.drop("This one is quick.\n", as: "quick.txt", into: daemon)
        #expect(await eventually { daemon.results.contains("quick.json") }, "\(daemon.log)")
        let slow = try daemon.result("slow")
        #expect(slow["echo"] == nil)
        #expect(slow["warnings"] as? [String] == ["stage 'sleepy' skipped: the plugin did not answer within 1500 ms and was killed"])
        #expect(try daemon.result("quick")["echo"] != nil)
        #expect(daemon.log.contains("plugin process killed"))
        let first = try #require(Self.startedPids(in: daemon.log).first)
        #expect(await eventually { kill(-first, 0) != 0 }, "the timed-out plugin's whole group (with its `sleep 60` child) must be gone")
        #expect(await daemon.stop() == 0)
    }

    @Test func aPluginThatExitsMidDocumentFailsItAndTheDaemonGoesOn() async throws {
        let folder = try TemporaryFolder("plugin-crash")
        try PluginWorkspace.install(["crashing"], into: folder)
        let daemon = try await DaemonProcess(folder: folder, configuration: PluginWorkspace.configuration(
            plugin: "{name: crashing, on_error: fail}"))
        try PluginWorkspace.drop("About to CRASH.\n", as: "crash.txt", into: daemon)
        #expect(await eventually { daemon.failures == ["crash.txt.error.json"] }, "\(daemon.log)")
        let report = try PluginWorkspace.failure("crash.txt", in: daemon)
        #expect(report["stage"] as? String == "crashing")
        #expect(report["error"] as? String == "the plugin exited with status 3")
        try PluginWorkspace.drop("Nothing special.\n", as: "calm.txt", into: daemon)
        #expect(await eventually { daemon.results.contains("calm.json") }, "\(daemon.log)")
        #expect(await daemon.stop() == 0)
    }

    @Test func aPluginThatPrintsGarbageAndOneThatBreaksTheContractFailTheirDocumentsOnly() async throws {
        let folder = try TemporaryFolder("plugin-garbage")
        try PluginWorkspace.install(["garbage", "contract-breaker"], into: folder)
        let configuration = """
            settle_ms: 50
            durable_writes: false
            plugin_folders: [plugins]
            stages: [cleanup, extract, garbage, contract-breaker]

            """
        let daemon = try await DaemonProcess(folder: folder, configuration: configuration)
        try PluginWorkspace.drop("GARBAGE comes out.\n", as: "noise.txt", into: daemon)
        try PluginWorkspace.drop("Please REMOVE the title.\n", as: "remove.txt", into: daemon)
        try PluginWorkspace.drop("An ordinary article.\n", as: "plain.txt", into: daemon)
        #expect(await eventually { daemon.failures.count == 2 && daemon.results.contains("plain.json") }, "\(daemon.log)")
        let noise = try PluginWorkspace.failure("noise.txt", in: daemon)
        #expect(noise["stage"] as? String == "garbage")
        #expect((noise["error"] as? String)?.contains("not a JSON object on stdout") == true)
        let removed = try PluginWorkspace.failure("remove.txt", in: daemon)
        #expect(removed["stage"] as? String == "contract-breaker")
        #expect(removed["error"] as? String == "the plugin's reply breaks the contract: contract key 'title' is missing")
        #expect(await daemon.stop() == 0)
    }

    @Test func aPluginWhoseCommandIsMissingIsMarkedDownAndDocumentsFollowOnError() async throws {
        let folder = try TemporaryFolder("plugin-missing")
        try PluginWorkspace.install(["missing-command"], into: folder)
        let daemon = try await DaemonProcess(folder: folder, configuration: PluginWorkspace.configuration(
            plugin: "{name: missing-command, on_error: fail}"))
        for i in 0..<7 {
            try PluginWorkspace.drop("Article \(i).\n", as: "a\(i).txt", into: daemon)
        }
        #expect(await eventually(within: 60) { daemon.failures.count == 7 }, "\(daemon.log)")
        let reasons = try (0..<7).map { try PluginWorkspace.failure("a\($0).txt", in: daemon)["error"] as? String ?? "" }
        #expect(reasons.contains { $0.contains("could not be started") && $0.contains("not-there") })
        #expect(reasons.contains("plugin missing-command is down"))
        #expect(daemon.log.contains("plugin is down"))
        #expect(await daemon.stop() == 0)
    }

    @Test func aReloadReplacesThePluginProcessesAndTheOldOnesAreKilled() async throws {
        let folder = try TemporaryFolder("plugin-reload")
        try PluginWorkspace.install(["well-behaved"], into: folder)
        let daemon = try await DaemonProcess(folder: folder, configuration: PluginWorkspace.configuration(plugin: "well-behaved"))
        try PluginWorkspace.drop("First.\n", as: "first.txt", into: daemon)
        #expect(await eventually { daemon.results.contains("first.json") }, "\(daemon.log)")
        let before = Self.startedPids(in: daemon.log)
        try #require(before.count == 1, "\(daemon.log)")
        daemon.signal(SIGHUP)
        #expect(await eventually { daemon.log.contains("configuration reloaded") }, "\(daemon.log)")
        try PluginWorkspace.drop("Second.\n", as: "second.txt", into: daemon)
        #expect(await eventually { daemon.results.contains("second.json") }, "\(daemon.log)")
        #expect(Self.startedPids(in: daemon.log).count == 2)
        #expect(await eventually { kill(before[0], 0) != 0 }, "the first plugin process \(before[0]) must be gone after the reload")
        #expect(await daemon.stop() == 0)
    }

    @Test func pluginsAreUpBeforeTheDaemonReportsReady() async throws {
        let folder = try TemporaryFolder("plugin-ready")
        try PluginWorkspace.install(["well-behaved"], into: folder)
        let daemon = try await DaemonProcess(folder: folder, configuration: PluginWorkspace.configuration(plugin: "well-behaved"))
        // "watching" is logged just before READY=1; the plugin's process started before it.
        let log = daemon.log
        let started = try #require(log.range(of: "plugin process started"), "\(log)")
        let watching = try #require(log.range(of: "watching"))
        #expect(started.lowerBound < watching.lowerBound, "\(log)")
        #expect(await daemon.stop() == 0)
    }

    @Test func aStopKillsAndReapsThePluginProcesses() async throws {
        let folder = try TemporaryFolder("plugin-stop")
        // A plugin that outlives its closed input: only the daemon's kill ends it in time.
        try PluginWorkspace.install(["stubborn"], into: folder)
        let daemon = try await DaemonProcess(folder: folder, configuration: PluginWorkspace.configuration(plugin: "stubborn"))
        try PluginWorkspace.drop("First.\n", as: "first.txt", into: daemon)
        #expect(await eventually { daemon.results.contains("first.json") }, "\(daemon.log)")
        let pids = Self.startedPids(in: daemon.log)
        try #require(pids.count == 1, "\(daemon.log)")
        #expect(kill(pids[0], 0) == 0)
        #expect(await daemon.stop() == 0)
        // Killed and reaped by the daemon itself: not even a zombie is left.
        #expect(await eventually(within: 5) { kill(pids[0], 0) != 0 }, "plugin process \(pids[0]) outlived the daemon")
    }

    /// The pids of "plugin process started" lines.
    static func startedPids(in log: String) -> [pid_t] {
        log.split(separator: "\n").filter { $0.contains("plugin process started") }.compactMap { line in
            line.split(separator: " ").first { $0.hasPrefix("pid=") }.flatMap { pid_t($0.dropFirst(4)) }
        }
    }

    @Test func aSwiftPluginsThrownErrorBecomesTheDocumentsFailureReason() async throws {
        let folder = try TemporaryFolder("plugin-kit-error")
        try PluginWorkspace.install(["readability"], into: folder, from: PluginWorkspace.examples)
        try folder.write("plugin_folders: [plugins]\nstages: [cleanup, {name: readability, options: {decimals: two}}]\n", to: "articled.yaml")
        try folder.write("Some text. More text.\n", to: "story.txt")
        let run = try await CommandResult.run(["process", "story.txt", "--outbox", "out"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.standardError.contains("stage 'readability' failed: option 'decimals' must be an integer, not string"), "\(run.standardError)")
    }

    @Test func checkCompletesEachHandshakeAndExitsTwoWhenAPluginCannotStart() async throws {
        let folder = try TemporaryFolder("plugin-check")
        try PluginWorkspace.install(["well-behaved", "missing-command", "exits-at-start"], into: folder)
        try folder.write(PluginWorkspace.configuration(plugin: "well-behaved"), to: "good.yaml")
        let good = try await CommandResult.run(["check", "--config", "good.yaml"], in: folder.path)
        #expect(good.status == 0, "\(good.standardError)")
        #expect(good.standardOutput.contains("plugin well-behaved 1.0: handshake OK"))
        for name in ["missing-command", "exits-at-start"] {
            try folder.write(PluginWorkspace.configuration(plugin: name), to: "\(name).yaml")
            let bad = try await CommandResult.run(["check", "--config", "\(name).yaml"], in: folder.path)
            #expect(bad.status == 2)
            #expect(bad.standardError.contains("articled: plugin '\(name)' failed its check"), "\(bad.standardError)")
        }
    }

    @Test func stagesListsPluginStagesBesideTheBuiltInsWithVersions() async throws {
        let folder = try TemporaryFolder("plugin-stages")
        try PluginWorkspace.install(["well-behaved"], into: folder)
        try folder.write(PluginWorkspace.configuration(plugin: "well-behaved"), to: "articled.yaml")
        let stages = try await CommandResult.run(["stages"], in: folder.path)
        #expect(stages.status == 0, "\(stages.standardError)")
        let lines = stages.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains("cleanup") == true && lines.first?.contains("built-in") == true)
        #expect(lines.last?.hasPrefix("well-behaved 1.0 (plugin ") == true, "\(stages.standardOutput)")
    }

    @Test func aConfigurationNamingAnUnknownPluginOptionIsRefused() async throws {
        let folder = try TemporaryFolder("plugin-options")
        try PluginWorkspace.install(["well-behaved"], into: folder)
        try folder.write(PluginWorkspace.configuration(plugin: "{name: well-behaved, options: {lable: x}}"), to: "articled.yaml")
        let check = try await CommandResult.run(["check"], in: folder.path)
        #expect(check.status == 2)
        #expect(check.standardError.contains("unknown option 'lable' (known: label)"), "\(check.standardError)")
    }

    @Test func theExamplePluginsInSwiftAndPythonRunThroughProcess() async throws {
        let folder = try TemporaryFolder("plugin-examples")
        try PluginWorkspace.install(["readability", "sentiment"], into: folder, from: PluginWorkspace.examples)
        try folder.write("""
            plugin_folders: [plugins]
            stages: [cleanup, extract, readability, sentiment, tag, summarize]

            """, to: "articled.yaml")
        try folder.write("A Headline\n\nThe team won a great victory. Fans were happy and proud.\n\nBut the coach did not celebrate; he feared a hard season.\n", to: "story.txt")
        let run = try await CommandResult.run(["process", "story.txt", "--outbox", "out"], in: folder.path)
        #expect(run.status == 0, "\(run.standardError)")
        let data = try Data(contentsOf: URL(fileURLWithPath: folder("out/story.json")))
        let result = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let readability = result["readability"] as? [String: Any]
        #expect((readability?["flesch_reading_ease"] as? Double).map { $0 > 0 && $0 < 120 } == true, "\(result)")
        let sentiment = result["sentiment"] as? [String: Any]
        #expect((sentiment?["positive"] as? Int ?? 0) >= 3, "\(result)")
        #expect((sentiment?["negative"] as? Int ?? 0) >= 1, "\(result)")
    }
}
