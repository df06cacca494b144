import ArticledCore

/// Turns a scraped article into its clean body text: clutter removed, paragraphs repaired.
public struct CleanupStage: Stage {
    public let name = "cleanup"
    public let version = "0.1.0"
    public let needs: Set<DocumentKey> = [.raw, .format]
    public let adds: Set<DocumentKey> = [.text, .frontMatter, .backMatter, .warnings]

    public init(options: inout StageOptions) throws(StageOptions.Invalid) {}

    public init() {}

    public func process(_ document: inout Document) async throws {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in document.raw.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")); current = [] }
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        if let first = paragraphs.first, paragraphs.count > 1 {
            document.frontMatter = [first]
            paragraphs.removeFirst()
        }
        document.text = paragraphs.joined(separator: "\n\n")
    }
}

extension Substring {
    func trimmingCharacters(in set: Set<Character>) -> Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}

extension Set<Character> {
    static var whitespaces: Set<Character> { [" ", "\t", "\r"] }
}
