/// Recognizes a page's furniture by the class or id its element carries: a newsletter box
/// (`<div class="newsletter-promo">`), a caption (`<p class="caption">`), an embedded tweet
/// (`<blockquote class="twitter-tweet">`), a comments widget, an advertisement.
///
/// Sites name these blocks for their own style sheets, in words that say what they hold; the
/// words are read as parts of the class ("newsletter-box" is "newsletter" and "box"), so
/// "commentary" or "shared-story" are not taken for "comment" or "share".
enum HTMLFurnitureClass {
    /// Elements that may be furniture by their class: those that hold blocks of text.
    static let elements: Set<String> = ["div", "section", "p", "aside", "blockquote", "ul", "figure", "span"]

    /// Class or id parts that name furniture, lower case, as bytes: compared to a class's parts
    /// without making a string of each.
    static let parts: [[UInt8]] = [
        "newsletter", "promo", "subscribe", "subscription", "signup", "paywall", "related", "advert",
        "advertisement", "ad", "ads", "share", "social", "comments", "caption", "credit", "tweet", "twitter", "embed", "cookie", "consent",
    ].map { Array($0.utf8) }

    /// Whether the attributes of a tag, `bytes[range]`, give it a class or id naming furniture.
    static func matches(_ bytes: [UInt8], attributes range: Range<Int>) -> Bool {
        var k = range.lowerBound
        while k < range.upperBound {
            // `class="…"` or `id="…"`, at a word's start.
            let isClass = startsWith(bytes, at: k, "class=", within: range)
            let isID = !isClass && startsWith(bytes, at: k, "id=", within: range)
            guard (isClass || isID), k > range.lowerBound, bytes[k - 1] == 0x20 || bytes[k - 1] == 0x0A || bytes[k - 1] == 0x09 else {
                k += 1
                continue
            }
            var v = k + (isClass ? 6 : 3)
            guard v < range.upperBound, bytes[v] == 0x22 || bytes[v] == 0x27 else { k += 1; continue }
            let quote = bytes[v]
            v += 1
            var part: [UInt8] = []
            while v < range.upperBound && bytes[v] != quote {
                let b = ASCIIByte.lower(bytes[v])
                if ASCIIByte.isLower(b) {
                    part.append(b)
                } else {
                    if namesFurniture(part) { return true }
                    part.removeAll(keepingCapacity: true)
                }
                v += 1
            }
            if namesFurniture(part) { return true }
            k = v
        }
        return false
    }

    /// Index just past the element named `name` whose content starts at `from`, counting the
    /// same elements nested inside it; the end of the input if it is never closed.
    static func skip(_ bytes: [UInt8], named name: [UInt8], from: Int) -> Int {
        var depth = 1
        var k = from
        while k + 1 < bytes.count {
            guard bytes[k] == 0x3C else { k += 1; continue }
            let closing = bytes[k + 1] == 0x2F
            var m = k + (closing ? 2 : 1)
            var same = true
            for c in name {
                if m >= bytes.count || ASCIIByte.lower(bytes[m]) != c { same = false; break }
                m += 1
            }
            if same, m < bytes.count, !(ASCIIByte.isLower(ASCIIByte.lower(bytes[m])) || ASCIIByte.isDigit(bytes[m])) {
                var end = m
                while end < bytes.count && bytes[end] != 0x3E { end += 1 }
                if closing {
                    depth -= 1
                    if depth == 0 { return min(end + 1, bytes.count) }
                } else if end > 0 && bytes[end - 1] != 0x2F {
                    depth += 1
                }
                k = end
                continue
            }
            k += 1
        }
        return bytes.count
    }

    private static func namesFurniture(_ part: [UInt8]) -> Bool {
        !part.isEmpty && part.count <= 14 && parts.contains(part)
    }

    private static func startsWith(_ bytes: [UInt8], at i: Int, _ literal: StaticString, within range: Range<Int>) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard i + count <= range.upperBound else { return false }
        return literal.withUTF8Buffer { lit in
            for k in 0..<count where ASCIIByte.lower(bytes[i + k]) != lit[k] { return false }
            return true
        }
    }
}
