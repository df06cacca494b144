import ArgumentParser
import ArticledCore
import Foundation

/// Writes each article's result to a folder, in-process (for `eval/score.py` while developing stages).
struct ResultsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "results", abstract: "Write each file's result to FOLDER/<name>.json.")

    @Argument(help: "The folder for the results.") var folder: String
    @Argument(help: "Article files.") var files: [String]

    func run() async throws {
        let pipeline = try ArticleFiles.pipeline()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for path in files {
            var document = try ArticleFiles.document(path)
            try await pipeline.run(&document)
            let name = (document.sourceFile as NSString).deletingPathExtension
            let bytes = JSONWriter.bytes(document.resultJSON(processedAt: "1970-01-01T00:00:00Z"), newline: true)
            try Data(bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name + ".json"))
        }
    }
}
