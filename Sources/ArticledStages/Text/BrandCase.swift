/// Names written with a lower-case first letter and a capital inside ("eBay", "iPhone",
/// "dataLoom"): they may open a sentence or a headline without its being a continuation.
enum BrandCase {
    /// Whether `text` opens with such a name.
    static func opens(_ text: Substring) -> Bool {
        let word = text.utf8.prefix { $0 != 0x20 && $0 != 0x2C && $0 != 0x27 }
        guard let first = word.first, ASCIIByte.isLower(first) else { return false }
        return word.dropFirst().contains(where: ASCIIByte.isUpper)
    }
}
