/// Finds letters lost in an earlier encoding: a `?` standing between two letters inside a
/// word ("Adom?nas"), which no repair can restore, and words it in a warning. Curly quotation
/// marks (`?We won,? she said`) and currency signs (`?50 lakh`, `?1.4bn`) lost the same way are
/// counted too, and dashes (`a settlement ? and quickly`), the only `?` that stands between
/// two spaces.
enum EncodingLossDetector {
    /// A warning naming how many `?` sit inside words or stand for quotation marks or currency
    /// signs, with an example; nil when none do.
    static func warning(for text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.contains(0x3F) else { return nil }
        var count = 0, atNameEnds = 0, marks = 0, currencies = 0, dashes = 0
        var example: String?
        var dashExample: String?
        var markExample: String?
        var currencyExample: String?
        var i = 0
        while i + 1 < bytes.count {
            defer { i += 1 }
            guard bytes[i] == 0x3F else { continue }
            let opensWord = i == 0 || bytes[i - 1] == 0x20 || bytes[i - 1] == 0x0A || bytes[i - 1] == 0x28
            if opensWord, ASCIIByte.isDigit(bytes[i + 1]) || (bytes[i + 1] == 0x20 && i + 2 < bytes.count && ASCIIByte.isDigit(bytes[i + 2])) {
                // "?50 lakh", "? 364 crore": a currency's sign before an amount, where no question mark stands.
                currencies += 1
                if currencyExample == nil { currencyExample = "?" + word(around: i + 1, in: bytes) }
            } else if standsForQuotationMark(bytes, at: i) {
                marks += 1
                if markExample == nil, opensWord { markExample = "?" + word(around: i + 1, in: bytes) }
            } else if (i > 0 && isLetter(bytes, before: i) && isLetter(bytes, at: i + 1)) || (opensWord && ASCIIByte.isLower(bytes[i + 1])) {
                // "Adom?nas", and "?iauliai" (Šiauliai), which lost its capital.
                count += 1
                if example == nil { example = (opensWord ? "?" : "") + word(around: i, in: bytes) }
            } else if i >= 2, bytes[i - 1] == 0x20, bytes[i + 1] == 0x20, bytes[i - 2] != 0x20, bytes[i - 2] != 0x0A {
                // "a settlement ? and quickly": a dash, where no question mark stands.
                dashes += 1
                if dashExample == nil { dashExample = word(around: i - 2, in: bytes) + " ? " + word(around: min(i + 2, bytes.count - 1), in: bytes) }
            } else if i > 0, endsGivenName(bytes, at: i) {
                // "Jos? Almeida": a given name's lost last letter.
                atNameEnds += 1
                if example == nil { example = word(around: i, in: bytes) + "?" }
            }
        }
        var parts: [String] = []
        if count + atNameEnds > 0, let example {
            let place = atNameEnds == 0 ? "inside words" : count == 0 ? "ending names" : "inside words or ending names"
            parts.append("\(count + atNameEnds) '?' \(place) (e.g. \"\(example)\")")
        }
        if marks > 0 { parts.append("\(marks) quotation mark\(marks == 1 ? "" : "s") written as '?'" + (markExample.map { " (e.g. \"\($0)\")" } ?? "")) }
        if dashes > 0 { parts.append("\(dashes) dash\(dashes == 1 ? "" : "es") written as '?'" + (dashExample.map { " (e.g. \"\($0)\")" } ?? "")) }
        if currencies > 0 { parts.append("\(currencies) currency sign\(currencies == 1 ? "" : "s") written as '?'" + (currencyExample.map { " (e.g. \"\($0)\")" } ?? "")) }
        return parts.isEmpty ? nil : "characters lost in an earlier encoding: " + parts.joined(separator: "; ")
    }

    /// Whether the `?` at `i` is a curly quotation mark lost: before a word after a space or a
    /// line's start (`?We`), or after a comma or a full stop (`wanted,?`), where a question
    /// mark never stands.
    private static func standsForQuotationMark(_ bytes: [UInt8], at i: Int) -> Bool {
        let before: UInt8 = i > 0 ? bytes[i - 1] : 0x0A
        if before == 0x2C { return true }
        if before == 0x2E { return i < 2 || bytes[i - 2] != 0x2E }  // not "Really...?"
        // "?We …" with its closing mark later, not "?iauliai" (Šiauliai) that lost a letter.
        return (before == 0x20 || before == 0x0A) && isLetter(bytes, at: i + 1)
            && bytes.withUnsafeBufferPointer { LostLetter.closesQuotationLater($0, after: i) }
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
