/// Recognizes a page's furniture by the class or id its element carries: a newsletter box
/// (`<div class="newsletter-promo">`), a caption (`<p class="caption">`), an embedded tweet
/// (`<blockquote class="twitter-tweet">`), a comments widget, an advertisement, the story's tags.
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
        "keypoints", "takeaways", "tags", "epic", "contributions", "donate", "donation",
    ].map { Array($0.utf8) }

    /// Whether the attributes of a tag, `bytes[range]`, give it a class or id naming furniture.
    static func matches(_ bytes: [UInt8], attributes range: Range<Int>) -> Bool {
        HTMLClassAttribute.hasPart(bytes, attributes: range, where: namesFurniture)
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
}
