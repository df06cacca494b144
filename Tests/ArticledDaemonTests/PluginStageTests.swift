import ArticledCore
import Foundation
import Testing
@testable import ArticledDaemon

/// A plugin stage against real child processes: the well-behaved case and every way a plugin
/// can misbehave; each time the document ends where `on_error` says and the next one goes on.
@Suite struct PluginStageTests {
    @Test func aWellBehavedPluginAddsItsKeyAndKeepsTheContract() async throws {
        let stage = try PluginFixtures.stage("well-behaved", options: .object(["label": .string("lead")]))
        let raw = "Line one\nLine \"two\" with a tab\tand ünïcödé ✓ 😀\n\nThird paragraph\\end"
        var document = PluginFixtures.document(raw)
        document.title = "A headline"
        try await PluginFixtures.pipeline(stage).run(&document)
        #expect(document.extras["echo"] == .object(["characters": .int(raw.unicodeScalars.count), "label": .string("lead"),
                                                    "descriptors": .array([.int(0), .int(1), .int(2)])]))
        #expect(document.title == "A headline")
        #expect(document.raw == raw)
        #expect(document.pipeline.map(\.stage) == ["well-behaved"])
        #expect(document.warnings.isEmpty)
    }

    @Test func aDocumentLargerThanThePipeBufferMakesTheRoundTrip() async throws {
        let stage = try PluginFixtures.stage("well-behaved")
        let raw = String(repeating: "A line of a long article, with \"quotes\" and a tab\t.\n", count: 10_000)
        var document = PluginFixtures.document(raw)
        document.text = raw
        try await PluginFixtures.pipeline(stage).run(&document)
        #expect(document.extras["echo"]?["characters"]?.intValue == raw.unicodeScalars.count)
        #expect(document.text == raw)
    }

    @Test func theManifestsDefaultOptionsAreSentWhenTheConfigurationGivesNone() async throws {
        let stage = try PluginFixtures.stage("well-behaved")
        var document = PluginFixtures.document("text")
        try await PluginFixtures.pipeline(stage).run(&document)
        #expect(document.extras["echo"]?["label"] == .string("none"))
    }

    @Test func anErrorReplyFailsThatDocumentOnlyAndTheProcessGoesOn() async throws {
        let stage = try PluginFixtures.stage("well-behaved")
        let pipeline = try PluginFixtures.pipeline(stage)
        var refused = PluginFixtures.document("REFUSE this one")
        await #expect(throws: StageError.self) { try await pipeline.run(&refused) }
        do {
            try await pipeline.run(&refused)
        } catch {
            #expect(error.message == "refused: the document asks for it")
        }
        for _ in 0..<5 {
            var fine = PluginFixtures.document("fine")
            try await pipeline.run(&fine)
            #expect(fine.extras["echo"] != nil)
        }
        #expect(await stage.isDown == false)
    }

    @Test func aPluginThatTimesOutIsKilledAndRestarted() async throws {
        let stage = try PluginFixtures.stage("sleepy", onError: .skip, timeoutMilliseconds: 1000)
        let pipeline = try PluginFixtures.pipeline(stage, onError: .skip)
        var slow = PluginFixtures.document("SLOW please")
        let clock = ContinuousClock()
        let start = clock.now
        try await pipeline.run(&slow)
        // Killed at its timeout, not waited for: the plugin would sleep 60 s (bound loose for loaded CI machines).
        #expect(clock.now - start < .seconds(45))
        #expect(slow.warnings == ["stage 'sleepy' skipped: the plugin did not answer within 1000 ms and was killed"])
        #expect(slow.extras["echo"] == nil)
        var next = PluginFixtures.document("quick")
        try await pipeline.run(&next)
        #expect(next.extras["echo"] != nil)
        #expect(next.warnings.isEmpty)
    }

    @Test func aTimeoutUnderFailFailsTheDocument() async throws {
        let stage = try PluginFixtures.stage("sleepy", timeoutMilliseconds: 200)
        let pipeline = try PluginFixtures.pipeline(stage)
        var slow = PluginFixtures.document("SLOW")
        do {
            try await pipeline.run(&slow)
            Issue.record("a document past its timeout must fail under on_error: fail")
        } catch {
            #expect(error.stage == "sleepy")
            #expect(error.message.contains("did not answer within 200 ms"))
        }
    }

    @Test func aPluginThatExitsMidDocumentIsRestartedForTheNext() async throws {
        let stage = try PluginFixtures.stage("crashing")
        let pipeline = try PluginFixtures.pipeline(stage)
        var crash = PluginFixtures.document("CRASH now")
        do {
            try await pipeline.run(&crash)
            Issue.record("the crash must fail the document")
        } catch {
            #expect(error.message == "the plugin exited with status 3")
        }
        var next = PluginFixtures.document("calm")
        try await pipeline.run(&next)
        #expect(next.extras["echo"] != nil)
    }

    @Test func aPluginThatPrintsGarbageIsRestartedAndTheDocumentSkipsIt() async throws {
        let stage = try PluginFixtures.stage("garbage", onError: .skip)
        let pipeline = try PluginFixtures.pipeline(stage, onError: .skip)
        var bad = PluginFixtures.document("GARBAGE")
        try await pipeline.run(&bad)
        #expect(bad.warnings.count == 1)
        #expect(bad.warnings.first?.contains("not a JSON object on stdout: 'Traceback") == true)
        var next = PluginFixtures.document("clean")
        try await pipeline.run(&next)
        #expect(next.extras["echo"] != nil)
    }

    @Test func aReplyThatRemovesOrRetypesAContractKeyIsAnError() async throws {
        let stage = try PluginFixtures.stage("contract-breaker")
        let pipeline = try PluginFixtures.pipeline(stage)
        for (marker, expected) in [("REMOVE", "contract key 'title' is missing"), ("RETYPE", "contract key 'authors' is string, not array")] {
            var document = PluginFixtures.document(marker)
            do {
                try await pipeline.run(&document)
                Issue.record("\(marker) must fail the document")
            } catch {
                #expect(error.message == "the plugin's reply breaks the contract: \(expected)")
            }
        }
        var kept = PluginFixtures.document("nothing to break")
        try await pipeline.run(&kept)
        #expect(kept.extras["echo"] != nil)
        #expect(await stage.isDown == false)
    }

    @Test func aMissingCommandFailsWithBackoffThenTheStageIsDown() async throws {
        let stage = try PluginFixtures.stage("missing-command", onError: .skip)
        let pipeline = try PluginFixtures.pipeline(stage, onError: .skip)
        var messages: [String] = []
        for i in 0..<5 {
            var document = PluginFixtures.document("document \(i)")
            try await pipeline.run(&document)
            messages += document.warnings
        }
        #expect(messages.count == 5)
        #expect(messages[0].contains("could not be started"))
        #expect(messages[0].contains("not-there"))
        #expect(messages[3] == "stage 'missing-command' skipped: plugin missing-command is down")
        #expect(messages[4] == "stage 'missing-command' skipped: plugin missing-command is down")
        #expect(await stage.isDown)
    }

    @Test func aSuccessBetweenFailuresKeepsTheStageUp() async throws {
        let stage = try PluginFixtures.stage("crashing", onError: .skip)
        let pipeline = try PluginFixtures.pipeline(stage, onError: .skip)
        for text in ["CRASH", "CRASH", "fine", "CRASH", "CRASH", "fine"] {
            var document = PluginFixtures.document(text)
            try await pipeline.run(&document)
            #expect((document.extras["echo"] != nil) == (text == "fine"))
        }
        #expect(await stage.isDown == false)
    }

    @Test func checkCompletesTheHandshakeOfAGoodPlugin() async throws {
        try await PluginFixtures.stage("well-behaved").check()
    }

    @Test func checkReportsAPluginThatExitsAtStart() async throws {
        let stage = try PluginFixtures.stage("exits-at-start")
        await #expect(throws: PluginFailure.exited("exited with status 1")) { try await stage.check() }
    }

    @Test func severalInstancesServeDocumentsInParallel() async throws {
        let stage = try PluginFixtures.stage("well-behaved", instances: 3)
        let pipeline = try PluginFixtures.pipeline(stage)
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<30 {
                group.addTask {
                    var document = PluginFixtures.document(String(repeating: "x", count: i + 1), name: "d\(i).txt")
                    try await pipeline.run(&document)
                    return document.extras["echo"]?["characters"]?.intValue ?? -1
                }
            }
            var all: [Int] = []
            for try await count in group { all.append(count) }
            return all.sorted()
        }
        #expect(counts == Array(1...30))
    }
}
