/// The headline an HTML page marks up itself: the text of its first `<h1>`, or else its
/// `<title>`. Cleanup keeps the text but loses the tags, so the headline finder may take a
/// banner above it ("WEATHER ALERT: …") for the headline; the page's own mark-up settles it.
enum HTMLHeadline {
    /// The texts of the first `<h1>` and of the `<title>` (tags removed, entities decoded,
    /// white space folded), in that order; empty ones left out. Only the first 256 KB are read.
    static func candidates(_ html: String) -> [String] {
        let bytes = Array(html.utf8.prefix(262_144))
        return ["h1", "title"].compactMap { element(Array($0.utf8), in: bytes) }.filter { !$0.isEmpty }
    }

    /// The parts of a marked-up title between the separators that set a site's name apart
    /// ("Cape Breton Tidings - Baddeck ER closures hit record"), of four words or more and no
    /// outlet's name ("The New York Times"); none when the title has no separator.
    static func parts(_ title: String) -> [String] {
        var pieces = [Substring(title)]
        for separator in [" | ", " - ", " – ", " — "] { pieces = pieces.flatMap { $0.split(separator: separator) } }
        guard pieces.count > 1 else { return [] }
        return pieces.map { String($0) }.filter { $0.spaceSeparatedWordCount >= 4 && !BylineParser.isOutletName($0.split(separator: " ")) }
    }

    /// The outlet a page's `<title>` names after its headline ("Glasgow bus drivers to strike -
    /// West of Scotland Observer") or before it ("Cape Breton Tidings - Baddeck ER closures …"), or nil: one to five capitalized words with an outlet word,
    /// or a short acronym, after a separator.
    static func outlet(_ html: String, headline: String) -> String? {
        guard let title = element(Array("title".utf8), in: Array(html.utf8.prefix(262_144))) else { return nil }
        let folded = HeadlineFinder.fold(headline)
        for separator in [" | ", " - ", " – ", " — "] {
            // "Headline - Outlet", or "Outlet - Headline".
            if let r = title.ranges(of: separator).last, HeadlineFinder.fold(String(title[..<r.lowerBound])) == folded {
                let words = title[r.upperBound...].split(separator: " ")
                return BylineParser.isOutletName(words) ? words.joined(separator: " ") : nil
            }
            if let r = title.ranges(of: separator).first, HeadlineFinder.fold(String(title[r.upperBound...])) == folded {
                let words = title[..<r.lowerBound].split(separator: " ")
                return BylineParser.isOutletName(words) ? words.joined(separator: " ") : nil
            }
        }
        return nil
    }

    /// The text of the first `<name …>…</name>` element.
    private static func element(_ name: [UInt8], in bytes: [UInt8]) -> String? {
        guard let open = find(opening: name, in: bytes, from: 0) else { return nil }
        var start = open
        while start < bytes.count && bytes[start] != 0x3E { start += 1 }
        start += 1
        var end = start
        // Up to the closing tag "</name".
        while end + name.count + 1 < bytes.count {
            if bytes[end] == 0x3C && bytes[end + 1] == 0x2F
                && zip(bytes[(end + 2)...], name).allSatisfy({ ASCIIByte.lower($0) == $1 }) { break }
            end += 1
        }
        guard end + name.count + 1 < bytes.count, end - start < 2000 else { return nil }
        var text: [UInt8] = []
        var inTag = false
        for b in bytes[start..<end] {
            if b == 0x3C { inTag = true } else if b == 0x3E { inTag = false; text.append(0x20) } else if !inTag { text.append(b) }
        }
        return HTMLEntities.text(text)
    }

    /// The index of the next `<name` followed by `>` or white space, at or after `from`.
    private static func find(opening name: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        var k = from
        while k + name.count + 2 < bytes.count {
            if bytes[k] == 0x3C && zip(bytes[(k + 1)...], name).allSatisfy({ ASCIIByte.lower($0) == $1 }) {
                let after = bytes[k + 1 + name.count]
                if after == 0x3E || after == 0x20 || after == 0x0A || after == 0x09 { return k }
            }
            k += 1
        }
        return nil
    }
}
