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
              run.allSatisfy({ text.tokens[$0].has(.capitalized) && !text.tokens[$0].has(.possessive) }) else { return false }
        // ("Sheffield Wednesday": a day closing a club's name.)
        let ending = clubEndings.contains(text.lowercaseHash(last)) || (run.count == 2 && text.lowercaseHash(last) == wednesday)
        // ("Preston North End": three words and a club's ending outweigh a given name.)
        let barred: WordFacts = ending && run.count == 3 ? [.role, .nonEntity] : [.givenName, .role, .nonEntity]
        guard run.allSatisfy({ ($0 == last && ending) || text.facts[$0].isDisjoint(with: barred) }) else { return false }
        return ending || clubOpenings.contains(text.lowercaseHash(first))
    }

    private static let wednesday = HashedWordTable.hash("wednesday")

    /// Last words of clubs' names, in small letters.
    private static let clubEndings: WordHashSet = WordHashSet(["rovers", "athletic", "united", "city", "town", "wanderers", "albion",
                                                       "rangers", "vale", "hotspur", "villa", "orient", "argyle", "harriers",
                                                       "fc", "afc", "cf", "sc", "vsc", "sv", "ac", "county", "end", "palace",
                                                       "forest", "hearts", "pirates", "sundowns", "arrows", "kings", "royals",
                                                       "indians", "challengers", "capitals", "titans", "giants", "warriors",
                                                       "sixers", "strikers", "scorchers", "renegades", "stars"].map(HashedWordTable.hash))

    /// First words of clubs' names, in small letters.
    private static let clubOpenings: WordHashSet = WordHashSet(["real", "atletico", "atlético", "sporting", "inter", "eintracht", "vfb",
                                                        "vfl", "borussia", "olympique", "dynamo", "dinamo", "spartak", "cska",
                                                        "bayer", "hertha", "fortuna", "fc", "ac", "as", "ss", "rc", "cd", "ud",
                                                        "stade", "racing", "royal"].map(HashedWordTable.hash))

    /// In a sports report, a place alone whose name opens one club's longer name ("Chennai" of
    /// "Chennai Super Kings", "Norwich" of "Norwich City") is that club, unless it follows a
    /// preposition of place ("in Chennai"); a place opening two clubs' names ("Sheffield") stays.
    static func shortFormsOfClubs(_ mentions: inout [Mention], in text: TokenizedText) {
        var clubs: [UInt64: UInt64] = [:]
        for m in mentions where m.kind == .organization && m.end > m.start && m.name == nil && text.places[m.start] >= 0
            && !text.tokens[m.start].has(.possessive) && !text.tokens[m.start].has(.allCaps)
            // (A body of the place is no club: "Christchurch City Council", "Athletics Association of India".)
            && !(m.start...m.end).contains(where: { text.facts[$0].contains(.organizationWord) || text.isWord($0) && !text.tokens[$0].has(.capitalized) }) {
            let first = text.hashes[m.start]
            if let known = clubs[first], known != m.key { clubs[first] = 0 } else { clubs[first] = m.key }
        }
        guard !clubs.isEmpty else { return }
        for k in mentions.indices where mentions[k].start == mentions[k].end && mentions[k].name == nil {
            let i = mentions[k].start
            guard let club = clubs[text.hashes[i]], club != 0, !(i > 0 && text.isWord(i - 1) && !text.tokens[i - 1].has(.capitalized)
                && placePrepositions.contains(text.hashes[i - 1])) else { continue }
            mentions[k].kind = .organization
            mentions[k].key = club
            mentions[k].evidence = .strong
        }
    }

    /// Prepositions before a place that is the town, not its club.
    private static let placePrepositions: WordHashSet = WordHashSet(["in", "at", "from", "to", "near", "outside"].map(HashedWordTable.hash))

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
