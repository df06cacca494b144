/// Recognizes a closing line that tells readers how to reach the reporter or follow the outlet:
/// an email address or a social handle in a short line (`Rachel Nguyen covers city hall. Reach
/// her at rnguyen@example.com.`, `Follow @PanAfricaWire on X for more updates.`), or a phone
/// number after a verb that asks for contact (`Reach her at 503-555-0142.`). A police appeal
/// with a number ("Anyone with information should call …") is the story's own.
enum ReporterContact {
    /// Whether the line holds such contact details and is short enough to be a note, not a paragraph.
    static func matches(_ line: ArticleLine) -> Bool {
        guard line.features.words <= 40, !line.text.utf8.contains(0x22) else { return false }
        var digits = 0
        var longestDigitRun = 0
        var previous: UInt8 = 0x20
        var k = line.text.utf8.startIndex
        let utf8 = line.text.utf8
        while k < utf8.endIndex {
            let b = utf8[k]
            if b == 0x40 {
                // "name@host.tld" or "@handle" starting a word.
                let next = utf8.index(after: k)
                if next < utf8.endIndex, ASCIIByte.isLetterLike(utf8[next]) || ASCIIByte.isDigit(utf8[next]) {
                    if previous == 0x20 || previous == 0x28 { return true }
                    if utf8[next...].prefix(64).contains(0x2E) { return true }
                }
            }
            if ASCIIByte.isDigit(b) {
                digits += 1
                longestDigitRun = max(longestDigitRun, digits)
            } else if b != 0x2D && b != 0x2E && b != 0x20 && b != 0x28 && b != 0x29 {
                digits = 0
            }
            previous = b
            k = utf8.index(after: k)
        }
        // "503-555-0142", "(020) 7946 0958": ten digits or more in one number.
        guard longestDigitRun >= 10, let first = line.text.split(separator: " ", maxSplits: 1).first else { return false }
        return contactVerbs.contains(first.lowercased())
    }

    /// Verbs that open a request to get in touch.
    static let contactVerbs: Set<String> = ["reach", "contact", "follow", "email", "e-mail", "call", "text", "write", "message"]
}
