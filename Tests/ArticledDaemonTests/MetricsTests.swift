import ArticledCore
import CoreMetrics
import Foundation
import Prometheus
import Testing
@testable import ArticledDaemon

/// The Prometheus metrics: what is counted, how it renders, how the file is written.
@Suite struct MetricsTests {
    /// A stage that adds nothing and fails on a document whose raw text is "fail".
    struct TrialStage: Stage {
        var name = "trial"
        var version = "3"
        var needs: Set<DocumentKey> = []
        var adds: Set<DocumentKey> = []
        func process(_ document: inout Document) async throws {
            if document.raw == "fail" { throw StageError(stage: name, file: document.sourceFile, message: "refused") }
        }
    }

    /// The value of the sample `line` (name and labels as rendered), if present.
    static func sample(_ text: String, _ line: String) -> Double? {
        for row in text.split(separator: "\n") where row.hasPrefix(line + " ") {
            return Double(row.dropFirst(line.count + 1))
        }
        return nil
    }

    @Test func documentsAreCountedByOutcomeAndFailuresByStage() {
        let metrics = DaemonMetrics(registry: PrometheusCollectorRegistry())
        metrics.record(.done)
        metrics.record(.done)
        metrics.record(.failed(stage: "input"))
        metrics.record(.failed(stage: "extract"))
        metrics.record(nil)
        let text = metrics.render()
        #expect(Self.sample(text, #"articled_documents_total{outcome="done"}"#) == 2)
        #expect(Self.sample(text, #"articled_documents_total{outcome="failed"}"#) == 2)
        #expect(Self.sample(text, #"articled_documents_total{outcome="duplicate"}"#) == 0)
        #expect(Self.sample(text, #"articled_documents_failed_total{stage="input"}"#) == 1)
        #expect(Self.sample(text, #"articled_documents_failed_total{stage="extract"}"#) == 1)
        #expect(text.contains("# TYPE articled_documents_total counter"))
    }

    @Test func aMeasuredStageCountsRunsAndTimesThemInSeconds() async throws {
        let metrics = DaemonMetrics(registry: PrometheusCollectorRegistry())
        let stage = MeasuredStage(TrialStage(), metrics: metrics)
        var good = Document(id: "a", sourceFile: "a.txt", format: .text, raw: "text")
        try await stage.process(&good)
        var bad = Document(id: "b", sourceFile: "b.txt", format: .text, raw: "fail")
        await #expect(throws: StageError.self) { try await stage.process(&bad) }
        let text = metrics.render()
        #expect(Self.sample(text, #"articled_stage_runs_total{stage="trial",outcome="ok"}"#) == 1)
        #expect(Self.sample(text, #"articled_stage_runs_total{stage="trial",outcome="error"}"#) == 1)
        #expect(Self.sample(text, #"articled_stage_duration_seconds_count{stage="trial"}"#) == 2)
        // A trivial stage takes well under a second: both runs are in the 1 s bucket.
        #expect(Self.sample(text, #"articled_stage_duration_seconds_bucket{stage="trial",le="1.0"}"#) == 2)
        #expect(text.contains("# TYPE articled_stage_duration_seconds histogram"))
    }

    @Test func aMeasuredPipelineKeepsTheStagesNamesVersionsAndPolicies() throws {
        let metrics = DaemonMetrics(registry: PrometheusCollectorRegistry())
        let pipeline = try Pipeline(steps: [Pipeline.Step(TrialStage(), onError: .skip)])
        let measured = MeasuredStage.measuring(pipeline, into: metrics)
        #expect(measured.stageNames == ["trial"])
        #expect(measured.steps[0].stage.version == "3")
        #expect(measured.steps[0].onError == .skip)
        #expect((measured.steps[0].stage as? MeasuredStage)?.inner is TrialStage)
    }

    @Test func stagesAndPluginsShowWithZeroBeforeAnyDocument() {
        let metrics = DaemonMetrics(registry: PrometheusCollectorRegistry())
        metrics.register(stages: ["cleanup", "ner"], plugins: ["ner"])
        let text = metrics.render()
        #expect(Self.sample(text, #"articled_stage_runs_total{stage="cleanup",outcome="ok"}"#) == 0)
        #expect(Self.sample(text, #"articled_plugin_restarts_total{plugin="ner"}"#) == 0)
    }

    @Test func aPluginRestartCountedThroughSwiftMetricsLandsInTheSameRendering() {
        let registry = PrometheusCollectorRegistry()
        let metrics = DaemonMetrics(registry: registry)
        metrics.register(stages: ["ner"], plugins: ["ner"])
        // What the plugin runner does (through the global MetricsSystem in the daemon).
        let factory = DaemonMetricsFactory.make(registry: registry)
        CoreMetrics.Counter(label: MetricName.pluginRestarts, dimensions: [("plugin", "ner")], factory: factory).increment()
        CoreMetrics.Counter(label: MetricName.pluginRestarts, dimensions: [("plugin", "ner")], factory: factory).increment()
        #expect(Self.sample(metrics.render(), #"articled_plugin_restarts_total{plugin="ner"}"#) == 2)
    }

    @Test func theInboxGaugesShowBacklogAgeAndDocumentsInFlight() {
        let metrics = DaemonMetrics(registry: PrometheusCollectorRegistry())
        metrics.recordInbox(backlog: 7, oldestAgeSeconds: 42, inFlight: 2)
        let text = metrics.render()
        #expect(Self.sample(text, "articled_inbox_backlog_files") == 7)
        #expect(Self.sample(text, "articled_inbox_oldest_file_age_seconds") == 42)
        #expect(Self.sample(text, "articled_documents_in_flight") == 2)
    }

    @Test func theBacklogCountsWaitingFilesButNotHiddenOnesOrTheWorkFolder() throws {
        let folder = try TestFolder()
        try folder.write("a", to: "inbox/a.txt")
        try folder.write("b", to: "inbox/sub/b.md")
        try folder.write("c", to: "inbox/.c.txt")
        try folder.write("d", to: "inbox/d.txt.part")
        try folder.write("e", to: "inbox/.articled/claims/x/e.txt")
        let now = InboxBacklog.wallClock()
        let backlog = InboxBacklog.measure(inbox: folder.path + "/inbox", excluding: [folder.path + "/inbox/.articled"], now: now + 100)
        #expect(backlog.files == 2)
        #expect(backlog.oldestAgeSeconds >= 99 && backlog.oldestAgeSeconds <= 102)
    }

    @Test func anEmptyInboxHasNoAge() throws {
        let folder = try TestFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/inbox", withIntermediateDirectories: true)
        #expect(InboxBacklog.measure(inbox: folder.path + "/inbox", excluding: []) == InboxBacklog(files: 0, oldestAgeSeconds: 0))
    }

    @Test func theMetricsFileIsReplacedByRenameAndOnlyWhenItChanged() throws {
        let folder = try TestFolder()
        let path = folder.path + "/textfile/articled.prom"
        let file = MetricsFile(path: path)
        #expect(try file.write("a 1\n"))
        let firstInode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64)
        #expect(try file.write("a 1\n") == false)
        #expect(try file.write("a 2\n"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a 2\n")
        let secondInode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64)
        #expect(firstInode != secondInode, "a new file renamed over the old one, not a rewrite in place")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/textfile") == ["articled.prom"])
    }
}
