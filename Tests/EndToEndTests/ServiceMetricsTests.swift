import Foundation
import Testing

/// The Prometheus text file for node_exporter's textfile collector, written by the real daemon.
@Suite struct ServiceMetricsTests {
    /// The value of the sample `line` in `text`, if present.
    static func sample(_ text: String, _ line: String) -> Double? {
        text.split(separator: "\n").first { $0.hasPrefix(line + " ") }.flatMap { Double($0.dropFirst(line.count + 1)) }
    }

    @Test func theMetricsFileCountsDocumentsStagesAndFailures() async throws {
        let folder = try TemporaryFolder("metrics")
        let daemon = try await DaemonProcess(folder: folder, configuration: "max_file_bytes: 400\nmetrics_file: metrics/articled.prom\n")
        let path = folder("metrics/articled.prom")
        #expect(await eventually { FileManager.default.fileExists(atPath: path) }, "written at start: \(daemon.log)")
        for (name, text) in [("a.txt", "Officials met on Monday.\n"), ("b.txt", "The talks went on for hours.\n"),
                             ("c.txt", String(repeating: "far too long ", count: 50))] {
            try folder.write(text, to: "staging-" + name)
            try FileManager.default.moveItem(atPath: folder("staging-" + name), toPath: daemon.inbox + "/" + name)
        }
        #expect(await eventually { daemon.results.count == 2 && daemon.failures.count == 1 })
        #expect(await eventually(within: 15) {
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            return Self.sample(text, #"articled_documents_total{outcome="done"}"#) == 2
        }, "the file is refreshed every few seconds")
        #expect(await daemon.stop() == 0)

        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(Self.sample(text, #"articled_documents_total{outcome="done"}"#) == 2)
        #expect(Self.sample(text, #"articled_documents_total{outcome="failed"}"#) == 1)
        #expect(Self.sample(text, #"articled_documents_failed_total{stage="input"}"#) == 1)
        for stage in ["cleanup", "extract", "tag", "summarize"] {
            #expect(Self.sample(text, #"articled_stage_runs_total{stage="\#(stage)",outcome="ok"}"#) == 2, "\(stage)")
            #expect(Self.sample(text, #"articled_stage_duration_seconds_count{stage="\#(stage)"}"#) == 2, "\(stage)")
        }
        #expect(Self.sample(text, "articled_inbox_backlog_files") == 0)
        #expect(Self.sample(text, "articled_inbox_oldest_file_age_seconds") == 0)
        #expect(Self.sample(text, "articled_documents_in_flight") == 0)
        #expect(folder.files(under: "metrics") == ["articled.prom"], "no temporary file left beside it")
    }

    @Test func withoutMetricsFileNothingIsWritten() async throws {
        let folder = try TemporaryFolder("metrics-off")
        let daemon = try await DaemonProcess(folder: folder)
        #expect(await daemon.stop() == 0)
        let prom = folder.files(under: "").filter { $0.hasSuffix(".prom") }
        #expect(prom.isEmpty)
    }
}
