/// Decodes HTML character references (`&amp;`, `&#8217;`, `&#x2019;`, `&rsquo;`…) in UTF-8 bytes.
enum HTMLEntities {
    /// The named references of HTML 4 and the Latin letters of HTML 5 (see `namedTable`);
    /// anything else is left as written.
    static let named: [String: Unicode.Scalar] = {
        var table: [String: Unicode.Scalar] = [:]
        let fields = namedTable.split(whereSeparator: \.isWhitespace)
        table.reserveCapacity(fields.count / 2)
        for k in stride(from: 0, to: fields.count - 1, by: 2) {
            if let value = UInt32(fields[k + 1], radix: 16), let scalar = Unicode.Scalar(value) {
                table[String(fields[k])] = scalar
            }
        }
        return table
    }()

    /// The text of `bytes` with references decoded and runs of white space folded to one space:
    /// an attribute's or a short element's text, as a line of the page reads.
    static func text(_ bytes: [UInt8]) -> String {
        String(decoding: decode(bytes), as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `bytes` with every well-formed reference replaced by its character.
    static func decode(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x26) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x26, let (scalar, length) = reference(in: bytes, at: i) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i += length
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    /// The character of the reference starting at `i` (an `&`) and its length in bytes.
    static func reference(in bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        let limit = min(bytes.count, i + 12)
        while j < limit, bytes[j] != 0x3B { j += 1 }
        guard j < limit, j > i + 1 else { return nil }
        let body = bytes[(i + 1)..<j]
        if body.first == 0x23 {  // '#'
            var value: UInt32 = 0
            var digits = body.dropFirst()
            let hex = digits.first == 0x78 || digits.first == 0x58
            if hex { digits = digits.dropFirst() }
            guard !digits.isEmpty else { return nil }
            for d in digits {
                let v: UInt32
                if ASCIIByte.isDigit(d) { v = UInt32(d - 0x30) }
                else if hex, (0x61...0x66).contains(ASCIIByte.lower(d)) { v = UInt32(ASCIIByte.lower(d) - 0x61 + 10) }
                else { return nil }
                value = value &* (hex ? 16 : 10) &+ v
                if value > 0x10FFFF { return nil }
            }
            guard let s = Unicode.Scalar(value), value != 0 else { return nil }
            return (s, j - i + 1)
        }
        guard let name = String(validating: body, as: UTF8.self), let s = named[name] else { return nil }
        return (s, j - i + 1)
    }
}
