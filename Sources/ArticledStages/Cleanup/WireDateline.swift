/// Recognizes a paragraph that opens with a wire dateline (`WASHINGTON — Here we go again.`,
/// `LOS ANGELES (AP) — A fire …`, `PARIS, July 18 (Reuters) - …`): the first paragraph of a
/// story, however short it is.
enum WireDateline {
    /// Whether `text` opens with a place in capitals, then up to seven capitalized words,
    /// numbers or a parenthesized credit, then a dash followed by more text.
    static func opens(_ text: String) -> Bool {
        let head = Array(text.utf8.prefix(120))
        guard let first = head.first, ASCIIByte.isUpper(first) else { return false }
        let tokens = head.split(separator: 0x20, maxSplits: 10, omittingEmptySubsequences: true)
        guard tokens.count >= 3 else { return false }
        var place = tokens[0][...]
        while let last = place.last, last == 0x2C || last == 0x2F { place = place.dropLast() }
        guard place.count >= 3, place.allSatisfy({ ASCIIByte.isUpper($0) || $0 == 0x2E || $0 == 0x2D || $0 == 0x27 || $0 == 0x2F }) else { return false }
        for k in 1..<min(tokens.count - 1, 9) {
            let t = tokens[k]
            if isDash(t) { return true }
            guard let c = t.first, ASCIIByte.isUpper(c) || ASCIIByte.isDigit(c) || c == 0x28 else { return false }
        }
        return false
    }

    /// Whether the token is a dash: `-`, `--`, `–` (E2 80 93) or `—` (E2 80 94).
    private static func isDash(_ t: ArraySlice<UInt8>) -> Bool {
        if t.count == 1 { return t.first == 0x2D }
        if t.count == 2 { return t.first == 0x2D && t.last == 0x2D }
        return t.count == 3 && t.first == 0xE2 && t[t.startIndex + 1] == 0x80 && (t.last == 0x93 || t.last == 0x94)
    }
}
