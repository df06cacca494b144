/// Reads the `<meta>` tags of an HTML page's head (`og:site_name`, `article:published_time`,
/// `author`, `og:title`…): the page's own statement of its metadata, used when the visible
/// headline block does not say.
enum HTMLMetaTags {
    /// The `content` of each `<meta name=…>` or `<meta property=…>` tag, keyed by the lower-cased
    /// name; the first tag of a name wins. Only the first 64 KB of the page are read.
    static func read(_ html: String) -> [String: String] {
        let bytes = Array(html.utf8.prefix(65536))
        var tags: [String: String] = [:]
        var i = 0
        while let open = nextMetaTag(bytes, from: i) {
            var end = open
            while end < bytes.count && bytes[end] != 0x3E { end += 1 }
            let attributes = self.attributes(bytes[(open + 5)..<end])
            if let key = attributes["property"] ?? attributes["name"] ?? attributes["itemprop"], let content = attributes["content"],
               tags[key.lowercased()] == nil {
                tags[key.lowercased()] = HTMLEntities.text(Array(content.utf8))
            }
            i = end
        }
        return tags
    }

    /// The index of the next `<meta` (any case) at or after `from`.
    static func nextMetaTag(_ bytes: [UInt8], from: Int) -> Int? {
        var k = from
        while k + 5 < bytes.count {
            if bytes[k] == 0x3C, ASCIIByte.lower(bytes[k + 1]) == 0x6D, ASCIIByte.lower(bytes[k + 2]) == 0x65,
               ASCIIByte.lower(bytes[k + 3]) == 0x74, ASCIIByte.lower(bytes[k + 4]) == 0x61 { return k }
            k += 1
        }
        return nil
    }

    /// The `name="value"` attributes of one tag (names lower-cased; quotes optional).
    static func attributes(_ s: ArraySlice<UInt8>) -> [String: String] {
        var out: [String: String] = [:]
        var i = s.startIndex
        while i < s.endIndex {
            while i < s.endIndex && (s[i] == 0x20 || s[i] == 0x0A || s[i] == 0x09 || s[i] == 0x2F) { i += 1 }
            let nameStart = i
            while i < s.endIndex && s[i] != 0x3D && s[i] != 0x20 && s[i] != 0x3E { i += 1 }
            let name = String(decoding: s[nameStart..<i].map(ASCIIByte.lower), as: UTF8.self)
            guard i < s.endIndex, s[i] == 0x3D else { i += 1; continue }
            i += 1
            var value: ArraySlice<UInt8>
            if i < s.endIndex, s[i] == 0x22 || s[i] == 0x27 {
                let quote = s[i]
                let valueStart = i + 1
                i = valueStart
                while i < s.endIndex && s[i] != quote { i += 1 }
                value = s[valueStart..<min(i, s.endIndex)]
                i += 1
            } else {
                let valueStart = i
                while i < s.endIndex && s[i] != 0x20 { i += 1 }
                value = s[valueStart..<i]
            }
            if !name.isEmpty { out[name] = String(decoding: value, as: UTF8.self) }
        }
        return out
    }
}
