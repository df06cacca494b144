/// Tells whether an article reports on sport, where "Manchester United" and "Boston Red Sox"
/// are clubs rather than places: it uses several words of match reports ("goal", "striker",
/// "innings") and gives a score ("2-1"), or uses twice as many; a score alone may be a date
/// range ("16-17 May").
enum SportsReport {
    /// Lower-case words of match reports (marked `.sportsCue` in the lexicon).
    static let cueWords = [
        "goal", "goals", "scored", "scorer", "striker", "midfielder", "defender", "goalkeeper", "keeper", "penalty",
        "league", "fixture", "quarterback", "touchdown", "touchdowns", "innings", "wicket", "wickets", "stoppage",
        "half-time", "halftime", "equaliser", "equalizer", "playoff", "playoffs", "relegation", "substitute",
        "hat-trick", "winger", "pitcher", "homer", "rebounds", "dunk", "fixtures", "derby", "midfield",
        "match", "matches", "season", "coach", "trophy", "tournament", "semi-final",
    ]

    /// How many cues make an article a sports report.
    static let threshold = 3

    /// Whether `text` (annotated with the lexicon) reads as a sports report.
    static func matches(_ text: TokenizedText) -> Bool {
        guard text.facts.count == text.tokens.count else { return false }
        var count = 0
        var score = false
        for (i, t) in text.tokens.enumerated() where t.kind == .word && !t.has(.capitalized) {
            if text.facts[i].contains(.sportsCue) { count += 1 } else if !score && isScore(text, t) { score = true }
            // Without a score, twice as many cues ("Castlebridge Athletic 3 Ashford Rovers 1").
            if count >= threshold && score || count >= 2 * threshold { return true }
        }
        return false
    }

    /// Whether a word is a score: digits, one hyphen, digits ("2-1", "104-98"), at most three each.
    private static func isScore(_ text: TokenizedText, _ t: Token) -> Bool {
        guard t.has(.hyphenated) else { return false }
        guard t.end - t.start <= 7 else { return false }
        var hyphens = 0
        for k in Int(t.start)..<Int(t.end) {
            let b = text.bytes[k]
            if b == 0x2D { hyphens += 1 } else if b &- 0x30 >= 10 { return false }
        }
        return hyphens == 1
    }

    /// Whether tokens `run` (two or three capitalized words) are written as a club's name: ending
    /// with a club's word ("Ashford Rovers", "Leyton Vale", "Debreceni VSC") or opening with one
    /// ("Eintracht Frankfurt", "VfB Stuttgart", "Real Sociedad"), without a given name or a role.
    static func isClubName(_ run: ArraySlice<Int>, in text: TokenizedText) -> Bool {
        guard (2...3).contains(run.count), let first = run.first, let last = run.last,
              run.allSatisfy({ text.tokens[$0].has(.capitalized) && text.facts[$0].isDisjoint(with: [.givenName, .role, .nonEntity]) })
        else { return false }
        return clubEndings.contains(text.lowercaseHash(last)) || clubOpenings.contains(text.lowercaseHash(first))
    }

    /// Last words of clubs' names, in small letters.
    private static let clubEndings: WordHashSet = WordHashSet(["rovers", "athletic", "united", "city", "town", "wanderers", "albion",
                                                       "rangers", "vale", "hotspur", "villa", "orient", "argyle", "harriers",
                                                       "fc", "afc", "cf", "sc", "vsc", "sv", "ac"].map(HashedWordTable.hash))

    /// First words of clubs' names, in small letters.
    private static let clubOpenings: WordHashSet = WordHashSet(["real", "atletico", "atlético", "sporting", "inter", "eintracht", "vfb",
                                                        "vfl", "borussia", "olympique", "dynamo", "dinamo", "spartak", "cska",
                                                        "bayer", "hertha", "fortuna"].map(HashedWordTable.hash))

    /// In a sports report, a place named once as a side ("beat Norwich") is that club in its
    /// other mentions too ("Norwich went ahead"), unless a country (a national side is left as the place).
    static func clubsThroughout(_ mentions: inout [Mention]) {
        var clubs = WordHashSet()
        for m in mentions where m.kind == .organization && m.start == m.end && m.name == nil { clubs.insert(m.key) }
        guard !clubs.isEmpty else { return }
        for k in mentions.indices where mentions[k].kind == .location && mentions[k].start == mentions[k].end
            && mentions[k].name == nil && clubs.contains(mentions[k].key) {
            mentions[k].kind = .organization
            mentions[k].evidence = .strong
        }
    }
}
