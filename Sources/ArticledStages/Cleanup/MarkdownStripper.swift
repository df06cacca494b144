/// Removes Markdown markup from one line of text, keeping what a reader sees.
///
/// Headings (`# `), block quotes (`> `), bullets (`* `, `- `, `+ `), emphasis (`*x*`,
/// `**x**`, `_x_`, `__x__`), code ticks, links (`[text](url)` → text), images (dropped; a
/// logo's text kept, as it names the outlet),
/// backslash escapes (`\$` → `$`) and rules (`---`). Scraped `.txt` files carry Markdown too,
/// so this runs for every format; every rule needs the markup's own shape to fire.
enum MarkdownStripper {
    /// A line without its markup, and whether it was a heading.
    struct Line {
        /// The visible text.
        var bytes: [UInt8]
        /// The line started with `#` markers.
        var isHeading: Bool
        /// The line started with a bullet (`* `, `- `, `+ `, `•`) or a number (`1. `).
        var isListItem = false
    }

    /// Strips one line (without its line break).
    static func strip(_ line: ArraySlice<UInt8>) -> Line {
        var s = line
        var heading = false
        var bullet = false
        if isRule(s) { return Line(bytes: [], isHeading: false) }
        if isReferenceDefinition(s) { return Line(bytes: [], isHeading: false) }
        var hashes = 0
        while let f = s.first, f == 0x23, hashes < 7 { s = s.dropFirst(); hashes += 1 }
        if hashes >= 1 && hashes <= 6, s.first == 0x20 { heading = true; s = s.dropFirst() } else if hashes > 0 { s = line }
        while s.first == 0x3E { s = s.dropFirst(); while s.first == 0x20 { s = s.dropFirst() } }  // '>'
        if s.count >= 2, let f = s.first, f == 0x2A || f == 0x2D || f == 0x2B, s[s.startIndex + 1] == 0x20 {
            s = s.dropFirst(2)
            bullet = true
        } else if s.count >= 4, s.first == 0xE2, s[s.startIndex + 1] == 0x80, s[s.startIndex + 2] == 0xA2 {  // '•' of plain-text lists
            s = s.dropFirst(3)
            while s.first == 0x20 { s = s.dropFirst() }
            bullet = true
        } else if !heading, isNumberedItem(s) {
            bullet = true  // "1. Trump immunity ruling: what to expect", its number kept
        }
        if heading {  // closing hashes
            while s.last == 0x23 { s = s.dropLast() }
            while s.last == 0x20 { s = s.dropLast() }
        }
        return Line(bytes: inline(s), isHeading: heading, isListItem: bullet)
    }

    /// Whether the image markup `image` shows the site's logo (`![ABC News](…/logo.svg)`), whose
    /// text names the outlet.
    static func isLogo(_ image: ArraySlice<UInt8>) -> Bool {
        let logo = Array("logo".utf8)
        guard image.count >= logo.count else { return false }
        var k = image.startIndex
        while k + logo.count <= image.endIndex {
            if (0..<logo.count).allSatisfy({ ASCIIByte.lower(image[k + $0]) == logo[$0] }) { return true }
            k += 1
        }
        return false
    }

    /// An item of a numbered list: one or two digits, `.` or `)`, a space, then a capital.
    static func isNumberedItem(_ s: ArraySlice<UInt8>) -> Bool {
        var k = s.startIndex
        while k < s.endIndex, k - s.startIndex < 3, ASCIIByte.isDigit(s[k]) { k += 1 }
        let digits = k - s.startIndex
        guard (1...2).contains(digits), k + 2 < s.endIndex, s[k] == 0x2E || s[k] == 0x29, s[k + 1] == 0x20 else { return false }
        return ASCIIByte.isUpper(s[k + 2])
    }

    /// A thematic break: three or more `-`, `*` or `_` and nothing else; or a table's row of
    /// separators (`|---|:---:|`), which holds no text either.
    static func isRule(_ s: ArraySlice<UInt8>) -> Bool {
        if s.first == 0x7C, s.contains(0x2D), s.allSatisfy({ $0 == 0x7C || $0 == 0x2D || $0 == 0x3A || $0 == 0x20 }) { return true }
        guard let f = s.first, f == 0x2D || f == 0x2A || f == 0x5F else { return false }
        var count = 0
        for b in s { if b == f { count += 1 } else if b != 0x20 { return false } }
        return count >= 3
    }

    /// A link reference definition, `[1]: http://…`.
    static func isReferenceDefinition(_ s: ArraySlice<UInt8>) -> Bool {
        guard s.first == 0x5B, let close = s.firstIndex(of: 0x5D) else { return false }
        let after = s[(close + 1)...]
        return after.starts(with: [0x3A, 0x20]) && (after.dropFirst(2).starts(with: Array("http".utf8)) || after.dropFirst(2).first == 0x2F)
    }

    /// The line with inline markup removed.
    static func inline(_ s: ArraySlice<UInt8>) -> [UInt8] {
        let special = markupBytes
        if !s.contains(where: { special[Int($0)] }) {
            return Array(s)  // nothing inline to remove
        }
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = s.startIndex
        let end = s.endIndex
        var openStars = 0
        while i < end {
            let b = s[i]
            switch b {
            case 0x5C:  // backslash escape of ASCII punctuation
                if i + 1 < end, isPunctuation(s[i + 1]) { out.append(s[i + 1]); i += 2 } else { out.append(b); i += 1 }
            case 0x21 where i + 1 < end && s[i + 1] == 0x5B:  // ![alt](url): drop, but a logo keeps its name
                if let (alt, after) = link(s, at: i + 1) {
                    if isLogo(s[i..<after]) { out.append(contentsOf: inline(alt)) }
                    i = after
                } else {
                    out.append(b)
                    i += 1
                }
            case 0x5B:
                if let (text, after) = link(s, at: i) { out.append(contentsOf: inline(text)); i = after } else { out.append(b); i += 1 }
            case 0x2A:  // '*', or a run of them: emphasis, unless it stands alone between spaces
                var run = i + 1
                while run < end && s[run] == 0x2A { run += 1 }
                let before = i > s.startIndex ? s[i - 1] : 0x20
                let after = run < end ? s[run] : 0x20
                if before == 0x20 && after == 0x20 {
                    out.append(contentsOf: s[i..<run])
                } else if before != 0x20 {
                    // After a word it closes the emphasis an earlier run opened; with none open it
                    // is the text's own ("A*", "Grade II*-listed").
                    if openStars > 0 { openStars = max(0, openStars - (run - i)) } else { out.append(contentsOf: s[i..<run]) }
                } else {
                    openStars += run - i
                }
                i = run
            case 0x60:  // '`': drop unless it stands alone between spaces
                let before = i > s.startIndex ? s[i - 1] : 0x20
                let after = i + 1 < end ? s[i + 1] : 0x20
                if before == 0x20 && after == 0x20 { out.append(b) }
                i += 1
            case 0x5F:  // '_': emphasis unless inside a word (snake_case) or alone
                let before = i > s.startIndex ? s[i - 1] : 0x20
                let after = i + 1 < end ? s[i + 1] : 0x20
                if isWordByte(before) && isWordByte(after) || before == 0x20 && after == 0x20 { out.append(b) }
                i += 1
            case 0x3C where i + 1 < end && (s[i + 1] == 0x68 || s[i + 1] == 0x48):  // <http…> autolink
                if let close = s[i...].firstIndex(of: 0x3E), s[(i + 1)..<close].starts(with: Array("http".utf8)) || s[(i + 1)..<close].starts(with: Array("HTTP".utf8)) {
                    out.append(contentsOf: s[(i + 1)..<close]); i = close + 1
                } else { out.append(b); i += 1 }
            default:
                out.append(b); i += 1
            }
        }
        return out
    }

    /// Bytes that may start inline markup: `\\ ! [ * ` _ <`.
    private static let markupBytes: [Bool] = (0..<256).map { [0x5C, 0x21, 0x5B, 0x2A, 0x60, 0x5F, 0x3C].contains($0) }

    /// `[text](url)` or `[text][ref]` at `i`: the text and the index after the link.
    private static func link(_ s: ArraySlice<UInt8>, at i: Int) -> (ArraySlice<UInt8>, Int)? {
        var depth = 0
        var k = i
        let textLimit = min(s.endIndex, i + 600)  // bounded scans keep a line full of brackets linear
        while k < textLimit {
            if s[k] == 0x5B { depth += 1 } else if s[k] == 0x5D { depth -= 1; if depth == 0 { break } }
            k += 1
        }
        guard k < textLimit, k + 1 < s.endIndex else { return nil }
        let open = s[k + 1]
        guard open == 0x28 || open == 0x5B else { return nil }
        let closer: UInt8 = open == 0x28 ? 0x29 : 0x5D
        var m = k + 2
        var nested = 0
        let targetLimit = min(s.endIndex, k + 2 + 2048)
        while m < targetLimit {
            if s[m] == open { nested += 1 } else if s[m] == closer { if nested == 0 { break }; nested -= 1 } else if s[m] == 0x20 && open == 0x28 && !s[(k + 2)..<m].contains(0x22) { return nil }
            m += 1
        }
        guard m < targetLimit else { return nil }
        return (s[(i + 1)..<k], m + 1)
    }

    /// An ASCII punctuation character (what Markdown lets a backslash escape).
    static func isPunctuation(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }

    /// A byte that belongs to a word (letter, digit, or part of a non-ASCII character).
    private static func isWordByte(_ b: UInt8) -> Bool {
        ASCIIByte.isLetterLike(b) || ASCIIByte.isDigit(b)
    }
}
