import ArticledCore

/// Turns the raw input into trimmed lines without markup: HTML stripped, mojibake repaired,
/// spaces normalized, Markdown removed; blank lines only separate blocks.
enum LineSplitter {
    /// The non-blank lines of `raw`, in order, with their block numbers.
    static func lines(of raw: String, format: InputFormat) -> [ArticleLine] {
        var bytes: [UInt8]
        if let feedPage = FeedItem.page(raw) {
            bytes = HTMLStripper.strip(Array(feedPage.utf8))
        } else {
            bytes = Array(raw.utf8)
            switch format {
            case .html: bytes = HTMLStripper.strip(bytes)
            // Text saved from a page may keep its inline tags and character references.
            case .markdown, .text: bytes = HTMLEntities.decode(InlineTagStripper.strip(bytes))
            }
        }
        bytes = MojibakeRepair.repair(bytes)
        bytes = ScreenReaderText.strip(SpaceNormalizer.normalize(bytes))
        var lines: [ArticleLine] = []
        var block = 0
        var blankSeen = false
        var start = 0
        while start <= bytes.count {
            let end = bytes.withUnsafeBufferPointer { buffer -> Int in
                var k = start
                while k < buffer.count && buffer[k] != 0x0A { k += 1 }
                return k
            }
            let stripped = MarkdownStripper.strip(bytes[start..<end])
            let changed = stripped.bytes.count != end - start
            start = end + 1
            var text = stripped.bytes[...]
            while text.first == 0x20 { text = text.dropFirst() }
            while text.last == 0x20 { text = text.dropLast() }
            if text.isEmpty { blankSeen = true; continue }
            text = SignOff.trimmed(text)
            // "Story continues below" inside a sentence the page broke for an advert: gone before
            // the sentence's halves are joined.
            if text.count >= 21, text.count <= 37, isAdvertBreak(text) { continue }
            if blankSeen && !lines.isEmpty { block += 1 }
            blankSeen = false
            lines.append(ArticleLine(text: String(decoding: changed ? collapseSpaces(text)[...] : text, as: UTF8.self), block: block,
                                     isHeading: stripped.isHeading, isListItem: stripped.isListItem))
        }
        return lines
    }

    /// Notes a page sets where an advert breaks the story, lower case.
    private static let advertBreaks: Set<String> = ["story continues below", "story continues below advertisement", "article continues below",
                                                    "article continues below advertisement", "content continues below", "continue reading below"]

    /// Whether `text` is only such a note.
    static func isAdvertBreak(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, first == 0x53 || first == 0x73 || first == 0x41 || first == 0x61 || first == 0x43 || first == 0x63 else { return false }
        return advertBreaks.contains(String(decoding: text.map(ASCIIByte.lower), as: UTF8.self))
    }

    /// `text` with runs of spaces left by removed markup collapsed to one.
    private static func collapseSpaces(_ text: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        for b in text where !(b == 0x20 && out.last == 0x20) { out.append(b) }
        return out
    }
}
