import ArticledCore
@testable import ArticledStages

/// The document the cleanup stage makes of `raw` (shared by the cleanup tests).
func cleaned(_ raw: String, format: InputFormat = .text) async throws -> Document {
    var doc = Document(id: "x", sourceFile: "a.txt", format: format, raw: raw)
    try await CleanupStage().process(&doc)
    return doc
}
