/// Reads the words a tag's `class` or `id` is made of, as a page's style sheet names its blocks:
/// "newsletter-box" is "newsletter" and "box", "byline__name" is "byline" and "name".
enum HTMLClassAttribute {
    /// Whether a `class` or `id` among the attributes of a tag, `bytes[range]`, has a part (its
    /// letters, lower case, between other characters) for which `isWanted` holds.
    static func hasPart(_ bytes: [UInt8], attributes range: Range<Int>, where isWanted: ([UInt8]) -> Bool) -> Bool {
        var k = range.lowerBound
        var part: [UInt8] = []
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
            part.removeAll(keepingCapacity: true)
            while v < range.upperBound && bytes[v] != quote {
                let b = ASCIIByte.lower(bytes[v])
                if ASCIIByte.isLower(b) {
                    part.append(b)
                } else {
                    if !part.isEmpty && isWanted(part) { return true }
                    part.removeAll(keepingCapacity: true)
                }
                v += 1
            }
            if !part.isEmpty && isWanted(part) { return true }
            k = v
        }
        return false
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
