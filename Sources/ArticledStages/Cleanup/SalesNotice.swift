/// Recognizes a notice about money the page makes, set among or after the paragraphs: affiliate
/// links (`We may earn a commission when you buy through links on our site.`), a shop's offer
/// (`Order your copy at … Delivery charges may apply.`) or a sponsor's block (`Sponsored by …`).
enum SalesNotice {
    /// Phrases of such notices anywhere in the line, lower case.
    static let phrases: [[UInt8]] = ["affiliate link", "affiliate commission", "earn a commission", "earn commission",
                                     "purchase through links", "buy through links", "delivery charges may apply",
                                     "register now", "book your tickets", "get your tickets", "download our app",
                                     "download the app",
                                     "order your copy", "paid partnership", "paid post", "sponsored content",
                                     "this content is sponsored", "become a member today", "become a supporter",
                                     "support our journalism", "support independent journalism", "to read later",
                                     "your reading list", "your own reading list", "reader-supported publication",
                                     "free or paid subscriber", "this article appears in the", "subscribe today",
                                     "cancel anytime", "subscribe for free", "in your inbox every", "sign up now",
                                     "newsletters may contain", "purchase licensing rights", "contributed to this report",
                                     "is solely responsible for all content", "receives financial support from",
                                     "trust principles", "public interest journalism funded", "become a member for",
                                     "delivered to your inbox", "miss a story", "first month free", "start your trial",
                                     "start your free trial", "get unlimited access", "unlimited digital access",
                                     "support local journalism", "subscribers like you", "available on ios and android",
                                     "for the latest updates, follow", "comments are moderated", "subscribe now for",
                                     "subscribe now —", "subscribe now -", "subscribe for as little as", "subscribe for just", "subscribe for only", "in one email", "bulletin every", "newsletter every",
                                     "turn on notifications", "supported by readers", "supported by its readers",
                                     "free to read because", "readers like you", "consider becoming a member",
                                     "consider a contribution", "consider making a contribution", "local journalism initiative",
                                     "is local body journalism", "local democracy reporting service", "report by the canadian press was",
                                     "privacy collection statement", "our comment policy", "good journalism costs",
                                     "continued free access to", "you are helping to sustain", "remains freely accessible to all",
                                     "add to playlist", "before prices go up", "reserve the right to remove",
                                     "independent global news organization", "no billionaire owner", "support the guardian",
                                     // Newsletter and app blurbs, donation boxes, comment rules, syndication notices.
                                     "news wrap", "top stories of the day", "latest news updates on", "catch your daily dose of",
                                     "journalism of integrity", "recommended topics:", "top headlines from",
                                     "make a modest contribution", "click here to donate", "comments have to be in english",
                                     "community guidelines for posting", "new commenting platform", "torres strait islander peoples as",
                                     "traditional custodians of the land", "acknowledgement of country", "acknowledgment of country",
                                     "first nations owners of the land", "this service may include material from",
                                     "which is copyright and cannot be", "may not be reproduced, published",
                                     "without written permission from", "support the journalism you value", "defend a free press", "support a free press",
                                     "requires a subscription to read", "is a premium article",
                                     "contribute meaningfully to a discussion", "what we want from our members",
                                     "auto-generated from a syndicated feed", "may have been reworked by",
                                     // Account prompts, channel invitations, helplines and a newsletter's tagline.
                                     "join the conversation", "already have an account", "create account", "whatsapp channel",
                                     "don't miss out on the latest", "if you or anyone you know", "if you or someone you know",
                                     "most important stories. get", "terms & conditions |",
                                     // Ad slots, share prompts, paywalls, helplines and disclaimers of the outlet.
                                     "report this ad", "informed by sharing this", "is not investment advice", "advertise with",
                                     "for full access to", "available exclusively to our subscribers", "exhausted your free article",
                                     "if you need help, call", "and get the latest news",
                                     // A newsletter box's consent note, under its button.
                                     "we use your sign-up to provide", "read our privacy notice",
                                     // The outlet's pointers to more of it, its comment rules and its asks.
                                     "follow more updates on", "and breaking news at", "listen to the full interview",
                                     "by posting your comment", "our house rules", "continue reading below",
                                     "free daily newsletter", "by providing an email address",
                                     "i agree to the terms of use"].map { Array($0.utf8) }

    /// The phrases by their first byte: a word is tried only against the few that begin with its letter.
    private static let phrasesByFirstByte: [[[UInt8]]] = (0..<256).map { b in phrases.filter { $0[0] == UInt8(b) } }

    /// Phrases that tell a sponsor only when they open the line (after a Markdown quote mark).
    static let openings: [[UInt8]] = ["sponsored by", "presented by", "in partnership with", "text ad:", "inline ad:",
                                      // The outlet's app, by platform: "Android: https://bit.ly/…".
                                      "android: http", "ios: http",
                                      // A newsletter's or site's blurb: "Get the latest political news …, every Friday."
                                      "get the latest", "get latest", "keep up with the", "catch all the", "catch every",
                                      // A donation box's button: "Make a Contribution".
                                      "make a contribution",
                                      // An offer: "Subscribe for Ksh10 for the first month".
                                      "subscribe for "].map { Array($0.utf8) }

    /// "download the " and " app", which a notice about the outlet's app opens with and holds.
    private static let downloadThe = Array("download the ".utf8), appWord = Array(" app".utf8)

    /// Phrases of a promotion's button that count only at the end of the line ("… Subscribe now >"),
    /// not inside a sentence ("customers who subscribe now will keep the price").
    /// ("… high-quality journalism. Make a donation.": the ask as a sentence of its own.)
    static let closings: [[UInt8]] = ["subscribe now", "subscribe free", "sign up free", "join today", ". make a donation"].map { Array($0.utf8) }

    /// Whether the line is such a notice: short, outside quotation marks, holding one of `phrases`
    /// or opening with one of `openings`.
    static func matches(_ line: ArticleLine) -> Bool { matches(line.text, words: line.features.words) }

    /// Whether `text`, of `words` words, is such a notice.
    static func matches(_ text: String, words: Int) -> Bool {
        guard words <= 60 else { return false }
        var text = text
        let byFirstByte = phrasesByFirstByte
        return text.withUTF8 { bytes in
            guard bytes.count >= 10, !bytes.contains(0x22) else { return false }
            var start = 0
            while start < bytes.count && (bytes[start] == 0x3E || bytes[start] == 0x20 || bytes[start] == 0x28) { start += 1 }
            if openings.contains(where: { occurs($0, in: bytes, at: start) }) { return true }
            // "Download the Harbour City Herald app and …": the outlet's app, by any name.
            if occurs(downloadThe, in: bytes, at: start),
               (start..<min(bytes.count, start + 80)).contains(where: { at in
                   occurs(appWord, in: bytes, at: at) && (at + appWord.count == bytes.count || !ASCIIByte.isLetterLike(bytes[at + appWord.count]))
               }) { return true }
            // "Subscribe now >", "Sign up free »": a button's words that close the line.
            // (Near the end only: no letter may follow the phrase.)
            if closings.contains(where: { phrase in
                (max(0, bytes.count - phrase.count - 12)...max(0, bytes.count - phrase.count)).contains { at in
                    occurs(phrase, in: bytes, at: at) && !bytes[(at + phrase.count)...].contains { ASCIIByte.isUpper($0) || ASCIIByte.isLower($0) }
                }
            }) { return true }
            // The phrases begin words: only a word's first letter is tried against them.
            for at in 0..<bytes.count where at == 0 || !ASCIIByte.isLetterLike(bytes[at - 1]) {
                let candidates = byFirstByte[Int(ASCIIByte.lower(bytes[at]))]
                if !candidates.isEmpty && candidates.contains(where: { occurs($0, in: bytes, at: at) }) { return true }
            }
            return false
        }
    }

    /// Whether `phrase` (lower case) occurs in `bytes` at `at`, ASCII case folded.
    @inline(__always)
    private static func occurs(_ phrase: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at: Int) -> Bool {
        guard at + phrase.count <= bytes.count, ASCIIByte.lower(bytes[at]) == phrase[0] else { return false }
        for k in 1..<phrase.count where ASCIIByte.lower(bytes[at + k]) != phrase[k] { return false }
        return true
    }
}
