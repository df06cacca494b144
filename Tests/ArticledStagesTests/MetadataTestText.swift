import ArticledCore
@testable import ArticledStages

/// The document after the metadata stage read `front` (the lines above the body) and `back`
/// (the lines below it) of `raw`, with one sentence of body.
func extractedMetadata(_ front: [String], back: [String] = [], raw: String = "", format: InputFormat = .text,
                       body: String = "The council voted on Tuesday night to approve the new garage, officials said.") -> Document {
    var doc = Document(id: "x", sourceFile: format == .html ? "a.html" : "a.txt", format: format, raw: raw)
    doc.frontMatter = front
    doc.backMatter = back
    doc.text = body
    MetadataExtractor().extract(into: &doc)
    return doc
}
