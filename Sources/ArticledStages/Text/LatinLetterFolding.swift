/// Folds the accented Latin letters of UTF-8 text to their plain ASCII letters ("João" as
/// "Joao", "Łukasz" as "Lukasz"), so that names written with their accents are found in word
/// lists kept in plain letters, as most English news once wrote them.
enum LatinLetterFolding {
    /// Plain letters of U+00C0…U+00FF (two-byte sequences C3 80…C3 BF); "*" where the code
    /// point is no letter (× and ÷).
    private static let latin1: [UInt8] = Array("AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTsaaaaaaaceeeeiiiidnooooo*ouuuuyty".utf8)

    /// Plain letters of Latin Extended-A, U+0100…U+017F (two-byte sequences C4 80…C5 BF).
    private static let extendedA: [UInt8] =
        Array("AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs".utf8)

    /// The plain letter of the two-byte sequence `lead`, `trail`, or nil when it is no accented
    /// Latin letter.
    static func plainLetter(lead: UInt8, trail: UInt8) -> UInt8? {
        guard trail >= 0x80 && trail <= 0xBF else { return nil }
        let letter: UInt8
        switch lead {
        case 0xC3: letter = latin1[Int(trail - 0x80)]
        case 0xC4: letter = extendedA[Int(trail - 0x80)]
        case 0xC5: letter = extendedA[Int(trail - 0x80) + 64]
        default: return nil
        }
        return letter == 0x2A ? nil : letter
    }

    /// The `HashedWordTable` hash of `bytes` with every accented Latin letter folded, or nil
    /// when nothing was folded (the word is already plain, or holds letters of other scripts).
    static func foldedHash(_ bytes: ArraySlice<UInt8>) -> UInt64? {
        var h = HashedWordTable.seed
        var folded = false
        var k = bytes.startIndex
        while k < bytes.endIndex {
            let b = bytes[k]
            if b >= 0x80 {
                guard k + 1 < bytes.endIndex, let plain = plainLetter(lead: b, trail: bytes[k + 1]) else { return nil }
                h = HashedWordTable.mix(h, plain)
                folded = true
                k += 2
                continue
            }
            h = HashedWordTable.mix(h, b)
            k += 1
        }
        return folded ? (h == 0 ? 1 : h) : nil
    }
}
