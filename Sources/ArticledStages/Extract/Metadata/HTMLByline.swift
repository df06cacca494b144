/// The byline an HTML page marks up by its class or id (`<div class="byline">`, `<p
/// class="article-author">`): a page whose byline the scrape left as a bare name over a line
/// that is no date ("Ciara McGuigan" / "BBC News NI, Dungannon Crown Court") still names its
/// author there.
enum HTMLByline {
    /// Elements a byline is set in.
    private static let elements = Set(["div", "p", "span", "address", "section", "li", "a", "footer", "header"].map { Array($0.utf8) })

    /// Tags inside a byline that keep their text on one line ("By <a>Jane Doe</a>").
    private static let inline = Set(["a", "strong", "b", "em", "i", "abbr"].map { Array($0.utf8) })

    /// The lines of the first element whose class or id names a byline or its author, split
    /// where its blocks, spans and line breaks split it; empty if there is none. Only the first
    /// 256 KB are read.
    static func lines(_ html: String) -> [String] {
        let bytes = Array(html.utf8.prefix(262_144))
        var k = 0
        while k + 1 < bytes.count {
            guard bytes[k] == 0x3C, ASCIIByte.isLower(ASCIIByte.lower(bytes[k + 1])) else { k += 1; continue }
            var nameEnd = k + 1
            while nameEnd < bytes.count, ASCIIByte.isLower(ASCIIByte.lower(bytes[nameEnd])) || ASCIIByte.isDigit(bytes[nameEnd]) { nameEnd += 1 }
            let name = bytes[(k + 1)..<nameEnd].map(ASCIIByte.lower)
            var end = nameEnd
            while end < bytes.count && bytes[end] != 0x3E { end += 1 }
            guard end < bytes.count else { break }
            if elements.contains(name), HTMLClassAttribute.hasPart(bytes, attributes: nameEnd..<end, where: namesByline),
               !HTMLClassAttribute.hasPart(bytes, attributes: nameEnd..<end, where: namesSomethingElse) {
                let close = HTMLFurnitureClass.skip(bytes, named: name, from: end + 1)
                let found = text(bytes[(end + 1)..<close])
                if !found.isEmpty { return found }
            }
            k = end
        }
        return []
    }

    /// The text of `content`, one line per block, span or line break.
    private static func text(_ content: ArraySlice<UInt8>) -> [String] {
        var lines: [String] = []
        var current: [UInt8] = []
        func flush() {
            let line = HTMLEntities.text(current).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !line.isEmpty { lines.append(line) }
            current.removeAll(keepingCapacity: true)
        }
        var k = content.startIndex
        while k < content.endIndex {
            guard content[k] == 0x3C else { current.append(content[k]); k += 1; continue }
            var nameStart = k + 1
            if nameStart < content.endIndex && content[nameStart] == 0x2F { nameStart += 1 }
            var nameEnd = nameStart
            while nameEnd < content.endIndex, ASCIIByte.isLower(ASCIIByte.lower(content[nameEnd])) { nameEnd += 1 }
            let name = content[nameStart..<nameEnd].map(ASCIIByte.lower)
            while k < content.endIndex && content[k] != 0x3E { k += 1 }
            k += 1
            if inline.contains(name) { current.append(0x20) } else { flush() }
            if lines.count >= 6 { return lines }
        }
        flush()
        return lines
    }

    /// Class parts that name a byline: "byline", "author", "authors".
    private static func namesByline(_ part: [UInt8]) -> Bool { bylineParts.contains(part) }

    private static let bylineParts = Set(["byline", "author", "authors"].map { Array($0.utf8) })

    /// Class parts of an author's picture or biography, which hold no byline.
    private static func namesSomethingElse(_ part: [UInt8]) -> Bool { otherParts.contains(part) }

    private static let otherParts = Set(["bio", "about", "avatar", "image", "img", "photo", "picture", "more", "box", "card"].map { Array($0.utf8) })
}
