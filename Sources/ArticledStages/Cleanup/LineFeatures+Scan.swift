/// How a line's features are read from its bytes: one pass over the words, with the
/// vocabulary looked up by a key hashed on the fly.
extension LineFeatures {
    /// Words looked up in the vocabulary: beyond them a line is running text whatever it says,
    /// so only its counts and its last word matter.
    static let vocabularyWords = 60

    /// One space-delimited token: the key of its ASCII letters and digits (case folded), where
    /// its first letter or digit is, where its last slash is (`Druzhinin/AP`), and its end.
    struct Token {
        var hash: UInt64
        var coreStart: Int
        var lastSlash: Int
        var end: Int
    }

    /// Reads the token starting at `start`, up to the next space or the end; a tight loop of its own.
    @inline(__always)
    static func readToken(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, classes: [UInt8]) -> Token {
        var h: UInt64 = 0xcbf29ce484222325
        var coreStart = -1
        var lastSlash = -1
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x20 { break }
            if classes[Int(b)] & 8 != 0 {  // ASCII letter or digit
                h = (h ^ UInt64(b | (ASCIIByte.isUpper(b) ? 0x20 : 0))) &* 0x100000001b3
                if coreStart < 0 { coreStart = i }
            } else if b == 0x2F {
                lastSlash = i
            } else if b >= 0xC3 && b != 0xE2 && coreStart < 0 {
                coreStart = i
            }
            i += 1
        }
        return Token(hash: h, coreStart: coreStart, lastSlash: lastSlash, end: i)
    }

    /// Fills the features of `f` from the line's bytes, in one pass over its words.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into f: inout LineFeatures) {
        let words = CleanupVocabulary.shared.words
        let sourceHash = Self.sourceHash, courtesyHash = Self.courtesyHash, byHash = Self.byHash, gettyHash = Self.gettyHash, captionHash = Self.captionHash
        let imagesHash = Self.imagesHash, viaHash = Self.viaHash, thisHash = Self.thisHash
        let signHash = Self.signHash, logHash = Self.logHash, upHash = Self.upHash, inHash = Self.inHash
        let skipHash = Self.skipHash, toHash = Self.toHash, textHash = Self.textHash, sizeHash = Self.sizeHash
        let byteClasses = Self.byteClasses
        let vocabularyWords = Self.vocabularyWords
        var lineHash: UInt64 = 0xcbf29ce484222325
        var codeBytes = 0
        var digits = 0
        var letters = 0
        var wordCount = 0
        var capitalized = 0, lowercase = 0, boilerplate = 0, strong = 0
        var labelWords = 0
        var previousHash: UInt64 = 0
        var previousWasLabel = false
        var first = true
        var tokenStart = 0
        var lastIsFunctionWord = false
        var lastIsClosingAgency = false
        var previousEndedSentence = false
        var lastTokenBare = false
        // "… Photo by Zalrian Sayat/Rappler": the word count at a credit label's "by", and
        // whether the last word read holds a slash.
        var labelBy = 0
        var labelCourtesy = 0
        var lastTokenHasSlash = false
        var lastTokenStart = 0
        let n = bytes.count
        var scannedEnd = n
        var i = 0
        for k in 0..<min(n, 48) { lineHash = (lineHash ^ UInt64(ASCIIByte.lower(bytes[k]))) &* 0x100000001b3 }
        let classes = byteClasses
        while i <= n {
            let token = readToken(bytes, from: i, classes: classes)
            let tokenHash = token.hash, lastSlash = token.lastSlash, coreStart = token.coreStart
            i = token.end
            if i > tokenStart {
                wordCount += 1
                if coreStart >= 0 {
                    let c = bytes[coreStart]
                    let upper = c < 0x80 ? ASCIIByte.isUpper(c) : startsUpper(bytes, at: coreStart)
                    if upper { capitalized &+= 1 } else if ASCIIByte.isLower(c) || c >= 0x80 { lowercase &+= 1 }
                    if first {
                        first = false
                        f.startsUppercase = upper
                        f.startsLowercase = !upper && (ASCIIByte.isLower(c) || (c >= 0x80 && startsLower(bytes, at: coreStart)))
                    }
                }
                lastTokenBare = classes[Int(bytes[i - 1])] & 8 != 0
                lastTokenStart = tokenStart
                if wordCount > vocabularyWords {
                    // Past the words that can decide furniture: only count the rest and find the last word.
                    var k = i
                    var inWord = false
                    while k < n {
                        if bytes[k] == 0x20 { inWord = false } else if !inWord { inWord = true; wordCount += 1; lastTokenStart = k }
                        k += 1
                    }
                    if let last = bytes.last { lastTokenBare = classes[Int(last)] & 8 != 0 }
                    scannedEnd = i
                    break
                }
                let h = tokenHash
                let info = words.value(h)
                let lastByte = bytes[i - 1]
                if (previousHash == signHash || previousHash == logHash) && (h == upHash || h == inHash) {
                    boilerplate &+= 3; strong &+= 1  // "sign up", "sign in", "log in"
                }
                // "Skip to main content"; "Normal text size Larger text size": the page's buttons.
                if (previousHash == skipHash && h == toHash) || (previousHash == textHash && h == sizeHash) { boilerplate &+= 3; strong &+= 1 }
                if info == 0 && h != sourceHash && h != courtesyHash && lastSlash < 0 && bytes[tokenStart] != 0xC2 {
                    // The common case: a word of no list, nothing to note but how it ends.
                    previousEndedSentence = lastByte == 0x2E
                    previousWasLabel = false
                    lastTokenHasSlash = false
                    lastIsFunctionWord = false
                    lastIsClosingAgency = false
                    previousHash = h
                    tokenStart = i + 1
                    i += 1
                    continue
                }
                let weight = CleanupVocabulary.weight(info)
                boilerplate &+= weight
                if weight >= 3 { strong &+= 1 }
                let isLabel = info & CleanupVocabulary.creditLabel != 0
                if i - tokenStart >= 2, bytes[tokenStart] == 0xC2, bytes[tokenStart + 1] == 0xA9 { boilerplate &+= 3; strong &+= 1 }  // ©
                if isLabel || h == sourceHash { labelWords += 1 }
                let colon = lastByte == 0x3A
                if colon && (isLabel || (previousWasLabel && (h == sourceHash || h == courtesyHash))) { f.credit = true }  // "Photo courtesy:"
                // "Image source, PA Media": a credit label and "source" opening the line, then a comma.
                if lastByte == 0x2C && wordCount == 2 && previousWasLabel && h == sourceHash { f.credit = true; f.opensPicture = true }
                // "Image caption, Firefighters at the site…": the label and its caption on one line.
                if lastByte == 0x2C && wordCount == 2 && previousWasLabel && h == captionHash { f.credit = true }
                if previousWasLabel && wordCount <= 3 && h == byHash && !colon { f.credit = true }
                if previousWasLabel && h == byHash && !colon { labelBy = wordCount }
                // "… Photo courtesy of Veridian Payments": a caption closing on its credit.
                if previousWasLabel && h == courtesyHash && !colon { labelCourtesy = wordCount }
                lastTokenHasSlash = lastSlash > tokenStart
                if previousHash == gettyHash && h == imagesHash { f.credit = true }
                if previousHash == viaHash && info & CleanupVocabulary.agency != 0 { f.credit = true }
                if lastSlash > tokenStart && lastSlash + 1 < i {
                    // "Druzhinin/AP" (an agency after the slash), "Photo/John" (a credit label before it)
                    let after = words.value(ASCIIByte.wordKey(UnsafeBufferPointer(rebasing: bytes[(lastSlash + 1)..<i])))
                    let before = words.value(ASCIIByte.wordKey(UnsafeBufferPointer(rebasing: bytes[tokenStart..<lastSlash])))
                    if after & CleanupVocabulary.agency != 0 || before & CleanupVocabulary.creditLabel != 0 { f.credit = true }
                    // "REUTERS/Jane Roe", "(Xinhua/Zhai Jianlan)": an agency in capitals or in brackets, then a
                    // photographer's name (not "Reuters/Ipsos", "AP/NORC").
                    if before & CleanupVocabulary.agency != 0, lastSlash - tokenStart >= 3, lastSlash + 2 < i,
                       bytes[tokenStart] == 0x28 || bytes[tokenStart..<lastSlash].allSatisfy(ASCIIByte.isUpper),
                       ASCIIByte.isUpper(bytes[lastSlash + 1]), ASCIIByte.isLower(bytes[lastSlash + 2]) { f.credit = true }
                }
                if previousHash == thisHash && info & CleanupVocabulary.noticeSubject != 0 && wordCount <= 8 { f.notice = true }
                // A bare agency closing a caption: "… on Monday. Reuters", "… (AFP)".
                lastIsClosingAgency = info & CleanupVocabulary.agency != 0
                    && (bytes[tokenStart] == 0x28 || bytes[tokenStart] == 0x5B || previousEndedSentence) && wordCount >= 4
                previousEndedSentence = lastByte == 0x2E
                previousWasLabel = isLabel && !colon
                lastIsFunctionWord = info & CleanupVocabulary.functionWord != 0
                previousHash = h
            }
            tokenStart = i + 1
            i += 1
        }
        // Character classes, counted in a separate tight pass over the words that were read.
        for k in 0..<scannedEnd {
            let c = classes[Int(bytes[k])]  // bit 0 digit, bit 1 letter or character start, bit 2 code
            digits &+= Int(c & 1)
            letters &+= Int((c >> 1) & 1)
            codeBytes &+= Int((c >> 2) & 1)
        }
        f.words = wordCount
        f.capitalizedWords = capitalized
        f.lowercaseWords = lowercase
        // "Nation Media Group ? 2025", "? 2025 Guardian News & Media": a copyright sign lost as "?" before the year.
        if wordCount <= 20, Self.hasLostCopyrightSign(bytes) { boilerplate &+= 3; strong &+= 1 }
        f.boilerplate = boilerplate
        f.strongBoilerplate = strong
        f.digits = digits
        f.letters = letters
        if labelWords == wordCount && wordCount >= 1 && wordCount <= 3, let l = bytes.last, l != 0x2E && l != 0x21 && l != 0x3F {
            f.credit = true; f.labelOnly = true  // "Image caption,"
        }
        if wordCount > vocabularyWords, lastTokenStart < n {
            let key = ASCIIByte.wordKey(UnsafeBufferPointer(rebasing: bytes[lastTokenStart..<n]))
            lastIsFunctionWord = words.value(key) & CleanupVocabulary.functionWord != 0
        }
        f.endsFunctionWord = lastTokenBare && lastIsFunctionWord
        if lastIsClosingAgency && wordCount <= 40 { f.credit = true }
        // A caption closing on its credit: "… Photo by Zalrian Sayat/Rappler".
        if labelBy > 0 && wordCount - labelBy <= 4 && lastTokenHasSlash && wordCount <= 60 { f.credit = true }
        if labelCourtesy > 0 && wordCount - labelCourtesy <= 5 && wordCount <= 60 { f.credit = true }
        // "… on Saturday. (Marcus Leblanc/Okanagan Daily Record)": any outlet's credit.
        if !f.credit && wordCount <= 60 && (PictureCredit.closesCaption(bytes) || PictureCredit.closesWithFilePhoto(bytes)) { f.credit = true }
        f.foldedHash = (lineHash ^ UInt64(n)) &* 0x100000001b3
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
            f.endsTerminal = b == 0x2E || b == 0x21 || b == 0x3F || (e >= 3 && bytes[e - 3] == 0xE2 && bytes[e - 2] == 0x80 && b == 0xA6)
            f.endsColon = b == 0x3A
            f.endsPeriod = b == 0x2E
        }
        // ("A-", a button for smaller type, is no word broken at its hyphen.)
        if n >= 3, bytes[n - 1] == 0x2D, ASCIIByte.isLetterLike(bytes[n - 2]), ASCIIByte.isLetterLike(bytes[n - 3]) { f.endsHyphenatedWord = true }
        let opensComment = (n >= 3 && bytes[0] == 0x21 && bytes[1] == 0x2D && bytes[2] == 0x2D)
            || (n >= 4 && bytes[0] == 0x3C && bytes[1] == 0x21 && bytes[2] == 0x2D && bytes[3] == 0x2D)
        let closesComment = n >= 3 && bytes[n - 3] == 0x2D && bytes[n - 2] == 0x2D && bytes[n - 1] == 0x3E
        f.code = opensComment || closesComment || (codeBytes >= 3 && codeBytes * 25 >= scannedEnd)
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
    static func startsUpper(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return ASCIIByte.isUpper(b) }
        guard let (s, _) = ASCIIByte.scalar(in: Array(bytes[i..<min(bytes.count, i + 4)]), at: 0) else { return false }
        return s.properties.isUppercase
    }

    /// Whether the character at `i` is a small letter (ASCII or not).
    static func startsLower(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return ASCIIByte.isLower(b) }
        guard let (s, _) = ASCIIByte.scalar(in: Array(bytes[i..<min(bytes.count, i + 4)]), at: 0) else { return false }
        return s.properties.isLowercase
    }

    /// Per byte: bit 0 an ASCII digit, bit 1 a letter or the first byte of a multi-byte
    /// character, bit 2 a character typical of code (`{ } ; = < >`), bit 3 an ASCII letter or digit.
    private static let byteClasses: [UInt8] = (0..<256).map { v in
        let b = UInt8(v)
        if ASCIIByte.isDigit(b) { return 1 | 8 }
        if ASCIIByte.isUpper(b) || ASCIIByte.isLower(b) { return 2 | 8 }
        if ASCIIByte.isLetterLike(b) && !ASCIIByte.isContinuation(b) { return 2 }
        if b == 0x7B || b == 0x7D || b == 0x3B || b == 0x3D || b == 0x3C || b == 0x3E { return 4 }
        return 0
    }

    // Keys of the words the credit and notice rules look for next to each other.
    private static let sourceHash = ASCIIByte.wordKey("source".utf8)
    private static let courtesyHash = ASCIIByte.wordKey("courtesy".utf8)
    private static let captionHash = ASCIIByte.wordKey("caption".utf8)
    private static let byHash = ASCIIByte.wordKey("by".utf8)
    private static let gettyHash = ASCIIByte.wordKey("getty".utf8)
    private static let imagesHash = ASCIIByte.wordKey("images".utf8)
    private static let viaHash = ASCIIByte.wordKey("via".utf8)
    private static let thisHash = ASCIIByte.wordKey("this".utf8)
    private static let signHash = ASCIIByte.wordKey("sign".utf8)
    private static let logHash = ASCIIByte.wordKey("log".utf8)
    private static let upHash = ASCIIByte.wordKey("up".utf8)
    private static let inHash = ASCIIByte.wordKey("in".utf8)
    private static let skipHash = ASCIIByte.wordKey("skip".utf8)
    private static let toHash = ASCIIByte.wordKey("to".utf8)
    private static let textHash = ASCIIByte.wordKey("text".utf8)
    private static let sizeHash = ASCIIByte.wordKey("size".utf8)

    /// Whether a "?" standing alone (at the line's start or after a space) comes right before a
    /// year from 1900 to 2099: a copyright sign an earlier encoding lost, not a question.
    static func hasLostCopyrightSign(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 5 < bytes.count {
            if bytes[i] == 0x3F, i == 0 || bytes[i - 1] == 0x20, bytes[i + 1] == 0x20,
               (bytes[i + 2] == 0x31 && bytes[i + 3] == 0x39) || (bytes[i + 2] == 0x32 && bytes[i + 3] == 0x30),
               ASCIIByte.isDigit(bytes[i + 4]), ASCIIByte.isDigit(bytes[i + 5]), i + 6 == bytes.count || !ASCIIByte.isDigit(bytes[i + 6]) {
                return true
            }
            i += 1
        }
        return false
    }
}
