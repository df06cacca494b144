import Foundation
import Testing

/// The result contract (CONTRACT.md), checked on the built binary.
@Suite struct ContractTests {
    static let contractKeys: Set<String> = [
        "schema_version", "id", "source_file", "processed_at", "title", "subtitle", "authors", "published",
        "publisher", "language", "text", "entities", "quotes", "topics", "keywords", "summary", "stats",
        "pipeline", "warnings",
    ]

    @Test func theDaemonTurnsTheSeedArticlesIntoResultsWithEveryContractKey() async throws {
        let seeds = ArticledBinary.seedFiles
        try #require(seeds.count >= 2, "articles are expected in \(ArticledBinary.seedFolder)")
        let folder = try TemporaryFolder("contract")
        let daemon = try await DaemonProcess(folder: folder)
        for seed in seeds {
            try FileManager.default.copyItem(atPath: ArticledBinary.seedFolder + "/" + seed, toPath: folder("staging-" + seed))
            try FileManager.default.moveItem(atPath: folder("staging-" + seed), toPath: daemon.inbox + "/" + seed)
        }
        #expect(await eventually { daemon.results.count == seeds.count }, "results: \(daemon.results)\n\(daemon.log)")
        for seed in seeds {
            let name = (seed as NSString).deletingPathExtension
            let result = try daemon.result(name)
            #expect(Set(result.keys).isSuperset(of: Self.contractKeys), "missing: \(Self.contractKeys.subtracting(result.keys))")
            #expect(result["schema_version"] as? Int == 1)
            #expect(result["source_file"] as? String == seed)
            let stages = (result["pipeline"] as? [[String: Any]])?.compactMap { $0["stage"] as? String }
            #expect(stages == ["cleanup", "extract", "tag", "summarize"])
            let stats = result["stats"] as? [String: Any]
            // The shortest article here (the repository's river-flood.md, used without ../shared) has 91 words.
            #expect((stats?["words"] as? Int ?? 0) > 50)
            #expect(stats?["reading_minutes"] != nil)
        }
        #expect(await daemon.stop() == 0)
        #expect(folder.files(under: "inbox").allSatisfy { $0.hasPrefix(".articled/seen") }, "left in the inbox: \(folder.files(under: "inbox"))")
        #expect(folder.files(under: "outbox/originals").count == seeds.count)
    }

    @Test func theIdIsTheSHA256OfTheInputAndResultsAreDeterministic() async throws {
        let folder = try TemporaryFolder("determinism")
        try folder.write("Officials met on Monday.\n\nThey talked about trade.\n", to: "a.txt")
        let first = try await CommandResult.run(["process", "-"], in: folder.path, input: Data("Officials met on Monday.\n\nThey talked about trade.\n".utf8))
        let second = try await CommandResult.run(["process", "-"], in: folder.path, input: Data("Officials met on Monday.\n\nThey talked about trade.\n".utf8))
        #expect(first.status == 0, "\(first.standardError)")
        func stable(_ text: String) throws -> NSDictionary {
            var o = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
            o.removeValue(forKey: "processed_at")
            o["pipeline"] = (o["pipeline"] as? [[String: Any]])?.map { $0.filter { $0.key != "ms" } }
            return o as NSDictionary
        }
        #expect(try stable(first.standardOutput) == stable(second.standardOutput))
        let result = try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8)) as! [String: Any]
        // sha256 of the input, computed independently by the shell's tool.
        let sha = Process()
        sha.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        sha.arguments = [folder("a.txt")]
        let pipe = Pipe()
        sha.standardOutput = pipe
        try sha.run()
        let digest = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: " ").first.map(String.init)
        sha.waitUntilExit()
        #expect(result["id"] as? String == digest)
    }
}
