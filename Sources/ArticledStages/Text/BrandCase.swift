/// Names written with a lower-case first letter and a capital inside ("eBay", "ePantry",
/// "dataLoom"): they may open a sentence or a headline without its being a continuation, and
/// they are names though their first letter is small.
enum BrandCase {
    /// Whether `text` opens with such a name.
    static func opens(_ text: Substring) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var end = 0
            while end < bytes.count && bytes[end] != 0x20 && bytes[end] != 0x2C && bytes[end] != 0x27 { end += 1 }
            return isName(UnsafeBufferPointer(rebasing: bytes[..<end]))
        }
    }

    /// Whether `word` is such a name: lower-case letters, a capital, then at least two more
    /// lower-case letters; not a product of the "iPhone" kind, nor a unit or a molecule ("kWh", "mRNA").
    static func isName(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 4, ASCIIByte.isLower(word[0]), word[0] != 0x69 else { return false }
        var k = 1
        while k < word.count && ASCIIByte.isLower(word[k]) { k += 1 }
        guard k < word.count, ASCIIByte.isUpper(word[k]) else { return false }
        var lower = 0
        for b in word[(k + 1)...] {
            if ASCIIByte.isLower(b) { lower += 1 } else if !ASCIIByte.isUpper(b) { return false }
        }
        return lower >= 2
    }
}
