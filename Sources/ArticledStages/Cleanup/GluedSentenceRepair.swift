/// Puts back the space that a page lost between two sentences ("Rs85 billion.The minister",
/// `he said."They`, "detention.?Deaths" where a quotation mark was also lost), so that the
/// sentence splitter, the quote finder and the entity recognizer see two sentences; the space
/// lost after a comma between two words ("overnight,but warned"), after a quotation's closing
/// mark (`enormous,"said Liska`) and before its opening one (`gave"too much power"`).
///
/// Only a full stop, `!` or `?` after a word of two or more letters or digits, before a capital
/// and a small letter (or the words "I" and "A"), is a glued sentence boundary; a comma, only
/// between letters; a quotation mark, only where it closes after a comma, `!` or `?` or opens
/// right after a word. A web address or an e-mail address ("Booking.com", "gov.UK",
/// "j.smith@x.com") is left whole.
enum GluedSentenceRepair {
    /// `text` with a space at each glued sentence boundary (itself when there is none).
    static func repair(_ text: String) -> String {
        // Cheap test first, without a copy: a stop or a colon with no space after it.
        var previous: UInt8 = 0x20, second: UInt8 = 0x20, third: UInt8 = 0x20
        var candidate = false
        for b in text.utf8 {
            if previous == 0x2E || previous == 0x21 || previous == 0x3F || previous == 0x3A,
               ASCIIByte.isUpper(b) || b == 0x22 || b == 0x3F || b == 0xE2 || b == 0xC3 { candidate = true; break }
            if previous == 0x2C, ASCIIByte.isLetter(b) || b == 0x22 || b == 0xE2 { candidate = true; break }
            // 'gave"too', 'gave“too' (not an apostrophe or a dash after a word).
            if ASCIIByte.isLower(previous), b == 0x22 { candidate = true; break }
            if ASCIIByte.isLower(third), second == 0xE2, previous == 0x80, b == 0x9C { candidate = true; break }
            third = second
            second = previous
            previous = b
        }
        guard candidate else { return text }
        let bytes = Array(text.utf8)
        var inserts: [Int] = []
        var i = 2
        while i + 2 < bytes.count {
            defer { i += 1 }
            let b = bytes[i]
            // 'said:"This', 'said:“This': a colon before the quotation it introduces.
            if b == 0x3A, ASCIIByte.isLetter(bytes[i - 1]), opensQuotationAfterColon(bytes, at: i + 1) {
                inserts.append(i + 1)
                continue
            }
            // "overnight,but warned", "in Bandra,Rao said": a comma between two words, the first in small letters.
            if b == 0x2C, ASCIIByte.isLower(bytes[i - 1]), ASCIIByte.isLower(bytes[i - 2]), ASCIIByte.isLetter(bytes[i + 1]),
               ASCIIByte.isLower(bytes[i + 2]), !insideAddress(bytes, stop: i, next: i + 1) {
                inserts.append(i + 1)
                continue
            }
            // 'enormous,"said Allan Liska', 'again,”Black said': a quotation closed after its comma.
            if b == 0x2C || b == 0x21 || b == 0x3F, ASCIIByte.isLetter(bytes[i - 1]) {
                let width = bytes[i + 1] == 0x22 ? 1 : closesCurly(bytes, at: i + 1) ? 3 : 0
                if width > 0, i + width + 2 < bytes.count, ASCIIByte.isLetter(bytes[i + width + 1]), ASCIIByte.isLower(bytes[i + width + 2]) {
                    // ('Gusau said,"We are happy': a straight mark that opens one goes after the space.)
                    inserts.append(width == 1 && opensQuotation(bytes, mark: 0x22, at: i + 1) ? i + 1 : i + width + 1)
                    continue
                }
            }
            // 'the law gave"too much power"', 'gave“too': a quotation opened right after a word.
            if ASCIIByte.isLower(b), ASCIIByte.isLower(bytes[i - 1]), i + 2 < bytes.count, ASCIIByte.isLetter(bytes[i + 2]) || bytes[i + 1] == 0xE2,
               (bytes[i + 1] == 0x22 && opensQuotation(bytes, mark: 0x22, at: i + 1))
                || (bytes[i + 1] == 0xE2 && i + 4 < bytes.count && bytes[i + 2] == 0x80 && bytes[i + 3] == 0x9C && ASCIIByte.isLetter(bytes[i + 4])) {
                inserts.append(i + 1)
                continue
            }
            // ("2-6.Dhamne", "Rs8.72.Officials": a number ends the sentence, before a capitalized word.)
            let afterNumber = b == 0x2E && ASCIIByte.isDigit(bytes[i - 1]) && ASCIIByte.isUpper(bytes[i + 1]) && ASCIIByte.isLower(bytes[i + 2])
            guard b == 0x2E || b == 0x21 || b == 0x3F, endsWord(bytes, before: i) || afterNumber else { continue }
            var next = i + 1
            var mark: UInt8?
            var curly: Bool?  // true: the mark after the stop opens a quotation
            if bytes[next] == 0x22 || bytes[next] == 0x3F && b != 0x3F {
                mark = bytes[next]
                next += 1
            } else if bytes[next] == 0xE2, next + 3 < bytes.count, bytes[next + 1] == 0x80, bytes[next + 2] == 0x9C || bytes[next + 2] == 0x9D {
                curly = bytes[next + 2] == 0x9C
                next += 3
            }
            // (After a quotation mark, a word in capitals may open the sentence too: 'upgrading."HDB upgraders';
            // and after a full stop that ends a word in small letters: 'students.ASA president'.)
            guard next + 1 < bytes.count, opensSentence(bytes, at: next)
                    || ((next > i + 1 || (b == 0x2E && endsSmallWord(bytes, before: i))) && opensWithCapitals(bytes, at: next)),
                  !insideAddress(bytes, stop: i, next: next) else { continue }
            if let mark {
                inserts.append(opensQuotation(bytes, mark: mark, at: i + 1) ? i + 1 : next)
            } else if let curly {
                inserts.append(curly ? i + 1 : next)
            } else {
                inserts.append(next)
            }
        }
        guard !inserts.isEmpty else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + inserts.count)
        var from = 0
        for at in inserts {
            out.append(contentsOf: bytes[from..<at])
            out.append(0x20)
            from = at
        }
        out.append(contentsOf: bytes[from...])
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a curly closing quotation mark (”) begins at `i`.
    private static func closesCurly(_ bytes: [UInt8], at i: Int) -> Bool {
        i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x9D
    }

    /// Whether a word of at least two ASCII letters or digits ends just before `i`, itself not
    /// after a full stop ("U.S.The" is an abbreviation's, "e.g.The" too short to tell).
    private static func endsWord(_ bytes: [UInt8], before i: Int) -> Bool {
        var start = i
        while start > 0 && (ASCIIByte.isLetter(bytes[start - 1]) || ASCIIByte.isDigit(bytes[start - 1])) { start -= 1 }
        guard i - start >= 2 else { return false }
        return start == 0 || bytes[start - 1] != 0x2E
    }

    /// Whether a sentence can start at `i`: a capital and a small letter, "I" or "A" alone, or
    /// "I" and an apostrophe ("I've", "I’m").
    private static func opensSentence(_ bytes: [UInt8], at i: Int) -> Bool {
        // "area.Émile said": a Latin capital with its accent (À to Þ, not ×), then a small letter.
        if bytes[i] == 0xC3, i + 2 < bytes.count, (0x80...0x9E).contains(bytes[i + 1]), bytes[i + 1] != 0x97 {
            return ASCIIByte.isLower(bytes[i + 2]) || bytes[i + 2] == 0xC3
        }
        guard ASCIIByte.isUpper(bytes[i]) else { return false }
        let after = bytes[i + 1]
        if ASCIIByte.isLower(after) { return true }
        // "area.Sánchez did not move": a small letter with its accent (à to ÿ) after the capital.
        if after == 0xC3, i + 2 < bytes.count, (0xA0...0xBF).contains(bytes[i + 2]), bytes[i + 2] != 0xB7 { return true }
        // ('morning."I've had to leave': "I" before its apostrophe, straight or curly.)
        if bytes[i] == 0x49, after == 0x27 || (after == 0xE2 && i + 3 < bytes.count && bytes[i + 2] == 0x80 && bytes[i + 3] == 0x99),
           i + 2 < bytes.count, ASCIIByte.isLower(bytes[after == 0x27 ? i + 2 : min(i + 4, bytes.count - 1)]) {
            return true
        }
        return (bytes[i] == 0x49 || bytes[i] == 0x41) && after == 0x20
    }

    /// Whether a word of three small letters or more, alone, ends just before `i` ("students" of
    /// "students.ASA president"), and no domain of an address follows (`example.ORG`).
    private static func endsSmallWord(_ bytes: [UInt8], before i: Int) -> Bool {
        var start = i
        while start > 0 && ASCIIByte.isLower(bytes[start - 1]) { start -= 1 }
        guard i - start >= 3, start == 0 || ASCIIByte.isBreak(bytes[start - 1]) else { return false }
        // (Not an address's top-level domain: "redcross.ORG until Friday".)
        var end = i + 1
        while end < bytes.count && ASCIIByte.isUpper(bytes[end]) { end += 1 }
        return !topLevelDomains.contains(String(decoding: bytes[(i + 1)..<end], as: UTF8.self))
    }

    /// Top-level domains a web address may end on in capitals.
    /// (Not a country's code: "talks.US officials said" opens a sentence.)
    private static let topLevelDomains: Set<String> = ["COM", "ORG", "NET", "GOV", "EDU", "INFO", "IO", "TV"]

    /// Whether a word of two to six capitals and a space begins at `i` ("HDB upgraders").
    private static func opensWithCapitals(_ bytes: [UInt8], at i: Int) -> Bool {
        var k = i
        while k < bytes.count && ASCIIByte.isUpper(bytes[k]) { k += 1 }
        return (2...6).contains(k - i) && k < bytes.count && bytes[k] == 0x20
    }

    /// Whether a straight or curly opening quotation mark and a capital begin at `i`.
    private static func opensQuotationAfterColon(_ bytes: [UInt8], at i: Int) -> Bool {
        if i + 1 < bytes.count, bytes[i] == 0x22 { return ASCIIByte.isUpper(bytes[i + 1]) }
        return i + 3 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x9C && ASCIIByte.isUpper(bytes[i + 3])
    }

    /// Whether the stop at `stop` lies inside a web or e-mail address: its token holds `@`, `/`
    /// or "www", or goes on after the capital's word with another full stop and letters.
    private static func insideAddress(_ bytes: [UInt8], stop: Int, next: Int) -> Bool {
        var start = stop
        while start > 0 && !ASCIIByte.isBreak(bytes[start - 1]) { start -= 1 }
        var end = next
        while end < bytes.count && !ASCIIByte.isBreak(bytes[end]) { end += 1 }
        var j = start
        while j < end {
            let c = bytes[j]
            if c == 0x40 || c == 0x2F { return true }
            if ASCIIByte.lower(c) == 0x77, j + 3 < end, ASCIIByte.lower(bytes[j + 1]) == 0x77, ASCIIByte.lower(bytes[j + 2]) == 0x77, bytes[j + 3] == 0x2E { return true }
            if j > next, c == 0x2E, j + 1 < end, ASCIIByte.isLetter(bytes[j + 1]) { return true }
            j += 1
        }
        return false
    }

    /// Whether the straight or lost (`?`) quotation mark at `at` opens a quotation: none is open
    /// before it in its paragraph.
    private static func opensQuotation(_ bytes: [UInt8], mark: UInt8, at: Int) -> Bool {
        var start = at
        while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
        var open = false
        var j = start
        while j < at {
            let c = bytes[j]
            if mark == 0x22 {
                if c == 0x22 { open.toggle() }
            } else if c == 0x3F {
                let before = j == start ? 0x20 : bytes[j - 1]
                let after = j + 1 < bytes.count ? bytes[j + 1] : 0x20
                if ASCIIByte.isBreak(before), ASCIIByte.isLetterLike(after) || ASCIIByte.isDigit(after) {
                    open = true
                } else if before == 0x2E || before == 0x2C || before == 0x21, ASCIIByte.isBreak(after) {
                    open = false
                }
            }
            j += 1
        }
        return !open
    }
}
