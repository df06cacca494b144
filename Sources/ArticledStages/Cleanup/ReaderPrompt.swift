import Foundation

/// Recognizes a prompt to the reader set between paragraphs (`Join our WhatsApp channel for the
/// latest updates.`, `We use cookies to personalise content.`, `Have a news tip? Contact us.`):
/// a short line outside quotation marks that speaks to the reader (`you`, `our`, `us`) and
/// carries furniture words, strong ones or several, or one after an imperative verb.
enum ReaderPrompt {
    /// Verbs that open a call to action.
    static let imperatives: Set<String> = ["get", "sign", "join", "follow", "download", "subscribe", "click", "tap", "support", "stay",
                                           "donate", "register", "like", "contact", "email", "send"]

    /// Words by which the site addresses its reader or speaks of itself, as ASCII bytes, lower case.
    private static let readerBytes: [[UInt8]] = ["you", "your", "you're", "our", "us", "we"].map { Array($0.utf8) }

    /// Whether the token (punctuation around it aside) is a reader word, without allocating.
    /// "US" in capitals is the country, not the site speaking.
    static func isReaderWord(_ token: Substring.UTF8View.SubSequence) -> Bool {
        var core = token[...]
        while let f = core.first, !ASCIIByte.isUpper(f) && !ASCIIByte.isLower(f) { core = core.dropFirst() }
        while let l = core.last, !ASCIIByte.isUpper(l) && !ASCIIByte.isLower(l) { core = core.dropLast() }
        guard (2...8).contains(core.count) else { return false }
        if core.count == 2, core.allSatisfy(ASCIIByte.isUpper) { return false }
        if core.elementsEqual(Array("you’re".utf8)) { return true }
        return readerBytes.contains { $0.count == core.count && zip($0, core).allSatisfy { $0.0 == ASCIIByte.lower($0.1) } }
    }

    /// Whether the text opens with one of `imperatives` (`Download the app …`).
    static func opensWithImperative(_ text: String) -> Bool {
        guard let first = text.split(separator: " ", maxSplits: 1).first, first.utf8.count <= 10 else { return false }
        return imperatives.contains(first.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?()")))
    }

    /// Whether the text's last sentence, after an earlier one, opens with one of `imperatives`
    /// and names the furniture ("… better business decisions. Sign up here.").
    static func closesWithImperative(_ text: String) -> Bool {
        guard let stop = text.dropLast().range(of: ". ", options: .backwards) else { return false }
        let last = String(text[stop.upperBound...])
        return opensWithImperative(last) && LineFeatures(last).boilerplate >= 1
    }

    /// How many of the text's sentences open with one of `imperatives`.
    static func sentencesOpeningWithImperative(_ text: String) -> Int {
        var count = 0
        var previous: UInt8 = 0x2E  // the text's start opens a sentence, as after a full stop
        var start = -1
        let bytes = Array(text.utf8)
        for (k, b) in bytes.enumerated() {
            if start >= 0, !ASCIIByte.isUpper(b) && !ASCIIByte.isLower(b) {
                if k - start <= 10, imperatives.contains(String(decoding: bytes[start..<k], as: UTF8.self).lowercased()) { count += 1 }
                start = -1
            }
            if (ASCIIByte.isUpper(b) || ASCIIByte.isLower(b)) && (k == 0 || (bytes[k - 1] == 0x20 && (previous == 0x2E || previous == 0x21 || previous == 0x3F))) {
                start = k
            }
            if b != 0x20 { previous = b }
        }
        if start >= 0, bytes.count - start <= 10, imperatives.contains(String(decoding: bytes[start...], as: UTF8.self).lowercased()) { count += 1 }
        return count
    }

    /// Social networks a site asks to be liked or followed on.
    private static let socialNetworks = ["Facebook", "X ", "X.", "Twitter", "Instagram", "WhatsApp", "Telegram", "YouTube", "TikTok",
                                         "LinkedIn", "Threads", "Bluesky", "Google News"]

    /// Words of a cookie consent banner besides "cookies".
    private static let consentWords = ["consent", "partners", "personalis", "personaliz", "preferences", "accept",
                                       "browsing experience", "privacy policy", "cookie policy"]

    /// Whether the text holds quotation marks, straight, curly, or lost to `?` (`?Do not go near the
    /// coast,? he said.`): someone's words, which no prompt of the site's is.
    static func quotesSomeone(_ text: String) -> Bool {
        let bytes = text.utf8
        if bytes.first == 0x3F, let next = bytes.dropFirst().first, ASCIIByte.isUpper(next) { return true }
        // One pass over the bytes: a straight mark, a curly one (E2 80 9C or 9D), or a lost closing
        // mark after a comma or a full stop, before the speaker (",? he said").
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for b in bytes {
            if b == 0x22 || (beforePrevious == 0xE2 && previous == 0x80 && (b == 0x9C || b == 0x9D)) { return true }
            if previous == 0x3F && (beforePrevious == 0x2C || beforePrevious == 0x2E) && b == 0x20 { return true }
            beforePrevious = previous
            previous = b
        }
        return false
    }

    /// Whether the line is such a prompt.
    static func matches(_ line: ArticleLine) -> Bool {
        let f = line.features
        // "Stay informed and ahead of the curve! Follow The Punch Newspaper on WhatsApp for real-time
        // updates … Join now!": two calls to action in a blurb of furniture words.
        if f.boilerplate >= 2, f.words <= 60, !line.isListItem, sentencesOpeningWithImperative(line.text) >= 2,
           !quotesSomeone(line.text) { return true }
        // "Get all the latest Victoria news on ABC News.": the site's call, in no furniture words.
        if f.words <= 16, line.text.hasPrefix("Get all the latest ") || line.text.hasPrefix("Get the latest "),
           !quotesSomeone(line.text) { return true }
        if f.words <= 20, !line.isListItem, asksReaderToWrite(line.text), !quotesSomeone(line.text) { return true }
        guard f.words <= 20 || (f.words <= 80 && f.strongBoilerplate >= 1), f.boilerplate >= 1, !line.isListItem else { return false }
        let text = line.text
        guard !quotesSomeone(text) else { return false }
        // "Thanks for reading The Rent Ledger! Subscribe for free to receive new posts."
        if text.hasPrefix("Thanks for reading ") || text.hasPrefix("Thank you for reading ") { return true }
        // "For all the latest Cities News, download Indian Express App.": the site's own call, no reader word needed.
        // ("For more news about the latest typhoon, visit our dedicated page.")
        // (Not "For more than a year, like other lenders, the bank has posted losses.")
        if f.words <= 20, text.hasPrefix("For all the latest ") || text.hasPrefix("For the latest ") || text.hasPrefix("For more "),
           !text.hasPrefix("For more than "), let comma = text.firstIndex(of: ",") {
            let call = text[text.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            let more = text.hasPrefix("For more ")
            if more ? (call.hasPrefix("visit ") || call.hasPrefix("go to ") || call.hasPrefix("download ") || call.hasPrefix("follow ")
                       || call.hasPrefix("click ") || call.hasPrefix("sign up ") || call.hasPrefix("subscribe "))
                    : opensWithImperative(call) { return true }
        }
        // "Like Dawn on Facebook for the latest news and analysis.": the site's call to follow it, in its name.
        if f.words <= 14, text.hasPrefix("Like ") || text.hasPrefix("Follow "), let on = text.range(of: " on "),
           socialNetworks.contains(where: { text[on.upperBound...].hasPrefix($0) }),
           text[..<on.lowerBound].split(separator: " ").dropFirst().allSatisfy({ $0 == "us" || $0.first!.isUppercase }) { return true }
        let tokens = text.utf8.split(separator: 0x20)
        guard tokens.contains(where: isReaderWord) else { return false }
        // "We and our partners use cookies to personalise content and ads, to provide social media
        // features and to analyse our traffic…": a consent banner, however long.
        if f.strongBoilerplate >= 1 && f.boilerplate >= 3 {
            let lower = text.lowercased()
            if lower.contains("cookies") && consentWords.contains(where: { lower.contains($0) }) { return true }
        }
        // "Sign up to Business Today: get set for the working day – we'll point you to …": a call
        // to action with a strong furniture word runs longer.
        // So does a blurb closed by the call ("The Reuters Sustainable Switch newsletter brings you the
        // latest ESG news … Sign up here.").
        if f.words > 20 { return f.strongBoilerplate >= 1 && f.words <= 40 && (opensWithImperative(text) || closesWithImperative(text)) }
        let imperative = opensWithImperative(text)
        return f.strongBoilerplate >= 1 || f.boilerplate >= 2 || imperative || text.utf8.contains(0x40)
    }

    /// Whether the text asks the reader a question and then to write in ("Has your family been
    /// affected by measles? Contact us.", "Do you know more? Email us."): a call, however plain its words.
    static func asksReaderToWrite(_ text: String) -> Bool {
        guard let mark = text.range(of: "? ") else { return false }
        let question = text[..<mark.lowerBound].utf8.split(separator: 0x20)
        let call = text[mark.upperBound...]
        guard question.contains(where: isReaderWord), opensWithImperative(String(call)) else { return false }
        let words = call.split(separator: " ")
        return words.count <= 6 && words.contains { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".!")) == "us" }
    }
}
