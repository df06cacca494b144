/// Finds letters lost in an earlier encoding: a `?` standing between two letters inside a
/// word ("Adom?nas"), which no repair can restore, and words it in a warning. Curly quotation
/// marks lost the same way (`?We won,? she said`) are counted too.
enum EncodingLossDetector {
    /// A warning naming how many `?` sit inside words or stand for quotation marks, with an
    /// example; nil when none do.
    static func warning(for text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.contains(0x3F) else { return nil }
        var count = 0, atNameEnds = 0, marks = 0
        var example: String?
        var markExample: String?
        if bytes.count > 1, bytes[0] == 0x3F, isLetter(bytes, at: 1) {
            marks += 1
            markExample = "?" + word(around: 1, in: bytes)
        }
        var i = 1
        while i + 1 < bytes.count {
            if bytes[i] == 0x3F, standsForQuotationMark(bytes, at: i) {
                marks += 1
                if markExample == nil, bytes[i - 1] == 0x20 || bytes[i - 1] == 0x0A { markExample = "?" + word(around: i + 1, in: bytes) }
            } else if bytes[i] == 0x3F, isLetter(bytes, before: i), isLetter(bytes, at: i + 1) {
                count += 1
                if example == nil { example = word(around: i, in: bytes) }
            } else if bytes[i] == 0x3F, endsGivenName(bytes, at: i) {
                // "Jos? Almeida": a given name's lost last letter.
                atNameEnds += 1
                if example == nil { example = word(around: i, in: bytes) + "?" }
            }
            i += 1
        }
        let quotationMarks = marks == 0 ? nil : "\(marks) quotation marks written as '?'" + (markExample.map { " (e.g. \"\($0)\")" } ?? "")
        guard count + atNameEnds > 0, let example else {
            return quotationMarks.map { "characters lost in an earlier encoding: " + $0 }
        }
        let place = atNameEnds == 0 ? "inside words" : count == 0 ? "ending names" : "inside words or ending names"
        let letters = "characters lost in an earlier encoding: \(count + atNameEnds) '?' \(place) (e.g. \"\(example)\")"
        return quotationMarks.map { letters + "; " + $0 } ?? letters
    }

    /// Whether the `?` at `i` is a curly quotation mark lost: before a word after a space or a
    /// line's start (`?We`), or after a comma or a full stop (`wanted,?`), where a question
    /// mark never stands.
    private static func standsForQuotationMark(_ bytes: [UInt8], at i: Int) -> Bool {
        let before = bytes[i - 1]
        if before == 0x2C { return true }
        if before == 0x2E { return i < 2 || bytes[i - 2] != 0x2E }  // not "Really...?"
        return (before == 0x20 || before == 0x0A) && isLetter(bytes, at: i + 1)
    }

    /// Whether the `?` at `i` ends a given name that lost its last letter (see `LostLetter`).
    private static func endsGivenName(_ bytes: [UInt8], at i: Int) -> Bool {
        bytes.withUnsafeBufferPointer { LostLetter.endsGivenName($0, at: i, wordStart: LostLetter.wordStart($0, before: i)) }
    }

    /// Whether the character ending just before `i` is a letter.
    private static func isLetter(_ bytes: [UInt8], before i: Int) -> Bool {
        let b = bytes[i - 1]
        return ASCIIByte.isUpper(b) || ASCIIByte.isLower(b) || ASCIIByte.isContinuation(b)
    }

    /// Whether the character starting at `i` is a letter.
    private static func isLetter(_ bytes: [UInt8], at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return ASCIIByte.isUpper(b) || ASCIIByte.isLower(b) }
        guard let (s, _) = ASCIIByte.scalar(in: bytes, at: i) else { return false }
        return s.properties.isAlphabetic
    }

    /// The space-delimited word around index `i`, without surrounding punctuation.
    private static func word(around i: Int, in bytes: [UInt8]) -> String {
        var s = i, e = i
        while s > 0, bytes[s - 1] != 0x20, bytes[s - 1] != 0x0A { s -= 1 }
        while e < bytes.count, bytes[e] != 0x20, bytes[e] != 0x0A { e += 1 }
        return String(decoding: LineFeatures.core(bytes[s..<e]), as: UTF8.self)
    }
}
