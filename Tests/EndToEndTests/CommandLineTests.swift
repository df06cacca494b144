import Foundation
import Testing

/// The command line's commands and exit codes (CONTRACT.md).
@Suite struct CommandLineTests {
    @Test func processWritesOneResultPerFileAndLeavesTheInputs() async throws {
        let folder = try TemporaryFolder("cli-process")
        try folder.write(Drop.article(1), to: "a.txt")
        try folder.write(Drop.article(2), to: "b.md")
        let run = try await CommandResult.run(["process", "a.txt", "b.md", "--outbox", "out"], in: folder.path)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(folder.files(under: "out") == ["a.json", "b.json"])
        #expect(FileManager.default.fileExists(atPath: folder("a.txt")))
    }

    @Test func processReadsStandardInputAndWritesTheResultToStandardOutput() async throws {
        let folder = try TemporaryFolder("cli-stdin")
        let run = try await CommandResult.run(["process", "-"], in: folder.path, input: Data(Drop.article(5).utf8))
        #expect(run.status == 0)
        let result = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
        #expect(result?["schema_version"] as? Int == 1)
    }

    @Test func anHTMLPageOnStandardInputIsReadAsHTML() async throws {
        let folder = try TemporaryFolder("cli-stdin-html")
        let page = "<html><body><nav><a href=\"/\">Home</a></nav><article><h1>Council passes budget</h1>"
            + "<p>The city council approved a budget of $2 million on Tuesday after a long debate.</p>"
            + "<p>Members said the money would repair roads and schools across the city.</p></article></body></html>"
        let run = try await CommandResult.run(["process", "-"], in: folder.path, input: Data(page.utf8))
        #expect(run.status == 0, "\(run.standardError)")
        let result = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
        #expect(result?["title"] as? String == "Council passes budget")
        #expect((result?["text"] as? String)?.hasPrefix("The city council approved") == true)
        #expect(result?["source_file"] as? String == "stdin.html")
    }

    @Test func aFileThatFailsExitsWith1AndSaysWhy() async throws {
        let folder = try TemporaryFolder("cli-fail")
        try folder.write("", to: "empty.txt")
        let run = try await CommandResult.run(["process", "empty.txt", "missing.txt", "--outbox", "out"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.standardError.contains("empty.txt: is empty"))
        #expect(run.standardError.contains("missing.txt"))
    }

    @Test func badUsageExitsWith2() async throws {
        let folder = try TemporaryFolder("cli-usage")
        #expect(try await CommandResult.run(["frobnicate"], in: folder.path).status == 2)
        #expect(try await CommandResult.run(["process"], in: folder.path).status == 2)
        #expect(try await CommandResult.run(["run", "--no-such-flag"], in: folder.path).status == 2)
    }

    @Test func checkAcceptsAGoodConfigurationAndRefusesABadOneWith2() async throws {
        let folder = try TemporaryFolder("cli-check")
        try folder.write("settle_ms: 100\n", to: "good.yaml")
        try folder.write("stages:\n  - summarize\n  - cleanup\n", to: "bad.yaml")
        let good = try await CommandResult.run(["check", "--config", "good.yaml"], in: folder.path)
        #expect(good.status == 0)
        #expect(good.standardOutput.contains("cleanup -> extract -> tag -> summarize"))
        let bad = try await CommandResult.run(["check", "--config", "bad.yaml"], in: folder.path)
        #expect(bad.status == 2)
        #expect(bad.standardError.contains("'summarize' needs 'text'"))
        let missing = try await CommandResult.run(["check", "--config", "nope.yaml"], in: folder.path)
        #expect(missing.status == 2)
    }

    @Test func runWithABadConfigurationExitsWith2WithoutStarting() async throws {
        let folder = try TemporaryFolder("cli-run-bad")
        try folder.write("inbox: in\nmystery: 1\n", to: "articled.yaml")
        let run = try await CommandResult.run(["run"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.standardError.contains("unknown setting 'mystery'"))
    }

    @Test func stagesListsTheConfiguredChainWithVersions() async throws {
        let folder = try TemporaryFolder("cli-stages")
        let run = try await CommandResult.run(["stages"], in: folder.path)
        #expect(run.status == 0)
        let lines = run.standardOutput.split(separator: "\n")
        #expect(lines.map { $0.split(separator: " ").first.map(String.init) ?? "" } == ["cleanup", "extract", "tag", "summarize"])
        #expect(lines.allSatisfy { $0.contains("built-in") })
    }
}
