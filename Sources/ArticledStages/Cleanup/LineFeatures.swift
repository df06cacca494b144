/// What the cleanup and metadata rules know about one line: its shape, not its wording.
///
/// Computed in one pass over the line's UTF-8 bytes: word counts and case pattern, how it
/// starts and ends, digit density, boilerplate weight, and whether it looks like a picture
/// credit, a page notice or a script remnant.
struct LineFeatures: Sendable {
    /// The line's text.
    private(set) var text: String
    /// Space-separated words.
    var words = 0
    /// Words that start with a capital letter.
    var capitalizedWords = 0
    /// Words that start with a small letter.
    var lowercaseWords = 0
    /// ASCII digits in the line (within its first 60 words).
    var digits = 0
    /// Letters (and other non-ASCII characters) in the line (within its first 60 words).
    var letters = 0
    /// The first letter or digit is a small letter.
    var startsLowercase = false
    /// The first letter or digit is a capital letter.
    var startsUppercase = false
    /// Ends with `.`, `!`, `?` or `…`, before any closing quotes or brackets.
    var endsTerminal = false
    /// Ends with `.` itself (not `!` or `?`), before any closing quotes or brackets.
    var endsPeriod = false
    /// Ends with `:`.
    var endsColon = false
    /// Ends with a letter and a hyphen (`EU-`): a word broken across lines.
    var endsHyphenatedWord = false
    /// Ends on a word a sentence cannot end on (`the`, `of`, `than`).
    var endsFunctionWord = false
    /// Sum of the boilerplate weights of its words.
    var boilerplate = 0
    /// Words (or `©`) of the highest boilerplate weight, which prose hardly uses.
    var strongBoilerplate = 0
    /// Looks like a media credit (`Photograph: X/AP`, `IMAGE SOURCE: GETTY IMAGES`).
    var credit = false
    /// Made only of credit label words (`Image caption,`): it labels the line that follows.
    var labelOnly = false
    /// A credit that opens a picture's block (`Image source, PA Media` above `Image caption,`):
    /// the line above it is not its caption.
    var opensPicture = false
    /// A notice of the page about itself (`This article is more than …`, `Listen to this article`):
    /// "this" and a word such as "article" among its first eight words.
    var notice = false
    /// Hash of the line's first 48 bytes (ASCII case folded) and its length: a cheap key to find
    /// repeated lines, which the caller confirms by comparing the texts.
    var foldedHash: UInt64 = 0
    /// A remnant of markup or script (`!-- Google tag -->`, `{…};`).
    var code = false

    /// The features of `text`.
    init(_ text: String) {
        var text = text
        self.text = text
        var f = self
        text.withUTF8 { Self.scan($0, into: &f) }
        self = f
    }

    /// The features of line `a` continued by line `b` as `text`, combined without rescanning:
    /// counts add up, the start is `a`'s and the end is `b`'s.
    init(joining a: LineFeatures, _ b: LineFeatures, as text: String, hyphenated: Bool) {
        self = a
        self.text = text
        words = a.words + b.words - (hyphenated ? 1 : 0)
        capitalizedWords = a.capitalizedWords + b.capitalizedWords
        lowercaseWords = a.lowercaseWords + b.lowercaseWords
        digits = a.digits + b.digits
        letters = a.letters + b.letters
        boilerplate = a.boilerplate + b.boilerplate
        strongBoilerplate = a.strongBoilerplate + b.strongBoilerplate
        endsTerminal = b.endsTerminal
        endsPeriod = b.endsPeriod
        endsColon = b.endsColon
        endsHyphenatedWord = b.endsHyphenatedWord
        endsFunctionWord = b.endsFunctionWord
        credit = a.credit || b.credit
        labelOnly = false
        opensPicture = false
        code = a.code || b.code
        var h: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8.prefix(48) { h = (h ^ UInt64(ASCIIByte.lower(byte))) &* 0x100000001b3 }
        foldedHash = (h ^ UInt64(text.utf8.count)) &* 0x100000001b3
    }

    /// Promotional or legal furniture even though it reads as a sentence: a word such as
    /// "newsletter", "cookies" or "©", in a line dense with boilerplate.
    var isPromotional: Bool { strongBoilerplate >= 1 && boilerplate * 6 >= words }

    /// The line reads as a sentence of running text: long enough and properly ended, or long.
    var isProse: Bool { (words >= 8 && endsTerminal) || words >= 25 }

    /// The line is page furniture, whatever its position: script remnants, page notices,
    /// and lines made mostly of boilerplate words.
    var isJunk: Bool {
        if code { return true }
        if notice && (!endsTerminal || boilerplate >= 1) { return true }
        if words <= 3 && boilerplate >= 2 { return true }
        // "Share", "Comments", "Print": a button's word alone.
        if words == 1 && boilerplate >= 1 && !endsTerminal { return true }
        // "abc.net.au/news/coles-shelf-labels/105012346": a share box's address alone.
        if words == 1 && isBareAddress { return true }
        // One strong word alone does not make a longer line furniture ("Girl Scouts sell record number of cookies").
        if !isProse && boilerplate >= 3 && boilerplate * 3 >= words && (boilerplate >= 4 || words <= 6) { return true }
        return boilerplate >= 5 && boilerplate * 3 >= words
    }

    /// Whether the line is a web address alone, its domain then a path: no space, a letter
    /// first, a dot before the first slash.
    var isBareAddress: Bool {
        let bytes = text.utf8
        guard bytes.count >= 10, let first = bytes.first, ASCIIByte.isLetter(first), !bytes.contains(0x20),
              let slash = bytes.firstIndex(of: 0x2F), slash != bytes.index(before: bytes.endIndex) else { return false }
        return bytes[..<slash].contains(0x2E)
    }

    /// Share of capitalized words among the words that start with a letter.
    var titleCaseRatio: Double {
        let cased = capitalizedWords + lowercaseWords
        return cased == 0 ? 0 : Double(capitalizedWords) / Double(cased)
    }
}
