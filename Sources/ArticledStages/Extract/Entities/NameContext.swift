/// Reads the words around a capitalized sequence for what they say about it: a person is the
/// subject or object of a speech verb, follows a role noun or stands before an apposition;
/// an organization is "told" something or followed by "news agency".
struct NameContext {
    let text: TokenizedText
    let lexicon: EntityLexicon

    /// Verbs of saying; shared with quote attribution.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "wrote", "writes",
        "stated", "states", "noted", "notes", "explained", "explains", "claimed", "claims", "declared",
        "announced", "announces", "insisted", "insists", "argued", "argues", "warned", "warns", "stressed",
        "stresses", "emphasized", "emphasised", "emphasizes", "emphasises", "underscored", "underlined",
        "remarked", "commented", "replied", "responded", "continued", "concluded", "gloated", "demanded",
        "urged", "acknowledged", "admitted", "conceded", "suggested", "observed", "recalled", "tweeted",
        "posted", "asserted", "complained", "cautioned", "vowed", "promised", "predicted", "speculated",
        "reiterated", "repeated", "confirmed", "denied", "maintained", "contended", "countered", "quipped",
        "joked", "shouted", "saying", "adding", "telling", "noting", "explaining", "declaring", "writing",
        "arguing", "warning", "insisting", "stressing", "calling", "called", "thinks", "believes", "agreed",
        "agrees", "pointed", "expressed", "predicts", "mused", "lamented", "boasted", "charged", "alleged",
        "answered", "recounted", "elaborated", "signaled", "signalled", "told", "testified", "wondered",
    ]

    /// Lower-case nouns that, written just before a name, say it is a person ("spokesman Liu").
    static let personNouns: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "president", "counterpart",
        "director", "analyst", "fellow", "professor", "chairman", "chairwoman", "leader", "official",
        "adviser", "advisor", "ambassador", "envoy", "chief", "head", "researcher", "scientist", "economist",
        "expert", "diplomat", "general", "commander", "premier", "chancellor", "lawmaker", "senator",
        "governor", "mayor", "founder", "executive", "editor", "reporter", "correspondent", "author",
        "journalist", "colleague", "wife", "husband", "son", "daughter", "brother", "sister", "mother",
        "father", "deputy", "lawyer", "attorney", "judge", "candidate", "activist", "historian", "scholar",
        "columnist", "commentator", "strategist", "aide", "prosecutor", "admiral", "colonel", "captain",
    ]

    /// Speech verbs whose object is the one addressed, not the speaker.
    private static let addressVerbs: Set<String> = ["told", "tells", "telling", "asked", "asks", "urged", "warned", "warns"]

    /// Lower-case nouns that, written just after a single capitalized word, make it an organization.
    static let organizationNouns: Set<String> = [
        "news", "agency", "newspaper", "daily", "broadcaster", "channel", "company", "firm", "group",
        "corporation", "bank", "network", "magazine", "outlet", "website", "conglomerate", "airline",
        "party", "militia", "army", "ministry", "government", "publication", "tabloid", "radio",
    ]

    /// Words that open an apposition about a person: "Sung, a political scientist".
    private static let appositionOpeners: Set<String> = ["a", "an", "the", "who", "whose", "former", "now"]

    /// Whether the words around tokens `first...last` point to a person.
    func suggestsPerson(first: Int, last: Int) -> Bool {
        let next = nextWord(after: last)
        if let next, Self.speechVerbs.contains(text.words[next]) { return true }
        if text.isMark(last + 1, 0x2C), let w = nextWord(after: last + 1) {
            let word = text.words[w]
            if Self.appositionOpeners.contains(word) || Self.personNouns.contains(word) { return true }
        }
        if let prev = previousWord(before: first) {
            let word = text.words[prev]
            // "said Zhao", but not "told Politico": who is told something may be an outlet.
            if Self.personNouns.contains(word) || (Self.speechVerbs.contains(word) && !Self.addressVerbs.contains(word)) { return true }
            if word == "to", let p2 = previousWord(before: prev), text.words[p2] == "according" { return true }
        }
        return false
    }

    /// Whether the words around tokens `first...last` point to an organization.
    func suggestsOrganization(first: Int, last: Int) -> Bool {
        if let next = nextWord(after: last), Self.organizationNouns.contains(text.words[next]) { return true }
        var prev = previousWord(before: first)
        if let p = prev, text.words[p] == "the" { prev = previousWord(before: p) }
        if let p = prev, text.words[p] == "told" { return true }
        return false
    }

    /// The next word token after `i` in the same paragraph, across at most one punctuation mark
    /// that is not a sentence end (so "Sung said" and "*Politico* reported" both work).
    func nextWord(after i: Int) -> Int? {
        var k = i + 1
        var marks = 0
        while k < text.tokens.count, text.tokens[k].paragraph == text.tokens[i].paragraph {
            if text.tokens[k].kind == .word { return marks == 0 || text.tokens[k - 1].mark == 0x2A ? k : nil }
            let m = text.tokens[k].mark
            if m == 0x2E || m == 0x3F || m == 0x21 || m == 0x2C || m == 0x3A || m == 0x28 { return nil }
            marks += 1
            k += 1
        }
        return nil
    }

    /// The word token just before `i` in the same paragraph, across italics markers only.
    func previousWord(before i: Int) -> Int? {
        var k = i - 1
        while k >= 0, text.tokens[k].paragraph == text.tokens[i].paragraph {
            if text.tokens[k].kind == .word { return k }
            if text.tokens[k].mark != 0x2A && text.tokens[k].mark != 0x5F { return nil }
            k -= 1
        }
        return nil
    }
}
