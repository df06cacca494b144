import Foundation

/// The `articled` executable that `swift build` made beside the test bundle.
enum ArticledBinary {
    static let path: String = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("articled").path,
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/articled").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }()

    /// Real articles to run through the binary: the seed articles beside the repository
    /// (`../shared/samples/seeds`) where they are, else the repository's own fixtures.
    static let seedFolder: String = {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let shared = repository.deletingLastPathComponent().appendingPathComponent("shared/samples/seeds").path
        if FileManager.default.fileExists(atPath: shared) { return shared }
        return repository.appendingPathComponent("Tests/Fixtures/articles").path
    }()

    /// The article files (`.txt`, `.md`) in `seedFolder`, sorted.
    static var seedFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: seedFolder)) ?? [])
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
    }
}
