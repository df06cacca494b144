import Foundation

/// Reads an RSS or Atom feed saved as the article (a media monitor's feed reader exports one
/// item per file) as the page its first item stands for: its headline, byline, date and body,
/// and the feed's name as the source, so the other rules read it like any article page.
enum FeedItem {
    /// A page in HTML for the first item of the feed `raw`, or nil when `raw` is no feed.
    static func page(_ raw: String) -> String? {
        let head = raw.utf8.prefix(1_000)
        // A feed opens with its XML declaration or root element.
        guard head.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }) == 0x3C,
              contains(head, "<rss") || contains(head, "<feed") || contains(head, "<rdf:RDF") else { return nil }
        guard let item = element(in: raw[...], named: "item") ?? element(in: raw[...], named: "entry") else { return nil }
        let channel = raw[..<item.startIndex]
        var html = "<html><body>"
        if let title = text(of: "title", in: item) { html += "<h1>\(title)</h1>" }
        if let author = text(of: "dc:creator", in: item) ?? text(of: "name", in: item) ?? text(of: "author", in: item) {
            html += "<p>By \(author)</p>"
        }
        if let date = text(of: "pubDate", in: item) ?? text(of: "published", in: item) ?? text(of: "dc:date", in: item)
            ?? text(of: "updated", in: item) {
            html += "<p>\(date)</p>"
        }
        if let body = text(of: "content:encoded", in: item) ?? text(of: "content", in: item) ?? text(of: "description", in: item)
            ?? text(of: "summary", in: item) {
            html += body
        }
        // "MARCA in English - Basketball": the feed's name, without its section.
        if let name = text(of: "title", in: channel) {
            let outlet = name.components(separatedBy: " - ").first ?? name
            html += "<p>Source: \(outlet)</p>"
        }
        return html + "</body></html>"
    }

    /// The first `<name …>…</name>` element of `xml`, tags included, or nil.
    private static func element(in xml: Substring, named name: String) -> Substring? {
        var search = xml.startIndex
        while let open = xml.range(of: "<" + name, range: search..<xml.endIndex) {
            // "<item>" or "<item attr…>", not "<itemref>".
            guard open.upperBound < xml.endIndex else { return nil }
            let next = xml[open.upperBound]
            if next == ">" || next == " " || next == "\n" || next == "\t" {
                guard let close = xml.range(of: "</" + name + ">", range: open.upperBound..<xml.endIndex) else { return nil }
                return xml[open.lowerBound..<close.upperBound]
            }
            search = open.upperBound
        }
        return nil
    }

    /// The text inside the first `name` element of `xml`: a CDATA section as it is, escaped
    /// markup unescaped ("&lt;p&gt;" as "<p>"); nil when absent or empty.
    private static func text(of name: String, in xml: Substring) -> String? {
        guard let element = element(in: xml, named: name), let start = element.firstIndex(of: ">") else { return nil }
        let closeLength = name.count + 3
        guard element.distance(from: start, to: element.endIndex) > closeLength else { return nil }
        var inner = element[element.index(after: start)..<element.index(element.endIndex, offsetBy: -closeLength)]
        inner = inner.drop(while: \.isWhitespace)
        var value: String
        if inner.hasPrefix("<![CDATA["), let end = inner.range(of: "]]>") {
            value = String(inner[inner.index(inner.startIndex, offsetBy: 9)..<end.lowerBound])
        } else if inner.hasPrefix("<") {
            value = String(inner)  // markup inside (Atom's <author><name>…</name></author>)
            if let nested = value.firstIndex(of: ">"), let end = value.range(of: "</") {
                value = String(value[value.index(after: nested)..<end.lowerBound])
            }
        } else {
            value = String(decoding: HTMLEntities.decode(Array(inner.utf8)), as: UTF8.self)
        }
        value = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    /// Whether the bytes hold the ASCII `needle`.
    private static func contains(_ bytes: Substring.UTF8View.SubSequence, _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard bytes.count >= n.count else { return false }
        var i = bytes.startIndex
        while bytes.distance(from: i, to: bytes.endIndex) >= n.count {
            if bytes[i...].starts(with: n) { return true }
            i = bytes.index(after: i)
        }
        return false
    }
}
