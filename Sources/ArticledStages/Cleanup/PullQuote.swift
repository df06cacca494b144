/// Recognizes a pull quote: a quotation the page sets apart in large type between paragraphs,
/// repeating words a paragraph of the story already holds (`"Our kitchen was empty five days
/// out of seven. It seemed obvious."`). It is a design element, not something said again.
enum PullQuote {
    /// Whether `line` is a whole quotation whose first sentence another line of `lines` holds
    /// word for word (checked in `candidates`, the body's lines).
    static func matches(_ line: ArticleLine, in lines: [ArticleLine], candidates: Range<Int>) -> Bool {
        let f = line.features
        // (Cheap tests first: it runs for every line of the body.)
        guard let opening = line.text.utf8.first, opening == 0x22 || opening == 0xE2,
              (4...45).contains(f.words), !line.isHeading, f.endsTerminal else { return false }
        let bytes = Array(line.text.utf8)
        guard let inner = innerText(bytes) else { return false }
        // The first sentence, or as much of the quotation as comes before it ends.
        var end = inner.lowerBound
        while end < inner.upperBound && !(bytes[end] == 0x2E || bytes[end] == 0x21 || bytes[end] == 0x3F || bytes[end] == 0x2C) { end += 1 }
        guard end - inner.lowerBound >= 20 else { return false }
        let needle = Array(bytes[inner.lowerBound..<end])
        return needle.withUnsafeBufferPointer { n in
            candidates.contains { k in
                // (The words' source is a longer paragraph, not a subheading that repeats the
                // quotation's opening: `'We know what the cause is'` over the quotation.)
                var text = lines[k].text
                guard text.utf8.count > bytes.count, !lines[k].isHeading else { return false }
                return text.withUTF8 { String.firstOffset(of: n, in: $0) } != nil
            }
        }
    }

    /// The bytes between the opening and closing quotation marks when they enclose the whole
    /// line (a final full stop after the close aside), or nil.
    private static func innerText(_ bytes: [UInt8]) -> Range<Int>? {
        var start = 0, end = bytes.count
        if end > 0 && bytes[end - 1] == 0x2E { end -= 1 }
        if bytes.count >= 3, bytes[0] == 0x22 { start = 1 } else if bytes.count >= 3, bytes[0] == 0xE2, bytes[1] == 0x80, bytes[2] == 0x9C { start = 3 } else { return nil }
        if end - start >= 1, bytes[end - 1] == 0x22 { end -= 1 } else if end - start >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x9D { end -= 3 } else { return nil }
        // One quotation only: no closing mark inside ("“A,” she said. “B.”" is a paragraph).
        let inner = bytes[start..<end]
        if inner.contains(0x22) { return nil }
        if inner.indices.contains(where: { inner[$0] == 0xE2 && $0 + 2 < end && bytes[$0 + 1] == 0x80 && (bytes[$0 + 2] == 0x9D || bytes[$0 + 2] == 0x9C) }) { return nil }
        return start..<end
    }
}
