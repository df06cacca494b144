/// Removes the inline HTML tags that a page's text keeps when it is saved as plain text or
/// Markdown (`a <strong>new</strong> garage`, a trailing `<br>`), so that the paragraph reads as
/// prose instead of looking like code. Only tags of inline elements are removed; their text stays.
enum InlineTagStripper {
    /// Names of inline elements (and `br`, `p`), lower case.
    static let names: Set<[UInt8]> = Set(["a", "abbr", "b", "br", "cite", "em", "font", "i", "mark", "p", "q", "s", "small",
                                          "span", "strike", "strong", "sub", "sup", "time", "u", "del", "ins", "wbr"].map { Array($0.utf8) })

    /// `bytes` without inline tags; a `<br>` or `<p>` becomes a space.
    static func strip(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x3C) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x3C, let end = tagEnd(bytes, at: i) {
                if out.last != 0x20 && out.last != 0x0A && breaks(bytes, at: i) { out.append(0x20) }
                i = end
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }

    /// The index after the inline tag that opens at `i` (`<em>`, `</a>`, `<a href="…">`, `<br/>`), or nil.
    private static func tagEnd(_ bytes: [UInt8], at i: Int) -> Int? {
        var k = i + 1
        if k < bytes.count && bytes[k] == 0x2F { k += 1 }
        let nameStart = k
        while k < bytes.count && k - nameStart < 8 && ASCIIByte.isLetterLike(bytes[k]) && bytes[k] < 0x80 { k += 1 }
        guard k > nameStart, k < bytes.count, names.contains(bytes[nameStart..<k].map(ASCIIByte.lower)) else { return nil }
        // The name ends the tag, or attributes follow, up to the closing mark on the same line.
        guard bytes[k] == 0x3E || bytes[k] == 0x20 || bytes[k] == 0x2F else { return nil }
        var j = k
        while j < bytes.count && j - i < 400 && bytes[j] != 0x0A {
            if bytes[j] == 0x3E { return j + 1 }
            j += 1
        }
        return nil
    }

    /// Whether the tag at `i` breaks the line (`<br>`, `<p>`, `</p>`), where a space keeps the words apart.
    private static func breaks(_ bytes: [UInt8], at i: Int) -> Bool {
        var k = i + 1
        if bytes[k] == 0x2F { k += 1 }
        let b = ASCIIByte.lower(bytes[k])
        return b == 0x70 || (b == 0x62 && k + 1 < bytes.count && ASCIIByte.lower(bytes[k + 1]) == 0x72)
    }
}
