/// Finds the names in a tokenized article: capitalized words (and the "of", "on", "for", "von",
/// "der"… that join them) form runs, which `RunReader` reads into mentions. Also notes the
/// acronyms the text defines and bodies named in lower case after a place ("UN security council").
struct NameSegmenter {
    let text: TokenizedText
    let lexicon: EntityLexicon
    private let reader: RunReader
    /// Hashes of words written capitalized somewhere other than at a sentence start or in a headline.
    private let capitalizedInside: HashedWordTable

    /// Facts that make a capitalized word at a sentence start still count as a possible name.
    private static let known: WordFacts = [.givenName, .familyFirst, .role, .organizationWord, .locationWord,
                                           .placePrefix, .demonym]

    /// A segmenter for `text`, which must have been annotated with `lexicon`.
    init(text: TokenizedText, lexicon: EntityLexicon) {
        self.text = text
        self.lexicon = lexicon
        self.reader = RunReader(text: text, lexicon: lexicon)
        var inside = HashedWordTable(capacity: 512)
        for (i, t) in text.tokens.enumerated() where t.kind == .word && t.has(.capitalized)
            && !t.has(.sentenceStart) && !t.has(.headline) {
            inside.insert(text.hashes[i], facts: .common)
        }
        capitalizedInside = inside
    }

    /// Every mention in the text, in text order, and the acronyms the text defines
    /// ("North Atlantic Treaty Organization (NATO)") mapped to the mention of their long form.
    func mentions() -> (mentions: [Mention], acronyms: [UInt64: Mention]) {
        var out: [Mention] = []
        var acronyms: [UInt64: Mention] = [:]
        var run: [Int] = []
        var i = 0
        let tokens = text.tokens
        /// Reads the current run, then notes an acronym or lower-case body right after it.
        func close() {
            guard !run.isEmpty else { return }
            if let described = nameBeforeSuffix(run) {
                if let described { out.append(described) }
                run.removeAll(keepingCapacity: true)
                return
            }
            let before = out.count
            reader.segment(run[...], into: &out)
            for k in before..<out.count where out[k].kind == .person { trimTitleWords(&out[k]) }
            if out.count > before, let last = out.last, last.kind == .organization || last.kind == .location,
               last.start == run[0], last.end == run[run.count - 1], last.start != last.end,
               let acronym = definedAcronym(after: last) {
                acronyms[acronym] = last
            }
            if out.count > before, let last = out.last, last.end == run[run.count - 1], let tail = lowercaseBody(after: last) {
                out.append(tail)
            }
            run.removeAll(keepingCapacity: true)
        }
        while i < tokens.count {
            let t = tokens[i]
            // "SANTA LUCIA, Calif. —": the state after a town, under its full name.
            if t.kind == .word, run.last != i - 1, let state = StateAbbreviation.state(at: i, in: text),
               let v = lexicon.table.value(HashedWordTable.hash(state)), let entry = lexicon.place(v.place) {
                close()
                var m = Mention(start: i, end: i, kind: .location, key: entry.key, evidence: .strong)
                m.name = entry.canonical
                out.append(m)
                i += 1
                continue
            }
            // A known name that runs of capitalized words cannot hold, after a country's name
            // at most ("U.S. Food and Drug Administration").
            if t.kind == .word, run.last != i - 1 || (run.count == 1 && lexicon.place(text.places[run[0]])?.isCountry == true),
               let end = knownNameEnd(from: i) {
                if run.last != i - 1 { close() }
                run.append(contentsOf: i...end)
                // "Department of Agriculture, Food and the Marine": a known name that a list goes on with.
                var next = end + 1
                if let listed = commaList(at: next, in: run) {
                    run.append(contentsOf: listed)
                    next = listed[listed.count - 1] + 1
                }
                close()
                i = next
                continue
            }
            // "Highway 210", "Route 9", "Interstate 95": a road's number ends its name.
            if t.kind == .word, t.has(.capitalized), Self.roadWords.contains(text.lowercaseHash(i)), isRoadNumber(i + 1) {
                if run.last == i - 1 {
                    run.append(contentsOf: [i, i + 1])  // "Trans-Canada Highway 16"
                    close()
                } else {
                    close()
                    out.append(Mention(start: i, end: i + 1, kind: .location, key: text.hash(i...(i + 1)), evidence: .strong))
                }
                i += 2
                continue
            }
            // "told The Hindu", "told PREMIUM TIMES", "Speaking to the Sunday Nation": the outlet spoken to.
            if t.kind == .word, run.last != i - 1, let end = outletSpokenToEnd(from: i) {
                close()
                out.append(Mention(start: i, end: end, kind: .organization, key: text.hash(i...end), evidence: .strong))
                i = end + 1
                continue
            }
            // "brothers Patrick and John Collison": the first one's given name shares the surname after the second's.
            if t.kind == .word, run.last != i - 1, let shared = givenNameSharingSurname(at: i) {
                close()
                out.append(shared)
                i += 1
                continue
            }
            if t.kind == .word && isNameLike(i) {
                if let last = run.last, tokens[last].paragraph != t.paragraph { close() }
                run.append(i)
                if t.has(.possessive) && !lexicon.table.facts(possessiveHash(run[...])).contains(.gazetteerPrefix)
                    && !namesBodyAfterPossessive(i) {
                    close()
                }
                // "Stockholm-listed Norrvik Group": a word with a lower-case suffix describes the name after it.
                if endsWithLowercaseSuffix(i) { close() }
                i += 1
                continue
            }
            if t.kind == .word, let last = run.last,
               let joined = connector(at: i, after: last) ?? secondOf(at: i, in: run) ?? officeHolder(at: i, in: run) ?? conjunction(at: i, in: run) {
                run.append(contentsOf: joined)
                i = joined[joined.count - 1] + 1
                continue
            }
            if t.kind == .punctuation, t.mark == 0x26, let last = run.last, isCompanyAmpersand(i, after: last) {
                run.append(i)
                i += 1
                continue
            }
            if t.kind == .punctuation, t.mark == 0x2C, let joined = commaList(at: i, in: run) {
                run.append(contentsOf: joined)
                i = joined[joined.count - 1] + 1
                continue
            }
            if t.kind == .punctuation, t.has(.abbreviation), let last = run.last, last == i - 1, isNameLike(i + 1) {
                i += 1
                continue
            }
            close()
            i += 1
        }
        close()
        spellOutAcronyms(&out, &acronyms)
        dropInstruments(&out, &acronyms)
        if reader.sports {
            SportsReport.clubsThroughout(&out)
            SportsReport.shortFormsOfClubs(&out, in: text)
        }
        return (out, acronyms)
    }

    /// Drops the ordinary words a title left at the start of a person's name ("Environment Koh
    /// Li-Ann" of "Minister for the Environment Koh Li-Ann", "Defence Ben Wallace"), when two
    /// words of the name remain.
    private func trimTitleWords(_ m: inout Mention) {
        var start = m.start
        // (Not an initial written without its full stop: "M K Stalin".)
        while m.end - start >= 2, text.isWord(start), text.facts[start].contains(.common),
              text.facts[start].isDisjoint(with: [.givenName, .familyFirst, .surnameWord]), text.places[start] < 0,
              !text.tokens[start].has(.hyphenated), text.tokens[start].end - text.tokens[start].start > 1 {
            start += 1
        }
        // "Niamh Rafferty SC", "Jane Doe MP": letters after a name are honours and offices, not the name.
        var end = m.end
        while end - start >= 2, text.isWord(end), text.tokens[end].has(.allCaps), Self.postNominals.contains(text.hashes[end]) { end -= 1 }
        guard start != m.start || end != m.end, text.isWord(start), text.tokens[start].has(.capitalized) else { return }
        m.start = start
        m.end = end
        m.key = text.hash(Array(start...end)[...])
        m.name = nil
    }

    /// Letters written after a person's name: honours, silk, offices.
    private static let postNominals = WordHashSet(["SC", "KC", "QC", "OBE", "MBE", "CBE", "KBE", "DBE", "MP", "MSP", "MLA",
                                                   "MPP", "MHA", "MHK", "TD", "MEP", "JP"].map(HashedWordTable.hash))

    /// Whether the possessive word `i` is an ordinary noun, a title or a saint's name inside a
    /// body's name, before its head word ("Akron Children's Hospital", "Women's Institute", "St
    /// Mary's Hospital", "King's College Hospital"), not an owner ("Russia's").
    private func namesBodyAfterPossessive(_ i: Int) -> Bool {
        guard text.isWord(i + 1), text.tokens[i + 1].has(.capitalized), text.tokens[i + 1].paragraph == text.tokens[i].paragraph else { return false }
        // The head word next, or after one ordinary word ("Policemen's Benevolent Association",
        // "Workers' Data Project").
        // ("Court of King's Bench": the monarch's bench is a court.)
        let headNext = !text.facts[i + 1].isDisjoint(with: [.organizationWord, .locationWord])
            || (text.facts[i].contains(.role) && text.hashes[i + 1] == Self.bench)
        let headAfterOne = !headNext && text.facts[i + 1].contains(.common) && text.places[i + 1] < 0
            && text.facts[i + 1].isDisjoint(with: [.givenName, .role, .demonym, .nonEntity]) && !text.tokens[i + 1].has(.possessive)
            && text.isWord(i + 2) && text.tokens[i + 2].has(.capitalized) && text.facts[i + 2].contains(.organizationWord)
        // ("Children's Health Ireland", "Alzheimer's Research UK": a public body's name after it.)
        let agencyNext = !headNext && !headAfterOne && AgencyName.starts(at: i + 1, in: text, lexicon: lexicon)
        guard headNext || headAfterOne || agencyNext else { return false }
        // "St. Peter's Basilica", "St Mary's Hospital": a saint's name, whoever the saint.
        // ("St Colman’s Community College": one ordinary word before the head, too.)
        if followsSaint(i) { return headNext || headAfterOne }
        // "King's College Hospital", "Queen's University": a title owns the name too.
        let f = text.facts[i]
        // ("Stephen King's Hotel Project": a person's, after a given name.)
        if text.isWord(i - 1), text.tokens[i - 1].has(.capitalized), text.facts[i - 1].contains(.givenName) { return false }
        // "Hawke's Bay", "Alzheimer's Research UK", "Cricketers' Association": a word no list
        // knows, or a plural's possessive, owns the name as an ordinary noun does.
        // (Not a body's short name or letters the text names it by: "Laurentian's Centre for
        // Mining Automation" beside "Laurentian University", "NICD's Centre …".)
        let plural = isPluralPossessive(i)
        let ownsAsNoun = f.contains(.common) || f.contains(.role)
            || ((f.isEmpty || plural) && !text.tokens[i].has(.allCaps) && !namedAlone(i)
                // (Nor a body's name ending so: "University of the Witwatersrand's School of …".)
                && !(text.isLowercaseWord(i - 1, .article) && text.isLowercaseWord(i - 2, .headConnector)))
        return ownsAsNoun && text.places[i] < 0
            && f.isDisjoint(with: [.givenName, .familyFirst]) && (f.contains(.role) || !f.contains(.surnameWord))
    }

    /// Whether the text writes word `i` elsewhere without its possessive: a name of its own.
    private func namedAlone(_ i: Int) -> Bool {
        let key = text.hashes[i]
        return text.tokens.indices.contains { k in k != i && text.hashes[k] == key && text.tokens[k].kind == .word && !text.tokens[k].has(.possessive) }
    }

    /// "Bench", as a court's word is written ("King's Bench").
    private static let bench = HashedWordTable.hash("Bench")

    /// Last words of companies' and investors' names, in small letters ("Elevation Capital").
    private static let companyHeads: WordHashSet = WordHashSet([
        "capital", "ventures", "venture", "partners", "holdings", "minerals", "lithium",
    ].map(HashedWordTable.hash))

    /// Whether word `i` is a plural's possessive ("Cricketers'", "players’"): its "s" and the
    /// apostrophe after it, which the token leaves out, and no "s" after that.
    private func isPluralPossessive(_ i: Int) -> Bool {
        let end = Int(text.tokens[i].end), b = text.bytes
        guard text.tokens[i].has(.possessive), end < b.count, b[end - 1] == 0x73 || b[end - 1] == 0x53 else { return false }
        let after = b[end] == 0x27 ? end + 1 : (b[end] == 0xE2 ? end + 3 : -1)
        return after > end && (after >= b.count || (b[after] != 0x73 && b[after] != 0x53))
    }

    /// Whether word `i` ends as a contraction does ("We've", "They’re", "I'll", "She'd").
    private func isContraction(_ i: Int) -> Bool {
        let start = Int(text.tokens[i].start), end = Int(text.tokens[i].end)
        let b = text.bytes
        // The last apostrophe, straight or curly (E2 80 99), with two bytes of the word before it.
        guard let mark = (start..<end).last(where: { b[$0] == 0x27 || b[$0] == 0x99 }) else { return false }
        let curly = b[mark] == 0x99
        guard !curly || (mark - 2 >= start && b[mark - 1] == 0x80 && b[mark - 2] == 0xE2) else { return false }
        guard (curly ? mark - 2 : mark) - start >= 2 else { return false }
        let ending = b[(mark + 1)..<end]
        return Self.contractionEndings.contains { $0.elementsEqual(ending) }
    }

    /// What a contraction's apostrophe leaves of its verb.
    private static let contractionEndings: [[UInt8]] = ["ve", "re", "ll", "d", "m"].map { Array($0.utf8) }

    /// Whether word `i` follows "St", "St." or "Saint".
    private func followsSaint(_ i: Int) -> Bool {
        guard let k = text.wordBefore(i) else { return false }
        return text.hashes[k] == Self.st || text.hashes[k] == Self.saint
    }

    private static let st = HashedWordTable.hash("St")
    private static let saint = HashedWordTable.hash("Saint")

    /// A person named by the given name at `i` and the surname that closes the next name after
    /// "and" ("Patrick and John Collison", "Bill and Melinda Gates"): both given names known,
    /// the second name of two words; or nil.
    private func givenNameSharingSurname(at i: Int) -> Mention? {
        guard text.tokens[i].has(.capitalized), !text.tokens[i].has(.allCaps), text.facts[i].contains(.givenName), text.places[i] < 0,
              text.isLowercaseWord(i + 1, .and), text.isWord(i + 2), text.tokens[i + 2].has(.capitalized),
              text.facts[i + 2].contains(.givenName), text.isWord(i + 3), text.tokens[i + 3].has(.capitalized),
              !text.tokens[i + 3].has(.allCaps), text.facts[i + 3].isDisjoint(with: [.givenName, .role, .organizationWord]),
              text.places[i + 3] < 0, !(text.isWord(i + 4) && text.tokens[i + 4].has(.capitalized)),
              text.tokens[i + 3].paragraph == text.tokens[i].paragraph else { return nil }
        var surname = text.name(i + 3, i + 3)
        if text.tokens[i + 3].has(.possessive) { surname = String(surname.dropLast(2)) }
        let name = text.name(i, i) + " " + surname
        var m = Mention(start: i, end: i, kind: .person, key: HashedWordTable.hash(name), evidence: .strong)
        m.name = name
        return m
    }

    /// The last token of an outlet's name that starts at `i` right after "told" or "speaking
    /// to" (after "the" at most), when no list knows it: "The Hindu", "The PUNCH" (its own
    /// capitalized "The"), "PREMIUM TIMES" (two shouted words), "Sunday Nation" (an outlet's
    /// word ending it); or nil.
    private func outletSpokenToEnd(from i: Int) -> Int? {
        guard text.tokens[i].has(.capitalized) else { return nil }
        var verb = i - 1
        if text.isLowercaseWord(verb, .article) { verb -= 1 }
        guard text.isWord(verb), !text.tokens[verb].has(.capitalized) else { return nil }
        let spokenTo = text.isWord(verb, .toldVerb)
            || (text.hashes[verb] == NameContext.toWord && text.isWord(verb - 1) && Self.speakingWords.contains(text.lowercaseHash(verb - 1)))
        guard spokenTo else { return nil }
        let ownArticle = verb == i - 1 && text.isWord(i, .article)
        var end = ownArticle ? i + 1 : i
        guard text.isWord(end), text.tokens[end].has(.capitalized) else { return nil }
        while end + 1 < text.tokens.count, end - i < 4, !text.tokens[end].has(.possessive), text.tokens[end + 1].paragraph == text.tokens[i].paragraph {
            if text.isWord(end + 1), text.tokens[end + 1].has(.capitalized) {
                end += 1
            } else if ownArticle, text.isLowercaseWord(end + 1, .and), text.isWord(end + 2), text.tokens[end + 2].has(.capitalized) {
                end += 2  // "The Globe and Mail"
            } else {
                break
            }
        }
        // ("told CBC's Information Radio": the outlet is the owner, which the lists know.)
        guard !text.tokens[end].has(.possessive) else { return nil }
        let words = (ownArticle ? i + 1 : i)...end
        guard words.allSatisfy({ text.places[$0] < 0 && text.facts[$0].isDisjoint(with: [.givenName, .role]) }),
              (lexicon.table.value(text.hash(words))?.place ?? -1) < 0, !ownArticle || (lexicon.table.value(text.hash(i...end))?.place ?? -1) < 0
        else { return nil }
        let shouted = words.count >= 2 && words.allSatisfy { text.tokens[$0].has(.allCaps) }
        let outletWord = MetadataVocabulary.shared.isOutletWord(text.name(end, end)) && words.count >= 2
        return ownArticle || shouted || outletWord ? end : nil
    }

    /// Words before "to" that say someone spoke to an outlet, lower case.
    private static let speakingWords: WordHashSet = WordHashSet(["speaking", "spoke", "talking", "talked"].map(HashedWordTable.hash))

    /// What a run of words ending in a suffix after a hyphen names: `.some(place)` for "Victoria
    /// Island-based", "Westlands-based", "Cork-born" (the words before the hyphen, a place);
    /// `.some(nil)` for an award's "Booker Prize-winning" (no one); nil for the rest, which
    /// the run's reading decides ("Stockholm-listed Norrvik Group", "Kremlin-backed").
    private func nameBeforeSuffix(_ run: [Int]) -> Mention?? {
        guard let last = run.last, endsWithLowercaseSuffix(last), text.tokens[run[0]].paragraph == text.tokens[last].paragraph else { return nil }
        let t = text.tokens[last]
        guard let hyphen = (Int(t.start)..<Int(t.end)).last(where: { text.bytes[$0] == 0x2D }) else { return nil }
        let suffix = String(decoding: text.bytes[(hyphen + 1)..<Int(t.end)], as: UTF8.self)
        if Self.awardSuffixes.contains(suffix) { return .some(nil) }
        // (A place the gazetteer knows, alone, is read as one already: "Lagos-based".)
        guard Self.placeSuffixes.contains(suffix), run.count > 1 || text.places[last] < 0 else { return nil }
        let name = String(decoding: text.bytes[Int(text.tokens[run[0]].start)..<hyphen], as: UTF8.self)
        let key = HashedWordTable.hash(name)
        var m = Mention(start: run[0], end: last, kind: .location, key: key, evidence: .strong)
        m.name = name
        if let v = lexicon.table.value(key) {
            // "Polish-born", "Kenyan-based": a nationality, no place.
            if v.place < 0 && v.facts.contains(.demonym) { return .some(nil) }
            if let entry = lexicon.place(v.place) {
                guard entry.kind == .location else { return nil }
                m.key = entry.key
            }
        }
        return .some(m)
    }

    /// Suffixes after a place's name: "Westlands-based", "Cork-born".
    private static let placeSuffixes: Set<String> = ["based", "born", "headquartered"]

    /// Suffixes after an award's name: "Booker Prize-winning", "Oscar-nominated".
    private static let awardSuffixes: Set<String> = ["winning", "nominated", "shortlisted"]

    /// Whether word `i` is a capitalized word joined by a hyphen to a lower-case suffix
    /// ("Stockholm-listed", "Lagos-based").
    private func endsWithLowercaseSuffix(_ i: Int) -> Bool {
        let t = text.tokens[i]
        guard t.has(.hyphenated), t.has(.capitalized) else { return false }
        let start = Int(t.start), end = Int(t.end)
        guard let hyphen = (start..<end).last(where: { text.bytes[$0] == 0x2D }), hyphen > start, end - hyphen > 3 else { return false }
        // "Co-operation", "Non-proliferation": a prefix, not a name described by its suffix.
        let isPrefix = text.bytes.withUnsafeBufferPointer { bytes in
            let head = UnsafeBufferPointer(rebasing: bytes[start..<hyphen])
            return Self.wordPrefixes.contains { ASCIIByte.equalsFolded(head, $0) }
        }
        if isPrefix { return false }
        // "Hyun-jung", "Jae-myung": a name's second syllable is no English word, unlike "-based", "-listed".
        return ASCIIByte.isLower(text.bytes[hyphen + 1]) && text.suffixIsCommonWord(i, in: lexicon.table)
    }

    /// Prefixes that a hyphen joins to the rest of one word ("Co-operation", "Anti-corruption").
    private static let wordPrefixes: [StaticString] = ["co", "non", "anti", "pre", "post", "re", "self", "inter", "multi",
                                                       "semi", "pro", "counter", "cross", "sub"]

    /// The hash of `run` with its last word's possessive kept ("People's").
    private func possessiveHash(_ run: ArraySlice<Int>) -> UInt64 {
        var h = text.hash(run)
        h = HashedWordTable.mix(HashedWordTable.mix(h, 0x27), 0x73)
        return h == 0 ? 1 : h
    }

    // MARK: Runs

    /// Words of someone's tenure, which open a sentence before a title or a body's name, never in it.
    private static let tenureWords = WordHashSet(["former", "ex", "then", "outgoing", "incoming", "retired", "veteran", "embattled",
                                                  "disgraced", "jailed", "ousted", "deposed", "erstwhile", "late"].map(HashedWordTable.hash))

    /// Whether token `i` is a word that can be part of a name.
    func isNameLike(_ i: Int) -> Bool {
        guard text.isWord(i) else { return false }
        let t = text.tokens[i]
        let f = text.facts[i]
        if !t.has(.capitalized) {
            // "al-Assad": a particle joined by a hyphen to a capitalized name.
            guard t.has(.hyphenated), text.tokens[i].end - text.tokens[i].start > 4 else { return false }
            let b = text.bytes[Int(t.start)...]
            return (b.starts(with: [0x61, 0x6C, 0x2D]) || b.starts(with: [0x65, 0x6C, 0x2D]))
        }
        if f.contains(.nonEntity) { return isFamilyNameHe(i) || isInitialA(i) || titlesPeer(i) }
        // "(D-N.Y.)", "(R-S.D.)": a US lawmaker's party and state, no name.
        if t.has(.hyphenated), text.isMark(i - 1, 0x28), t.end - t.start >= 3, text.bytes[Int(t.start) + 1] == 0x2D,
           [0x44, 0x52, 0x49].contains(text.bytes[Int(t.start)]) { return false }
        if isContraction(i) { return false }  // "We've", "They're" opening a quotation
        // "(NASDAQ: NVDA)": a ticker after its exchange stands for the company named before it.
        if t.has(.allCaps), text.isMark(i - 1, 0x3A), text.isWord(i - 2), Self.exchanges.contains(text.lowercaseHash(i - 2)) { return false }
        // "(DAL.N)", "(SOGN.PA)", "(.SX7P)": a Reuters instrument code names no body of its own.
        if t.has(.allCaps), isInstrumentCode(i) { return false }
        let isKnown = text.places[i] >= 0 || !f.isDisjoint(with: Self.known)
        if !isKnown && isCode(i) { return false }
        if t.has(.headline) {
            if t.has(.allCaps) && text.places[i] < 0 { return false }
            if f.contains(.common) && !isKnown { return false }
        }
        if t.has(.sentenceStart) && f.contains(.common) && !isKnown && capitalizedInside.value(text.hashes[i]) == nil {
            // "Former Supreme Court Bar Association president …": a word of someone's tenure opens no body's name.
            if Self.tenureWords.contains(text.lowercaseHash(i)) { return false }
            return opensOrganizationName(i) || opensPlaceName(i) || (text.isMark(i + 1, 0x26) && isCompanyAmpersand(i + 1, after: i))
        }
        return true
    }

    /// Whether token `i` is "A" written as an initial, without its full stop: inside a sentence,
    /// after a word in small letters and before a name ("CITU leader A Soundararajan"; not "Group
    /// A Strep", "type A personality").
    private func isInitialA(_ i: Int) -> Bool {
        let t = text.tokens[i]
        guard t.end - t.start == 1, text.bytes[Int(t.start)] == 0x41, !t.has(.sentenceStart), !t.has(.headline),
              text.isWord(i - 1), !text.tokens[i - 1].has(.capitalized), text.isWord(i + 1) else { return false }
        let next = text.tokens[i + 1]
        return next.has(.capitalized) && !next.has(.allCaps) && text.facts[i + 1].isDisjoint(with: [.common, .nonEntity])
    }

    /// Whether token `i` is a road's number ("9", "210", "95A") in the paragraph of the word before it.
    private func isRoadNumber(_ i: Int) -> Bool {
        guard text.isWord(i), text.tokens[i].paragraph == text.tokens[i - 1].paragraph, text.tokens[i].end - text.tokens[i].start <= 4 else { return false }
        let start = Int(text.tokens[i].start), end = Int(text.tokens[i].end)
        return text.bytes[start] &- 0x30 < 10 && (start..<end).allSatisfy { text.bytes[$0] &- 0x30 < 10 || ASCIIByte.isUpper(text.bytes[$0]) }
    }

    /// Words of roads that a number names ("Highway 210", "Route 9", "Interstate 95").
    private static let roadWords: WordHashSet = WordHashSet(["highway", "route", "interstate"].map(HashedWordTable.hash))

    /// Whether word `i` is a code, not a name: a model number, a rating or a flight ("SM-600",
    /// "EF-3", "KSE-100", "EU261"), which holds a digit (a group of nations, "G20", is a name),
    /// or a bill's chamber letters before its number ("SF 2140", "HB 1234").
    private func isCode(_ i: Int) -> Bool {
        let t = text.tokens[i]
        let word = text.bytes[Int(t.start)..<Int(t.end)]
        if word.contains(where: { $0 &- 0x30 < 10 }) {
            return !(word.first == 0x47 && word.dropFirst().allSatisfy { $0 &- 0x30 < 10 })
        }
        return t.has(.allCaps) && word.count <= 2 && text.isWord(i + 1)
            && text.bytes[Int(text.tokens[i + 1].start)] &- 0x30 < 10 && text.tokens[i + 1].paragraph == t.paragraph
    }

    /// Whether word `i` is the Chinese family name "He" ("spokesperson He Yanlin"), not the
    /// Whether word `i` is "Lord" before a peer's one name ("Lord Reed", "Lord Hodge"), not
    /// before an office ("Lord Mayor") or a place ("Lord Howe Island").
    private func titlesPeer(_ i: Int) -> Bool {
        guard text.hashes[i] == Self.lordHash, !text.tokens[i].has(.possessive), text.isWord(i + 1),
              text.tokens[i + 1].paragraph == text.tokens[i].paragraph, text.tokens[i + 1].has(.capitalized),
              !text.tokens[i + 1].has(.allCaps), text.places[i + 1] < 0 else { return false }
        return text.facts[i + 1].isDisjoint(with: [.role, .nonEntity, .organizationWord, .locationWord, .demonym])
    }

    private static let lordHash = HashedWordTable.hash("Lord")

    /// pronoun: capitalized inside a sentence, before a capitalized word that may be a name.
    private func isFamilyNameHe(_ i: Int) -> Bool {
        let t = text.tokens[i]
        guard t.end - t.start == 2, text.bytes[Int(t.start)] == 0x48, text.bytes[Int(t.start) + 1] == 0x65,
              !t.has(.sentenceStart), !t.has(.headline), text.isWord(i + 1), text.tokens[i + 1].has(.capitalized),
              !text.tokens[i + 1].has(.allCaps), text.tokens[i + 1].paragraph == t.paragraph else { return false }
        return !text.facts[i + 1].contains(.nonEntity) && !text.facts[i + 1].contains(.common)
    }

    /// The last word of a well-known name starting at word `i` that runs of capitalized words
    /// cannot hold, for the small or ordinary words in it ("Save the Children", "Transport for
    /// London", "Doctors Without Borders"), or nil. Not when a capitalized word continues it:
    /// "Bank of England Governor Andrew Bailey" is read as a run.
    private func knownNameEnd(from i: Int) -> Int? {
        guard text.facts[i].contains(.gazetteerPrefix), text.tokens[i].has(.capitalized) else { return nil }
        let paragraph = text.tokens[i].paragraph
        var end: Int?
        var k = i + 1
        while k - i < lexicon.longestGazetteerEntry, text.isWord(k), text.tokens[k].paragraph == paragraph {
            guard let v = lexicon.table.value(text.hash(i...k)) else { break }
            if lexicon.place(v.place) != nil {
                end = k
            } else if !v.facts.contains(.gazetteerPrefix) {
                break
            }
            k += 1
        }
        guard let end, text.tokens[end].has(.capitalized), (i...end).contains(where: { !isNameLike($0) }), !isNameLike(end + 1)
        else { return nil }
        return end
    }

    /// Whether word `i` is part of an instrument code in brackets, capitals and digits around a
    /// period: a code of two or more before it (`DAL.N`, `7203.T`) or none (`.SX7P`); not "(U.S.)".
    private func isInstrumentCode(_ i: Int) -> Bool {
        let bytes = text.bytes
        func isCodeByte(_ b: UInt8) -> Bool { ASCIIByte.isUpper(b) || ASCIIByte.isDigit(b) || b == 0x2E }
        var a = Int(text.tokens[i].start), b = Int(text.tokens[i].end)
        while a > 0, Int(text.tokens[i].start) - a < 10, isCodeByte(bytes[a - 1]) { a -= 1 }
        while b < bytes.count, b - Int(text.tokens[i].end) < 10, isCodeByte(bytes[b]) { b += 1 }
        guard a > 0, bytes[a - 1] == 0x28, b < bytes.count, bytes[b] == 0x29, bytes[b - 1] != 0x2E,
              let dot = bytes[a..<b].firstIndex(of: 0x2E) else { return false }
        return dot == a || dot - a >= 2
    }

    /// Stock exchanges whose tickers follow a colon, lower case.
    private static let exchanges: WordHashSet = WordHashSet(["nasdaq", "nyse", "lse", "tsx", "asx", "hkex", "amex", "otc", "nse", "bse",
                                                     "xetra", "euronext", "sgx", "jse", "etr", "fra", "epa", "ebr", "ams",
                                                     "bit", "bme", "six", "sto", "hel", "cph", "osl", "wse", "tase", "tyo",
                                                     "krx", "kosdaq", "twse", "sse", "szse", "idx", "klse", "pse", "nzx",
                                                     "tsxv", "cse", "bmv", "bvmf", "b3", "nysearca", "cboe", "ngx", "egx"]
                                                     .map { HashedWordTable.hash($0) })

    /// Whether the ordinary word `i` opening a sentence begins a place's name with the words
    /// after it ("New York officials", "NEW YORK —", "South Africa said").
    private func opensPlaceName(_ i: Int) -> Bool {
        guard text.facts[i].contains(.gazetteerPrefix) else { return false }
        let shouted = text.tokens[i].has(.allCaps)
        var span = [i]
        while span.count < lexicon.longestGazetteerEntry, let next = span.last.map({ $0 + 1 }), text.isWord(next),
              text.tokens[next].has(.capitalized), text.tokens[next].paragraph == text.tokens[i].paragraph {
            span.append(next)
            if let v = lexicon.table.value(text.hash(span[...], titleCase: shouted)), lexicon.place(v.place) != nil { return true }
        }
        return false
    }

    /// Whether the ordinary word `i` opening a sentence begins an organization's name: an
    /// organization word follows within three capitalized words ("National Prosecuting
    /// Authority said"), none of them a role ("Chief Executive Officer Lisa…" is not).
    private func opensOrganizationName(_ i: Int) -> Bool {
        if AgencyName.starts(at: i, in: text, lexicon: lexicon) { return true }
        // "Statistics South Africa said": such a body named for a country or region of several words.
        if AgencyName.placeOfSeveralWordsEnd(at: i, in: text, lexicon: lexicon) != nil { return true }
        // "Environment and Climate Change Canada issued …".
        if text.isLowercaseWord(i + 1, .and), isOrdinaryCapitalized(i) {
            var end = i + 2
            while end < i + 5 && isNameLike(end + 1) { end += 1 }
            if let country = countryStart(from: i + 3, to: end), (i + 2..<country).allSatisfy(isOrdinaryCapitalized) { return true }
        }
        var k = i + 1
        while k <= i + 3 && text.isWord(k) && text.tokens[k].has(.capitalized) && text.tokens[k].paragraph == text.tokens[i].paragraph {
            let f = text.facts[k]
            if !f.isDisjoint(with: [.role, .nonEntity, .givenName]) { return false }
            if f.contains(.organizationWord) { return true }
            k += 1
        }
        return false
    }

    /// The connector tokens at `i` that join the run ending at `last` to a following capitalized
    /// word ("Council on Foreign…", "Fund of the United…", "Ursula von der Leyen"), or nil.
    private func connector(at i: Int, after last: Int) -> [Int]? {
        guard last == i - 1, !text.tokens[last].has(.possessive), !text.tokens[i].has(.capitalized) else { return nil }
        let f = text.facts[i]
        if f.contains(.headConnector) {
            guard !text.facts[last].isDisjoint(with: [.organizationWord, .locationWord]) || completesPurpose(i, after: last)
            else { return nil }
            // "the Royal Irish Academy on Dawson Street": an address after "on", not the name going on.
            if text.hashes[i] == Self.onWord, (i + 1...min(i + 4, text.tokens.count - 1)).contains(where: { k in
                text.isWord(k) && text.tokens[k].has(.capitalized) && text.facts[k].contains(.locationWord)
            }) {
                return nil
            }
            if isNameLike(i + 1) { return [i] }
            if text.isLowercaseWord(i + 1, .article) && isNameLike(i + 2) { return [i, i + 1] }
            // "Court of Appeals for the 6th Circuit", "Commission for the 21st Century".
            if text.isLowercaseWord(i + 1, .article) && isOrdinal(i + 2) && isNameLike(i + 3) { return [i, i + 1, i + 2] }
            return nil
        }
        if f.contains(.particle) {
            var k = i
            var joined: [Int] = []
            while text.isLowercaseWord(k, .particle) && joined.count < 3 {
                joined.append(k)
                k += 1
            }
            if isNameLike(k) && !text.tokens[k].has(.sentenceStart) { return joined }
        }
        return nil
    }

    /// The "of" at `i` that goes on with a body's name already governed by its word and "of" or
    /// "for", after an ordinary word ("Commission for Regulation of Utilities", "Union of
    /// Chambers of Turkish Engineers"); or nil.
    private func secondOf(at i: Int, in run: [Int]) -> [Int]? {
        guard let last = run.last, last == i - 1, text.hashes[i] == NameContext.ofWord, !text.tokens[last].has(.possessive),
              isOrdinaryCapitalized(last), isNameLike(i + 1), text.tokens[i + 1].has(.capitalized),
              !text.tokens[i + 1].has(.sentenceStart),
              governedByHead(run), run.lazy.filter({ text.isLowercaseWord($0, .headConnector) }).count == 1 else { return nil }
        // (Not a second body's name: "Center for Russian Studies of East China Normal University".)
        var k = i + 1
        while k <= i + 5, isNameLike(k), text.tokens[k].paragraph == text.tokens[i].paragraph {
            if k > i + 1, text.facts[k].contains(.organizationWord) { return nil }
            k += 1
        }
        return [i]
    }

    /// Whether an organization word in `run` governs the words after it by "of" or "for"
    /// ("Ministry of …", "Commission for …").
    private func governedByHead(_ run: [Int]) -> Bool {
        run.indices.dropLast().contains { k in
            text.facts[run[k]].contains(.organizationWord) && text.isLowercaseWord(run[k + 1], .headConnector)
        }
    }

    /// "on", as written.
    private static let onWord = HashedWordTable.hash("on")

    /// Whether word `i` is an ordinal in digits ("6th", "21st", "2nd", "3rd").
    private func isOrdinal(_ i: Int) -> Bool {
        guard i < text.tokens.count, text.tokens[i].kind == .word else { return false }
        let start = Int(text.tokens[i].start), end = Int(text.tokens[i].end)
        guard end - start >= 3, end - start <= 5 else { return false }
        let bytes = text.bytes
        guard (start..<end - 2).allSatisfy({ ASCIIByte.isDigit(bytes[$0]) }) else { return false }
        let suffix = (ASCIIByte.lower(bytes[end - 2]), ASCIIByte.lower(bytes[end - 1]))
        return suffix == (0x73, 0x74) || suffix == (0x6E, 0x64) || suffix == (0x72, 0x64) || suffix == (0x74, 0x68)
    }

    /// The "for" or "of" at `i` after an office named inside a body's name: "Office of the United
    /// Nations High Commissioner for Refugees", "Office of the Privacy Commissioner of Canada" are
    /// one body each; "UN High Commissioner for Refugees
    /// Filippo Grandi" (no body before the title) is not joined.
    private func officeHolder(at i: Int, in run: [Int]) -> [Int]? {
        guard let last = run.last, last == i - 1, text.facts[last].contains(.role), !text.tokens[last].has(.possessive),
              text.isLowercaseWord(i, .headConnector),
              text.bytes[Int(text.tokens[i].start)] == 0x66 || text.bytes[Int(text.tokens[i].start)] == 0x6F,  // "for", "of"
              isNameLike(i + 1), text.facts[i + 1].isDisjoint(with: [.givenName, .role]),
              governedByHead(run) else { return nil }
        return [i]
    }

    /// Whether the "of" at `i` completes a body's purpose named after "for the": "Office for the
    /// Coordination of Humanitarian Affairs", "Organisation for the Prohibition of Chemical
    /// Weapons". The word before it is an ordinary noun, which alone would leave the name unfinished.
    private func completesPurpose(_ i: Int, after last: Int) -> Bool {
        guard text.isWord(i, .headConnector), text.bytes[Int(text.tokens[i].start)] == 0x6F,  // "of"
              text.facts[last].contains(.common), text.places[last] < 0,
              text.isLowercaseWord(last - 1, .article), text.isLowercaseWord(last - 2, .headConnector),
              text.bytes[Int(text.tokens[last - 2].start)] == 0x66,  // "for"
              text.facts[last - 3].contains(.organizationWord) else { return false }
        return true
    }

    /// Whether the "&" at `i` joins two parts of a company's name ("Marks & Spencer", "Bill &
    /// Melinda Gates Foundation"): spaced, between capitalized words of one paragraph. ("R&D"
    /// and "AT&T" are single words.)
    private func isCompanyAmpersand(_ i: Int, after last: Int) -> Bool {
        last == i - 1 && isNameLike(i + 1) && text.tokens[i + 1].paragraph == text.tokens[i].paragraph
            && text.tokens[last].end < text.tokens[i].start && text.tokens[i].end < text.tokens[i + 1].start
            && !text.tokens[last].has(.possessive)
    }

    /// Whether word `i` is a place smaller than a country (a town, a county, a region).
    private func isTown(_ i: Int) -> Bool {
        guard let entry = lexicon.place(text.places[i]) else { return false }
        return entry.kind == .location && !entry.isCountry
    }

    /// The "and" at `i` inside an organization's name: after an organization word joined by
    /// "of"/"for", before one capitalized word that ends the name ("National Commission for
    /// Museums and Monuments") or before words ending in an organization word ("Department of
    /// Health and Human Services"); or between one word and words ending in an organization word
    /// ("Food and Drug Administration").
    private func conjunction(at i: Int, in run: [Int]) -> [Int]? {
        guard let last = run.last, last == i - 1, text.isLowercaseWord(i, .and), isNameLike(i + 1),
              text.facts[i + 1].isDisjoint(with: [.givenName, .role]) else { return nil }
        // "the Royal Infirmary of Edinburgh and Newcastle's Royal Victoria Infirmary": an owner
        // after "and", whose own name follows, begins a second name.
        if text.tokens[i + 1].has(.possessive), text.isWord(i + 2), text.tokens[i + 2].has(.capitalized) { return nil }
        // Where the capitalized words after "and" end, and whether an organization word ends them.
        var end = i + 1
        while end + 1 <= i + 3 && isNameLike(end + 1) && !text.tokens[end].has(.possessive) { end += 1 }
        // "the Ministry of Defence and British Airways": a name after "and" that opens with a
        // nationality or place is a second body.
        let headed = text.facts[end].contains(.organizationWord)
            && !(text.facts[i + 1].contains(.demonym) || (text.places[i + 1] >= 0 && run.count > 1))
        // "Bank of Baroda and Canara Bank", "Bank of Ireland and PTSB", "the FBI and Europol": an
        // acronym, a body the lists know, or a name ending with the first one's head word, after
        // "and", begins a second body.
        // ("Accel and Elevation Capital", "Pilbara Minerals and Core Lithium": an investor's or a
        // company's name of two words after "and", or after a company's, is a second company.)
        let secondName = (i + 1...end).contains { k in
            text.tokens[k].has(.allCaps) || (text.places[k] >= 0 && lexicon.place(text.places[k])?.kind == .organization)
        } || (text.facts[end].contains(.organizationWord) && run.contains { text.hashes[$0] == text.hashes[end] })
            || (end > i + 1 && !run.contains { text.isLowercaseWord($0, .headConnector) }
                && (Self.companyHeads.contains(text.lowercaseHash(end)) || Self.companyHeads.contains(text.lowercaseHash(last))))
        if run.count == 1 {
            // "Scotiabank and First Quantum Minerals": a company's name alone before "and".
            if reader.hasCompanyEnding(last) || reader.isBrandCased(last) { return nil }
            let f = text.facts[last]
            // "Brighton and Hove City Council", "Barking and Dagenham Council": two towns' body.
            if text.facts[end].contains(.organizationWord), isTown(last),
               isTown(i + 1) || (text.places[i + 1] < 0 && text.facts[i + 1].isDisjoint(with: [.givenName, .role, .demonym, .organizationWord])) {
                return [i]
            }
            // "Environment and Climate Change Canada", "Fire and Emergency New Zealand": an ordinary
            // word and ordinary words before a country's name, a public body's.
            if let country = countryStart(from: i + 2, to: end), isOrdinaryCapitalized(last),
               (i + 1..<country).allSatisfy(isOrdinaryCapitalized) {
                return [i]
            }
            // (Not after a name a courtesy title gives: "Mr Smith and Federal Emergency Management Agency officials" are two.)
            return headed && !secondName && text.places[last] < 0 && !reader.context.followsHonorific(first: last)
                && f.isDisjoint(with: [.givenName, .role, .demonym, .organizationWord]) ? [i] : nil
        }
        // "Tullie House Museum and Art Gallery", "Kenya Robotics and Artificial Intelligence Society":
        // ordinary words after "and" that an organization word ends name no body of their own.
        // (Not after a company's legal form or a place: "Empire Company Ltd and Metro Inc", "Sky Ireland and Virgin Media".)
        // (Not after a company named by its acronym: "RBC Capital Markets and Blue Wren Productions".)
        // (Nor after a person's name: "Donald Trump and Federal Emergency Management Agency officials".)
        if run.count <= 4, headed, !secondName, end >= i + 2, !run.contains(where: { text.tokens[$0].has(.allCaps) }),
           text.facts[run[0]].isDisjoint(with: [.givenName, .role]),
           (i + 1..<end).allSatisfy(isOrdinaryCapitalized),
           text.tokens[end].has(.capitalized), !text.tokens[end].has(.allCaps), text.places[end] < 0,
           text.places[last] < 0, !EntityMerger.legalForms.contains(text.lowercaseHash(last)), !EntityMerger.legalForms.contains(text.lowercaseHash(end)) {
            return [i]
        }
        // "National Oceanic and Atmospheric Administration", "National Disaster Risk Reduction and
        // Management Council": ordinary words before "and".
        if run.count <= 4 && headed && run.allSatisfy({ k in
            text.isWord(k) && text.facts[k].contains(.common) && text.places[k] < 0 && !text.tokens[k].has(.allCaps)
                && text.facts[k].isDisjoint(with: [.givenName, .role, .demonym, .organizationWord, .headConnector, .nonEntity])
        }) {
            return [i]
        }
        if run.count >= 2 && run.count <= 4 && closesServiceName(at: i, in: run) { return [i] }
        let joinedHead = run.count >= 3 && governedByHead(run)
        // "Department of Environment and Natural Resources", "… of Health and Social Care": two
        // ordinary words after "and" still belong to the body's name.
        let ordinaryPair = end == i + 2 && (i + 1...end).allSatisfy { k in
            text.facts[k].contains(.common) && text.places[k] < 0 && !text.tokens[k].has(.allCaps)
                && text.facts[k].isDisjoint(with: [.givenName, .role, .demonym, .nonEntity])
        }
        return joinedHead && !secondName && (headed || end == i + 1 || ordinaryPair) ? [i] : nil
    }

    /// Where a country's name of one to three words that ends at `end` begins, at `from` or later; or nil.
    private func countryStart(from: Int, to end: Int) -> Int? {
        for start in stride(from: max(from, end - 2), through: end, by: 1) {
            if let v = lexicon.table.value(text.hash(start...end)), let place = lexicon.place(v.place), place.isCountry { return start }
        }
        return nil
    }

    /// Whether word `k` is an ordinary word written capitalized: no name, place, role or nationality.
    private func isOrdinaryCapitalized(_ k: Int) -> Bool {
        text.isWord(k) && text.tokens[k].has(.capitalized) && !text.tokens[k].has(.allCaps) && text.places[k] < 0
            && text.facts[k].contains(.common) && text.facts[k].isDisjoint(with: [.givenName, .role, .demonym, .nonEntity, .locationWord])
    }

    /// Whether the "and" at `i` joins the last of a body's ordinary words to ordinary words ending
    /// in an organization word: "Fenwick Valley Fire and Rescue Service", "Minnesota Campaign
    /// Finance and Public Disclosure Board", "Australian Securities and Investments Commission".
    /// The words before "and" hold no name, role or body ("Treasury and Federal Reserve" are two).
    private func closesServiceName(at i: Int, in run: [Int]) -> Bool {
        guard let last = run.last else { return false }
        func isOrdinary(_ k: Int) -> Bool {
            text.isWord(k) && text.tokens[k].has(.capitalized) && !text.tokens[k].has(.allCaps) && text.places[k] < 0
                && text.facts[k].contains(.common) && text.facts[k].isDisjoint(with: [.givenName, .role, .demonym, .nonEntity])
                && text.tokens[k].paragraph == text.tokens[i].paragraph
        }
        // After "and": one to three ordinary words, the last of them the organization word that
        // ends the name (which may follow another: "Investments Commission").
        func continuesName(_ k: Int) -> Bool {
            isOrdinary(k) || (text.isWord(k) && text.tokens[k].has(.capitalized) && !text.tokens[k].has(.allCaps)
                              && text.places[k] < 0 && text.facts[k].contains(.organizationWord)
                              && text.tokens[k].paragraph == text.tokens[i].paragraph)
        }
        var end = i + 1
        while end < i + 4 && isOrdinary(end) && !text.tokens[end].has(.possessive) && continuesName(end + 1) { end += 1 }
        guard text.isWord(end), text.tokens[end].has(.capitalized),
              text.facts[end].contains(.organizationWord), text.places[end] < 0, !text.tokens[end].has(.allCaps),
              text.tokens[end].paragraph == text.tokens[i].paragraph, !text.tokens[end].has(.possessive) else { return false }
        // "… Board of Canada": the name does not go on past "of" (other rules read that).
        // ("… Commission on Monday" ends at "Commission".)
        if text.isLowercaseWord(end + 1, .headConnector) {
            let next = text.isLowercaseWord(end + 2, .article) ? end + 3 : end + 2
            if text.isWord(next) && text.tokens[next].has(.capitalized) && !text.facts[next].contains(.nonEntity) { return false }
        }
        if text.isWord(end + 1) && text.tokens[end + 1].has(.capitalized) { return false }
        // Before "and": an ordinary word; a body's word only after a nationality ("Australian Securities").
        let demonymFirst = text.facts[run[0]].contains(.demonym)
        guard isOrdinary(last) && (!text.facts[last].contains(.organizationWord) || demonymFirst) else { return false }
        return run.dropLast().enumerated().allSatisfy { offset, k in
            text.isWord(k) && !text.tokens[k].has(.allCaps) && !text.tokens[k].has(.possessive)
                && text.facts[k].isDisjoint(with: [.givenName, .role, .nonEntity, .organizationWord])
                && (offset == 0 || !text.facts[k].contains(.demonym))
        }
    }

    /// The tokens of a list of ordinary capitalized words that ends a body's name after a comma:
    /// ", Housing and Communities" of "Department for Levelling Up, Housing and Communities",
    /// ", Trade and Industry" of "Ministry of Economy, Trade and Industry"; or nil. The run must be
    /// an organization word joined to what follows ("Ministry of …"), the list must close with
    /// "and" and its words be ordinary ones, so "the Ministry of Defence, Boeing and Airbus" stays three.
    /// So does a list after "the" that an organization word closes: "the Rail, Tram and Bus Union".
    private func commaList(at i: Int, in run: [Int]) -> [Int]? {
        /// Whether token `k` can be a word of the list: an ordinary word, capitalized, no name or place.
        // (Or a word no list knows: "Tram", "Distributive".)
        func isListWord(_ k: Int) -> Bool {
            text.isWord(k) && text.tokens[k].has(.capitalized) && !text.tokens[k].has(.allCaps) && text.places[k] < 0
                && (!text.facts[k].isDisjoint(with: [.common, .organizationWord]) || text.facts[k].isEmpty)
                && text.facts[k].isDisjoint(with: [.givenName, .role, .demonym])
                && text.tokens[k].paragraph == text.tokens[i].paragraph
        }
        guard let last = run.last, last == i - 1, !text.tokens[last].has(.possessive) else { return nil }
        let joinedHead = run.count >= 3 && governedByHead(run)
        // ("the South African Commercial, Catering and Allied Workers Union", "Kenya Medical
        // Practitioners, Pharmacists and Dentists Union": the country's name or nationality first.)
        let lead = run.prefix { k in
            !text.facts[k].isDisjoint(with: [.demonym, .placePrefix]) || lexicon.place(text.places[k])?.isCountry == true
        }
        let listed = run.dropFirst(lead.count)
        let bareList = !joinedHead && !listed.isEmpty && listed.count <= 2 && (text.isWord(run[0] - 1, .article) || !lead.isEmpty)
            && listed.allSatisfy(isListWord)
        guard joinedHead || bareList else { return nil }
        var out: [Int] = []
        var k = i
        for _ in 0..<4 {
            // A comma, then one to three words of the list.
            guard text.isMark(k, 0x2C), isListWord(k + 1) else { return nil }
            out.append(k)
            k += 1
            var words = 0
            while isListWord(k) && words < 3 { out.append(k); k += 1; words += 1 }
            guard !text.isWord(k) || !text.tokens[k].has(.capitalized) else { return nil }
            if text.isLowercaseWord(k, .and) {
                /// The last item may end with an organization word ("… and Rural Affairs", "… and Services").
                func isClosingWord(_ k: Int) -> Bool {
                    isListWord(k) || (text.isWord(k) && text.tokens[k].has(.capitalized) && text.places[k] < 0
                                      && text.facts[k].contains(.organizationWord) && text.tokens[k].paragraph == text.tokens[i].paragraph)
                }
                // "Department of Agriculture, Food and the Marine": "the" before a department's last item.
                let article = joinedHead && text.isLowercaseWord(k + 1, .article) && text.isWord(k + 2)
                    && text.tokens[k + 2].has(.capitalized) && !text.tokens[k + 2].has(.allCaps) && text.places[k + 2] < 0
                    && text.facts[k + 2].isDisjoint(with: [.role, .demonym]) && !text.isWord(k + 3, .and)
                guard isClosingWord(k + 1) || article else { return nil }
                out.append(k)
                k += 1
                if article {
                    out.append(contentsOf: [k, k + 1])
                    k += 2
                }
                words = 0
                while isClosingWord(k) && words < 3 {
                    out.append(k)
                    k += 1
                    words += 1
                }
                // (An owner's possessive, "… and Employment's Catalyst Fund", names a second body.)
                if out.contains(where: { text.tokens[$0].has(.possessive) && !isPluralPossessive($0) }) { return nil }
                // The name ends here: not before another capitalized word, nor "of"/"for" ("… and Bank of England").
                if text.isWord(k) && (text.tokens[k].has(.capitalized) || text.isLowercaseWord(k, .headConnector)) { return nil }
                // A bare list is a body's name only when an organization word closes it.
                if bareList && !text.facts[k - 1].contains(.organizationWord) { return nil }
                return out
            }
        }
        return nil
    }

    /// The hash of the acronym in "(NATO)" right after mention `m`, if any: in capitals, or in
    /// the house style that writes acronyms as words ("(Nice)", "(DoT)") when its letters are
    /// initials of the name's words in order, the first the first ("National Institute for
    /// Health and Care Excellence (Nice)", "Department of Transport (DoT)").
    private func definedAcronym(after m: Mention) -> UInt64? {
        let end = m.end
        guard text.isMark(end + 1, 0x28), text.isWord(end + 2), text.isMark(end + 3, 0x29) else { return nil }
        let word = text.tokens[end + 2]
        if word.has(.allCaps) { return text.hashes[end + 2] }
        if m.kind == .organization, spellsInPieces(text.bytes[Int(word.start)..<Int(word.end)], m) { return text.hashes[end + 2] }
        guard word.has(.capitalized), m.kind == .organization, (2...6).contains(Int(word.end - word.start)) else { return nil }
        let letters = text.bytes[Int(word.start)..<Int(word.end)]
        guard letters.allSatisfy(ASCIIByte.isLetter) else { return nil }
        var next = letters.startIndex
        for i in m.start...m.end where text.isWord(i) && next < letters.endIndex {
            let initial = text.bytes[Int(text.tokens[i].start)]
            if ASCIIByte.lower(initial) == ASCIIByte.lower(letters[next]) {
                next += 1
            } else if i == m.start {
                return nil
            }
        }
        return next == letters.endIndex ? text.hashes[end + 2] : nil
    }

    /// Whether each capital of the mixed-case acronym `letters` opens a piece that begins the
    /// name's capitalized words in turn, from its first ("Nigerian Meteorological Agency (NiMet)",
    /// "Philippine Health Insurance Corporation (PhilHealth)"); words after the pieces may give none.
    private func spellsInPieces(_ letters: ArraySlice<UInt8>, _ m: Mention) -> Bool {
        guard (4...12).contains(letters.count), letters.allSatisfy(ASCIIByte.isLetter), let first = letters.first, ASCIIByte.isUpper(first),
              letters.filter(ASCIIByte.isUpper).count >= 2, letters.contains(where: ASCIIByte.isLower) else { return false }
        var pieces: [ArraySlice<UInt8>] = []
        var start = letters.startIndex
        for k in letters.indices.dropFirst() where ASCIIByte.isUpper(letters[k]) {
            pieces.append(letters[start..<k])
            start = k
        }
        pieces.append(letters[start...])
        var k = m.start
        for piece in pieces {
            while k <= m.end && !(text.isWord(k) && text.tokens[k].has(.capitalized)) { k += 1 }
            guard k <= m.end else { return false }
            let word = text.bytes[Int(text.tokens[k].start)..<Int(text.tokens[k].end)]
            guard word.count >= piece.count, zip(word, piece).allSatisfy({ ASCIIByte.lower($0) == ASCIIByte.lower($1) }) else { return false }
            k += 1
        }
        return true
    }

    /// A body named in lower case after a place or organization: "UN security council",
    /// "US national security council" (up to three lower-case words ending in an institution).
    private func lowercaseBody(after m: Mention) -> Mention? {
        guard m.kind == .location || m.kind == .organization, m.evidence == .strong,
              !text.tokens[m.end].has(.possessive) else { return nil }
        var k = m.end + 1
        var count = 0
        while text.isLowercaseWord(k, .bodyQualifier) && count < 3 {
            count += 1
            if text.facts[k].contains(.lowercaseBody) && count >= 2 && m.name == nil {
                let span = Array(m.start...k)[...]
                return Mention(start: m.start, end: k, kind: .organization, key: text.hash(span), evidence: .strong)
            }
            k += 1
        }
        return nil
    }
}
