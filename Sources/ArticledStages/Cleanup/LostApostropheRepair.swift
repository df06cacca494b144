/// Puts back the apostrophes that an earlier encoding turned into `?` inside names, where the
/// page spells the same word whole elsewhere ("Ms O?Rourke said" beside "Kathleen O'Rourke",
/// "Dr Ndung?u" beside "Njuguna Ndung'u"), or where only an apostrophe can stand: after the
/// capital O or D that opens an Irish or Italian surname ("O?Brien", "D?Souza").
///
/// One person is then one name, in the text and to the stages after cleanup. A `?` that may be
/// a lost letter ("Tom?s" as "Tomás") is left as it is.
enum LostApostropheRepair {
    /// `text` with those apostrophes restored (itself when there are none). The whole spelling is
    /// looked for in `reference` when given (the body, for a headline above it), else in `text`.
    static func repair(_ text: String, reference: String? = nil) -> String {
        // Cheap test first, without a copy: a `?` between two letters.
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        var found = false
        for b in text.utf8 {
            if previous == 0x3F && ASCIIByte.isLetter(beforePrevious) && ASCIIByte.isLetter(b) { found = true; break }
            beforePrevious = previous
            previous = b
        }
        guard found else { return text }
        let bytes = Array(text.utf8)
        let spelled = reference.map { Array($0.utf8) } ?? bytes
        var out = bytes
        for i in stride(from: bytes.count - 2, to: 0, by: -1) where bytes[i] == 0x3F && ASCIIByte.isLetter(bytes[i - 1]) && ASCIIByte.isLetter(bytes[i + 1]) {
            var start = i - 1
            while start > 0 && ASCIIByte.isLetter(bytes[start - 1]) { start -= 1 }
            var end = i + 2
            while end < bytes.count && ASCIIByte.isLetter(bytes[end]) { end += 1 }
            let before = bytes[start..<i], after = bytes[(i + 1)..<end]
            // "O?Brien", "D?Souza": the prefix of a surname, before its capital.
            let prefix = before.count == 1 && (before.first == 0x4F || before.first == 0x44) && ASCIIByte.isUpper(bytes[i + 1])
            let apostrophe: [UInt8]
            if occurs(before + [0xE2, 0x80, 0x99] + after, in: spelled) {
                apostrophe = [0xE2, 0x80, 0x99]
            } else if prefix || occurs(before + [0x27] + after, in: spelled) {
                apostrophe = [0x27]
            } else {
                continue
            }
            out.replaceSubrange(i...i, with: apostrophe)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `word` occurs in `bytes` as a whole word.
    private static func occurs(_ word: [UInt8], in bytes: [UInt8]) -> Bool {
        guard let first = word.first, word.count <= bytes.count else { return false }
        var i = 0
        while i + word.count <= bytes.count {
            if bytes[i] == first, (i == 0 || !ASCIIByte.isLetter(bytes[i - 1])), i + word.count == bytes.count || !ASCIIByte.isLetter(bytes[i + word.count]),
               bytes[i..<(i + word.count)].elementsEqual(word) {
                return true
            }
            i += 1
        }
        return false
    }
}
