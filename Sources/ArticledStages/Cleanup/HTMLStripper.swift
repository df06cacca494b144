/// Turns an HTML page into plain lines: tags removed, block elements become line breaks,
/// scripts, styles, navigation, forms and blocks classed as furniture (`HTMLFurnitureClass`)
/// dropped, character references decoded.
///
/// A forgiving byte scanner, not a parser: broken markup never throws, it only leaves text.
enum HTMLStripper {
    /// Elements whose whole content is not article text.
    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "head", "template", "svg", "nav", "form", "button",
        "select", "iframe", "object", "canvas", "aside",
        // A picture's caption and credit, which the contract keeps out of the text.
        "figcaption",
    ]
    /// Elements that start a new paragraph.
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "section",
        "article", "header", "footer", "figure", "blockquote", "pre", "hr", "main",
        "dl", "address", "time", "caption",
    ]
    /// Elements that start a new line within a paragraph.
    static let lineElements: Set<String> = ["br", "li", "tr", "dt", "dd"]

    /// The text of an HTML document, one paragraph per blank-line-separated block.
    static func strip(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 2)
        var i = 0
        let n = bytes.count
        // Inside a <p>, a line break in the source is a space, as a browser shows it.
        var inParagraph = false
        while i < n {
            let b = bytes[i]
            guard b == 0x3C, i + 1 < n else {
                out.append(b == 0x0A && inParagraph ? 0x20 : b)
                i += 1
                continue
            }
            if startsWith(bytes, at: i, "<!--") {
                i = find(bytes, "-->", from: i + 4).map { $0 + 3 } ?? n
                continue
            }
            let next = bytes[i + 1]
            guard ASCIIByte.isUpper(next) || ASCIIByte.isLower(next) || next == 0x2F || next == 0x21 || next == 0x3F else {
                out.append(b); i += 1; continue
            }
            let closing = next == 0x2F
            var j = i + (closing ? 2 : 1)
            var name: [UInt8] = []
            while j < n, ASCIIByte.isUpper(bytes[j]) || ASCIIByte.isLower(bytes[j]) || ASCIIByte.isDigit(bytes[j]) {
                name.append(ASCIIByte.lower(bytes[j])); j += 1
            }
            let end = tagEnd(bytes, from: j)
            let tag = String(decoding: name, as: UTF8.self)
            i = end
            if tag == "p" { inParagraph = !closing } else if blockElements.contains(tag) { inParagraph = false }
            if !closing, skippedElements.contains(tag), bytes[end - 2] != 0x2F {
                i = skipElement(bytes, named: name, from: end)
                out.append(contentsOf: [0x0A, 0x0A])
            } else if !closing, HTMLFurnitureClass.elements.contains(tag), bytes[end - 2] != 0x2F,
                      HTMLFurnitureClass.matches(bytes, attributes: j..<end) {
                // "<div class="newsletter-promo">", "<p class="caption">": the page's furniture.
                i = HTMLFurnitureClass.skip(bytes, named: name, from: end)
                out.append(contentsOf: [0x0A, 0x0A])
                if tag == "p" { inParagraph = false }
            } else if blockElements.contains(tag) {
                out.append(contentsOf: [0x0A, 0x0A])
            } else if tag == "li" {
                // A list item becomes a Markdown item ("- "), so cleanup knows it as one; its end adds nothing,
                // so the items of one list stay in one block. An item that is only a link is a related
                // link, not content: it stands alone, as a stray headline would.
                if !closing { out.append(contentsOf: isLinkOnlyItem(bytes, from: end) ? [0x0A, 0x0A] : [0x0A, 0x2D, 0x20]) }
            } else if lineElements.contains(tag), !closing || tag == "br" {
                out.append(0x0A)
            } else if !closing, tag == "td" || tag == "th", let last = out.last, last != 0x0A, last != 0x20 {
                // "<td>National Renewal Party (NRP)</td><td>142</td>": cells apart.
                out.append(0x20)
            } else if closing, end + 1 < n, bytes[end] == 0x3C, ASCIIByte.isLower(ASCIIByte.lower(bytes[end + 1])),
                      let last = out.last, ASCIIByte.isLetterLike(last) || ASCIIByte.isDigit(last) {
                // "<a>Sam Roe</a><span>Senior Reporter</span>": one element closing right where
                // another opens holds another piece of text, not the rest of a word.
                out.append(0x20)
            }
        }
        return HTMLEntities.decode(out)
    }

    /// Whether the list item whose content starts at `from` is one link and nothing else
    /// (`<li><a href="…">Flood warnings issued</a></li>`).
    static func isLinkOnlyItem(_ bytes: [UInt8], from: Int) -> Bool {
        var k = from
        while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x0A || bytes[k] == 0x09 { k += 1 }
        guard k + 2 < bytes.count, bytes[k] == 0x3C, ASCIIByte.lower(bytes[k + 1]) == 0x61, bytes[k + 2] == 0x20 || bytes[k + 2] == 0x3E else { return false }
        guard let close = find(bytes, "</a>", from: k), close - k < 600 else { return false }
        var m = close + 4
        while m < bytes.count, bytes[m] == 0x20 || bytes[m] == 0x0A || bytes[m] == 0x09 { m += 1 }
        return startsWith(bytes, at: m, "</li>") || startsWith(bytes, at: m, "<li") || startsWith(bytes, at: m, "</ul>")
    }

    /// Index just past the `>` that closes the tag whose attributes start at `j` (quotes respected).
    private static func tagEnd(_ bytes: [UInt8], from j: Int) -> Int {
        var k = j
        var quote: UInt8 = 0
        while k < bytes.count {
            let c = bytes[k]
            if quote != 0 { if c == quote { quote = 0 } }
            else if c == 0x22 || c == 0x27 { quote = c }
            else if c == 0x3E { return k + 1 }
            k += 1
        }
        return bytes.count
    }

    /// Index just past the closing tag `</name>` found from `from`, or the end of the input.
    private static func skipElement(_ bytes: [UInt8], named name: [UInt8], from: Int) -> Int {
        var k = from
        while let open = find(bytes, "</", from: k) {
            var m = open + 2
            var matches = true
            for c in name {
                if m >= bytes.count || ASCIIByte.lower(bytes[m]) != c { matches = false; break }
                m += 1
            }
            if matches, m < bytes.count, !(ASCIIByte.isLower(ASCIIByte.lower(bytes[m])) || ASCIIByte.isDigit(bytes[m])) {
                return tagEnd(bytes, from: m)
            }
            k = open + 2
        }
        return bytes.count
    }

    /// Whether `bytes` holds the ASCII `literal` at `i`.
    static func startsWith(_ bytes: [UInt8], at i: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { lit in
            for k in 0..<count where bytes[i + k] != lit[k] { return false }
            return true
        }
    }

    /// The first index at or after `from` where the ASCII `literal` occurs.
    static func find(_ bytes: [UInt8], _ literal: StaticString, from: Int) -> Int? {
        var k = from
        guard let first = literal.withUTF8Buffer({ $0.first }) else { return nil }
        while k < bytes.count {
            if bytes[k] == first, startsWith(bytes, at: k, literal) { return k }
            k += 1
        }
        return nil
    }
}
