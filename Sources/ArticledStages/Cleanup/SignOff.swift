/// A newsroom's sign-off closing a paragraph after its last sentence ("…when they are
/// coughing,” she said. DM/MC", "… DM168"): letters in capitals that belong to no sentence; or
/// a credit in brackets ("… gained 0.9 per cent.(With inputs from agencies)").
/// Taken off the line, so the paragraph reads as the prose it is and is not dropped with them.
enum SignOff {
    /// `text` without a sign-off after its last sentence's end; `text` itself when it has none.
    static func trimmed(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        if let credit = bracketedCredit(text) { return credit }
        guard text.count >= 40, let space = text.lastIndex(of: 0x20), space > text.startIndex else { return text }
        let tail = text[text.index(after: space)...]
        // ("… on March 4, 2025. /CFM": a slash before the letters credits a caption's picture.)
        guard (2...8).contains(tail.count), tail.first != 0x2F, tail.allSatisfy({ ASCIIByte.isUpper($0) || ASCIIByte.isDigit($0) || $0 == 0x2F }),
              tail.lazy.filter({ ASCIIByte.isUpper($0) }).count >= 2 else { return text }
        guard endsSentence(text, before: space) else { return text }
        // ("… shortly after 3 a.m. PT": a clock's time zone, after "a.m." or "p.m.".)
        if text[space - 1] == 0x2E, space - 4 >= text.startIndex, text[space - 2] == 0x6D, text[space - 3] == 0x2E,
           text[space - 4] == 0x61 || text[space - 4] == 0x70 { return text }
        return text[..<space]
    }

    /// Openings of a credit in brackets, lower case, after its "(".
    private static let creditOpenings: [[UInt8]] = ["with inputs from", "with agency inputs", "inputs from", "with additional reporting",
                                                    "additional reporting by"].map { Array($0.utf8) }

    /// `text` up to its last sentence's end, when a credit in brackets closes it after that end
    /// ("….(With inputs from agencies)", "… per cent. (With inputs from PTI)"); or nil.
    private static func bracketedCredit(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard text.count >= 60, text.last == 0x29, let open = text.lastIndex(of: 0x28), text.endIndex - open <= 60 else { return nil }
        let inside = text[(open + 1)...]
        guard creditOpenings.contains(where: { opening in
            inside.count > opening.count && zip(opening, inside).allSatisfy { $0 == ASCIIByte.lower($1) }
        }) else { return nil }
        var end = open
        while end > text.startIndex && text[end - 1] == 0x20 { end -= 1 }
        guard end - text.startIndex >= 40, endsSentence(text, before: end) else { return nil }
        return text[..<end]
    }

    /// Whether a sentence ends right before index `end` of `text`: ".", "!", "?" or a closing
    /// quotation mark, straight or curly.
    private static func endsSentence(_ text: ArraySlice<UInt8>, before end: Int) -> Bool {
        let before = text[end - 1]
        let closesQuote = before == 0x9D && end - 3 >= text.startIndex && text[end - 3] == 0xE2
        return before == 0x2E || before == 0x21 || before == 0x3F || before == 0x22 || closesQuote
    }
}
