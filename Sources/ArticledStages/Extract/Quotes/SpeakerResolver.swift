/// Says who spoke a quotation, from the words around it.
///
/// In order: an attribution after a quotation ending in a comma ("…,” said Zhao Lijian /
/// “…,” Zhao said / “…,” he said / “…,” a senior official said → nobody named); a speech verb
/// before it in its sentence ("Qin said: “…”", "Lavrov said Washington aims “…”"); the speaker
/// of the quotation before it in the same paragraph, or of the previous paragraph's last one when
/// it opens its paragraph; the last person that paragraph has say something. "He" and "she"
/// are the last person named, or the one who said something about that person.
struct SpeakerResolver {
    /// What an attribution found: a person (entity index), or an unnamed speaker.
    enum Finding: Equatable {
        case person(Int)
        /// A name the attribution gives that the recognizer did not take for a person
        /// ("“…,” Bakare-Ogun told Variety").
        case named(String)
        case unnamed
    }

    let text: TokenizedText
    let analysis: EntityAnalysis
    /// The person entity each token belongs to, or -1.
    private let personAt: [Int]
    /// The sentence (counted outside quotations) of each token.
    private let sentence: [Int32]
    /// Positions of person mentions said to speak, with their entity, in text order.
    private let speechSubjects: [(position: Int, entity: Int)]
    /// Whether each token is part of an organization's or a place's own name.
    private let thingAt: [Bool]
    /// The organization entity each token belongs to, or -1.
    private let organizationAt: [Int]
    /// The sex that courtesy titles before a person's mentions tell ("Lord Harcastle", "Ms
    /// Rafferty"), by person entity, where they agree.
    private let titleSex: [Int: GivenNameSex]


    /// A resolver for `text` (quotations marked) and the entities found in it.
    init(text: TokenizedText, analysis: EntityAnalysis) {
        self.text = text
        self.analysis = analysis
        var personAt = [Int](repeating: -1, count: text.tokens.count)
        let isPerson = analysis.entities.map { $0.type == .person }
        for m in analysis.mentions where isPerson[m.entity] {
            for k in m.start...m.end { personAt[k] = m.entity }
        }
        self.personAt = personAt
        var thingAt = [Bool](repeating: false, count: text.tokens.count)
        for m in analysis.mentions where !isPerson[m.entity] && !text.tokens[m.start].has(.hyphenated) {
            for k in m.start...m.end { thingAt[k] = true }
        }
        self.thingAt = thingAt
        var organizationAt = [Int](repeating: -1, count: text.tokens.count)
        for m in analysis.mentions where analysis.entities[m.entity].type == .organization {
            for k in m.start...m.end { organizationAt[k] = m.entity }
        }
        self.organizationAt = organizationAt
        self.sentence = Self.sentences(text)
        var subjects: [(Int, Int)] = []
        for m in analysis.mentions where isPerson[m.entity] && !text.tokens[m.start].has(.inQuote) {
            if Self.speaks(text, personAt, sentence, m.start, m.end) { subjects.append((m.start, m.entity)) }
        }
        self.speechSubjects = subjects
        var titleSex: [Int: GivenNameSex?] = [:]
        for m in analysis.mentions where isPerson[m.entity] {
            // ("Lord Harcastle": a peer's title inside the name.)
            let titled = m.end > m.start && GivenNameSex.ofTitle(text.hashes[m.start]) != nil
            var t = titled ? m.start : m.start - 1
            if !titled && text.isMark(t, 0x2E) { t -= 1 }  // "Mr. Dowling"
            guard text.isWord(t), text.tokens[t].has(.capitalized), let sex = GivenNameSex.ofTitle(text.hashes[t]) else { continue }
            if let known = titleSex[m.entity] { if known != sex { titleSex[m.entity] = .some(nil) } } else { titleSex[m.entity] = sex }
        }
        self.titleSex = titleSex.compactMapValues { $0 }
    }

    /// Sentence numbers: a new sentence after a sentence-ending mark outside quotations, after
    /// a quotation ending in one when a capitalized word follows, and at each paragraph.
    private static func sentences(_ text: TokenizedText) -> [Int32] {
        var out = [Int32](repeating: 0, count: text.tokens.count)
        var s: Int32 = 0
        var paragraph: Int32 = -1
        for (i, t) in text.tokens.enumerated() {
            if t.paragraph != paragraph { s += 1; paragraph = t.paragraph }
            out[i] = s
            if t.kind == .punctuation && !t.has(.inQuote) && !t.has(.abbreviation) && (t.mark == 0x2E || t.mark == 0x21 || t.mark == 0x3F) {
                s += 1
            } else if t.kind == .closeQuote || t.kind == .closeSingleQuote || (t.kind == .straightQuote && i > 0 && text.tokens[i - 1].kind == .punctuation) {
                let before = i > 0 ? text.tokens[i - 1] : t
                if before.kind == .punctuation && (before.mark == 0x2E || before.mark == 0x21 || before.mark == 0x3F),
                   text.isWord(i + 1), text.tokens[i + 1].has(.capitalized) || text.tokens[i + 1].kind != .word {
                    s += 1
                }
            }
        }
        return out
    }

    /// Whether the person mentioned on `start...end` is said to speak: a speech verb follows in
    /// the sentence with no other person between, or "said" / "according to" comes just before.
    private static func speaks(_ text: TokenizedText, _ personAt: [Int], _ sentence: [Int32], _ start: Int, _ end: Int) -> Bool {
        var k = end + 1
        var steps = 0
        while k < text.tokens.count && sentence[k] == sentence[start] && steps < 30 {
            if !text.tokens[k].has(.inQuote) && text.tokens[k].kind == .word {
                if personAt[k] >= 0 && personAt[k] != personAt[start] { break }
                if text.isLowercaseWord(k, .speechVerb) || text.isWord(k, .according) { return true }
            }
            k += 1
            steps += 1
        }
        var p = start - 1
        while p >= 0 && text.tokens[p].kind != .word { p -= 1 }
        // "said Zhao Lijian." / "said Bonnie Glaser, director…" / "according to Cui Heng": but not
        // "said Xi would…", where the name begins what is said.
        let endsClause = end + 1 >= text.tokens.count || text.tokens[end + 1].kind != .word
        if p >= 0 && sentence[p] == sentence[start] {
            if text.isLowercaseWord(p, .speechVerb) && endsClause { return true }
            if text.isWord(p, .to) && text.isWord(p - 1, .according) { return true }
        }
        return false
    }

    // MARK: Attribution

    /// The attribution written after a quotation that closes at `close`, if any.
    func after(close: Int, open: Int) -> Finding? {
        let tokens = text.tokens
        // "“… say, 'Play it again,'” she said": the comma stands inside the inner quotation.
        var before = tokens[close - 1]
        if close >= 2, before.kind == .closeSingleQuote { before = tokens[close - 2] }
        let trailing = before.kind == .punctuation && [0x2C, 0x3F, 0x21, 0x2D, 0x7E].contains(before.mark)
        var k = close + 1
        guard k < tokens.count, tokens[k].paragraph == tokens[close].paragraph else { return nil }
        if text.isMark(k, 0x2C) { k += 1 } else if !trailing { return nil }
        let first = k
        // "Castellane, who lives with “an unreasonable number of cats,” told Entertainment Daily":
        // whom the words were told to is no speaker; the sentence's subject, before, is.
        if text.isLowercaseWord(first, .toldVerb) { return nil }
        // "Xi reaffirmed his support on “…,” vowing to deepen …": a participle goes on with the
        // sentence's subject, who said the words.
        if text.isLowercaseWord(first, .speechVerb), isParticiple(first) {
            return participleSubject(before: max(open, 0)).map { .person($0) }
        }
        while k < tokens.count && k - first < 14 && tokens[k].paragraph == tokens[close].paragraph {
            let t = tokens[k]
            if t.kind == .openQuote || t.kind == .straightQuote || t.kind == .openSingleQuote { return nil }
            if t.kind == .punctuation {
                // "said Dr. Okafor": the period of an abbreviation does not end the attribution.
                if t.has(.abbreviation) { k += 1; continue }
                if t.mark == 0x2E || t.mark == 0x3F || t.mark == 0x21 || t.mark == 0x3A || t.mark == 0x3B { return nil }
                k += 1
                continue
            }
            if personAt[k] >= 0 {
                // "said Bellona's policy director, Hanne Vik Stordal": whose director is no speaker.
                var end = k
                while end + 1 < tokens.count && personAt[end + 1] == personAt[k] { end += 1 }
                // "said Lawson spokeswoman Kendra Ashby": the name before a job is the employer.
                if let holder = jobHolder(after: end, paragraph: tokens[close].paragraph) { return .person(holder) }
                guard tokens[end].has(.possessive) else { return .person(personAt[k]) }
                if let person = describedPerson(from: end + 1, paragraph: tokens[close].paragraph) { return .person(person) }
                return .unnamed
            }
            // "“…,” Deputy Commissioner of Police (EOW) Smita Rane-Patil told": "of" inside a title;
            // "“…,” Information and Communications Technology Secretary Henry Aguda told": "and"
            // before a title and a name (not "Smith and Wesson said").
            if k > first, text.isLowercaseWord(k, .headConnector) || (text.isLowercaseWord(k, .and) && titleAndNameFollow(k)), tokens[k - 1].has(.capitalized),
               text.isWord(k + 1), tokens[k + 1].has(.capitalized) {
                k += 1
                continue
            }
            // "“…,” Walmart said", "“…,” the FDA said in a statement", "“…,” said the agency's
            // parent, Google": a body named right there, that speaks.
            if let body = speakingBody(at: text.isLowercaseWord(k, .article) ? k + 1 : k, first: first) { return .named(body) }
            // "“…,” her father said", after "Her father, K. Suresh Nair, is a bank manager".
            if k == first, text.isWord(k), Self.possessivePronouns.contains(text.lowercaseHash(k)),
               text.isWord(k + 1), !text.tokens[k + 1].has(.capitalized), text.isLowercaseWord(k + 2, .speechVerb),
               let person = titleHolder(k + 1, before: max(open, 0)) {
                return .person(person)
            }
            if text.isWord(k, .pronoun) && k == first { return pronounFinding(before: max(open, 0), sex: pronounSex(k)) }
            // "“…,” the statement read": who the sentence that brought the statement up says issued it.
            if k == first, text.isLowercaseWord(k, .article), text.isWord(k + 1), text.hashes[k + 1] == Self.statementHash,
               text.isLowercaseWord(k + 2, .speechVerb) || (text.isWord(k + 2) && text.hashes[k + 2] == Self.readHash) {
                return statementIssuer(before: max(open, 0)) ?? .unnamed
            }
            // "“…,” the spokesperson added": who speaks for a body is the one introduced so, not
            // whoever was named last.
            if k == first || (k == first + 1 && text.isLowercaseWord(first, .speechVerb)),
               text.isLowercaseWord(k, .article), isSpokesNoun(k + 1) {
                return spokesperson(at: k + 1)
            }
            // "“…,” a Dunnes Stores spokeswoman said", "said a Qantas spokeswoman": the body named before the noun.
            if k == first || (k == first + 1 && text.isLowercaseWord(first, .speechVerb)),
               text.isLowercaseWord(k, .article) || Self.indefiniteArticles.contains(text.lowercaseHash(k)),
               k + 2 < text.tokens.count, organizationAt[k + 1] >= 0,
               let noun = (k + 2...min(k + 6, text.tokens.count - 1)).first(where: { organizationAt[$0] != organizationAt[k + 1] }),
               // (Not one named after a comma: "the Eurostar spokesman, John Smith, said".)
               isSpokesNoun(noun), !(text.isMark(noun + 1, 0x2C) && (noun + 2...noun + 3).contains { $0 < personAt.count && personAt[$0] >= 0 }) {
                return spokesperson(at: noun)
            }
            // "“…,” the Maricopa county attorney, Lydia Castellano-Reyes, told": the name in apposition.
            if k == first, text.isLowercaseWord(k, .article), let person = appositionName(after: k) { return .person(person) }
            // "“…,” said the union federation's parliamentary co-ordinator, Matthew Parks.": the name closing the sentence.
            if k == first + 1, text.isLowercaseWord(first, .speechVerb), text.isLowercaseWord(k, .article),
               let person = appositionName(after: k, closing: true) { return .person(person) }
            // "“…,” the minister said", "“…,” said the mayor": the role names someone just named,
            // not an unnamed source. ("said the Spaniard" may mean anyone named before: unnamed.)
            // ("“…,” the top seed told reporters": one describing word before the noun.)
            // ("“…,” the Bramley manager said", "said the 20-year-old Nigerian defender": up to three.)
            let noun = describedNoun(after: k, saidFirst: k == first + 1)
            if k == first || (k == first + 1 && text.isLowercaseWord(first, .speechVerb) && text.isLowercaseWord(noun, .personNoun)),
               text.isLowercaseWord(k, .article),
               isPersonNounOrTitle(noun) || describesSomeone(k + 1),
               !Self.anonymousNouns.contains(text.hashes[k + 1]),
               // ("the US official said" is an unnamed source; "the police official said", the officer just named.)
               !Self.anonymousNouns.contains(text.hashes[noun]) || (noun == k + 2 && !tokens[k + 1].has(.capitalized)),
               // ("the Swede said" after "Aberg, the Swede who …": a nationality the text gave someone.)
               let person = (isPersonNounOrTitle(noun) ? titleHolder(noun, before: max(open, 0))
                             : describesSomeone(noun) ? titleHolder(noun, before: max(open, 0), inAppositionOnly: true) : nil)
                   ?? resolvePronoun(before: max(open, 0)),
               let named = lastPersonPosition(before: max(open, 0)), open - named <= 120 {
                // ("“…,” the Pakistan captain said" after "England coach Brendon McCullum": someone
                // of another side, unnamed.)
                if noun > k + 1, describedOtherwise(person, than: k + 1..<noun) { return .unnamed }
                return .person(person)
            }
            // "“…,” the committee said", "the league said": the body named before whose name holds that
            // word ("Monetary Policy Committee", "Indian Premier League").
            if k == first, text.isLowercaseWord(k, .article), text.isWord(k + 1), !text.tokens[k + 1].has(.capitalized),
               text.isLowercaseWord(k + 2, .speechVerb), let named = lastOrganization(before: max(open, 0), holding: text.lowercaseHash(k + 1)) {
                return .named(analysis.entities[named].name)
            }
            // "“…,” the company said": the organization named before.
            if k == first, text.isLowercaseWord(k, .article), namesOrganizationKindBetween(k + 1, k + 2),
               text.isLowercaseWord(k + 2, .speechVerb), let named = lastOrganization(before: max(open, 0)) {
                return .named(analysis.entities[named].name)
            }
            if k == first, let name = unrecognizedSpeaker(at: k) { return .named(name) }
            if text.isLowercaseWord(k, .speechVerb) || text.isWord(k, [.according, .to]) || t.has(.capitalized) {
                k += 1
                continue
            }
            // "“…,” according to a statement from the port authority": who issued it.
            if k >= first + 2, text.isWord(k - 1, .to), text.isWord(k - 2, .according), let issuer = issuer(after: k, paragraph: tokens[close].paragraph) {
                return issuer
            }
            // "“…,” farmer Jenny Tremayne told…" / "said resident Maria Gonzalez": a short
            // lower-case description right before the speaker's name.
            if let person = describedPerson(from: k, paragraph: tokens[close].paragraph) { return .person(person) }
            return k == first && !text.isWord(k, .unnamedOpener) ? nil : .unnamed
        }
        return nil
    }

    /// The token of the person noun that the article at `k` introduces after up to three
    /// describing words ("the Bengal captain said", "said the 20-year-old Nigerian defender"),
    /// where the noun then ends the attribution (a speech verb follows, or, after "said", the
    /// clause ends); `k + 1` when there is none.
    private func describedNoun(after k: Int, saidFirst: Bool) -> Int {
        var j = k + 1
        while j <= k + 3, text.isWord(j), !isPersonNounOrTitle(j) {
            guard personAt[j] < 0, !text.tokens[j].has(.inQuote), !text.tokens[j].has(.possessive),
                  !Self.clauseWords.contains(text.hashes[j]), !text.isWord(j, [.speechVerb, .pronoun, .article]) else { return k + 1 }
            j += 1
        }
        guard j > k + 1, j <= k + 3, isPersonNounOrTitle(j) else { return k + 1 }
        let ends = text.isLowercaseWord(j + 1, .speechVerb) || text.isWord(j + 1, .toldVerb) || (saidFirst && !text.isWord(j + 1))
        return ends ? j : k + 1
    }

    /// Whether `person` is introduced with a capitalized qualifier before a job ("England coach
    /// Brendon McCullum", "McCullum, the England coach,") that the capitalized words in
    /// `description` ("the Pakistan captain") do not hold: then the description means someone else.
    /// (Places, nations' peoples and bodies are weighed, a body only against a body: "the Everton
    /// manager" is not the "Arsenal manager", but "the Spanish manager" may be. A place and its
    /// people's adjective agree, "India" and "Indian", "France" and "French"; a party or a creed
    /// is no side: "the Massachusetts senator" may be the "Democratic senator".)
    private func describedOtherwise(_ person: Int, than description: Range<Int>) -> Bool {
        /// 1: a place, 2: a nation's people, 3: a body (a club, a party); 0: none of these.
        func side(_ q: Int) -> Int {
            if text.facts[q].contains(.demonym) { return isNationality(q) ? 2 : 0 }
            if EntityLexicon.shared.place(text.places[q])?.kind == .location { return 1 }
            return organizationAt[q] >= 0 ? 3 : 0
        }
        let qualifiers = description.filter { text.isWord($0) && text.tokens[$0].has(.capitalized) && side($0) != 0 }
        guard !qualifiers.isEmpty else { return false }
        func agree(_ a: Int, _ b: Int) -> Bool {
            if text.lowercaseHash(a) == text.lowercaseHash(b) { return true }
            let kinds = Set([side(a), side(b)])
            // (Bodies against bodies, places against places and peoples: "the Everton manager" is not
            // the "Arsenal manager", but may be "the Spanish manager".)
            if kinds.contains(3) { return kinds.count == 2 }
            guard kinds.count == 2 else { return false }
            let x = Int(text.tokens[a].start), y = Int(text.tokens[b].start)
            guard Int(text.tokens[a].end) - x >= 2, Int(text.tokens[b].end) - y >= 2 else { return false }
            return text.bytes[x] == text.bytes[y] && text.bytes[x + 1] | 0x20 == text.bytes[y + 1] | 0x20
        }
        func differs(_ q: Int) -> Bool {
            text.isWord(q) && text.tokens[q].has(.capitalized) && personAt[q] < 0 && !text.isWord(q, .article) && side(q) != 0
                && !qualifiers.contains { agree($0, q) }
        }
        for p in personAt.indices where personAt[p] == person && (p == 0 || personAt[p - 1] != person) && !text.tokens[p].has(.inQuote) {
            if p >= 2, text.isLowercaseWord(p - 1, .personNoun), differs(p - 2) { return true }
            var end = p
            while end + 1 < personAt.count && personAt[end + 1] == person { end += 1 }
            if text.isMark(end + 1, 0x2C), text.isLowercaseWord(end + 2, .article), differs(end + 3), text.isLowercaseWord(end + 4, .personNoun) { return true }
        }
        return false
    }

    /// Whether the people's adjective at word `i` names a nation's people ("Indian", "Welsh",
    /// "Greek"), not a party, a creed or a movement ("Democratic", "Republican", "Christian").
    private func isNationality(_ i: Int) -> Bool { !Self.partiesAndCreeds.contains(text.word(i)) }

    /// People's adjectives that name parties, creeds or movements, not nations.
    private static let partiesAndCreeds: Set<String> = [
        "Republican", "Democratic", "Democrat", "Socialist", "Communist", "Liberal", "Conservative", "Labour", "Green", "Christian",
        "Catholic", "Muslim", "Jewish", "Protestant", "Evangelical", "Orthodox", "Hindu", "Sikh", "Buddhist", "Islamic", "Islamist",
        "Anglican", "Lutheran", "Presbyterian", "Methodist", "Baptist", "Episcopalian", "Marxist", "Trotskyist", "Stalinist", "Maoist",
        "Zionist", "Nationalist", "Unionist", "Loyalist", "Libertarian", "Rastafarian", "Vatican", "Shia", "Sunni",
    ]

    /// Whether word `j` names someone by what they are: a person noun ("the manager") or a title
    /// ("the Minister said", "the Sinn Féin TD said").
    private func isPersonNounOrTitle(_ j: Int) -> Bool {
        // (No word at all past the text's end: "“…,” said a Dunnes Stores" closing it.)
        guard text.isWord(j) else { return false }
        return text.isLowercaseWord(j, .personNoun) || (!text.tokens[j].has(.possessive) && personAt[j] < 0
            && (text.facts[j].contains(.role) || Self.legislatorTitles.contains(text.lowercaseHash(j))))
    }

    /// A legislator's title, lower case ("the Sinn Féin TD", "the Labour MP").
    private static let legislatorTitles: WordHashSet = WordHashSet(["td", "mp", "mla", "mep", "mpp", "msp", "mha", "mca", "mna"].map(HashedWordTable.hash))

    /// The person named in apposition to a job that the article at `k` introduces ("the
    /// Maricopa county attorney, Lydia Castellano-Reyes, told", "the rights group's Nigeria
    /// director, Isa Sanusi, said"), with a speech verb after the name's closing comma; or nil.
    /// `closing`: after "said", the name ends the sentence instead ("said the …, Matthew Parks.").
    private func appositionName(after k: Int, closing: Bool = false) -> Int? {
        guard let noun = (k + 1...k + 5).first(where: { text.isLowercaseWord($0, .personNoun) }),
              (k + 1..<noun).allSatisfy({ text.isWord($0) && personAt[$0] < 0 }) else { return nil }
        // ("the chairman of the association in the state, Dr Usman Aliyu Sani, said": what the
        // job is of, in small letters, before the comma.)
        var comma = noun + 1
        if text.isWord(comma), text.hashes[comma] == Self.ofHash {
            while comma - noun <= 8, text.isWord(comma), personAt[comma] < 0, !text.tokens[comma].has(.capitalized) { comma += 1 }
        }
        guard text.isMark(comma, 0x2C) else { return nil }
        var name = comma + 1
        if text.isWord(name, .role), text.tokens[name].has(.capitalized), personAt.indices.contains(name + 1), personAt[name] < 0 {
            name += text.isMark(name + 1, 0x2E) ? 2 : 1  // "Dr", "Dr."
        }
        guard personAt.indices.contains(name), personAt[name] >= 0 else { return nil }
        var end = name
        while end + 1 < personAt.count && personAt[end + 1] == personAt[name] { end += 1 }
        if closing { return text.isMark(end + 1, 0x2E) || end + 1 >= text.tokens.count ? personAt[name] : nil }
        guard text.isMark(end + 1, 0x2C), text.isLowercaseWord(end + 2, .speechVerb) || text.isWord(end + 2, .toldVerb) else { return nil }
        return personAt[name]
    }

    /// The one to three capitalized words at `k` that a speech verb follows ("Bakare-Ogun told"),
    /// when the recognizer took them for no person, organization or place; or nil.
    private func unrecognizedSpeaker(at k: Int) -> String? {
        var j = k
        while j < k + 3 && text.isWord(j) && text.tokens[j].has(.capitalized) && !text.tokens[j].has(.allCaps)
                && personAt[j] < 0 && !thingAt[j] && text.facts[j].isDisjoint(with: [.pronoun, .role, .nonEntity, .demonym, .article]) {
            j += 1
        }
        guard j > k, text.isLowercaseWord(j, .speechVerb) else { return nil }
        return text.name(k, j - 1)
    }

    /// Whether word `i` stands for someone named before: a nationality ("the Serbian said") or
    /// an age ("the 21-year-old said").
    private func describesSomeone(_ i: Int) -> Bool {
        guard text.isWord(i) else { return false }
        if text.facts[i].contains(.demonym) && text.tokens[i].has(.capitalized) { return true }
        // "the New Zealander said": a nationality of two words.
        if text.facts[i].contains(.gazetteerPrefix), text.isWord(i + 1), text.facts[i + 1].contains(.demonym) { return true }
        let word = text.bytes[Int(text.tokens[i].start)..<Int(text.tokens[i].end)]
        return word.first.map { $0 &- 0x30 < 10 } == true && word.count > 8 && word.suffix(8).elementsEqual("year-old".utf8)
    }

    private static let ofHash = HashedWordTable.hash("of")
    private static let statementHash = HashedWordTable.hash("statement")
    private static let readHash = HashedWordTable.hash("read")

    /// Who issued the statement that the latest sentence before `position` mentioning one
    /// brings up, within the last 150 tokens: its first person who is no owner ("In a statement
    /// released through her attorney, Helen Okonkwo-Reyes said …", not "Lindqvist's" of
    /// "Lindqvist's attorney, Michael O'Hare, said in a statement"), the one its pronoun stands
    /// for ("In a statement, he said"), or else its organization ("In an emailed statement, ISC
    /// said"); nil when no such sentence names anyone.
    private func statementIssuer(before position: Int) -> Finding? {
        var p = position - 1
        while p >= 0 && position - p <= 150 {
            if text.isWord(p), !text.tokens[p].has(.inQuote), text.hashes[p] == Self.statementHash {
                var k = p
                while k > 0 && sentence[k - 1] == sentence[p] { k -= 1 }
                var organization: Int?
                // ("“…,” the statement read." names no one itself: the mention before it may.)
                while k < position && sentence[k] == sentence[p] {
                    if !text.tokens[k].has(.inQuote) && text.isWord(k) {
                        if personAt[k] >= 0 {
                            var end = k
                            while end + 1 < text.tokens.count && personAt[end + 1] == personAt[k] { end += 1 }
                            if !text.tokens[end].has(.possessive) { return .person(personAt[k]) }
                            k = end
                        } else if text.isWord(k, .pronoun) && !text.tokens[k].has(.possessive) {
                            if let person = resolvePronoun(before: k, sex: pronounSex(k)) { return .person(person) }
                        } else if organization == nil && organizationAt[k] >= 0 {
                            organization = organizationAt[k]
                        }
                    }
                    k += 1
                }
                if let organization { return .named(analysis.entities[organization].name) }
            }
            p -= 1
        }
        return nil
    }

    /// Prepositions after a job that say where it is held ("representative in Pakistan", "director for Africa").
    private static let postPrepositions: WordHashSet = WordHashSet(["in", "for", "at"].map(HashedWordTable.hash))

    /// Words that never describe a speaker in "“…,” farmer Jane Doe said": they join clauses.
    private static let clauseWords: WordHashSet = WordHashSet(["for", "of", "to", "with", "about", "and", "but", "or", "by",
                                                       "in", "on", "at", "from", "than", "that", "which", "when",
                                                       "while", "as", "if", "because", "who", "whose"].map(HashedWordTable.hash))

    /// The person named after a job right after token `end` ("… Lawson spokeswoman Kendra Ashby",
    /// "… Castellan chairman and CEO Warren T. Blakely"): lower-case job words, "and", and
    /// capitalized titles, at most five, then a person; or nil.
    private func jobHolder(after end: Int, paragraph: Int32) -> Int? {
        var j = end + 1
        guard text.isWord(j), !text.tokens[j].has(.capitalized), text.isWord(j, [.role, .personNoun]) else { return nil }
        while j - end <= 5, j < text.tokens.count, text.tokens[j].paragraph == paragraph, personAt[j] < 0, text.isWord(j) {
            let lower = !text.tokens[j].has(.capitalized)
            guard (lower && (text.isWord(j, [.role, .personNoun]) || text.isWord(j, .and))) || (!lower && text.isWord(j, .role)) else { break }
            j += 1
        }
        guard j < text.tokens.count, j > end + 1, text.tokens[j].paragraph == paragraph, personAt[j] >= 0, personAt[j] != personAt[end],
              !text.isWord(j - 1, .and) else { return nil }
        return personAt[j]
    }

    /// The person named right after one to three lower-case describing words starting at
    /// token `k` ("farmer", "local resident", "energy minister,"), or after "the" and an owner's
    /// description ("the union's national coordinator,"), in the same paragraph, or nil.
    private func describedPerson(from k: Int, paragraph: Int32) -> Int? {
        var j = k
        var limit = text.isLowercaseWord(k, .article) && text.isWord(k + 1) && text.tokens[k + 1].has(.possessive) ? 5 : 3
        while j < text.tokens.count && j - k < limit && text.tokens[j].paragraph == paragraph && text.isWord(j)
                && !text.tokens[j].has(.capitalized) && personAt[j] < 0 {
            // ("director of rugby Kobus Lombard", "managing director of men's cricket Callum
            // Ashworth": "of" inside the job's name, and the field it names.)
            let ofInJob = j > k && text.isLowercaseWord(j - 1, .personNoun) && text.hashes[j] == Self.ofHash
                && text.isWord(j + 1) && !text.tokens[j + 1].has(.capitalized)
            // ("said president and CEO Gordon Lindqvist": two jobs of one person.)
            let andInJob = j > k && text.isWord(j, .and) && text.isWord(j - 1, [.role, .personNoun])
                && text.isWord(j + 1, [.role, .personNoun])
            // ("UNICEF's representative in Pakistan, Abdullah Fadil, said": where the job is held,
            // then the name in apposition.)
            if j > k, text.isLowercaseWord(j - 1, .personNoun), Self.postPrepositions.contains(text.hashes[j]) {
                var m = j + 1
                while m < text.tokens.count && m - j <= 4 && text.isWord(m) && text.tokens[m].has(.capitalized) && personAt[m] < 0 { m += 1 }
                if m > j + 1, text.isMark(m, 0x2C), m + 1 < text.tokens.count, personAt[m + 1] >= 0, text.tokens[m + 1].paragraph == paragraph {
                    return personAt[m + 1]
                }
            }
            if (Self.clauseWords.contains(text.hashes[j]) && !ofInJob && !andInJob) || text.isWord(j, [.speechVerb, .pronoun]) { return nil }
            // ("founder and chief executive Sir Peter Beck": the second job may be two words too.)
            if ofInJob || andInJob { limit += 2 }
            j += 1
        }
        guard j > k else { return nil }
        // "Ukraine's energy minister, Herman Halushchenko, said": the name in apposition.
        if text.isMark(j, 0x2C), text.tokens[j].paragraph == paragraph { j += 1 }
        // "said lead author Dr. Aarti Venkataraman": a title between the description and the name.
        var titles = 0
        while titles < 2, j < text.tokens.count, personAt[j] < 0, text.isWord(j, .role), text.tokens[j].has(.capitalized) {
            j += 1
            titles += 1
            if text.isMark(j, 0x2E) && text.tokens[j].has(.abbreviation) { j += 1 }
        }
        guard j < text.tokens.count, text.tokens[j].paragraph == paragraph, personAt[j] >= 0 else { return nil }
        return personAt[j]
    }

    /// The attribution in the quotation's own sentence before its opening mark at `open`.
    func before(open: Int) -> Finding? {
        guard open >= 0 else { return nil }
        let s = sentence[open]
        var k = open - 1
        var verb: Int?
        var lastMark: UInt8 = 0
        while k >= 0 && sentence[k] == s {
            let t = text.tokens[k]
            if t.kind == .punctuation && !t.has(.inQuote) && lastMark == 0 && k == open - 1 { lastMark = t.mark }
            if !t.has(.inQuote) && (text.isLowercaseWord(k, .speechVerb) || text.isWord(k, .according)) { verb = k; break }
            k -= 1
        }
        // "Ishiba said he and Lee had agreed that co-operation was “…”": the sentence's own
        // speech verb, right after a name, reports the words, not the verb of what it reports
        // (unless a name stands right before that one too: "…, while Xi said: “…”").
        if let v = verb, v > 0, personAt[v - 1] < 0 {
            var u = v - 1
            while u > 0 && sentence[u] == s {
                if !text.tokens[u].has(.inQuote), text.isLowercaseWord(u, .speechVerb), personAt[u - 1] >= 0 {
                    verb = u
                    break
                }
                u -= 1
            }
        }
        if let v = verb {
            // "Xi called for restraint after meeting Scholz and Macron, and said he was “…”":
            // a verb after "and" has the sentence's subject, its first person.
            if text.isLowercaseWord(v - 1, .and) || (text.isMark(v - 1, 0x2C) && text.isLowercaseWord(v - 2, .and)),
               let subject = firstPerson(inSentenceOf: open, before: v) {
                return .person(subject)
            }
            // "Jaishankar defended the purchases in talks with Lavrov, saying they were guided by
            // “…”", "Pistorius said Vance's remarks were “not acceptable,” adding: “…”": a
            // participle after a comma has the sentence's subject too, never an owner.
            if text.isMark(v - 1, 0x2C), isParticiple(v), let subject = participleSubject(before: v) {
                return .person(subject)
            }
            // "Argentine officials said the president had “…”", "officials in Brussels described
            // the talks as “…”": an unnamed source right before the verb, no one named.
            var w = v - 1
            // (Not the job in apposition to a name: "Dr Mary Senior, the union official, said".)
            let apposed = text.isMark(v - 1, 0x2C) && appositionOpener(before: v - 1) != nil
            while !apposed, w >= 0, v - w <= 4, sentence[w] == s, !text.tokens[w].has(.inQuote), personAt[w] < 0, organizationAt[w] < 0 {
                if text.isWord(w), !text.tokens[w].has(.capitalized), Self.anonymousNouns.contains(text.hashes[w]) { return .unnamed }
                w -= 1
            }
            // "A spokesperson for International Trade Minister Maninder Sidhu said": the
            // spokesperson speaks, not the minister.
            if let named = (max(0, v - 4)..<v).last(where: { personAt[$0] >= 0 && !text.tokens[$0].has(.inQuote) }),
               let spokes = spokespersonFor(personEndingAt: named) {
                return spokesperson(at: spokes)
            }
            var p = v - 1
            // "Cummins, who was caught off Ravindra Jadeja, said": the clause between the commas
            // is about someone else; the speaker stands before it.
            // "Abiodun, in a statement signed by his Chief Press Secretary, Kayode Akinmade, said": the
            // aide between the commas only signed it.
            if text.isMark(p, 0x2C), let comma = statementOpener(before: p) { p = comma - 1 }
            else if text.isMark(p, 0x2C), let opener = relativeClauseOpener(before: p) { p = opener - 2 }
            // "Wi Sung-lac, Lee's national security adviser, told": the name before the job in apposition.
            else if text.isMark(p, 0x2C), let comma = appositionOpener(before: p) { p = comma - 1 }
            // "Liz Kelly, of Taranaki Whānui, said": the body or place between the commas is hers.
            else if text.isMark(p, 0x2C), let comma = affiliationOpener(before: p) { p = comma - 1 }
            var organization: Int?
            while p >= 0 && sentence[p] == s {
                if !text.tokens[p].has(.inQuote) && text.tokens[p].kind == .word {
                    if personAt[p] >= 0 { return .person(personAt[p]) }
                    if text.isWord(p, .pronoun) { return pronounFinding(before: p, sex: pronounSex(p)) }
                    // "A spokesperson for Eurostar said …", "The spokeswoman said: “…”".
                    if organization == nil, isSpokesNoun(p) { return spokesperson(at: p) }
                    // (Not the agency of the dateline: "BEIJING, Nov 4 (Reuters) - China said …".)
                    if organization == nil && organizationAt[p] >= 0 && !followsPreposition(p) && !text.tokens[p].has(.dateline) {
                        organization = organizationAt[p]
                    }
                    // "Speaking to Sky Sports, the Congolese forward said: “…”", "The health
                    // secretary said: “…”": someone named before.
                    let article = text.isLowercaseWord(p, .article) || (text.isWord(p, .article) && text.tokens[p].has(.sentenceStart))
                    // ("A spokesperson for the federal Communications Minister said": the minister's spokesperson.)
                    if organization == nil, article, describesSomeoneBetween(p + 1, v),
                       !(p > 0 && text.isLowercaseWord(p - 1, .headConnector)) {
                        return (titleHolder(v - 1, before: p) ?? resolvePronoun(before: p)).map { .person($0) } ?? .unnamed
                    }
                    // "The agency said that …": the organization named before.
                    // ("… suspended Skyview Air after what the regulator described as “…”": the
                    // body opening the sentence, its subject, when the sentence names one.)
                    if organization == nil, article, namesOrganizationKindBetween(p + 1, v),
                       let named = firstOrganization(inSentenceOf: p) ?? lastOrganization(before: p) {
                        return .named(analysis.entities[named].name)
                    }
                }
                p -= 1
            }
            // "The ANC said in a statement that Mahlangu was “…”": the body right before the verb
            // said it, not the person the words are about.
            if let organization, (max(0, v - 2)..<v).contains(where: { organizationAt[$0] == organization && !text.tokens[$0].has(.dateline) }) {
                return .named(analysis.entities[organization].name)
            }
            for q in (v + 1)..<open where !text.tokens[q].has(.inQuote) && personAt[q] >= 0 { return .person(personAt[q]) }
            // "According to him, the industry's growth is “…”": the one the paragraph above named.
            if text.isWord(v, .according), text.isWord(v + 1, .to), v + 2 < open, text.isWord(v + 2), !text.tokens[v + 2].has(.capitalized) {
                let object = text.lowercaseHash(v + 2)
                if object == Self.himHash || object == Self.herHash {
                    return pronounFinding(before: v + 2, sex: object == Self.himHash ? .male : .female)
                }
            }
            // "According to a statement from the port authority, the ship “…”".
            if text.isWord(v, .according), text.isWord(v + 1, .to), let issuer = issuer(after: v + 2, paragraph: text.tokens[v].paragraph),
               case .named = issuer {
                return issuer
            }
            // "The Department of Environment (DENR), in a statement, said the projects “…”": no
            // person in the sentence, the body named before the verb speaks.
            if let organization { return .named(analysis.entities[organization].name) }
            return nil
        }
        if lastMark == 0x3A {
            // "X criticized the plan: “…”": the person named last before the colon.
            var p = open - 1
            while p >= 0 && sentence[p] == s {
                if !text.tokens[p].has(.inQuote) && text.tokens[p].kind == .word {
                    if personAt[p] >= 0 { return .person(personAt[p]) }
                    if text.isWord(p, .pronoun) { return resolvePronoun(before: p, sex: pronounSex(p)).map { .person($0) } }
                }
                p -= 1
            }
        }
        return nil
    }

    /// Whether capitalized words after token `k`, one of them a title, lead to a person's name
    /// within six words ("and Communications Technology Secretary Henry Aguda").
    private func titleAndNameFollow(_ k: Int) -> Bool {
        var j = k + 1
        var titled = false
        while j < text.tokens.count, j - k <= 6, text.isWord(j), text.tokens[j].has(.capitalized), personAt[j] < 0 {
            if text.facts[j].contains(.role) { titled = true }
            j += 1
        }
        return titled && j < personAt.count && personAt[j] >= 0
    }

    /// The keys of "him" and "her", the pronouns after "according to".
    private static let himHash = HashedWordTable.hash("him"), herHash = HashedWordTable.hash("her")

    /// The person the text introduced with the title or job at token `noun` ("the King said"
    /// after "King Charles", "the Oba said" after "Oba Abdulrasheed Ogunleye II", "her father
    /// said" after "Her father, K. Suresh Nair,"), the latest within 600 tokens before
    /// `position`: the word right before the name (three words at most) or in the apposition
    /// right after it ("Helen Park, the minister,"). Of several so introduced, the one the
    /// article names most ("the 29-year-old singer" of a story about one singer, not the singer
    /// among its guests), the latest of equals. Nil when `noun` is no word or none was.
    /// With `inAppositionOnly`, the apposition must open with the noun or its article ("Aberg, the
    /// Swede who", not "Alcaraz, who beat the American").
    private func titleHolder(_ noun: Int, before position: Int, inAppositionOnly: Bool = false) -> Int? {
        guard text.isWord(noun) else { return nil }
        let key = text.lowercaseHash(noun)
        var best: Int?
        var p = position - 1
        while p >= 0 && position - p <= 600 {
            defer { p -= 1 }
            guard personAt[p] >= 0, p == 0 || personAt[p - 1] != personAt[p], !text.tokens[p].has(.inQuote) else { continue }
            var end = p
            while end + 1 < personAt.count && personAt[end + 1] == personAt[p] { end += 1 }
            let titled = (max(0, p - 3)..<p).contains(where: { text.isWord($0) && text.lowercaseHash($0) == key && sentence[$0] == sentence[p] })
                // (Not a new clause's subject after the name: "…, Bayo Onanuga, the President said".)
                || (text.isMark(end + 1, 0x2C)
                    && (end + 2..<min(end + 7, text.tokens.count)).contains(where: {
                        text.isWord($0) && text.lowercaseHash($0) == key && !text.isLowercaseWord($0 + 1, .speechVerb)
                            && (!inAppositionOnly || $0 == end + 2 || ($0 == end + 3 && text.isLowercaseWord(end + 2, .article))) }))
            guard titled else { continue }
            if let b = best, analysis.entities[b].mentions >= analysis.entities[personAt[p]].mentions { continue }
            best = personAt[p]
        }
        return best
    }

    /// Possessive pronouns before a person noun ("her father said"), lower case.
    private static let possessivePronouns: WordHashSet = WordHashSet(["her", "his", "their"].map(HashedWordTable.hash))

    /// Whether the organization mention around token `p` follows a preposition ("to Sky Sports",
    /// "with Reuters"): what someone spoke to, not who spoke.
    private func followsPreposition(_ p: Int) -> Bool { mention(at: p, in: organizationAt, follows: Self.prepositions) }

    /// Whether the mention around token `p`, by `owners` (`personAt` or `organizationAt`),
    /// follows one of `prepositions` written in small letters.
    private func mention(at p: Int, in owners: [Int], follows prepositions: WordHashSet) -> Bool {
        var start = p
        while start > 0 && owners[start - 1] == owners[p] { start -= 1 }
        return start > 0 && text.isWord(start - 1) && !text.tokens[start - 1].has(.capitalized)
            && prepositions.contains(text.hashes[start - 1])
    }

    /// Whether the one to three words from `from` up to the verb at `verb` describe a person
    /// ("Congolese forward", "minister"): a person noun or a nationality.
    private func describesSomeoneBetween(_ from: Int, _ verb: Int) -> Bool {
        guard verb - from >= 1, verb - from <= 3 else { return false }
        return (from..<verb).allSatisfy { text.isWord($0) && !text.tokens[$0].has(.inQuote) && personAt[$0] < 0 }
            && (from..<verb).contains { isPersonNounOrTitle($0) || describesSomeone($0) }
            && !Self.anonymousNouns.contains(text.hashes[verb - 1])
    }

    /// Whether the one or two lower-case words from `from` up to `verb` end in a kind of
    /// organization ("company", "state agency"), which stands for the organization named before.
    private func namesOrganizationKindBetween(_ from: Int, _ verb: Int) -> Bool {
        guard verb - from >= 1, verb - from <= 2 else { return false }
        return (from..<verb).allSatisfy { text.isWord($0) && !text.tokens[$0].has(.capitalized) && !text.tokens[$0].has(.inQuote) }
            && text.isLowercaseWord(verb - 1, .organizationKind) && !text.isWord(verb - 1, .personNoun)
    }

    /// The organization whose name opens the sentence of token `position` (after at most three
    /// words: "The Nigerian Civil Aviation Authority"), outside quotations, before it; or nil.
    private func firstOrganization(inSentenceOf position: Int) -> Int? {
        var k = position
        while k > 0 && sentence[k - 1] == sentence[position] { k -= 1 }
        var words = 0
        while k < position, words <= 3 {
            if organizationAt[k] >= 0 && !text.tokens[k].has(.inQuote) { return organizationAt[k] }
            if text.tokens[k].kind == .word { words += 1 }
            k += 1
        }
        return nil
    }

    /// The organization named last outside quotations before token `position`, at most 150
    /// tokens before it.
    private func lastOrganization(before position: Int) -> Int? {
        lastOrganization(before: position, within: 150) { _ in true }
    }

    /// The organization named last outside quotations before token `position`, at most 600
    /// tokens before it, whose name holds the word `word` (a lower-case hash); or nil.
    private func lastOrganization(before position: Int, holding word: UInt64) -> Int? {
        lastOrganization(before: position, within: 600) { e in
            analysis.entities[e].name.split(separator: " ").contains { HashedWordTable.hash($0.lowercased()) == word }
        }
    }

    /// The organization named last outside quotations, at most `within` tokens before token
    /// `position`, that `accepts`; or nil.
    private func lastOrganization(before position: Int, within: Int, where accepts: (Int) -> Bool) -> Int? {
        var k = position - 1
        while k >= 0 && position - k <= within {
            let e = organizationAt[k]
            if e >= 0, !text.tokens[k].has(.inQuote), accepts(e) { return e }
            k -= 1
        }
        return nil
    }

    /// Prepositions after which a name is spoken to or of.
    private static let prepositions: WordHashSet = WordHashSet(["to", "with", "by", "from", "at", "on", "in", "for", "told", "about"]
        .map(HashedWordTable.hash))

    /// The first person named outside quotations in the sentence of token `position`, before
    /// token `limit`.
    /// With `owners` false, a person named as an owner ("Vance's remarks") does not count.
    private func firstPerson(inSentenceOf position: Int, before limit: Int, owners: Bool = true) -> Int? {
        var k = position
        while k > 0 && sentence[k - 1] == sentence[position] { k -= 1 }
        while k < limit {
            if personAt[k] >= 0 && !text.tokens[k].has(.inQuote) {
                var end = k
                while end + 1 < limit && personAt[end + 1] == personAt[k] { end += 1 }
                if owners || !text.tokens[end].has(.possessive) { return personAt[k] }
                k = end
            }
            k += 1
        }
        return nil
    }

    /// The person a participle at token `k` goes on with: the subject of its sentence, else the
    /// sentence's first person named before it who is no owner ("Vance's remarks").
    private func participleSubject(before k: Int) -> Int? {
        sentenceSubject(of: k) ?? firstPerson(inSentenceOf: k, before: k, owners: false)
    }

    /// Whether the speech verb at `v` is a participle ("saying", "adding", "noting").
    private func isParticiple(_ v: Int) -> Bool {
        let t = text.tokens[v]
        return t.end - t.start > 4 && text.bytes[Int(t.end) - 3] == 0x69 && text.bytes[Int(t.end) - 2] == 0x6E && text.bytes[Int(t.end) - 1] == 0x67
    }

    /// The person whose name opens the words at token `k` and who is said to speak right
    /// after it ("Goyens said the group…"), or nil.
    func speakerOpening(at k: Int) -> Int? {
        guard text.isWord(k), !text.tokens[k].has(.inQuote), personAt[k] >= 0 else { return nil }
        var e = k
        while e + 1 < text.tokens.count && personAt[e + 1] == personAt[k] { e += 1 }
        var v = e + 1
        while v < text.tokens.count && text.tokens[v].kind != .word && text.tokens[v].has(.abbreviation) { v += 1 }
        guard v < text.tokens.count, text.tokens[v].paragraph == text.tokens[k].paragraph,
              text.isLowercaseWord(v, .speechVerb) else { return nil }
        return personAt[k]
    }

    /// The last person said to speak in the paragraph just before the one of token `open`.
    func lastSpeaker(inParagraphAbove open: Int) -> Int? {
        guard open > 0 else { return nil }
        let paragraph = text.tokens[open - 1].paragraph
        guard paragraph != text.tokens[open].paragraph else { return nil }
        for subject in speechSubjects.reversed() where subject.position < open {
            return text.tokens[subject.position].paragraph == paragraph ? subject.entity : nil
        }
        return nil
    }

    /// The last person said to speak in the paragraph of token `open`, before it.
    func lastSpeaker(inParagraphBefore open: Int) -> Int? {
        let paragraph = text.tokens[max(open, 0)].paragraph
        for subject in speechSubjects.reversed() where subject.position < open {
            return text.tokens[subject.position].paragraph == paragraph ? subject.entity : nil
        }
        return nil
    }

    /// The person named last outside quotations before token `open` in its paragraph, or nil.
    func lastPersonNamed(inParagraphBefore open: Int) -> Int? {
        guard open > 0, let k = lastPersonPosition(before: open), text.tokens[k].paragraph == text.tokens[open].paragraph else { return nil }
        return personAt[k]
    }

    /// The comma that opens an affiliation in apposition ("of Taranaki Whānui", "from the
    /// University of Ghana") that the comma at `close` ends, after a person's name: at most eight
    /// words back in the same sentence; or nil.
    private func affiliationOpener(before close: Int) -> Int? {
        var k = close - 1
        while k > 1 && close - k <= 8 && sentence[k] == sentence[close] {
            if text.isMark(k - 1, 0x2C), text.isWord(k), !text.tokens[k].has(.capitalized),
               text.hashes[k] == Self.ofHash || text.hashes[k] == Self.fromHash, personAt[k - 2] >= 0 {
                return k - 1
            }
            if text.isMark(k, 0x2C) { return nil }
            k -= 1
        }
        return nil
    }

    /// "from", as written.
    private static let fromHash = HashedWordTable.hash("from")

    /// The comma after a person's name that opens "in a statement" (or "in a statement signed by
    /// his aide, …"), a phrase the comma at `close` ends, at most 25 tokens before it; or nil.
    private func statementOpener(before close: Int) -> Int? {
        var k = close - 1
        while k > 1 && close - k <= 25 && sentence[k] == sentence[close] && !text.tokens[k].has(.inQuote) {
            if text.isMark(k - 1, 0x2C), personAt[k - 2] >= 0, text.isWord(k), !text.tokens[k].has(.capitalized),
               text.hashes[k] == Self.inHash || text.hashes[k] == Self.throughHash, k + 1 < close,
               (k + 1...min(k + 3, close - 1)).contains(where: { text.isWord($0) && text.hashes[$0] == Self.statementHash }) {
                return k - 1
            }
            k -= 1
        }
        return nil
    }

    /// "in" and "through", as written.
    private static let inHash = HashedWordTable.hash("in"), throughHash = HashedWordTable.hash("through")

    /// The "who", "whose" or "which" after a comma that opens the clause a comma at `close`
    /// ends, in the same sentence, at most 40 words before; or nil.
    private func relativeClauseOpener(before close: Int) -> Int? {
        var k = close - 1
        while k > 0 && close - k <= 40 && sentence[k] == sentence[close] {
            if text.isMark(k - 1, 0x2C), text.isWord(k), !text.tokens[k].has(.inQuote), Self.relativePronouns.contains(text.hashes[k]) {
                return k
            }
            k -= 1
        }
        return nil
    }

    /// The comma opening a job in apposition that the comma at `close` ends, after a person's
    /// name ("Wi Sung-lac, Lee's national security adviser,"): at most eight words, the last a
    /// person noun in small letters, or an article and a person noun first ("…, a planning
    /// consultant with Tom Phillips + Associates,"); or nil.
    private func appositionOpener(before close: Int) -> Int? {
        // (A comma among the text's first words has no name and job before it.)
        guard close >= 3 else { return nil }
        // "Aisling Ní Bhriain, a planning consultant with Tom Phillips + Associates, cautioned":
        // an article and a person noun open the job, whoever it names after.
        if let comma = (max(1, close - 15)..<(close - 2)).last(where: { text.isMark($0, 0x2C) }), personAt[comma - 1] >= 0,
           text.isLowercaseWord(comma + 1, [.article, .appositionOpener]), (comma + 2...min(close - 1, comma + 4)).contains(where: { text.isLowercaseWord($0, .personNoun) }),
           !(comma + 1..<close).contains(where: { text.isWord($0, .speechVerb) || text.tokens[$0].has(.inQuote) }) {
            return comma
        }
        // "Shaun Hildebrand, president of Urbanation, said": a job and the body it is held at.
        if close >= 4, let comma = (max(1, close - 10)..<(close - 3)).last(where: { text.isMark($0, 0x2C) }), personAt[comma - 1] >= 0,
           text.isLowercaseWord(comma + 1, .personNoun), text.isWord(comma + 2), !text.tokens[comma + 2].has(.capitalized),
           Self.affiliationPrepositions.contains(text.hashes[comma + 2]),
           (comma + 3..<close).allSatisfy({ text.isWord($0) && (text.tokens[$0].has(.capitalized) || text.isLowercaseWord($0, .article))
               && !text.tokens[$0].has(.inQuote) }) {
            return comma
        }
        guard text.isLowercaseWord(close - 1, .personNoun) else { return nil }
        var k = close - 2
        while k > 0 && close - k <= 9 && sentence[k] == sentence[close] {
            if text.isMark(k, 0x2C) { return personAt[k - 1] >= 0 ? k : nil }
            if !text.isWord(k) || text.isWord(k, .speechVerb) { return nil }
            k -= 1
        }
        return nil
    }

    /// "of", "at" and "for", as written: what ties a job to where it is held.
    private static let affiliationPrepositions: WordHashSet = WordHashSet(["of", "at", "for"].map(HashedWordTable.hash))

    /// Words that open a relative clause, as written.
    private static let relativePronouns: WordHashSet = WordHashSet(["who", "whose", "which"].map(HashedWordTable.hash))

    /// The name of the organization whose mention starts at word `k` of an attribution that
    /// starts at `first`, when it speaks there: opening the attribution (after "the") before a
    /// speech verb, or right after the verb that opens it; or nil.
    private func speakingBody(at k: Int, first: Int) -> String? {
        guard k < text.tokens.count, organizationAt[k] >= 0 else { return nil }
        let entity = organizationAt[k]
        var end = k
        while end + 1 < text.tokens.count && organizationAt[end + 1] == entity { end += 1 }
        let opens = k == first || (k == first + 1 && text.isLowercaseWord(first, .article))
        let afterVerb = (k == first + 1 && text.isLowercaseWord(first, .speechVerb))
            || (k == first + 2 && text.isLowercaseWord(first, .speechVerb) && text.isLowercaseWord(first + 1, .article))
        guard (opens && text.isLowercaseWord(end + 1, .speechVerb)) || afterVerb else { return nil }
        // "said Congress leader Jairam Ramesh": the body is the speaker's, who is named next.
        for j in (end + 1)..<min(text.tokens.count, end + 4) where personAt[j] >= 0 || text.isWord(j, [.personNoun, .role]) { return nil }
        return analysis.entities[entity].name
    }

    /// The person or body that issued what "according to" names from word `k` ("a statement
    /// from the MPA", "a release by Maria Gonzalez"): named within six words after a statement's
    /// noun and "from", "by" or "of"; or nil.
    private func issuer(after k: Int, paragraph: Int32) -> Finding? {
        var j = k
        if text.isLowercaseWord(j, .article) || (text.isWord(j) && Self.indefiniteArticles.contains(text.lowercaseHash(j))) { j += 1 }
        guard text.isWord(j), Self.statementNouns.contains(text.lowercaseHash(j)) else { return nil }
        var q = j + 1
        while q < min(text.tokens.count, j + 7) && text.tokens[q].paragraph == paragraph {
            if personAt[q] >= 0 { return .person(personAt[q]) }
            if organizationAt[q] >= 0 { return .named(analysis.entities[organizationAt[q]].name) }
            if text.isMark(q, 0x2E) || text.isMark(q, 0x2C) { return nil }
            q += 1
        }
        return nil
    }

    /// Nouns of what a body issues ("statement", "release").
    private static let statementNouns: WordHashSet = WordHashSet(["statement", "statements", "release", "announcement", "notice",
                                                           "filing", "report", "letter", "post", "email"].map(HashedWordTable.hash))

    /// Whether word `i` is a lower-case noun for one who speaks for a body ("spokeswoman").
    private func isSpokesNoun(_ i: Int) -> Bool {
        text.isWord(i) && (!text.tokens[i].has(.capitalized) || text.tokens[i].has(.sentenceStart))
            && Self.spokesNouns.contains(text.lowercaseHash(i))
    }

    /// Who the spokesperson at word `k` is: the person named with that noun ("Jane Roe, a
    /// spokeswoman for…", "spokesman Li Wei"), here or where a spokesperson was last introduced
    /// (in the 200 words before); else the body spoken for ("a spokesperson for Eurostar"); else
    /// nobody named.
    private func spokesperson(at k: Int) -> Finding {
        var j = k
        while j >= 0 && k - j <= 200 {
            if j == k || (isSpokesNoun(j) && !text.tokens[j].has(.inQuote)) {
                if j + 1 < text.tokens.count, personAt[j + 1] >= 0 { return .person(personAt[j + 1]) }
                // ("A TfL spokesperson, John Smith, said": the name in apposition.)
                if j != k, text.isMark(j + 1, 0x2C), let person = appositionSpeaker(at: j + 2) { return .person(person) }
                if let p = (max(0, j - 4)..<j).last(where: { personAt[$0] >= 0 && !text.tokens[$0].has(.inQuote) }),
                   text.isMark(p + 1, 0x2C) || text.isMark(p + 1, 0x28) {
                    return .person(personAt[p])
                }
                // "A TfL spokesperson", "a spokesperson for Eurostar": the body.
                if j > 0, organizationAt[j - 1] >= 0 { return .named(analysis.entities[organizationAt[j - 1]].name) }
                var q = j + 1
                if text.isWord(q) && Self.bodyPrepositions.contains(text.hashes[q]) {
                    q += 1
                    if text.isLowercaseWord(q, .article) { q += 1 }
                    if q < text.tokens.count, organizationAt[q] >= 0 {
                        // ("a spokesperson for PIA, Abdullah Hafeez Khan, said": the name in apposition to the body's.)
                        var end = q
                        while end + 1 < text.tokens.count && organizationAt[end + 1] == organizationAt[q] { end += 1 }
                        if j != k, text.isMark(end + 1, 0x2C), let person = appositionSpeaker(at: end + 2) { return .person(person) }
                        return .named(analysis.entities[organizationAt[q]].name)
                    }
                }
                // "A spokesman said" introduces someone new; only "the spokesman" is one met before.
                if j != k || (k > 0 && Self.indefiniteArticles.contains(text.lowercaseHash(k - 1))) { return .unnamed }
            }
            j -= 1
        }
        return .unnamed
    }

    /// The person whose name starts at token `p` in apposition to a spokesperson, closed by a
    /// comma and a verb of speech ("…, Kendra Ashby, said"); not an owner ("Boris Johnson's
    /// government") nor a name the sentence goes on with ("John Smith, 45, of Leeds, was arrested").
    private func appositionSpeaker(at p: Int) -> Int? {
        guard p < personAt.count, personAt[p] >= 0 else { return nil }
        var end = p
        while end + 1 < personAt.count && personAt[end + 1] == personAt[p] { end += 1 }
        // ("Abdullah Hafeez Khan,": a last word the name's mention left out.)
        if text.isWord(end + 1), text.tokens[end + 1].has(.capitalized), personAt[end + 1] < 0, text.isMark(end + 2, 0x2C) { end += 1 }
        guard !text.tokens[end].has(.possessive), text.isMark(end + 1, 0x2C),
              text.isLowercaseWord(end + 2, .speechVerb) || text.isWord(end + 2, .toldVerb) else { return nil }
        return personAt[p]
    }

    /// The spokes noun of "a spokesperson for [title words] <name>", the name's mention ending
    /// at or after token `k`; or nil.
    private func spokespersonFor(personEndingAt k: Int) -> Int? {
        var j = k
        while j > 0 && personAt[j - 1] == personAt[k] { j -= 1 }
        var steps = 0
        j -= 1
        while j >= 1, steps < 5, text.isWord(j), text.tokens[j].has(.capitalized) || text.facts[j].contains(.role) { j -= 1; steps += 1 }
        guard j >= 1, text.isWord(j), Self.bodyPrepositions.contains(text.hashes[j]), isSpokesNoun(j - 1) else { return nil }
        return j - 1
    }

    /// Nouns for one who speaks for a body, as written.
    private static let spokesNouns: WordHashSet = WordHashSet(["spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons",
                                                        "spokesmen", "spokeswomen"].map(HashedWordTable.hash))

    /// Prepositions that open a phrase before a sentence's subject ("At the briefing, Guo …").
    private static let openingPrepositions: WordHashSet = WordHashSet(["at", "in", "on", "during", "after", "before", "later",
                                                                       "earlier", "meanwhile", "separately", "asked"].map(HashedWordTable.hash))

    /// "a" and "an", in small letters.
    private static let indefiniteArticles: WordHashSet = WordHashSet(["a", "an"].map(HashedWordTable.hash))

    /// Words between a spokesperson and the body spoken for ("for", "of", "at").
    private static let bodyPrepositions: WordHashSet = WordHashSet(["for", "of", "at"].map(HashedWordTable.hash))

    /// Role nouns that stand for unnamed sources ("the official said").
    private static let anonymousNouns: WordHashSet = WordHashSet(["official", "officials", "source", "sources", "person",
                                                           "diplomat", "diplomats", "expert", "analyst", "aide", "aides"].map(HashedWordTable.hash))

    /// The token of the last person named outside quotations before `position`.
    private func lastPersonPosition(before position: Int) -> Int? {
        var k = position - 1
        while k >= 0 && (personAt[k] < 0 || text.tokens[k].has(.inQuote)) { k -= 1 }
        return k >= 0 ? k : nil
    }

    /// Who "he" or "she" at token `position` is: the last person named outside quotations,
    /// unless that person is what someone else in the same sentence said something about
    /// ("Tsang said Xi would not…": "he" is Tsang).
    func resolvePronoun(before position: Int, depth: Int = 0, sex: GivenNameSex? = nil) -> Int? {
        guard let found = resolvePronounByPlace(before: position, depth: depth) else { return nil }
        // "A student, who asked not to be named, … “…,” she said": someone unnamed came since.
        if let named = lastPersonPosition(before: position), introducesSomeoneUnnamed(from: named, to: position) { return nil }
        // "Alice Brown met John Smith. “…,” he said": a person of the other sex is not meant;
        // the last one named before, of the pronoun's sex, is.
        guard let sex else { return found }
        guard let other = sexOf(found) else {
            // "Bernadette Clancy, whose son, Private Ciarán Clancy, …: “…,” she said": one of
            // the pronoun's sex named in the same sentence as someone whose sex is unknown.
            if let same = samePersonSentence(as: found, before: position, sex: sex) { return same }
            // ("… sang with the choir of Capel Bwlchgwynt. … she had “…”": a name after a
            // preposition is more often a place's; one of that sex nearby or in the lead is meant.)
            if let last = lastPersonPosition(before: position), personAt[last] == found, personFollowsPreposition(last) {
                return nearestOfSex(sex, before: position) ?? leadPersonOfSex(sex, before: position) ?? found
            }
            return found
        }
        guard other != sex else { return found }
        if let near = nearestOfSex(sex, before: position) { return near }
        // The lead's subject of that sex, whom an obituary or a profile calls "she" throughout.
        if let lead = leadPersonOfSex(sex, before: position) { return lead }
        return fallback(for: found, before: position)
    }

    /// Of the people named in the 300 tokens before `position`, outside quotations: the last of
    /// sex `sex`; failing one, the last whose sex the text does not tell ("Oluwaseun
    /// Adeyemi-Clarke" for "she", rather than "Anthony Meade") and who is not named after a
    /// preposition ("the choir of Capel Bwlchgwynt", "the restoration of Cors Fochno": a name of
    /// unknown sex there is more often a place's); or nil.
    private func nearestOfSex(_ sex: GivenNameSex, before position: Int) -> Int? {
        var k = position - 1
        var unknown: Int?
        while k >= 0 && position - k <= 300 {
            if personAt[k] >= 0, !text.tokens[k].has(.inQuote) {
                let candidate = sexOf(personAt[k])
                if candidate == sex { return personAt[k] }
                if candidate == nil && unknown == nil && !personFollowsPreposition(k) { unknown = personAt[k] }
            }
            k -= 1
        }
        return unknown
    }

    /// Whether the mention of a person that covers token `k` follows a preposition of place in small letters.
    private func personFollowsPreposition(_ k: Int) -> Bool { mention(at: k, in: personAt, follows: Self.placePrepositions) }

    /// Prepositions after which a name of unknown sex is more often a place's than a speaker's.
    private static let placePrepositions = WordHashSet(["of", "in", "at", "near"]
        .map(HashedWordTable.hash))

    /// The first person of sex `sex` named, outside quotations, in the paragraph that names the
    /// text's first person, when that is one of its first two paragraphs and before `position`; or nil.
    private func leadPersonOfSex(_ sex: GivenNameSex, before position: Int) -> Int? {
        guard let first = personAt.indices.first(where: { personAt[$0] >= 0 && !text.tokens[$0].has(.inQuote) }), first < position,
              text.tokens[first].paragraph <= text.tokens[0].paragraph + 1 else { return nil }
        let lead = text.tokens[first].paragraph
        var k = first
        while k < position && text.tokens[k].paragraph == lead {
            if personAt[k] >= 0, !text.tokens[k].has(.inQuote), sexOf(personAt[k]) == sex { return personAt[k] }
            k += 1
        }
        return nil
    }

    /// Who "he" or "she" at `position` is when no one of that sex or of unknown sex was named
    /// near it: `found`, named last, when only the given name told a sex, or nobody.
    private func fallback(for found: Int, before position: Int) -> Int? {
        // None: not the one of the other sex, but someone the text does not name ("A
        // Harbourline spokeswoman said …. “…,” she said" after "Sir Laurie"); unless only the
        // given name told the sex, which the lists' census gets wrong for many, and the person
        // was named last, in the paragraph or the one before ("INMO general secretary Phil Ní
        // Sheaghdha said … “…,” she said").
        if titleSex[found] == nil, let last = lastPersonPosition(before: position), personAt[last] == found,
           (last..<position).lazy.filter({ text.tokens[$0].paragraph != text.tokens[$0 + 1].paragraph }).count <= 1 {
            return found
        }
        return nil
    }

    /// The person of sex `sex` named in the sentence of the last mention of `entity` before
    /// `position`, before that mention, outside quotations; or nil.
    private func samePersonSentence(as entity: Int, before position: Int, sex: GivenNameSex) -> Int? {
        var k = position - 1
        while k >= 0 && (personAt[k] != entity || text.tokens[k].has(.inQuote)) { k -= 1 }
        guard k >= 0 else { return nil }
        let s = sentence[k]
        while k >= 0 && sentence[k] == s {
            if personAt[k] >= 0, personAt[k] != entity, !text.tokens[k].has(.inQuote), sexOf(personAt[k]) == sex { return personAt[k] }
            k -= 1
        }
        return nil
    }

    /// Who "he" or "she" before `position` is, as a finding: a spokesperson brought in since the
    /// last person named ("A Harbourline spokeswoman said …. “…,” she said"), else the person
    /// `resolvePronoun` finds, else nobody named.
    private func pronounFinding(before position: Int, sex: GivenNameSex?) -> Finding {
        let named = lastPersonPosition(before: position) ?? -1
        var k = position - 1
        while k > named && position - k <= 120 {
            if !text.tokens[k].has(.inQuote), isSpokesNoun(k) { return spokesperson(at: k) }
            k -= 1
        }
        return resolvePronoun(before: position, sex: sex).map { .person($0) } ?? .unnamed
    }

    /// Whether the words between tokens `from` and `to`, in the paragraph of `to` or the one before, bring in
    /// someone the text will not name ("who asked not to be named", "on condition of anonymity").
    private func introducesSomeoneUnnamed(from: Int, to: Int) -> Bool {
        // (In the quotation's paragraph or the one before: "The victim, who did not wish to be named,
        // said …" above "“…,” he said".)
        // (The paragraph above only by a clause of someone's own: not "witnesses would be granted anonymity".)
        var opening = to
        while opening > 0 && text.tokens[opening - 1].paragraph == text.tokens[to].paragraph { opening -= 1 }
        let above = opening > 0 ? text.tokens[opening - 1].paragraph : text.tokens[to].paragraph
        var start = from
        while start < to && text.tokens[start].paragraph < above { start += 1 }
        guard start < to else { return false }
        func holds(_ phrases: [StaticString], from lower: Int) -> Bool {
            text.bytes[lower..<Int(text.tokens[to].start)].withUnsafeBufferPointer { window in
                phrases.contains { phrase in phrase.withUTF8Buffer { String.firstOffset(of: $0, in: window) != nil } }
            }
        }
        if holds(Self.declinedNamePhrases, from: Int(text.tokens[start].start)) { return true }
        var own = max(start, opening)
        while own < to && text.tokens[own].paragraph != text.tokens[to].paragraph { own += 1 }
        return own < to && holds(Self.anonymityPhrases, from: Int(text.tokens[own].start))
    }

    /// How a text says someone declined to be named, in a clause of their own ("who asked not to
    /// be named", "who did not wish to be named", "speaking on condition of anonymity").
    private static let declinedNamePhrases: [StaticString] = ["not to be named", "not be named", "not to be identified", "not be identified",
                                                              "condition of anonymity", "was granted anonymity", "were granted anonymity",
                                                              "requested anonymity", "asked for anonymity", "spoke anonymously", "not to give her name", "not to give his name",
                                                              "declined to give her name", "declined to give his name",
                                                              "not wish to be named", "not want to be named", "n't want to be named",
                                                              "n't wish to be named", "not wished to be named", "not wanted to be named"]

    /// How a text says it will not name someone, in the quotation's own paragraph.
    private static let anonymityPhrases: [StaticString] = declinedNamePhrases + ["anonymity"]

    /// Who "he" or "she" opening the paragraph of the quotation that opens at `open` is, when
    /// nothing else attributes it ("He added that the season was longer. “Ten years ago …”",
    /// "He paused, then laughed. “By the end …”"); nil if the paragraph opens otherwise.
    func paragraphOpeningPronoun(before open: Int) -> Int? {
        guard open > 0, open < text.tokens.count else { return nil }
        let paragraph = text.tokens[open].paragraph
        var j = open - 1
        while j > 0 && text.tokens[j - 1].paragraph == paragraph { j -= 1 }
        while j < open && text.tokens[j].kind != .word { j += 1 }
        guard j < open, text.tokens[j].paragraph == paragraph, !text.tokens[j].has(.inQuote), text.isWord(j, .pronoun),
              let sex = pronounSex(j) else { return nil }
        return resolvePronoun(before: j, sex: sex)
    }

    /// Who "he" or "she" is in the one sentence of reported speech that makes up the paragraph
    /// just above the quotation opening its paragraph at `open` ("She said the iwi was not
    /// seeking to stop farming." / "“We are farmers too.”"); nil if that paragraph is otherwise.
    func reportedSpeaker(inParagraphAbove open: Int) -> Int? {
        guard open > 0, open < text.tokens.count else { return nil }
        let paragraph = text.tokens[open - 1].paragraph
        guard paragraph != text.tokens[open].paragraph else { return nil }
        var j = open - 1
        while j > 0 && text.tokens[j - 1].paragraph == paragraph { j -= 1 }
        guard text.isWord(j), text.isWord(j, .pronoun), sentence[j] == sentence[open - 1],
              !(j..<open).contains(where: { text.tokens[$0].has(.inQuote) }) else { return nil }
        // "She said", "He also said", "She added that".
        let verb = text.isWord(j + 1) && text.isLowercaseWord(j + 1, .speechVerb) ? j + 1
            : text.isWord(j + 2) && text.isLowercaseWord(j + 2, .speechVerb) && !text.tokens[j + 1].has(.capitalized) ? j + 2 : nil
        guard verb != nil, let sex = pronounSex(j) else { return nil }
        return resolvePronoun(before: j, sex: sex)
    }

    /// The sex of word `i`, a pronoun ("she", "he"), or nil.
    private func pronounSex(_ i: Int) -> GivenNameSex? {
        GivenNameSex.ofPronoun(text.bytes[Int(text.tokens[i].start)..<Int(text.tokens[i].end)])
    }

    /// The sex the titles before person entity `entity`'s mentions tell ("Sir Laurie"), or else
    /// its given name, or nil.
    private func sexOf(_ entity: Int) -> GivenNameSex? {
        if let sex = titleSex[entity] { return sex }
        let name = analysis.entities[entity].name
        if let space = name.utf8.firstIndex(of: 0x20), let sex = GivenNameSex.of(HashedWordTable.hash(String(name[..<space]))) { return sex }
        return nil
    }

    /// Who "he" or "she" at `position` is by place alone (see `resolvePronoun`).
    private func resolvePronounByPlace(before position: Int, depth: Int) -> Int? {
        guard let k = lastPersonPosition(before: position) else { return nil }
        // "Novak Djokovic beat Carlos Alcaraz. … he said", "Einav Zangauker, whose son Matan is
        // held, … she said": the person opening that sentence, its subject, before an object
        // or a name inside a clause.
        if let subject = sentenceSubject(of: k), subject != personAt[k] { return subject }
        if let subject = speechSubjects.last(where: { $0.position < k }), sentence[subject.position] == sentence[k],
           subject.entity != personAt[k] {
            return subject.entity
        }
        // "He refused to blame O'Driscoll. “…,” he added.": the person named is the object of a
        // sentence whose subject is "he" again, who is the one named before.
        if depth < 3, let opener = sentenceOpeningPronoun(before: k), let earlier = resolvePronoun(before: opener, depth: depth + 1) {
            return earlier
        }
        return personAt[k]
    }

    /// The person whose name opens the sentence of token `k` (after at most two words of title
    /// or description: "Tennis star Novak Djokovic"), outside quotations, before `k`; or nil.
    private func sentenceSubject(of k: Int) -> Int? {
        var j = k
        while j > 0 && sentence[j - 1] == sentence[k] { j -= 1 }
        while j < k && text.tokens[j].kind != .word { j += 1 }
        // "At Wednesday's briefing, Guo also addressed …": after a phrase opening the sentence.
        if j < k, personAt[j] < 0, text.isWord(j), Self.openingPrepositions.contains(text.lowercaseHash(j)),
           let comma = (j..<min(k, j + 20)).first(where: { text.isMark($0, 0x2C) }) {
            j = comma + 1
        }
        var skipped = 0
        while j < k && personAt[j] < 0 && skipped < 2 && text.isWord(j) && !text.tokens[j].has(.inQuote)
                && !text.isWord(j, [.pronoun, .speechVerb]) {
            j += 1
            skipped += 1
        }
        guard j < k, personAt[j] >= 0, !text.tokens[j].has(.inQuote) else { return nil }
        // "Meade's solicitor, Oluwaseun Adeyemi-Clarke, said": an owner opening the sentence is
        // not its subject.
        var end = j
        while end + 1 < k && personAt[end + 1] == personAt[j] { end += 1 }
        if text.tokens[end].has(.possessive) { return nil }
        // "Ngāti Porou kaumātua Hemi Tuhiwai said", "Sasol CEO Mandla Khumalo": a name that a
        // title or a word or two lead to the next describes that one, the subject.
        // (Only over a person noun or a word no list knows: not "Okafor-Ibe said Adeoye …".)
        for n in (end + 1)..<min(k + 1, end + 4) {
            guard text.isWord(n), !text.tokens[n].has(.inQuote) else { break }
            if personAt[n] >= 0, personAt[n] != personAt[j] { return n > end + 1 ? personAt[n] : personAt[j] }
            guard text.facts[n].contains(.role) || (!text.tokens[n].has(.capitalized) && (text.facts[n].contains(.personNoun)
                    || !EntityLexicon.shared.table.facts(text.hashes[n]).contains(.common)))
            else { break }
        }
        return personAt[j]
    }

    /// The position of "he" or "she" opening the sentence of token `k`, outside quotations,
    /// when it comes before `k`; or nil.
    private func sentenceOpeningPronoun(before k: Int) -> Int? {
        var j = k
        while j > 0 && sentence[j - 1] == sentence[k] { j -= 1 }
        while j < k && text.tokens[j].kind != .word { j += 1 }
        guard j < k, !text.tokens[j].has(.inQuote), text.isWord(j, .pronoun) else { return nil }
        return j
    }

    /// The name of the person entity at `index`.
    func name(_ index: Int) -> String { analysis.entities[index].name }
}
