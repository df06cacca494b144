/// What the cleanup and metadata rules know about one line: its shape, not its wording.
///
/// Computed in one pass over the line's UTF-8 bytes: word counts and case pattern, how it
/// starts and ends, digit density, boilerplate weight, and whether it looks like a picture
/// credit, a page notice or a script remnant.
struct LineFeatures: Sendable {
    /// The line's text.
    let text: String
    /// Space-separated words.
    var words = 0
    /// Words that start with a capital letter.
    var capitalizedWords = 0
    /// Words that start with a small letter.
    var lowercaseWords = 0
    /// ASCII digits in the line.
    var digits = 0
    /// Letters (and other non-ASCII characters) in the line.
    var letters = 0
    /// The first letter or digit is a small letter.
    var startsLowercase = false
    /// The first letter or digit is a capital letter.
    var startsUppercase = false
    /// Ends with `.`, `!`, `?` or `…`, before any closing quotes or brackets.
    var endsTerminal = false
    /// Ends with `:`.
    var endsColon = false
    /// Ends with a letter and a hyphen (`EU-`): a word broken across lines.
    var endsHyphenatedWord = false
    /// Ends on a word a sentence cannot end on (`the`, `of`, `than`).
    var endsFunctionWord = false
    /// Sum of the boilerplate weights of its words.
    var boilerplate = 0
    /// Looks like a media credit (`Photograph: X/AP`, `IMAGE SOURCE: GETTY IMAGES`).
    var credit = false
    /// Made only of credit label words (`Image caption,`): it labels the line that follows.
    var labelOnly = false
    /// A notice of the page about itself (`This article is more than …`).
    var notice = false
    /// A remnant of markup or script (`!-- Google tag -->`, `{…};`).
    var code = false

    /// The features of `text`.
    init(_ text: String) {
        self.text = text
        let bytes = Array(text.utf8)
        let vocab = CleanupVocabulary.shared
        var codeBytes = 0
        var labelWords = 0
        var previousHash: UInt64 = 0
        var previousWasLabel = false
        var first = true
        var tokenStart = 0
        var lastCoreHash: UInt64 = 0
        var lastTokenBare = false
        let n = bytes.count
        var i = 0
        while i <= n {
            if i < n {
                let b = bytes[i]
                if ASCIIByte.isDigit(b) { digits += 1 }
                else if ASCIIByte.isLetterLike(b) && !ASCIIByte.isContinuation(b) { letters += 1 }
                else if b == 0x7B || b == 0x7D || b == 0x3B || b == 0x3D || b == 0x3C || b == 0x3E { codeBytes += 1 }
            }
            if i == n || bytes[i] == 0x20 {
                if i > tokenStart {
                    let token = bytes[tokenStart..<i]
                    let core = Self.core(token)
                    words += 1
                    if let c = core.first {
                        let upper = Self.startsUpper(bytes, at: core.startIndex)
                        if upper { capitalizedWords += 1 } else if ASCIIByte.isLower(c) || c >= 0x80 { lowercaseWords += 1 }
                        if first {
                            first = false
                            startsUppercase = upper
                            startsLowercase = !upper && (ASCIIByte.isLower(c) || (c >= 0x80 && Self.startsLower(bytes, at: core.startIndex)))
                        }
                    }
                    let h = ASCIIByte.foldedHash(core)
                    boilerplate += vocab.boilerplate[h] ?? 0
                    if token.count >= 2, token[token.startIndex] == 0xC2, token[token.startIndex + 1] == 0xA9 { boilerplate += 3 }  // ©
                    if vocab.creditLabels.contains(h) || h == Self.sourceHash { labelWords += 1 }
                    let colon = token.last == 0x3A
                    if colon && (vocab.creditLabels.contains(h) || (previousWasLabel && h == Self.sourceHash)) { credit = true }
                    if previousWasLabel && words <= 3 && h == Self.byHash && !colon { credit = true }
                    if previousHash == Self.gettyHash && h == Self.imagesHash { credit = true }
                    if previousHash == Self.viaHash && vocab.agencies.contains(h) { credit = true }
                    if let slash = core.lastIndex(of: 0x2F), slash > core.startIndex, vocab.agencies.contains(ASCIIByte.foldedHash(core[(slash + 1)...])) { credit = true }
                    if words == 2 && previousHash == Self.thisHash && vocab.noticeSubjects.contains(h) { notice = true }
                    previousWasLabel = vocab.creditLabels.contains(h) && !colon
                    previousHash = h
                    lastCoreHash = h
                    lastTokenBare = core.endIndex == token.endIndex
                }
                tokenStart = i + 1
            }
            i += 1
        }
        if labelWords == words && words >= 1 && words <= 3 && !Self.endsTerminal(bytes) { credit = true; labelOnly = true }  // "Image caption,"
        endsFunctionWord = lastTokenBare && vocab.functionWords.contains(lastCoreHash)
        var e = n
        while e > 0 {
            let b = bytes[e - 1]
            if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D || b == 0x2A || b == 0x20 { e -= 1; continue }
            if e >= 3 && bytes[e - 3] == 0xE2 && bytes[e - 2] == 0x80 && (bytes[e - 1] == 0x9D || bytes[e - 1] == 0x99) { e -= 3; continue }
            if e >= 2 && bytes[e - 2] == 0xC2 && bytes[e - 1] == 0xBB { e -= 2; continue }
            break
        }
        if e > 0 {
            let b = bytes[e - 1]
            endsTerminal = b == 0x2E || b == 0x21 || b == 0x3F || (e >= 3 && bytes[e - 3] == 0xE2 && bytes[e - 2] == 0x80 && b == 0xA6)
            endsColon = b == 0x3A
        }
        if n >= 2, bytes[n - 1] == 0x2D, ASCIIByte.isLetterLike(bytes[n - 2]) { endsHyphenatedWord = true }
        let commentRemnant = HTMLStripper.startsWith(bytes, at: 0, "!--") || HTMLStripper.startsWith(bytes, at: 0, "<!--")
            || (n >= 3 && bytes[n - 3] == 0x2D && bytes[n - 2] == 0x2D && bytes[n - 1] == 0x3E)
        code = commentRemnant || (codeBytes >= 3 && codeBytes * 25 >= n)
    }

    /// Whether the bytes end with final punctuation (a cheap pre-check for label-only lines).
    private static func endsTerminal(_ bytes: [UInt8]) -> Bool {
        guard let l = bytes.last else { return false }
        return l == 0x2E || l == 0x21 || l == 0x3F
    }

    /// The line reads as a sentence of running text: long enough and properly ended, or long.
    var isProse: Bool { (words >= 8 && endsTerminal) || words >= 25 }

    /// The line is page furniture, whatever its position: script remnants, page notices,
    /// and lines made mostly of boilerplate words.
    var isJunk: Bool {
        if code { return true }
        if notice && (!endsTerminal || boilerplate >= 1) { return true }
        if words <= 3 && boilerplate >= 2 { return true }
        if !isProse && boilerplate >= 3 && boilerplate * 3 >= words { return true }
        return boilerplate >= 5 && boilerplate * 3 >= words
    }

    /// Share of capitalized words among the words that start with a letter.
    var titleCaseRatio: Double {
        let cased = capitalizedWords + lowercaseWords
        return cased == 0 ? 0 : Double(capitalizedWords) / Double(cased)
    }

    /// The token without the punctuation around it.
    static func core(_ token: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var s = token
        while let f = s.first {
            if f < 0x80 && !ASCIIByte.isDigit(f) && !ASCIIByte.isLetterLike(f) { s = s.dropFirst(); continue }
            if f == 0xE2 && s.count >= 3 && s[s.startIndex + 1] == 0x80 { s = s.dropFirst(3); continue }
            if f == 0xC2 && s.count >= 2 && (s[s.startIndex + 1] == 0xAB || s[s.startIndex + 1] == 0xBB) { s = s.dropFirst(2); continue }
            break
        }
        while let l = s.last {
            if l < 0x80 && !ASCIIByte.isDigit(l) && !ASCIIByte.isLetterLike(l) { s = s.dropLast(); continue }
            if s.count >= 3 && s[s.endIndex - 3] == 0xE2 && s[s.endIndex - 2] == 0x80 { s = s.dropLast(3); continue }
            if s.count >= 2 && s[s.endIndex - 2] == 0xC2 && (l == 0xAB || l == 0xBB) { s = s.dropLast(2); continue }
            break
        }
        return s
    }

    /// Whether the character at `i` is a capital letter (ASCII or not).
    static func startsUpper(_ bytes: [UInt8], at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return ASCIIByte.isUpper(b) }
        guard let (s, _) = ASCIIByte.scalar(in: bytes, at: i) else { return false }
        return s.properties.isUppercase
    }

    /// Whether the character at `i` is a small letter (ASCII or not).
    static func startsLower(_ bytes: [UInt8], at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return ASCIIByte.isLower(b) }
        guard let (s, _) = ASCIIByte.scalar(in: bytes, at: i) else { return false }
        return s.properties.isLowercase
    }

    private static let sourceHash = ASCIIByte.foldedHash("source".utf8)
    private static let byHash = ASCIIByte.foldedHash("by".utf8)
    private static let gettyHash = ASCIIByte.foldedHash("getty".utf8)
    private static let imagesHash = ASCIIByte.foldedHash("images".utf8)
    private static let viaHash = ASCIIByte.foldedHash("via".utf8)
    private static let thisHash = ASCIIByte.foldedHash("this".utf8)
}
