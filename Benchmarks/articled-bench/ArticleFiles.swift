import ArticledCore
import ArticledStages
import Foundation

/// The articles a benchmark runs on, read once into documents.
enum ArticleFiles {
    /// A fresh document for the file at `path`.
    static func document(_ path: String) throws -> Document {
        let url = URL(fileURLWithPath: path)
        let data = try Data(contentsOf: url)
        let format = InputFormat(fileExtension: url.pathExtension) ?? .text
        return Document(id: SHA256.hex(data), sourceFile: url.lastPathComponent, format: format,
                        raw: String(decoding: data, as: UTF8.self))
    }

    /// The built-in default pipeline.
    static func pipeline() throws -> Pipeline {
        try Pipeline(BuiltinStages.defaultChain.map { try BuiltinStages.make(name: $0, options: nil)! })
    }
}
