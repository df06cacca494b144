import ArticledCore
import Foundation
import Testing
@testable import ArticledDaemon

/// 2,000 documents through a plugin stage, in-process: every one must come back, and the
/// round-trip cost per document is printed (not asserted: the machine is shared).
@Suite(.serialized) struct PluginLoadTests {
    /// An article-sized text (about 8 KB, with newlines and quotes) built from a template.
    static let article: String = (0..<40).map { i in
        "Paragraph \(i): the minister said \"we will act\" while critics — in Paris and Berlin — disagreed, at length.\n"
    }.joined(separator: "\n")

    @Test func twoThousandDocumentsThroughAPythonPlugin() async throws {
        let stage = try PluginFixtures.stage("well-behaved")
        let cost = try await Self.measure(stage, documents: 2000, concurrently: 1)
        print("plugin round trip (python well-behaved, 1 instance, \(Self.article.utf8.count)-byte article): \(cost) µs per document")
    }

    @Test func theDaemonsShareOfTheRoundTripIsItsJSON() throws {
        var document = PluginFixtures.document(Self.article)
        document.text = Self.article
        let clock = ContinuousClock()
        let start = clock.now
        for i in 0..<2000 {
            let line = PluginProtocol.request(id: i, document: document.wireJSON, options: .object([:]))
            let parsed = try JSONParser.parse(Array(line.dropLast()))
            let back = try Document(wire: try #require(parsed["document"]), replacing: document)
            #expect(back.text == document.text)
        }
        let elapsed = clock.now - start
        let micros = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
        print("daemon-side JSON per document (encode request, decode reply, contract check): \(micros / 2000) µs")
    }

    @Test func twoThousandDocumentsThroughTwoPythonInstancesAtOnce() async throws {
        let stage = try PluginFixtures.stage("well-behaved", instances: 2)
        let cost = try await Self.measure(stage, documents: 2000, concurrently: 2)
        print("plugin round trip (python well-behaved, 2 instances, 2 at once): \(cost) µs per document (wall clock)")
    }

    /// 500 documents only: in a debug build the plugin's own JSON work dominates and 2,000
    /// would add half a minute to every test run.
    @Test func fiveHundredDocumentsThroughTheSwiftExamplePlugin() async throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Plugins").path
        var configuration = Configuration()
        configuration.pluginFolders = [examples]
        let found = try PluginLocator().stage(for: StageConfiguration(name: "readability"), in: configuration)
        let stage = try #require(found as? PluginStage)
        let binary = PluginLaunch.realPath("/proc/self/exe").map { ($0 as NSString).deletingLastPathComponent + "/articled-readability" } ?? ""
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("articled-readability is not built beside the tests; skipping its load test")
            return
        }
        let cost = try await Self.measure(stage, documents: 500, concurrently: 1, key: "readability")
        print("plugin round trip (swift readability, 1 instance): \(cost) µs per document")
    }

    /// Sends `documents` documents through `stage` (called directly, without a pipeline), `concurrently` at a time, and returns
    /// the wall-clock microseconds per document (after one warm-up that starts the processes).
    static func measure(_ stage: PluginStage, documents: Int, concurrently: Int, key: String = "echo") async throws -> Int {
        for _ in 0..<concurrently {
            var warm = PluginFixtures.document(article)
            warm.text = article
            try await stage.process(&warm)
        }
        let clock = ContinuousClock()
        let start = clock.now
        let answered = try await withThrowingTaskGroup(of: Int.self) { group in
            for lane in 0..<concurrently {
                group.addTask {
                    var count = 0
                    for i in stride(from: lane, to: documents, by: concurrently) {
                        var document = PluginFixtures.document(article, name: "doc\(i).txt")
                        document.text = article
                        try await stage.process(&document)
                        if document.extras[key] != nil { count += 1 }
                    }
                    return count
                }
            }
            var total = 0
            for try await count in group { total += count }
            return total
        }
        let elapsed = clock.now - start
        #expect(answered == documents)
        let micros = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
        return Int(micros) / documents
    }
}
