/// Curly quotation marks that an earlier encoding turned into "?", read as the marks they were:
/// `?We have given Kenyans what they wanted,? said Jackson Tuwei`. A "?" opens a quotation where
/// a question mark never stands, before a word and after a space or a line's start; it closes one
/// right after a comma or a full stop, after another "?" ("?Why now??"), or after a word while one
/// such quotation is open in the paragraph.
extension ArticleTokenizer {
    /// The quotation mark the "?" at `i` stands for, or nil for a question mark; `open` tells
    /// whether a lost opening mark is still open in the paragraph.
    static func lostQuotationMark(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, open: Bool) -> Token.Kind? {
        let n = bytes.count
        let before: UInt8 = i > 0 ? bytes[i - 1] : 0x0A
        let after: UInt8 = i + 1 < n ? bytes[i + 1] : 0x0A
        let endsHere = after == 0x20 || after == 0x0A || after == 0x0D || after == 0x2C || after == 0x2E || after == 0x3B
            || after == 0x3A || after == 0x29
        if before == 0x20 || before == 0x0A || before == 0x28 {
            // "?We": a word follows at once ("?1.4bn" is a currency's sign lost).
            let opensWord = ASCIIByte.isUpper(after) || (after >= 0xC3 && after <= 0xDF) || ASCIIByte.isLower(after)
            // Only with a closing one later in the paragraph: "?iauliai" (Šiauliai) lost a letter.
            return opensWord && LostLetter.closesQuotationLater(bytes, after: i) ? .openQuote : nil
        }
        guard endsHere || after == 0x3F else { return nil }
        if before == 0x2C || before == 0x2E || before == 0x21 { return .closeQuote }
        if before == 0x3F { return open ? .closeQuote : nil }
        if open && after != 0x3F && (ASCIIByte.isLower(before) || ASCIIByte.isUpper(before) || ASCIIByte.isDigit(before)) {
            return .closeQuote
        }
        return nil
    }
}
