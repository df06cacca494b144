import Testing
@testable import ArticledCore

/// A stage for tests: declares keys, optionally fails, and records that it ran.
struct ProbeStage: Stage {
    var name: String
    var version = "1.0"
    var needs: Set<DocumentKey> = []
    var adds: Set<DocumentKey> = []
    var fails = false

    func process(_ document: inout Document) async throws {
        if fails {
            document.title = "changed by a failing stage"
            throw StageError(stage: name, file: document.sourceFile, message: "probe failed")
        }
        document.warnings.append("ran \(name)")
    }
}

@Suite struct PipelineTests {
    func document() -> Document { Document(id: "0", sourceFile: "a.txt", format: .text, raw: "Hello.") }

    @Test func aStageThatNeedsAKeyNoEarlierStageAddsIsRefusedNamingBoth() {
        let summarize = ProbeStage(name: "summarize", needs: [.text])
        let cleanup = ProbeStage(name: "cleanup", adds: [.text])
        #expect(throws: PipelineError.unmetNeed(stage: "summarize", key: .text, addedBy: "cleanup")) {
            try Pipeline([summarize, cleanup])
        }
        let message = PipelineError.unmetNeed(stage: "summarize", key: .text, addedBy: "cleanup").description
        #expect(message.contains("summarize") && message.contains("cleanup") && message.contains("text"))
    }

    @Test func aChainInTheRightOrderIsAccepted() throws {
        let pipeline = try Pipeline([ProbeStage(name: "cleanup", needs: [.raw], adds: [.text]), ProbeStage(name: "summarize", needs: [.text])])
        #expect(pipeline.stageNames == ["cleanup", "summarize"])
    }

    @Test func aNeedNobodyAddsIsRefused() {
        #expect(throws: PipelineError.unmetNeed(stage: "x", key: "sentiment", addedBy: nil)) {
            try Pipeline([ProbeStage(name: "x", needs: ["sentiment"])])
        }
    }

    @Test func theSameStageTwiceIsRefused() {
        #expect(throws: PipelineError.duplicateStage("a")) { try Pipeline([ProbeStage(name: "a"), ProbeStage(name: "a")]) }
    }

    @Test func everyStageIsTimedInOrder() async throws {
        var doc = document()
        try await Pipeline([ProbeStage(name: "a", version: "2.0"), ProbeStage(name: "b")]).run(&doc)
        #expect(doc.pipeline.map(\.stage) == ["a", "b"])
        #expect(doc.pipeline[0].version == "2.0")
        #expect(doc.pipeline.allSatisfy { $0.ms >= 0 })
    }

    @Test func underFailTheFirstFailingStageStopsTheDocumentAndIsNamed() async {
        var doc = document()
        let pipeline = try! Pipeline([ProbeStage(name: "a"), ProbeStage(name: "bad", fails: true), ProbeStage(name: "c")])
        await #expect(throws: StageError.self) { try await pipeline.run(&doc) }
        do {
            try await pipeline.run(&doc)
        } catch {
            #expect(error.stage == "bad")
            #expect(error.file == "a.txt")
        }
    }

    @Test func underSkipTheDocumentGoesOnWithoutTheStagesChangesAndWithAWarning() async throws {
        var doc = document()
        let pipeline = try Pipeline(steps: [.init(ProbeStage(name: "bad", fails: true), onError: .skip), .init(ProbeStage(name: "c"))])
        try await pipeline.run(&doc)
        #expect(doc.title == nil)
        #expect(doc.warnings == ["stage 'bad' skipped: probe failed", "ran c"])
        #expect(doc.pipeline.map(\.stage) == ["bad", "c"])
    }
}
