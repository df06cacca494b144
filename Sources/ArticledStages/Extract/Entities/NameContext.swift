/// Reads the words around a capitalized sequence for what they say about it: a person is the
/// subject or object of a speech verb, follows a role noun or stands before an apposition;
/// an organization is "told" something or followed by "news agency".
struct NameContext {
    let text: TokenizedText

    /// Whether the words around tokens `first...last` point to a person.
    func suggestsPerson(first: Int, last: Int) -> Bool {
        // "Officials in Lampedusa said", "Speaking at the Secretariat, the minister said": who
        // speaks is not the place a preposition names.
        if followsPlacePreposition(first) { return false }
        if let next = nextWord(after: last), text.isLowercaseWord(next, .speechVerb) { return true }
        if text.isMark(last + 1, 0x2C), let w = nextWord(after: last + 1),
           text.isLowercaseWord(w, [.appositionOpener, .personNoun]) {
            return true
        }
        if let prev = previousWord(before: first) {
            // "said Zhao", but not "told Politico": who is told something may be an outlet.
            if text.isLowercaseWord(prev, .personNoun) { return true }
            if text.isLowercaseWord(prev, .speechVerb) && !text.facts[prev].contains(.addressVerb) { return true }
            if text.facts[prev].contains(.to), let p2 = previousWord(before: prev), text.facts[p2].contains(.according) { return true }
        }
        return false
    }

    /// Whether the words around tokens `first...last` point to an organization.
    func suggestsOrganization(first: Int, last: Int) -> Bool {
        if let next = nextWord(after: last), text.isLowercaseWord(next, .organizationNoun) {
            // "Consumer group Choice said", "Logistics group Transnet": an ordinary word opening the
            // sentence says what kind of group the name after it is.
            if first == last, text.tokens[first].has(.sentenceStart), text.facts[first].contains(.common),
               let name = nextWord(after: next), name == next + 1, text.tokens[name].has(.capitalized) { return false }
            // "the Albanese government": the name of the one who leads it, no list's word.
            if first == last, Self.ledBodies.contains(text.hashes[next]), text.facts[first].isEmpty, text.places[first] < 0 { return false }
            return true
        }
        var prev = previousWord(before: first)
        if let p = prev, text.isLowercaseWord(p, .article) { prev = previousWord(before: p) }
        if let p = prev, text.isLowercaseWord(p, .toldVerb) { return true }
        return false
    }

    /// Bodies named after the one who leads them ("the Albanese government", "the Tinubu administration").
    private static let ledBodies: Set<UInt64> = Set(["government", "administration", "regime"].map(HashedWordTable.hash))

    /// Whether a lower-case noun of a kind of body follows tokens `first...last` within three
    /// small words, after "the" before them ("the Shin Bet internal security agency").
    func namedBeforeBodyNoun(first: Int, last: Int) -> Bool {
        guard let article = previousWord(before: first), article == first - 1, text.isLowercaseWord(article, .article) else { return false }
        var k = last
        for _ in 0..<3 {
            guard let n = nextWord(after: k), n == k + 1, !text.tokens[n].has(.capitalized) else { return false }
            if text.isLowercaseWord(n, .organizationNoun) { return true }
            k = n
        }
        return false
    }

    /// Whether the words after tokens `first...last` describe an organization, strongly enough
    /// to overrule a speech verb: an apposition headed by a kind of organization ("Paystream, a
    /// Lagos-based payments startup", but not "Lee, a former bank executive"), or "X, which".
    func describesOrganization(first: Int, last: Int) -> Bool {
        guard text.isMark(last + 1, 0x2C), let w = nextWord(after: last + 1) else { return false }
        // "Ronnel Dimaculangan, who leads a fisherfolk association": a person, whatever they lead.
        if Self.who.contains(text.hashes[w]) { return false }
        // "Veritas, which competes with…": not "Macbeth, which opened…", a work.
        if text.isLowercaseWord(w, .thingPronoun), let verb = nextWord(after: w) {
            return Self.companyVerbs.contains(text.hashes[verb])
        }
        guard text.isLowercaseWord(w, .appositionOpener) else { return false }
        // "Gavi, the Vaccine Alliance,": an apposition that is itself a body's name.
        if text.isLowercaseWord(w, .article) {
            var k = w + 1
            while k < w + 5, text.isWord(k), text.tokens[k].has(.capitalized) {
                // The body's name ends the apposition: not "Lee, the Labour Party candidate".
                if text.facts[k].contains(.organizationWord) && (text.isMark(k + 1, 0x2C) || text.isMark(k + 1, 0x2E)) { return true }
                k += 1
            }
        }
        // Up to six words of the apposition, to its head noun.
        var k = w
        for _ in 0..<6 {
            guard let n = nextWord(after: k) else { return false }
            k = n
            if text.tokens[k].has(.possessive) { continue }
            // The head comes before "of": "Lee, a member of the group" is no group.
            if text.isLowercaseWord(k, .headConnector) { return false }
            if text.isLowercaseWord(k, .personNoun) { return false }
            if text.isLowercaseWord(k, .organizationKind) {
                // The kind is the head when the apposition ends or a clause follows it.
                guard let after = nextWord(after: k) else { return true }
                if Self.clauseOpeners.contains(text.hashes[after]) { return true }
            }
        }
        return false
    }

    /// Whether token `first` follows a kind of organization written as a common noun, the name
    /// in apposition to it: "shipping group Maersk", "retailer Kroger", "chipmaker SK hynix"
    /// (not "investor Warren", a person's role, nor "the charity Alzheimer's Research UK", whose
    /// first word is the owner of a longer name).
    func followsOrganizationKind(first: Int) -> Bool {
        guard !text.tokens[first].has(.possessive), let kind = previousWord(before: first), kind == first - 1 else { return false }
        return text.isLowercaseWord(kind, .organizationKind) && !text.facts[kind].contains(.personNoun)
    }

    /// Whether a lower-case noun for a person stands just before token `first` ("deputy chair
    /// Sarah Court"): what follows is that person's name.
    func followsPersonNoun(first: Int) -> Bool {
        guard let prev = previousWord(before: first) else { return false }
        return text.isLowercaseWord(prev, .personNoun)
    }

    /// Whether the words around tokens `first...last` say outright it is a person: a role noun
    /// before it ("spokesman Liu"), "X, who", or an apposition headed by a role noun ("Sung, a
    /// political scientist at…"). Stronger than a speech verb, which organizations take too.
    func describesPerson(first: Int, last: Int) -> Bool {
        if let prev = previousWord(before: first), text.isLowercaseWord(prev, .personNoun) { return true }
        // "Tesla's chief executive, Elon Musk,": the role noun and the name in apposition.
        if text.isMark(first - 1, 0x2C), text.isMark(last + 1, 0x2C), let prev = previousWord(before: first - 1),
           text.isLowercaseWord(prev, .personNoun) { return true }
        guard text.isMark(last + 1, 0x2C), let w = nextWord(after: last + 1) else { return false }
        if Self.who.contains(text.hashes[w]) { return true }
        // "Ngun Hlei Par, 36, from Lungpi": an age in apposition.
        if w == last + 2, isAge(w), text.isMark(w + 1, 0x2C) || text.isMark(w + 1, 0x2E) { return true }
        // "Addressing a rally at Ramlila Maidan, the prime minister …": the apposition is the subject's.
        if followsPlacePreposition(first) { return false }
        guard text.isLowercaseWord(w, .appositionOpener) else { return false }
        var k = w
        for _ in 0..<6 {
            guard let n = nextWord(after: k) else { return false }
            k = n
            if text.tokens[k].has(.possessive) { continue }
            if text.isLowercaseWord(k, .personNoun) { return true }
            // "a seismologist at the IGP": a trade no list holds, by its ending.
            if !text.tokens[k].has(.capitalized), text.namesProfession(k) { return true }
            if text.isLowercaseWord(k, [.organizationKind, .thingPronoun]) { return false }
        }
        return false
    }

    /// Whether word `i` is a person's age: a number of one to three digits, at most 110.
    private func isAge(_ i: Int) -> Bool {
        let start = Int(text.tokens[i].start), end = Int(text.tokens[i].end)
        guard (1...3).contains(end - start) else { return false }
        var n = 0
        for k in start..<end {
            guard ASCIIByte.isDigit(text.bytes[k]) else { return false }
            n = n * 10 + Int(text.bytes[k] - 0x30)
        }
        return n >= 1 && n <= 110
    }

    /// Whether token `first` follows a courtesy title ("Mr. Musk", "Ms Cummings", "Dr. Okafor"):
    /// what follows is a person's name, however ordinary its words.
    func followsHonorific(first: Int) -> Bool {
        guard let k = text.wordBefore(first) else { return false }
        return text.tokens[k].paragraph == text.tokens[first].paragraph && Self.honorifics.contains(text.hashes[k])
    }

    /// Courtesy titles, as written; shared with `SurnameAdoption`.
    static let honorifics: WordHashSet = WordHashSet(["Mr", "Mrs", "Ms", "Mx", "Dr", "Messrs"].map(HashedWordTable.hash))

    /// Whether tokens `first...last` follow "economist at", "analysts at", "professor of": a
    /// person's employer is an organization ("chief economist at Pantheon Macroeconomics").
    func namesEmployer(first: Int) -> Bool {
        guard let at = previousWord(before: first), !text.tokens[at].has(.capitalized),
              Self.employerPrepositions.contains(text.hashes[at]), let role = previousWord(before: at) else { return false }
        // "Commissioner for Health", "High Commissioner for Refugees": an office's title, no employer.
        if text.tokens[role].has(.capitalized), text.hashes[at] == Self.forWord { return false }
        return Self.personNounForms.contains(text.lowercaseHash(role))
    }

    /// Whether tokens `first...last` follow "chief executive of", "founder of", "shares in":
    /// what only a company has, where "of" alone names a country or town as often ("the
    /// president of Kenya").
    func namesCompany(first: Int) -> Bool {
        guard let at = previousWord(before: first), at == first - 1, text.hashes[at] == Self.ofWord || text.hashes[at] == Self.inWord,
              let owner = previousWord(before: at), !text.tokens[owner].has(.capitalized) else { return false }
        return Self.companyHolders.contains(text.hashes[owner])
    }

    /// Whether a speech verb after tokens `first...last` goes on with "its" ("Greggs said its
    /// sales rose"): a body speaking of what it owns, where a person would say "his" or "her".
    func speaksOfItsOwn(last: Int) -> Bool {
        guard let verb = nextWord(after: last), verb == last + 1, text.isLowercaseWord(verb, .speechVerb),
              let pronoun = nextWord(after: verb), pronoun == verb + 1 else { return false }
        return text.hashes[pronoun] == Self.itsWord
    }

    /// Whether the word `i`, which no list knows, is where something happens or someone comes
    /// from: "two flats in Kothrud", "she had walked from Umoja" (not "shares in Wayfair", nor
    /// the first word of a longer name or an owner: "in Kothrud Road", "in Hadapsar's market").
    func followsLocativePreposition(_ i: Int) -> Bool { followsLocativePreposition(first: i, last: i, orFrom: true) }

    /// Whether the words `first...last` follow "in" (or "from", when `orFrom`: a letter comes
    /// from a person too) and end the phrase (see `followsLocativePreposition(_:)`): "in Cwm
    /// Teifi on Monday".
    func followsLocativePreposition(first: Int, last: Int, orFrom: Bool = false) -> Bool {
        guard !text.tokens[first].has(.sentenceStart), !text.tokens[last].has(.possessive), !text.tokens[first].has(.allCaps),
              let at = previousWord(before: first), at == first - 1, !text.tokens[at].has(.capitalized),
              text.hashes[at] == Self.inWord || (orFrom && text.hashes[at] == Self.fromWord) else { return false }
        // What follows ends the phrase ("in Kothrud on Monday", "in Githurai 45"), not a noun the
        // word describes ("in Lassa fever cases", "in Acer laptops").
        if text.isWord(last + 1) {
            let next = text.bytes[Int(text.tokens[last + 1].start)]
            guard ASCIIByte.isDigit(next) || Self.phraseEnders.contains(text.hashes[last + 1]) else { return false }
        }
        // (Not "in Lassa-fever", but "in Deir al-Balah": a particle that a hyphen joins.)
        if text.tokens[last].has(.hyphenated), last == first || !ASCIIByte.isLower(text.bytes[Int(text.tokens[last].start)]) { return false }
        if let owner = previousWord(before: at), Self.holdingNouns.contains(text.lowercaseHash(owner)) { return false }
        return true
    }

    /// Whether the words `first...last` stand right after a preposition of place ("at Manchester
    /// Piccadilly", "near Lviv") and no speech verb follows them.
    func followsPlacePreposition(first: Int, last: Int) -> Bool {
        guard let at = previousWord(before: first), at == first - 1, !text.tokens[at].has(.capitalized),
              Self.placePrepositions.contains(text.hashes[at]) else { return false }
        if let next = nextWord(after: last), next == last + 1, text.isLowercaseWord(next, .speechVerb) { return false }
        return true
    }

    /// Whether the words `first...last` are one end of a route whose other end is a known place
    /// ("from Nhava Sheva to Rotterdam", "from Lagos to Ijebu-Ode").
    func endsRoute(first: Int, last: Int, lexicon: EntityLexicon) -> Bool {
        if let from = previousWord(before: first), from == first - 1, text.hashes[from] == Self.fromWord,
           let to = nextWord(after: last), to == last + 1, text.hashes[to] == Self.toWord,
           to + 1 < text.tokens.count, lexicon.place(text.places[to + 1])?.kind == .location {
            return true
        }
        if let to = previousWord(before: first), to == first - 1, text.hashes[to] == Self.toWord, to >= 2,
           lexicon.place(text.places[to - 1])?.kind == .location, let from = previousWord(before: to - 1), text.hashes[from] == Self.fromWord {
            return true
        }
        return false
    }

    static let toWord = HashedWordTable.hash("to")

    /// Whether the words from `first` follow a legislator's title and "for", as a seat is named
    /// ("the Labour MP for Gower", "TD for Galway West", "member for Ealing Central").
    func namesSeat(first: Int) -> Bool {
        // (Not "Member for Health": a portfolio's ordinary word.)
        guard first >= 2, !text.facts[first].contains(.common), text.isWord(first - 1), text.hashes[first - 1] == Self.forWord,
              text.isWord(first - 2) else { return false }
        return Self.seatTitles.contains(text.lowercaseHash(first - 2))
    }

    /// Titles of members for a seat, lower case.
    private static let seatTitles: WordHashSet = WordHashSet(["mp", "mps", "td", "tds", "mla", "mlas", "mpp", "msp", "ms", "mna", "mha", "mca", "mcas",
                                                              "member", "candidate", "senator", "congressman", "congresswoman"].map(HashedWordTable.hash))

    /// Small words that may follow a place at the end of a phrase.
    private static let phraseEnders: WordHashSet = WordHashSet(["on", "and", "or", "at", "in", "last", "this", "since", "for", "to", "where",
                                                        "when", "with", "after", "before", "during", "earlier", "but", "as", "by",
                                                        "near", "who", "which", "that", "while", "until", "over", "had",
                                                        "has", "have", "was", "were", "is", "are", "said", "says", "told", "early",
                                                        "late", "the", "a", "an", "because", "if", "than", "so", "yet", "will", "would", "could",
                                                        "can", "should", "may", "might", "from", "into", "across", "through"].map(HashedWordTable.hash))

    private static let inWord = HashedWordTable.hash("in")
    /// "for", as written (also read by `RunReader`: a place is not named "for" something).
    static let forWord = HashedWordTable.hash("for")
    private static let fromWord = HashedWordTable.hash("from")

    /// Words before "in" that hold a company, not a place ("a stake in", "invested in").
    private static let holdingNouns: WordHashSet = WordHashSet(["stake", "stakes", "shares", "share", "invest", "invested", "investing",
                                                        "investment", "investments", "interest", "holding", "holdings", "position",
                                                        "positions", "job", "jobs", "role", "career", "work", "worked", "working",
                                                        "bid", "offer", "bought", "sold", "buy", "sell", "rose", "fell", "money",
                                                        "funding", "funds", "loan", "loans", "data", "customers", "users",
                                                        "subscribers", "emails", "letter", "message", "messages", "statement",
                                                        "tweet", "post", "posts", "video", "report", "interview"].map(HashedWordTable.hash))

    /// Whether the words after `last` name someone working for it: one or two lower-case words
    /// ending in a job ("meteorologist", "chief economist"), then a known given name ("Met
    /// Eireann meteorologist Aoife Brennan", "Vestkyst Wind chief economist Ola Berg").
    ///
    /// With `companyJobs`, only a job a company gives counts ("Sasol chief executive", "Stifel
    /// analyst"), not one a people or a field gives too ("Métis leader", "Olympic champion").
    func employsNamedPerson(after last: Int, companyJobs: Bool = false) -> Bool {
        // Not a work's title in italics ("*Past Lives* director Celine Song").
        guard !text.isMark(last + 1, 0x2A), !text.isMark(last + 1, 0x5F),
              let first = nextWord(after: last), !text.tokens[first].has(.capitalized) else { return false }
        // (Not "Subhasish Bose and defender Tom Aldred": two people listed.)
        guard !text.isWord(first, .and) else { return false }
        var job = first
        if let second = nextWord(after: first), !text.tokens[second].has(.capitalized) { job = second }
        guard isJob(job), let name = nextWord(after: job), text.tokens[name].has(.capitalized),
              text.facts[name].contains(.givenName) else { return false }
        if companyJobs {
            let word = text.bytes[Int(text.tokens[job].start)..<Int(text.tokens[job].end)]
            return Self.companyJobs.contains(text.hashes[job]) || (word.count >= 6 && word.suffix(3).elementsEqual("ist".utf8))
        }
        return true
    }

    /// Jobs that only an employer gives (see `employsNamedPerson(after:companyJobs:)`).
    private static let companyJobs: WordHashSet = WordHashSet(["executive", "spokesman", "spokeswoman", "spokesperson", "chairman",
                                                               "chairwoman", "founder", "co-founder", "manager", "engineer",
                                                               "boss", "officer", "partner", "trader", "banker", "analyst"].map(HashedWordTable.hash))

    /// Whether lower-case word `i` names a job an employer gives: a person noun other than kin
    /// or a work's credit, or a word in "-ist".
    private func isJob(_ i: Int) -> Bool {
        guard !Self.notEmployed.contains(text.hashes[i]) else { return false }
        let word = text.bytes[Int(text.tokens[i].start)..<Int(text.tokens[i].end)]
        if word.count >= 6, word.suffix(3).elementsEqual("ist".utf8) { return true }
        return text.facts[i].contains(.personNoun)
    }

    /// Person nouns that follow a person's name ("Obama aide"), or a work's title ("Past Lives
    /// director Celine Song"), as often as an employer's.
    private static let notEmployed: WordHashSet = WordHashSet(["wife", "husband", "son", "daughter", "brother", "sister", "mother", "father",
                                                       "colleague", "aide", "counterpart", "director", "author", "writer", "producer",
                                                       "creator", "star", "actor", "actress", "singer", "novelist", "host", "composer",
                                                       "coach", "player", "editor", "rapper"].map(HashedWordTable.hash))

    /// Whether tokens starting at `first` follow "the town of", "the village of", "near", or a
    /// direction and "of" ("35km north of"): a place.
    func namesSettlement(first: Int) -> Bool {
        guard let of = previousWord(before: first) else { return false }
        if text.hashes[of] == Self.nearWord { return true }
        // "Margaret Feather, 81, of Ilkley": where someone of that age lives.
        if text.hashes[of] == Self.ofWord, of == first - 1, text.isMark(of - 1, 0x2C), text.isMark(of - 3, 0x2C), text.isWord(of - 2),
           text.tokens[of - 2].end - text.tokens[of - 2].start <= 3,
           text.bytes[Int(text.tokens[of - 2].start)..<Int(text.tokens[of - 2].end)].allSatisfy(ASCIIByte.isDigit) { return true }
        guard text.isLowercaseWord(of, .headConnector), let noun = previousWord(before: of), !text.tokens[noun].has(.capitalized) else { return false }
        return Self.settlementNouns.contains(text.hashes[noun]) || Self.directions.contains(text.hashes[noun])
    }

    /// Whether an apposition after tokens `first...last` says it is a settlement or area:
    /// "Kikuyo, a town of 43,000 people", "Millersburg, the county seat", "Chewele, a small
    /// farming village".
    func describesSettlement(last: Int) -> Bool {
        guard text.isMark(last + 1, 0x2C), let w = nextWord(after: last + 1), !text.tokens[w].has(.capitalized),
              Self.settlementArticles.contains(text.hashes[w]) else { return false }
        // The settlement noun within three lower-case words or nationalities: "a small farming
        // village", "the Italian island".
        var k = w
        for _ in 0..<3 {
            guard let n = nextWord(after: k), !text.tokens[n].has(.capitalized) || text.facts[n].contains(.demonym) else { return false }
            k = n
            if Self.settlementNouns.contains(text.hashes[k]) || Self.seatWords.contains(text.hashes[k]) {
                // The noun must head the apposition: not "Smith, the state senator", "Kamau, a village elder".
                if text.tokens[k].has(.possessive) { return false }
                guard let after = nextWord(after: k), !text.isMark(k + 1, 0x2C), !text.isMark(k + 1, 0x2E) else { return true }
                return text.tokens[after].has(.capitalized) || Self.settlementFollowers.contains(text.hashes[after])
                    || Self.seatWords.contains(text.hashes[after])
            }
        }
        return false
    }

    /// "near", before a place (hashes are of words as written: small letters only).
    private static let nearWord = HashedWordTable.hash("near")

    /// "of", after an age ("81, of Ilkley").
    static let ofWord = HashedWordTable.hash("of")

    /// Whether a lower-case word naming a kind of place follows tokens ending at `last`: "the
    /// Sainj valley", "Neuli village", "the Dniester river", "the Rafah crossing".
    func namedByPlaceNoun(last: Int) -> Bool {
        guard text.isWord(last + 1), !text.tokens[last + 1].has(.capitalized), !text.tokens[last].has(.possessive) else { return false }
        if Self.placeNouns.contains(text.hashes[last + 1]) { return true }
        // "the Porgera gold mine", "the Corrib gas field": what is dug there, then the place's noun.
        return Self.diggings.contains(text.hashes[last + 1]) && text.isWord(last + 2) && !text.tokens[last + 2].has(.capitalized)
            && Self.workingNouns.contains(text.hashes[last + 2])
    }

    /// What mines and fields yield, before "mine" or "field".
    private static let diggings: WordHashSet = WordHashSet(["gold", "copper", "coal", "diamond", "platinum", "lithium", "nickel", "zinc",
                                                     "iron", "uranium", "gas", "oil", "cobalt", "bauxite", "tin"].map(HashedWordTable.hash))

    /// The nouns of a working after what it yields ("gold mine", "gas field").
    private static let workingNouns: WordHashSet = WordHashSet(["mine", "mines", "field", "fields", "project", "deposit"].map(HashedWordTable.hash))

    /// Lower-case nouns that, after a name, say it names a place of that kind.
    private static let placeNouns: WordHashSet = WordHashSet(["valley", "village", "villages", "district", "province", "region",
                                                      "river", "stream", "creek", "lake", "constituency", "crossing", "mine",
                                                      "glacier", "township", "municipality", "island", "islands", "peninsula",
                                                      "plateau", "basin", "delta", "governorate", "oblast", "prefecture",
                                                      "county", "state", "subdistrict", "settlement", "market", "junction", "estuary",
                                                      "shaft", "dumpsite", "suburb", "neighbourhood",
                                                      "neighborhood", "slum", "ward", "beachfront", "foreshore", "field"].map(HashedWordTable.hash))

    /// Directions that "of" and a place follow ("north of Athens").
    private static let directions: WordHashSet = WordHashSet(["north", "south", "east", "west", "northeast", "northwest",
                                                      "southeast", "southwest"].map(HashedWordTable.hash))

    /// Whether a preposition of place (and maybe an article) stands right before token `first`.
    private func followsPlacePreposition(_ first: Int) -> Bool {
        guard var prev = previousWord(before: first) else { return false }
        if text.isLowercaseWord(prev, .article), let p2 = previousWord(before: prev) { prev = p2 }
        return Self.placePrepositions.contains(text.hashes[prev])
    }

    /// Whether tokens `first...last`, a place's name that may also be someone's surname, are
    /// written as the place: after a word of place or motion ("in Mendoza", "to Kent"), or
    /// before a comma and a larger place ("Mendoza, Argentina").
    func readsAsPlace(first: Int, last: Int) -> Bool {
        if let prev = previousWord(before: first), Self.placeOrMotionWords.contains(text.lowercaseHash(prev)) { return true }
        return text.isMark(last + 1, 0x2C) && text.isWord(last + 2) && text.places[last + 2] >= 0
    }

    /// Whether a word of place or motion stands right before token `first` ("in", "to", "across").
    func followsPlaceOrMotionWord(_ first: Int) -> Bool {
        guard let prev = previousWord(before: first), prev == first - 1 else { return false }
        return !text.tokens[prev].has(.capitalized) && Self.placeOrMotionWords.contains(text.hashes[prev])
    }

    /// Whether tokens `first...last` follow a word of motion ("to", "from", "into", "via") after a
    /// word of travel or a time, are no owner, and no verb of speech follows them: the end of a
    /// journey ("services to Manchester Piccadilly", "the 08:15 from London Euston"), not whom
    /// something went to ("the ball fell to Memphis Depay", "a message from Brooklyn Beckham").
    func followsMotionWord(first: Int, last: Int) -> Bool {
        guard let prev = previousWord(before: first), prev == first - 1, !text.tokens[prev].has(.capitalized),
              Self.motionWords.contains(text.hashes[prev]), prev >= 1, !text.tokens[last].has(.possessive) else { return false }
        let travel = prev - 1
        guard text.isWord(travel), ASCIIByte.isDigit(text.bytes[Int(text.tokens[travel].start)])
                || Self.travelWords.contains(text.lowercaseHash(travel)) else { return false }
        if let next = nextWord(after: last), next == last + 1, text.isLowercaseWord(next, .speechVerb) { return false }
        return true
    }

    /// Words of motion before a journey's end, in small letters.
    private static let motionWords: WordHashSet = WordHashSet(["to", "from", "into", "via", "toward", "towards"].map(HashedWordTable.hash))

    /// Words of travel before a word of motion, in small letters ("services to", "trains from").
    private static let travelWords: WordHashSet = WordHashSet([
        "service", "services", "train", "trains", "flight", "flights", "trip", "trips", "journey", "journeys", "route", "routes",
        "line", "lines", "travel", "travelled", "traveled", "travelling", "traveling", "moved", "returned", "evacuated", "bus",
        "buses", "ferry", "ferries", "road", "roads", "diverted", "rerouted", "commute", "commuters", "passengers", "headed",
        "heading", "drove", "flew", "walked", "link", "links", "rail", "tram", "trams", "connections", "departures", "arrivals",
        "going", "go", "delays", "delayed", "arriving", "departing", "bound", "leaving", "tickets", "ticket", "fares", "fare",
        "and", "commuting", "get", "getting",
    ].map(HashedWordTable.hash))

    /// Words that put a place after them, wider than `placePrepositions` (in small letters).
    private static let placeOrMotionWords: WordHashSet = WordHashSet(["in", "at", "near", "outside", "inside", "across", "around", "from",
                                                              "to", "into", "of", "via", "throughout", "toward", "towards",
                                                              "between", "within", "northern", "southern", "eastern", "western",
                                                              "central"].map(HashedWordTable.hash))

    /// Prepositions before a place ("in Lampedusa", "at the Secretariat"); not "from", which
    /// names employers too ("engineers from National Grid said").
    private static let placePrepositions: WordHashSet = WordHashSet(["in", "at", "near", "outside", "inside", "across",
                                                             "around"].map(HashedWordTable.hash))

    /// What opens an apposition naming a settlement.
    private static let settlementArticles: WordHashSet = WordHashSet(["a", "an", "the"].map(HashedWordTable.hash))

    /// Words that may follow the head noun of a settlement's apposition: "a town of 43,000",
    /// "a village near Bura", "a port where…", "the island closest to…".
    private static let settlementFollowers: WordHashSet = WordHashSet(["of", "in", "near", "on", "with", "where", "that", "which",
                                                               "known", "about", "north", "south", "east", "west", "some",
                                                               "just", "home", "outside", "along", "by", "closest", "nearest",
                                                               "off", "between", "bordering"].map(HashedWordTable.hash))

    /// Head nouns for a county or regional seat: "the county seat".
    private static let seatWords: WordHashSet = WordHashSet(["seat"].map(HashedWordTable.hash))

    /// "at", "with", "for": what joins a person noun to an employer.
    /// Lower-case nouns before "of" or "in" that only a company's name follows (see `namesCompany(first:)`).
    private static let companyHolders: WordHashSet = WordHashSet(["executive", "executives", "founder", "co-founder", "cofounder",
                                                          "founders", "chairman", "chairwoman", "boss", "bosses", "owner", "owners",
                                                          "shares", "stake", "shareholders", "shareholder", "subsidiary",
                                                          "spokesman", "spokeswoman", "spokesperson"].map(HashedWordTable.hash))

    private static let itsWord = HashedWordTable.hash("its")

    private static let employerPrepositions: WordHashSet = WordHashSet(["at", "with", "for"].map(HashedWordTable.hash))

    /// Person nouns, singular and plural, in lower case ("economist", "Analysts"), and the
    /// people who work for a company ("pilots at Nordavia").
    private static let personNounForms: WordHashSet = WordHashSet((EntityCueWords.personNouns.flatMap { [$0, $0 + "s"] } + [
        "workers", "employees", "staff", "pilots", "engineers", "nurses", "executives", "managers", "bosses",
        "shareholders", "investors", "officials", "traders", "strategists",
    ]).map(HashedWordTable.hash))

    /// Nouns naming a kind of settlement or area: "the town of Paradise".
    private static let settlementNouns: WordHashSet = WordHashSet(["town", "city", "village", "hamlet", "county", "province",
                                                           "region", "island", "port", "suburb", "district",
                                                           "municipality", "state", "borough", "township",
                                                           "neighbourhood", "neighborhood", "capital"].map(HashedWordTable.hash))

    /// Whether the words around tokens `first...last` make it a side in a match: "beat
    /// Arsenal", "a win over Chelsea", "Spurs host Newcastle", "Liverpool drew". Read only in
    /// sports reports, where such a name is a club.
    func playsAsClub(first: Int, last: Int) -> Bool {
        if let prev = previousWord(before: first), !text.tokens[prev].has(.capitalized),
           Self.matchWordsBefore.contains(text.hashes[prev]) { return true }
        if let next = nextWord(after: last), !text.tokens[next].has(.capitalized),
           Self.matchVerbs.contains(text.hashes[next]) { return true }
        return false
    }

    /// Words before a side of a match.
    private static let matchWordsBefore: WordHashSet = WordHashSet([
        "beat", "beating", "beats", "against", "over", "versus", "vs", "v", "host", "hosts", "hosted", "face", "faces",
        "faced", "play", "plays", "played", "drew", "edged", "thrashed", "defeated", "visit", "visiting", "hosting",
        "sink", "sank", "stun", "stunned", "overcame", "eliminated", "knocked", "by",
    ].map(HashedWordTable.hash))

    /// Verbs a side of a match does.
    private static let matchVerbs: WordHashSet = WordHashSet([
        "beat", "beats", "drew", "draw", "won", "win", "lost", "lose", "host", "hosts", "face", "faces", "play", "plays",
        "edged", "thrashed", "defeated", "visit", "trail", "trailed", "led", "lead", "scored", "equalised", "equalized",
        // "Ipswich were held", "Leeds are top", "Hull have won": a place as the subject of a plural verb is its side.
        "were", "are", "have", "need", "sit", "remain",
    ].map(HashedWordTable.hash))

    /// "who", "whose": relative pronouns of persons.
    private static let who: WordHashSet = WordHashSet(["who", "whose"].map(HashedWordTable.hash))

    /// What a company does, after "X, which": "makes", "owns", "employs".
    private static let companyVerbs: WordHashSet = WordHashSet([
        "makes", "made", "owns", "owned", "operates", "operated", "runs", "ran", "employs", "employed", "competes",
        "sells", "sold", "produces", "provides", "represents", "supplies", "develops", "builds", "manufactures",
        "publishes", "trades", "invests", "lends", "insures", "distributes", "manages", "controls", "acquired",
        "bought", "posted", "reported", "announced", "said", "says", "declined", "filed",
    ].map(HashedWordTable.hash))

    /// Words that end an apposition's noun phrase: "a startup based in…", "a firm that…".
    private static let clauseOpeners: WordHashSet = WordHashSet(["in", "that", "which", "with", "based", "of", "founded",
                                                          "owned", "backed", "whose", "from", "for", "and", "headquartered",
                                                          "listed", "run", "led", "known", "where"].map(HashedWordTable.hash))

    /// The next word token after `i` in the same paragraph, across italics markers only
    /// (so "Sung said" and "*Politico* reported" both work).
    func nextWord(after i: Int) -> Int? {
        var k = i + 1
        while k < text.tokens.count, text.tokens[k].paragraph == text.tokens[i].paragraph {
            if text.tokens[k].kind == .word { return k }
            if text.tokens[k].mark != 0x2A && text.tokens[k].mark != 0x5F { return nil }
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
