import Foundation

/// Normalizes white space and invisible characters of UTF-8 text, byte by byte.
///
/// Line ends become `\n`; tabs, no-break, thin and other typographic spaces become a plain
/// space; zero-width characters, soft hyphens, byte-order marks and control characters are
/// removed; runs of spaces collapse to one and lines lose their leading and trailing spaces.
/// Text with combining accents is put in Unicode NFC.
enum SpaceNormalizer {
    /// What a byte sequence at the read position becomes.
    private enum Action {
        case copy(Int), space(Int), drop(Int), newline(Int)
    }

    /// The normalized text.
    static func normalize(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: bytes.count)
        var count = 0
        var combining = false
        bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                var pendingSpace = false
                var i = 0
                let n = input.count
                while i < n {
                    let b = input[i]
                    if b >= 0x21 && b < 0x7F {  // the common case: visible ASCII
                        if pendingSpace && count > 0 && output[count - 1] != 0x0A { output[count] = 0x20; count += 1 }
                        pendingSpace = false
                        output[count] = b; count += 1; i += 1
                        continue
                    }
                    if b == 0xCC || b == 0xCD { combining = true }
                    switch action(input, at: i) {
                    case .copy(let length):
                        if pendingSpace && count > 0 && output[count - 1] != 0x0A { output[count] = 0x20; count += 1 }
                        pendingSpace = false
                        for k in 0..<length { output[count] = input[i + k]; count += 1 }
                        i += length
                    case .space(let length):
                        pendingSpace = true; i += length
                    case .drop(let length):
                        i += length
                    case .newline(let length):
                        pendingSpace = false
                        output[count] = 0x0A; count += 1; i += length
                    }
                }
            }
        }
        out.removeLast(out.count - count)
        guard combining else { return out }
        return Array(String(decoding: out, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
    }

    /// How the character starting at `i` (not visible ASCII) is treated.
    private static func action(_ input: UnsafeBufferPointer<UInt8>, at i: Int) -> Action {
        let b = input[i]
        let n = input.count
        switch b {
        case 0x0A: return .newline(1)
        case 0x0D: return .newline(i + 1 < n && input[i + 1] == 0x0A ? 2 : 1)
        case 0x20, 0x09, 0x0B, 0x0C: return .space(1)
        case 0x00..<0x20, 0x7F: return .drop(1)
        case 0xC2 where i + 1 < n:
            let c = input[i + 1]
            if c == 0xA0 { return .space(2) }
            if c == 0xAD || c < 0xA0 { return .drop(2) }  // soft hyphen, C1 control
            return .copy(2)
        case 0xE2 where i + 2 < n && (input[i + 1] == 0x80 || input[i + 1] == 0x81):
            let c = input[i + 1], d = input[i + 2]
            if c == 0x80 && d <= 0x8A || c == 0x80 && d == 0xAF || c == 0x81 && d == 0x9F { return .space(3) }
            if c == 0x80 && d >= 0x8B && d <= 0x8D || c == 0x81 && d == 0xA0 { return .drop(3) }  // zero-width, joiners
            if c == 0x80 && (d == 0xA8 || d == 0xA9) { return .newline(3) }
            return .copy(3)
        case 0xE3 where i + 2 < n && input[i + 1] == 0x80 && input[i + 2] == 0x80: return .space(3)
        case 0xEF where i + 2 < n && input[i + 1] == 0xBB && input[i + 2] == 0xBF: return .drop(3)
        default:
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            return .copy(min(length, n - i))
        }
    }
}
