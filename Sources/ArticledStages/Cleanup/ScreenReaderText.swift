/// Removes the words a page adds to its links for screen readers, which a copy of the page
/// keeps in the middle of its sentences: Reuters' `, opens new tab` ("said in a statement,
/// opens new tab, that …").
enum ScreenReaderText {
    /// The annotation, as bytes.
    private static let annotation = Array(", opens new tab".utf8)

    /// `bytes` without the annotations; the same array when there are none.
    static func strip(_ bytes: [UInt8]) -> [UInt8] {
        guard let first = find(in: bytes, from: 0) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var from = 0
        var at: Int? = first
        while let k = at {
            out.append(contentsOf: bytes[from..<k])
            from = k + annotation.count
            at = find(in: bytes, from: from)
        }
        out.append(contentsOf: bytes[from...])
        return out
    }

    /// The index of the next annotation at or after `from`.
    private static func find(in bytes: [UInt8], from: Int) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            let n = annotation.count
            var k = from
            while k + n <= b.count {
                if b[k] == 0x2C && b[k + 2] == 0x6F && b[k + 1] == 0x20 && b[k + 8] == 0x6E {
                    var equal = true
                    for j in 3..<n where b[k + j] != annotation[j] { equal = false; break }
                    if equal { return k }
                }
                k += 1
            }
            return nil
        }
    }
}
