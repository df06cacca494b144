import Testing
@testable import ArticledDaemon

@Suite struct OutboxLayoutTests {
    let layout = OutboxLayout(root: "/out")

    @Test func resultsDropTheExtensionAndMirrorSubfolders() {
        #expect(layout.resultPath(for: "story.txt") == "/out/story.json")
        #expect(layout.resultPath(for: "world/asia/story.v2.md") == "/out/world/asia/story.v2.json")
        #expect(layout.resultPath(for: "README") == "/out/README.json")
    }

    @Test func failuresKeepTheWholeNameBesideTheirReport() {
        let paths = layout.failedPaths(for: "a/b.pdf")
        #expect(paths.original == "/out/failed/a/b.pdf")
        #expect(paths.report == "/out/failed/a/b.pdf.error.json")
    }

    @Test func aNameOf255BytesIsShortenedToFitWithAHashOfTheWholeName() {
        let long = String(repeating: "é", count: 125) + "x.txt"  // 255 bytes
        #expect(long.utf8.count == 255)
        let report = DurableFile.fileName(layout.failedPaths(for: long).report)
        #expect(report.utf8.count <= 255)
        #expect(report.hasSuffix(".error.json"))
        let other = String(repeating: "é", count: 125) + "y.txt"
        #expect(DurableFile.fileName(layout.failedPaths(for: other).report) != report)
        #expect(DurableFile.fileName(layout.resultPath(for: long)).utf8.count <= 255)
    }

    @Test func anAlternativeNameKeepsTheExtensionAndAddsTheId() {
        #expect(OutboxLayout.alternative("/out/originals/a.txt", id: "0123456789abcdef") == "/out/originals/a-0123456789ab.txt")
    }
}
