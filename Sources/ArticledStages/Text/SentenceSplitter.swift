/// Splits text into sentences; shared by the stages that count, quote and summarize.
enum SentenceSplitter {
    /// The sentences of `text`, each trimmed, in order; every one is a verbatim substring.
    static func split(_ text: String) -> [Substring] {
        var out: [Substring] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let next = text.index(after: i)
            if c == "\n" || ((c == "." || c == "!" || c == "?") && (next == text.endIndex || text[next] == " ")) {
                let s = text[start..<(c == "\n" ? i : next)].drop(while: { $0 == " " })
                if !s.isEmpty { out.append(s) }
                start = next
            }
            i = next
        }
        let tail = text[start...].drop(while: { $0 == " " || $0 == "\n" })
        if !tail.isEmpty { out.append(tail) }
        return out
    }
}
