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

    /// The format that `bytes` are written in, for input without a file name (standard input):
    /// HTML when the text opens with a tag or holds the tags every page has, Markdown when it
    /// opens with a `#` heading, plain text otherwise.
    public init(sniffing bytes: some Collection<UInt8>) {
        var head = Array(bytes.prefix(2048))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        let start = head.firstIndex { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D } ?? head.endIndex
        let lowered = head[start...].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        func contains(_ tag: String) -> Bool {
            let t = Array(tag.utf8)
            guard lowered.count >= t.count else { return false }
            return (0...(lowered.count - t.count)).contains { lowered[$0..<($0 + t.count)].elementsEqual(t) }
        }
        // "<html", "<!doctype", "<div": a tag opens the text.
        if lowered.first == 0x3C, lowered.count > 1, (lowered[1] >= 0x61 && lowered[1] <= 0x7A) || lowered[1] == 0x21 {
            self = .html
        } else if contains("<html") || contains("<body") || contains("</p>") || contains("<article") {
            self = .html
        } else if lowered.first == 0x23 {
            self = .markdown
        } else {
            self = .text
        }
    }
}

