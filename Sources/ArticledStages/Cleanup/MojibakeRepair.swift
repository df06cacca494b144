/// Repairs UTF-8 text that was once decoded as Windows-1252 or Latin-1 ("â€™" → "’", "Ã©" → "é").
///
/// Each character of such text stands for one byte of the original UTF-8. A run made of a
/// lead character (Â…ô, bytes C2…F4) followed by exactly the continuation characters it
/// needs (bytes 80…BF in Windows-1252) is re-encoded and decoded again; the repair is made
/// only when the bytes form one valid UTF-8 character, so ordinary accented text is left alone.
enum MojibakeRepair {
    /// `bytes` with every unambiguous mojibake run repaired; the input itself when there is none.
    /// A run whose lead stands for a byte of C6…DF ("É’", a capital and an apostrophe, would be
    /// "ɒ") is repaired only in text that holds an unambiguous run too ("Ã©", "â€™").
    static func repair(_ bytes: [UInt8]) -> [UInt8] {
        guard mayContainMojibake(bytes) else { return bytes }
        let confirmed = bytes.indices.contains { run(in: bytes, at: $0, allowingRareLeads: false) != nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if let (decoded, consumed) = run(in: bytes, at: i, allowingRareLeads: confirmed) {
                out.append(contentsOf: decoded)
                i += consumed
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    /// Cheap test: a character in Â…ô (C3 82…C3 B4) followed by the first byte of a
    /// character that Windows-1252 maps from 80…BF.
    static func mayContainMojibake(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let n = bytes.count
        while i + 2 < n {
            if bytes[i] == 0xC3, bytes[i + 1] >= 0x82, bytes[i + 1] <= 0xB4 {
                let next = bytes[i + 2]
                if next == 0xC2 || next == 0xC5 || next == 0xC6 || next == 0xCB || next == 0xE2 { return true }
            }
            i += 1
        }
        return false
    }

    /// The repaired bytes of the mojibake run starting at `i` and how many input bytes it used, or nil.
    /// `allowingRareLeads`: also a two-byte character whose lead byte is C6…DF (IPA, Greek,
    /// Cyrillic, Hebrew, Arabic), which an accented capital before punctuation looks like.
    private static func run(in bytes: [UInt8], at i: Int, allowingRareLeads: Bool) -> ([UInt8], Int)? {
        guard bytes[i] == 0xC3 || bytes[i] == 0xC2, let (lead, leadLen) = ASCIIByte.scalar(in: bytes, at: i) else { return nil }
        let leadByte = lead.value
        guard leadByte >= 0xC2 && leadByte <= 0xF4 else { return nil }
        if !allowingRareLeads && leadByte >= 0xC6 && leadByte <= 0xDF { return nil }
        let needed = leadByte >= 0xF0 ? 3 : leadByte >= 0xE0 ? 2 : 1
        var original: [UInt8] = [UInt8(leadByte)]
        var j = i + leadLen
        for k in 0..<needed {
            guard j < bytes.count, let (s, len) = ASCIIByte.scalar(in: bytes, at: j),
                  let b = windows1252Byte(s.value), b >= 0x80, b <= 0xBF else {
                // "â€" before anything else: the third byte was 9D, which Windows-1252 does not
                // define and decoders drop; E2 80 9D is the closing quote ”.
                if k == 1 && original == [0xE2, 0x80] { return ([0xE2, 0x80, 0x9D], j - i) }
                return nil
            }
            original.append(b)
            j += len
        }
        guard let repaired = validCharacter(original) else { return nil }
        return (repaired, j - i)
    }

    /// `bytes` if they are exactly one valid UTF-8 character (no overlong form, no surrogate).
    private static func validCharacter(_ bytes: [UInt8]) -> [UInt8]? {
        guard let (s, len) = ASCIIByte.scalar(in: bytes, at: 0), len == bytes.count else { return nil }
        let v = s.value
        let minimum: UInt32 = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000
        return v >= minimum ? bytes : nil
    }

    /// The Windows-1252 byte that decodes to scalar `v` (Latin-1 for 80…FF where 1252 has no letter).
    static func windows1252Byte(_ v: UInt32) -> UInt8? {
        if v < 0x80 { return UInt8(v) }
        if v >= 0xA0 && v <= 0xFF { return UInt8(v) }
        if v >= 0x80 && v <= 0x9F { return UInt8(v) }  // C1 controls kept by Latin-1 decoders
        switch v {
        case 0x20AC: return 0x80
        case 0x201A: return 0x82
        case 0x0192: return 0x83
        case 0x201E: return 0x84
        case 0x2026: return 0x85
        case 0x2020: return 0x86
        case 0x2021: return 0x87
        case 0x02C6: return 0x88
        case 0x2030: return 0x89
        case 0x0160: return 0x8A
        case 0x2039: return 0x8B
        case 0x0152: return 0x8C
        case 0x017D: return 0x8E
        case 0x2018: return 0x91
        case 0x2019: return 0x92
        case 0x201C: return 0x93
        case 0x201D: return 0x94
        case 0x2022: return 0x95
        case 0x2013: return 0x96
        case 0x2014: return 0x97
        case 0x02DC: return 0x98
        case 0x2122: return 0x99
        case 0x0161: return 0x9A
        case 0x203A: return 0x9B
        case 0x0153: return 0x9C
        case 0x017E: return 0x9E
        case 0x0178: return 0x9F
        default: return nil
        }
    }
}
