import ArticledCore

/// The article a page describes in its JSON-LD (`<script type="application/ld+json">`): most news
/// sites state headline, authors, date and publisher there for search engines, even when the
/// visible page hides them in markup a scraper loses.
struct LinkedDataArticle: Equatable {
    var headline: String?
    var authors: [String] = []
    var datePublished: String?
    var publisher: String?

    /// The first article-like object in the page's JSON-LD blocks (one with a headline or
    /// authors), or nil. Blocks that are not valid JSON are skipped. Only the first 256 KB are read.
    static func read(_ html: String) -> LinkedDataArticle? {
        let bytes = Array(html.utf8.prefix(262_144))
        var from = 0
        while let (start, end) = nextBlock(bytes, from: from) {
            from = end
            guard let value = try? JSONParser.parse(Array(bytes[start..<end])) else { continue }
            if let article = find(in: value, depth: 0) { return article }
        }
        return nil
    }

    /// Searches a JSON-LD value (an object, a list, or an `@graph`) for an article.
    private static func find(in value: JSONValue, depth: Int) -> LinkedDataArticle? {
        guard depth < 4 else { return nil }
        if let list = value.arrayValue {
            for item in list { if let found = find(in: item, depth: depth + 1) { return found } }
            return nil
        }
        guard let object = value.objectValue else { return nil }
        if let graph = object["@graph"], let found = find(in: graph, depth: depth + 1) { return found }
        let article = LinkedDataArticle(headline: object["headline"]?.stringValue.map(clean),
                                        authors: names(object["author"]),
                                        datePublished: object["datePublished"]?.stringValue,
                                        publisher: names(object["publisher"]).first)
        return article.headline != nil || !article.authors.isEmpty ? article : nil
    }

    /// The names of a person or organization value: a string, an object with a `name`, or a list of either.
    private static func names(_ value: JSONValue?) -> [String] {
        guard let value else { return [] }
        if let s = value.stringValue { return s.isEmpty ? [] : [clean(s)] }
        if let name = value.objectValue?["name"]?.stringValue, !name.isEmpty { return [clean(name)] }
        return value.arrayValue?.flatMap { names($0) } ?? []
    }

    /// White space folded, HTML entities decoded.
    private static func clean(_ s: String) -> String { HTMLEntities.text(Array(s.utf8)) }

    /// The byte range of the next `application/ld+json` script's content at or after `from`.
    private static func nextBlock(_ bytes: [UInt8], from: Int) -> (Int, Int)? {
        let marker = Array("application/ld+json".utf8)
        var k = from
        while k + marker.count < bytes.count {
            if bytes[k] == 0x61 && bytes[k..<(k + marker.count)].elementsEqual(marker) {
                var open = k + marker.count
                while open < bytes.count && bytes[open] != 0x3E { open += 1 }
                let start = open + 1
                var end = start
                while end + 8 < bytes.count && !(bytes[end] == 0x3C && bytes[end + 1] == 0x2F && ASCIIByte.lower(bytes[end + 2]) == 0x73) { end += 1 }
                guard end + 8 < bytes.count else { return nil }
                return (start, end)
            }
            k += 1
        }
        return nil
    }
}
