import Foundation

/// Normalizes white space and invisible characters of UTF-8 text, byte by byte.
///
/// Line ends become `\n`; tabs, no-break, thin and other typographic spaces become a plain
/// space; zero-width characters, soft hyphens, byte-order marks and control characters are
/// removed; runs of spaces collapse to one and lines lose their leading and trailing spaces.
/// Text with combining accents is put in Unicode NFC.
enum SpaceNormalizer {
    /// The normalized text.
    static func normalize(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var combining = false
        var i = 0
        let n = bytes.count
        @inline(__always) func emit(_ b: UInt8) {
            if pendingSpace, let last = out.last, last != 0x0A { out.append(0x20) }
            pendingSpace = false
            out.append(b)
        }
        @inline(__always) func newline() {
            pendingSpace = false
            out.append(0x0A)
        }
        while i < n {
            let b = bytes[i]
            switch b {
            case 0x0A: newline(); i += 1
            case 0x0D:
                newline()
                i += (i + 1 < n && bytes[i + 1] == 0x0A) ? 2 : 1
            case 0x20, 0x09, 0x0B, 0x0C: pendingSpace = true; i += 1
            case 0x00..<0x20, 0x7F: i += 1
            case 0xC2 where i + 1 < n:
                let c = bytes[i + 1]
                if c == 0xA0 { pendingSpace = true } else if c == 0xAD || c < 0xA0 { /* soft hyphen, C1 control */ } else { emit(b); out.append(c) }
                i += 2
            case 0xCC, 0xCD:
                combining = true
                emit(b); i += 1
            case 0xE2 where i + 2 < n && (bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81):
                let c = bytes[i + 1], d = bytes[i + 2]
                if c == 0x80 && d <= 0x8A || c == 0x80 && d == 0xAF || c == 0x81 && d == 0x9F {
                    pendingSpace = true
                } else if c == 0x80 && (d >= 0x8B && d <= 0x8D) || c == 0x81 && d == 0xA0 {
                    // zero-width space, joiners, word joiner
                } else if c == 0x80 && (d == 0xA8 || d == 0xA9) {
                    newline()
                } else {
                    emit(b); out.append(c); out.append(d)
                }
                i += 3
            case 0xE3 where i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80:
                pendingSpace = true; i += 3
            case 0xEF where i + 2 < n && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF:
                i += 3
            default:
                if ASCIIByte.isContinuation(b) { out.append(b) } else { emit(b) }
                i += 1
            }
        }
        guard combining else { return out }
        return Array(String(decoding: out, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
    }
}
