/// The kind of text an input file holds, from its extension.
public enum InputFormat: String, Sendable, CaseIterable {
    case text = "txt"
    case markdown
    case html

    /// The format for a file name's extension (`txt`, `md`, `markdown`, `html`, `htm`),
    /// compared without case; nil for any other extension.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "txt": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        default: return nil
        }
    }
}
