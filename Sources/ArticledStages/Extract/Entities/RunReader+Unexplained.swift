/// How `RunReader` judges the capitalized words no list explains: by their shape (all
/// capitals, initials, a possessive owner) and what the text around them says.
extension RunReader {
    /// Judges capitalized words that no list explains.
    func classify(_ span: [Int], into out: inout [Mention]) {
        let first = span[0], last = span[span.count - 1]
        let firstToken = text.tokens[first]
        // "DOBROPILLIA, EASTERN UKRAINE —": a compass word in a dateline's capitals is no place of its own.
        if span.count == 1, text.tokens[first].has(.dateline), firstToken.has(.allCaps),
           !lexicon.table.facts(text.hash(span[...], titleCase: true)).isDisjoint(with: [.placePrefix, .demonym]) {
            return
        }
        // "HEXHAM, Northumberland —", "WEST KELOWNA, B.C. —": the place a story was filed from.
        if let place = datelinePlace(span) {
            out.append(place)
            return
        }
        // "of Drumcairn Road, Pomeroy,": the town of an address, after its street and a comma.
        if span.count <= 2, namesTownOfAddress(first: first, last: last, after: out) {
            out.append(Mention(start: first, end: last, kind: .location, key: text.hash(span[...]), evidence: .strong))
            return
        }
        // "Mr. Musk", "Ms Cummings": a courtesy title names a person.
        if span.count <= 3, context.followsHonorific(first: first), !firstToken.has(.allCaps),
           span.allSatisfy({ text.facts[$0].isDisjoint(with: [.organizationWord, .locationWord]) && text.places[$0] < 0 }) {
            out.append(Mention(start: first, end: last, kind: .person, key: text.hash(span[...]), evidence: .strong))
            return
        }
        // "Northmoor Energy plc (LSE: NMR)": a legal form written in small letters closes a company's name.
        if text.isWord(last + 1), text.hashes[last + 1] == Self.plcWord, !firstToken.has(.allCaps) {
            out.append(Mention(start: first, end: last + 1, kind: .organization, key: text.hash(first...(last + 1)), evidence: .strong))
            return
        }
        if span.count == 1 {
            let key = text.hashes[first]
            // "RM1.2 million", "Sh100", "Rs500": a sum of money in a currency written before it.
            if isAmount(first) { return }
            // "Conservationists say …", "Paramedics were …": a plural noun opening the sentence, that a
            // verb agrees with as with many, is no one's name.
            if firstToken.has(.sentenceStart), firstToken.end - firstToken.start >= 5, text.bytes[Int(firstToken.end) - 1] == 0x73,
               ASCIIByte.isLower(text.bytes[Int(firstToken.end) - 2]), text.bytes[Int(firstToken.end) - 2] != 0x73,
               !firstToken.has(.possessive), text.isWord(last + 1), Self.pluralVerbs.contains(text.hashes[last + 1]) {
                return
            }
            // "Moody's Analytics": an organization word after a possessive name is that name's body.
            if text.facts[first].contains(.organizationWord), let owner = possessiveOwner(of: first) {
                if let previous = out.last, previous.start == owner, previous.end == owner { out.removeLast() }
                out.append(Mention(start: owner, end: last, kind: .organization, key: text.hash([owner, first][...]), evidence: .strong))
                return
            }
            // "The Guardian", "The Times": a publication named by its article and one word.
            if text.facts[first].contains(.organizationWord), text.isWord(first - 1, .article),
               text.tokens[first - 1].has(.capitalized), Self.publicationWords.contains(text.lowercaseHash(first)) {
                out.append(Mention(start: first - 1, end: last, kind: .organization, key: text.hash([first - 1, first][...]), evidence: .strong))
                return
            }
            // "WaterCAN", "PayPal", "BlackRock": a brand's inner capital; not "McDonald", "DeSantis".
            if isBrandCased(first) {
                out.append(Mention(start: first, end: last, kind: .organization, key: key, evidence: .strong))
                return
            }
            // "Commerzbank", "Ryanair", "Microsoft": a word no list knows ending as companies' names do
            // (not a surname the text writes after a given name: "Helen Marchbank" … "Marchbank told").
            if hasCompanyEnding(first), !isSurnameInText(first) {
                out.append(Mention(start: first, end: last, kind: .organization, key: key, evidence: .strong))
                return
            }
            if firstToken.has(.allCaps) && !firstToken.has(.headline) && firstToken.end - firstToken.start <= 7
                && !isShouted(first) && !isRomanNumeral(first) {
                out.append(Mention(start: first, end: last, kind: .organization, key: key, evidence: .strong))
                return
            }
            // "Opposition-ruled", "Kremlin-backed": a word made an adjective by its small-letter end.
            if firstToken.has(.hyphenated), let dash = text.bytes[Int(firstToken.start)..<Int(firstToken.end)].lastIndex(of: 0x2D),
               dash + 1 < Int(firstToken.end), ASCIIByte.isLower(text.bytes[dash + 1]),
               // (Not a region: "the South-east".)
               !["east", "west", "north", "south"].contains(where: { text.bytes[(dash + 1)..<Int(firstToken.end)].elementsEqual($0.utf8) }) {
                return
            }
            // "Soviet-Chinese" is no name; "Nwosu-Bennett" is, once someone was named in full with it,
            // so the compound stays as a bare mention that only a person's surname can claim.
            if firstToken.has(.hyphenated) && isCompoundOfCapitals(first) {
                out.append(Mention(start: first, end: last, kind: nil, key: key, evidence: .weak))
                return
            }
            if context.namesSettlement(first: first) || context.describesSettlement(last: last) || context.namedByPlaceNoun(last: last)
                || listedWithPlace(first: first, last: last)
                // ("from Proparco, the French development finance institution": what the apposition says it is.)
                || (isUnknown(first) && context.followsLocativePreposition(first) && !context.describesOrganization(first: first, last: last))
                || context.namesSeat(first: first)
                || namesTownInState(first) {
                out.append(Mention(start: first, end: last, kind: .location, key: key, evidence: .strong))
                return
            }
            // "beat Sampdoria": a side, unless the text names a player by that surname ("after
            // Moreau beat Ferreyra"), which merging decides.
            if sports && context.playsAsClub(first: first, last: last) {
                var m = Mention(start: first, end: last, kind: nil, key: key, evidence: .weak)
                m.organizationContext = true
                out.append(m)
                return
            }
            var m = Mention(start: first, end: last, kind: nil, key: key, evidence: .weak)
            // "Paystream, a payments startup, said…": an apposition saying what it is wins over the verb.
            let described = context.describesOrganization(first: first, last: last) || context.namesEmployer(first: first)
                || context.namesCompany(first: first) || context.speaksOfItsOwn(last: last)
                || context.followsOrganizationKind(first: first)
                // ("Srinivas Alavilli of Janaagraha said", not "Priya Ramdial of Godfrey took": a hometown.)
                || (namesAffiliation(first: first, after: out) && text.isLowercaseWord(last + 1, .speechVerb))
            // An ordinary word alone ("Zero said") is not taken for a surname on context alone,
            // unless it is a frequent surname ("Brown said").
            // Not the second word of a name whose first word was left out ("Downing Street said").
            let surname = text.facts[first].contains(.surnameWord) && !(text.isWord(first - 1) && text.tokens[first - 1].has(.capitalized))
                && text.facts[first].isDisjoint(with: [.locationWord, .organizationWord])
            let ordinary = text.facts[first].contains(.common) && !surname
            m.personContext = !described && !ordinary && context.suggestsPerson(first: first, last: last)
            // "Sasol chief executive Simon Baloyi": a word no list names, before a job and a given name, employs them.
            let employer = text.facts[first].isDisjoint(with: [.givenName, .surnameWord, .familyFirst, .common])
                && context.employsNamedPerson(after: last, companyJobs: true)
            m.organizationContext = described || employer || context.suggestsOrganization(first: first, last: last)
            out.append(m)
            return
        }
        let key = text.hash(span[...])
        if firstToken.has(.allCaps) && span.count <= 4 && !isShouted(first) && !isInitials(first) {
            out.append(Mention(start: first, end: last, kind: .organization, key: key, evidence: .strong))
            return
        }
        // Shouted words ("BREAKING NEWS", a dateline no list knows) are no person's name.
        if firstToken.has(.allCaps) && text.tokens[last].has(.allCaps) && !isInitials(first) { return }
        // "Stanbic IBTC", "Karnataka CID": an acronym of three letters or more after a word that
        // is no given name makes a body's name, not a person's (post-nominals and numerals aside).
        if span.count <= 4, !text.facts[first].contains(.givenName), span.dropFirst().contains(where: { k in
            let t = text.tokens[k]
            return t.has(.allCaps) && (3...6).contains(Int(t.end - t.start)) && !isRomanNumeral(k) && !isInitials(k)
                && !Self.postNominals.contains(text.lowercaseHash(k))
        }) {
            out.append(Mention(start: first, end: last, kind: .organization, key: key, evidence: .strong))
            return
        }
        if context.describesOrganization(first: first, last: last) || context.namesEmployer(first: first)
            || context.followsOrganizationKind(first: first) || namesAffiliation(first: first, after: out)
            || (span.allSatisfy({ text.facts[$0].isDisjoint(with: [.givenName, .surnameWord, .familyFirst]) }) && context.employsNamedPerson(after: last)) {
            out.append(Mention(start: first, end: last, kind: .organization, key: key, evidence: .strong))
            return
        }
        if context.namesSettlement(first: first) || context.describesSettlement(last: last) || context.namedByPlaceNoun(last: last) {
            out.append(Mention(start: first, end: last, kind: .location, key: key, evidence: .strong))
            return
        }
        // "Rashida Van Tassel": a particle written capitalized inside the words makes them a
        // person's name, whatever ordinary words they hold.
        // So does one opening a surname of two words, "Van Tassel said" ("Le Monde", "Al Jazeera"
        // open with articles, not these particles).
        let particleInside = (3...4).contains(span.count) && span.dropFirst().dropLast().contains(where: isCapitalizedParticle)
        // "Van der Berg said", the particles of "Pieter van der Berg" opening with a capital.
        let particleFirst = (span.count == 2 || (span.count == 3 && text.isLowercaseWord(span[1], .particle)))
            && isCapitalizedParticle(first) && !Self.articleParticles.contains(text.lowercaseHash(first)) && text.places[last] < 0
        if particleInside || particleFirst,
           span.allSatisfy({ text.facts[$0].isDisjoint(with: [.organizationWord, .locationWord]) }) {
            out.append(Mention(start: first, end: last, kind: .person, key: key, evidence: .strong))
            return
        }
        let commonFirst = text.facts[first].contains(.common)
        let commonLast = text.facts[last].contains(.common) && !text.facts[last].contains(.surnameWord)
        // "National Grid said", "according to Energy Aspects": a name whose last word is an
        // ordinary word (and no known given name before it) is an organization when its
        // surroundings show it acting; without such context it is left out.
        if commonLast || span.allSatisfy({ text.facts[$0].contains(.common) }) {
            // "Wen-ti Sung, a political scientist": a surname that is also an ordinary word.
            if commonLast && !commonFirst && span.count <= 3 && context.describesPerson(first: first, last: last) {
                out.append(Mention(start: first, end: last, kind: .person, key: key, evidence: .strong))
                return
            }
            if context.suggestsPerson(first: first, last: last) || context.suggestsOrganization(first: first, last: last) {
                out.append(Mention(start: first, end: last, kind: .organization, key: key, evidence: .strong))
            }
            return
        }
        // "mothers in Cwm Teifi will…": words that are no one's names, after "in", name a place.
        if span.count <= 3, span.allSatisfy({ text.facts[$0].isDisjoint(with: [.givenName, .familyFirst, .surnameWord, .role]) }),
           context.followsLocativePreposition(first: first, last: last) {
            out.append(Mention(start: first, end: last, kind: .location, key: key, evidence: .strong))
            return
        }
        // "Geophysicist Magnus Tumi Gudmundsson said": a profession opening the sentence; so does
        // a word with a job's ending that is no one's name ("Seamer Evans Oduor", "Organiser Sabitri Gurung").
        if span.count >= 3 && firstToken.has(.sentenceStart)
            && (text.namesProfession(first) || (looksLikeJob(first) && text.facts[first].isDisjoint(with: [.surnameWord, .givenName, .familyFirst])
                                                 && !text.isLowercaseWord(span[1], .particle))) {
            classify(Array(span.dropFirst()), into: &out)
            return
        }
        // "through the Kerem Shalom and Rafah crossings", "told reporters at the Casa Rosada":
        // two words or more that no list calls a name, right after "the", are a place or a body,
        // not a person (whom "the" does not precede): a place after a preposition of place.
        // ("The Eglinton Crosstown will open": so is "The" opening the sentence.)
        if span.count >= 2, text.isLowercaseWord(first - 1, .article)
            || (text.isWord(first - 1, .article) && text.tokens[first - 1].has(.sentenceStart) && !text.tokens[first - 1].has(.allCaps)),
           span.allSatisfy({ text.facts[$0].isDisjoint(with: [.givenName, .familyFirst, .surnameWord, .role]) }),
           !context.suggestsPerson(first: first, last: last), !context.describesPerson(first: first, last: last) {
            // ("the South Okanagan": a compass word opens a region's name.)
            let placed = text.facts[first].contains(.placePrefix)
                || (first >= 2 && text.isWord(first - 2) && Self.placeBeforeArticle.contains(text.hashes[first - 2])
                    && !span.contains(where: { MetadataVocabulary.shared.isOutletWord(text.word($0)) }))
            let kind: EntityKind = placed ? .location : .organization
            out.append(Mention(start: first, end: last, kind: kind, key: key, evidence: .strong))
            return
        }
        // "the MP for Stockton North", "the Mbeere North by-election", "at Manchester Piccadilly":
        // a seat; a name and a compass word; a town's name and a word no list knows.
        if span.count <= 3, !context.describesPerson(first: first, last: last),
           !text.facts[first].contains(.givenName) || text.places[first] >= 0,
           context.namesSeat(first: first) || context.endsRoute(first: first, last: last, lexicon: lexicon)
               || (span.count == 2 && (Self.compassWords.contains(text.hashes[last])
               || (lexicon.place(text.places[first])?.kind == .location && isUnknown(last) && !context.suggestsPerson(first: first, last: last)))) {
            out.append(Mention(start: first, end: last, kind: .location, key: key, evidence: .strong))
            return
        }
        // "the health minister, Mercy Chirwa, told": an ordinary first word ("Mercy", "Grace")
        // is a given name where the words around say a person.
        if span.count <= 4 && (!commonFirst || context.suggestsPerson(first: first, last: last)
                               || context.describesPerson(first: first, last: last)
                               || (span.count == 2 && speaksElsewhere(last))) {
            out.append(Mention(start: first, end: last, kind: .person, key: key, evidence: .strong))
        }
    }

    /// Verbs in the form that agrees with many, in small letters ("say", not "says").
    private static let pluralVerbs: WordHashSet = WordHashSet(["say", "are", "were", "have", "warn", "argue", "believe", "fear",
                                                               "claim", "estimate", "hope", "want", "worry", "expect", "insist",
                                                               "agree", "disagree", "predict", "suspect"].map(HashedWordTable.hash))

    /// Prepositions of place before "the" and a name ("at the Casa Rosada", "through the Kerem Shalom").
    private static let placeBeforeArticle: WordHashSet = WordHashSet(["at", "in", "through", "near", "outside", "inside", "across",
                                                                      "around", "to", "from", "into", "past", "beside"].map(HashedWordTable.hash))

    /// Whether the words from `first` follow a person's name and "of" or "of the": the body the
    /// person belongs to ("Guman Singh of the Himalaya Niti Abhiyan", "Srinivas Alavilli of Janaagraha").
    private func namesAffiliation(first: Int, after out: [Mention]) -> Bool {
        let of = text.isLowercaseWord(first - 1, .article) ? first - 2 : first - 1
        guard of >= 1, let person = out.last, person.kind == .person, person.end == of - 1,
              text.isWord(of), text.hashes[of] == NameContext.ofWord else { return false }
        return true
    }

    /// Whether the word at `last` (a surname no list knows, after an ordinary word that may be a
    /// given name: "Dot Harkness") speaks elsewhere in the text on its own ("Harkness said").
    private func speaksElsewhere(_ last: Int) -> Bool {
        guard text.facts[last].isEmpty, text.places[last] < 0 else { return false }
        let key = text.hashes[last]
        for i in text.tokens.indices where i != last && text.hashes[i] == key && text.tokens[i].kind == .word {
            if let next = context.nextWord(after: i), text.isLowercaseWord(next, .speechVerb) { return true }
            if let prev = context.previousWord(before: i), text.isLowercaseWord(prev, .speechVerb) { return true }
        }
        return false
    }

    /// Whether tokens `first...last` stand in a list with a known place that a word of place
    /// or motion opens, all its items single words: "in Keighley, Bingley, Silsden and Ilkley",
    /// "depots in Govan, Possilpark and Paisley" (not a team sheet, "Holt, Furey, Maitland").
    func listedWithPlace(first: Int, last: Int) -> Bool {
        guard first == last, isSingleWordItem(first) else { return false }
        // The list's next item on one side: past a comma, "and" or "or", or both (", and").
        var conjunction = false
        func item(from k: Int, step: Int) -> Int? {
            var j = k + step
            var joined = false
            while text.isMark(j, 0x2C) || text.isLowercaseWord(j, .and) || (text.isWord(j) && text.hashes[j] == Self.orWord) {
                if text.tokens[j].kind == .word { conjunction = true }
                j += step
                joined = true
            }
            guard joined, text.isWord(j), text.tokens[j].paragraph == text.tokens[k].paragraph, isSingleWordItem(j) else { return nil }
            return j
        }
        var knownPlace = false
        var start = first, end = first
        // Known places that name no person ("Wicklow", not "Austin"), and unknown words, in the list.
        var plainPlaces = 0, unknowns = 1
        for step in [-1, 1] {
            var k = first
            for _ in 0..<6 {
                guard let j = item(from: k, step: step) else { break }
                if lexicon.place(text.places[j])?.kind == .location {
                    knownPlace = true
                    if text.facts[j].isDisjoint(with: [.givenName, .surnameWord, .familyFirst]) { plainPlaces += 1 }
                } else if !isUnknown(j) {
                    break
                } else {
                    unknowns += 1
                }
                k = j
                if step < 0 { start = j } else { end = j }
            }
        }
        // A list ends with "and" or "or": "in Derby, Harper told" is a place and a speaker.
        guard conjunction else { return false }
        // "at Tine and Adre", "the border villages of Zokhawthar, Melbuk and Khawmawi": words no
        // list knows, listed after a preposition of place or a plural noun of places and "of".
        // (Not "economists at Davy and Goodbody", nor "Eli Lilly in Kinsale and Abbott in Sligo".)
        if !knownPlace {
            let opened = (context.followsPlacePreposition(first: start, last: start) && text.hashes[start - 1] != Self.atWord) || followsPlacesOf(start)
            let placedAfter = text.isWord(end + 1) && (text.hashes[end + 1] == Self.atWord || text.hashes[end + 1] == Self.inWord)
            return unknowns >= 2 && opened && !placedAfter
        }
        if context.followsPlaceOrMotionWord(start) { return true }
        // "while Kildare and Wicklow saw rises", "suburbs like Mount Druitt, Penrith and
        // Campbelltown": with no word of place before it, a list of mostly plain places, outside a
        // match report's team sheet, whose word is no one's surname in the text.
        return !sports && plainPlaces >= unknowns && text.tokens[first].end - text.tokens[first].start >= 3 && !isSurnameInText(first)
    }

    /// Whether word `i` follows a plural noun of places and "of" ("villages of", "suburbs of").
    private func followsPlacesOf(_ i: Int) -> Bool {
        text.isLowercaseWord(i - 1, .headConnector) && text.hashes[i - 1] == NameContext.ofWord && text.isWord(i - 2)
            && !text.tokens[i - 2].has(.capitalized) && Self.pluralPlaceNouns.contains(text.hashes[i - 2])
    }

    /// "at" and "in".
    private static let atWord = HashedWordTable.hash("at"), inWord = HashedWordTable.hash("in")

    /// Plural nouns of places that a list of them follows with "of", in small letters.
    private static let pluralPlaceNouns: WordHashSet = WordHashSet(["villages", "towns", "suburbs", "districts", "areas", "neighbourhoods",
                                                                    "neighborhoods", "municipalities", "counties", "regions", "provinces",
                                                                    "cities", "settlements", "townships", "localities", "islands",
                                                                    "states", "communities", "residents", "parishes", "wards"].map(HashedWordTable.hash))

    /// Whether word `i` is written somewhere in the text right after a given name or a title,
    /// as a person's surname ("Antony Blinken", "Mr Blinken").
    private func isSurnameInText(_ i: Int) -> Bool {
        let key = text.hashes[i]
        for k in text.tokens.indices where k > 0 && text.hashes[k] == key && text.tokens[k].kind == .word {
            guard let previous = context.previousWord(before: k), text.tokens[previous].has(.capitalized) else { continue }
            if !text.facts[previous].isDisjoint(with: [.givenName, .role]) || context.followsHonorific(first: k) { return true }
        }
        return false
    }

    /// Whether token `i` is a capitalized word standing alone: no capitalized word, initials or
    /// abbreviation next to it ("Calif.", "French Open").
    private func isSingleWordItem(_ i: Int) -> Bool {
        let t = text.tokens[i]
        guard t.has(.capitalized), !t.has(.allCaps), !t.has(.abbreviation), !t.has(.possessive) else { return false }
        if text.isWord(i - 1) && text.tokens[i - 1].has(.capitalized) { return false }
        return !(text.isWord(i + 1) && text.tokens[i + 1].has(.capitalized))
    }

    /// Whether word `i` is a town named with its state or province after a preposition: "in
    /// Jackson, Mississippi", "of Superior, Wis.", "from Brandon, Man." (not "in Jackson's office").
    func namesTownInState(_ i: Int) -> Bool {
        guard !text.tokens[i].has(.possessive), !text.tokens[i].has(.allCaps), let at = context.previousWord(before: i), at == i - 1,
              !text.tokens[at].has(.capitalized), Self.townPrepositions.contains(text.hashes[at]),
              text.isMark(i + 1, 0x2C), text.isWord(i + 2), text.tokens[i + 2].has(.capitalized) else { return false }
        let state = i + 2
        // "Wis.", "Calif."; "N.D.", "B.C." letter by letter.
        if Self.stateAbbreviations.contains(text.hashes[state]), text.isMark(state + 1, 0x2E) {
            guard text.tokens[state].end - text.tokens[state].start == 1 else { return true }
            return text.isWord(state + 2) && text.tokens[state + 2].end - text.tokens[state + 2].start == 1 && text.isMark(state + 3, 0x2E)
        }
        guard let place = lexicon.place(text.places[state]), place.kind == .location, !place.isCountry else { return false }
        // The state's name ends the phrase: "in Jackson, Mississippi, in 2022", "… Mississippi." — not
        // "Okonkwo, Madison and Reyes" (a list) nor "Jackson, Mississippi River".
        return state + 1 >= text.tokens.count || text.tokens[state + 1].paragraph != text.tokens[state].paragraph
            || text.isMark(state + 1, 0x2C) || text.isMark(state + 1, 0x2E) || text.isMark(state + 1, 0x3B)
    }

    /// Prepositions before a town named with its state.
    private static let townPrepositions: WordHashSet = WordHashSet(["in", "of", "from", "near", "outside", "at"].map(HashedWordTable.hash))

    /// Abbreviations of US states and Canadian provinces written with a full stop ("Wis.", "N.D.").
    private static let stateAbbreviations: WordHashSet = WordHashSet([
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Vt", "Va", "Wash",
        "Wis", "Wyo", "Ont", "Que", "Alta", "Man", "Sask", "N", "S", "W", "B",
    ].map(HashedWordTable.hash))

    /// Whether words `first...last` stand between commas right after a street's name, the last
    /// mention read (`out`): "of Orchard Close, Little Combe, admitted", "of Mill Lane, Kettleby.".
    private func namesTownOfAddress(first: Int, last: Int, after out: [Mention]) -> Bool {
        guard let street = out.last, street.kind == .location, street.end == first - 2, text.isMark(first - 1, 0x2C),
              Self.streetWords.contains(text.lowercaseHash(street.end)),
              text.isMark(last + 1, 0x2C) || text.isMark(last + 1, 0x2E) || last + 1 == text.tokens.count else { return false }
        return (first...last).allSatisfy { text.tokens[$0].has(.capitalized) && text.facts[$0].isDisjoint(with: [.role, .organizationWord, .givenName]) }
    }

    /// Words that end a street's name.
    private static let streetWords: WordHashSet = WordHashSet(["road", "street", "lane", "avenue", "close", "crescent", "drive",
                                                               "terrace", "grove", "mews", "gardens", "way", "place", "square",
                                                               "row", "walk", "wynd", "rd", "st", "ave"].map(HashedWordTable.hash))

    /// "plc", the British public company's legal form as it is mostly written.
    private static let plcWord = HashedWordTable.hash("plc")

    /// "or", joining a list's last item.
    private static let orWord = HashedWordTable.hash("or")

    /// Whether word `i`, capitalized and on no list of names or words, ends in a word that
    /// companies' names end with, after at least three letters ("Commerzbank", "Ryanair").
    /// Honours and degrees written after a name, lower case ("OBE", "KC", "PhD").
    private static let postNominals: WordHashSet = WordHashSet(["obe", "mbe", "cbe", "kbe", "dbe", "qc", "kc", "sc", "mp", "msp",
                                                        "mla", "jp", "phd", "frs", "mbbs", "llb", "cpa", "esq", "ret"].map(HashedWordTable.hash))

    func hasCompanyEnding(_ i: Int) -> Bool {
        let t = text.tokens[i]
        guard !t.has(.allCaps), text.facts[i].isDisjoint(with: [.givenName, .familyFirst, .surnameWord, .common]),
              text.places[i] < 0 else { return false }
        let word = text.bytes[Int(t.start)..<Int(t.end)]
        guard !word.contains(0x2D) else { return false }
        return Self.companyEndings.contains { ending in
            word.count >= ending.count + 3 && word.suffix(ending.count).elementsEqual(ending)
        }
    }

    /// Endings of companies' names written as one word, lower case.
    private static let companyEndings: [[UInt8]] = ["bank", "air", "soft", "tech", "corp", "com", "ware", "works", "mart",
                                                    "pharma", "media", "airways", "lines"].map { Array($0.utf8) }

    /// Particles that are also articles ("Le Monde", "La Liga", "El País", "Al Jazeera").
    private static let articleParticles: WordHashSet = WordHashSet(["le", "la", "el", "al", "der", "den"].map(HashedWordTable.hash))

    /// Whether word `i` is a name particle written capitalized ("Van", "De", "Von").
    func isCapitalizedParticle(_ i: Int) -> Bool {
        guard text.tokens[i].has(.capitalized), !text.tokens[i].has(.allCaps) else { return false }
        return lexicon.cues.facts(text.lowercaseHash(i)).contains(.particle)
    }

    /// The capitalized possessive word right before word `i` ("Moody's" of "Moody's Analytics"),
    /// or "King's" of "King's Fund", unless it is a place, a given name or a demonym ("Britain's",
    /// "Ursula's").
    private func possessiveOwner(of i: Int) -> Int? {
        let o = i - 1
        guard text.isWord(o), text.tokens[o].has(.possessive), text.tokens[o].has(.capitalized),
              text.tokens[o].paragraph == text.tokens[i].paragraph,
              text.facts[o].isDisjoint(with: [.givenName, .familyFirst, .demonym, .nonEntity, .article]) else { return nil }
        if let entry = lexicon.place(text.places[o]), entry.kind == .location { return nil }
        return o
    }

    /// Whether an all-capital word is shouted text rather than an acronym: an ordinary English
    /// word ("SOURCE"), or next to another all-capital word that no list knows ("GETTY IMAGES").
    private func isShouted(_ i: Int) -> Bool {
        if text.tokens[i].end - text.tokens[i].start >= 4 && text.facts[i].contains(.common) { return true }
        for k in [i - 1, i + 1] where text.isWord(k) && text.tokens[k].has(.allCaps) && text.tokens[k].end - text.tokens[k].start >= 3 {
            if text.places[k] < 0 { return true }
        }
        return false
    }

    /// Whether word `i` is a Roman numeral ("II" of "Elizabeth II"), not an acronym.
    private func isRomanNumeral(_ i: Int) -> Bool {
        text.bytes[Int(text.tokens[i].start)..<Int(text.tokens[i].end)].allSatisfy { [0x49, 0x56, 0x58, 0x4C].contains($0) }
    }

    /// The place a dateline names in capitals, before its agency ("HEXHAM" named "Hexham", so
    /// that the body's "Hexham" is the same place; "B.C." as written), or nil.
    private func datelinePlace(_ span: [Int]) -> Mention? {
        guard span.allSatisfy({ text.tokens[$0].has(.dateline) && text.tokens[$0].has(.allCaps) }) else { return nil }
        // Not the agency, "(AP)", and not the rest of a place read in part ("DE" of "SAN PEDRO DE
        // ATACAMA", "CITY" of "TACLOBAN CITY"): the dateline's first words, or those after a comma or "and".
        let before = span[0] - 1
        guard before < 0 || text.isMark(before, 0x2C) || (text.isWord(before, .and) && !text.tokens[before].has(.capitalized)) else { return nil }
        if span[0] > 0, (0..<span[0]).contains(where: { text.isMark($0, 0x28) }) { return nil }
        if span.contains(where: isInitials) {
            return Mention(start: span[0], end: span[span.count - 1], kind: .location, key: text.hash(span[...]), evidence: .strong)
        }
        var m = Mention(start: span[0], end: span[span.count - 1], kind: .location, key: text.hash(span[...], titleCase: true), evidence: .strong)
        m.name = span.map { i in
            let word = text.word(i)
            return word.prefix(1) + word.dropFirst().lowercased()
        }.joined(separator: " ")
        return m
    }

    /// Whether word `i` is a currency's letters and digits ("RM48", "Sh100", "Ksh2", "Rs500").
    private func isAmount(_ i: Int) -> Bool {
        let word = text.bytes[Int(text.tokens[i].start)..<Int(text.tokens[i].end)]
        guard let digit = word.firstIndex(where: ASCIIByte.isDigit), word[digit...].allSatisfy(ASCIIByte.isDigit) else { return false }
        return Self.currencyPrefixes.contains(HashedWordTable.hash(String(decoding: word[..<digit], as: UTF8.self)))
    }

    /// Currencies written as letters before a sum.
    private static let currencyPrefixes: WordHashSet = WordHashSet(["RM", "Rs", "Sh", "Ksh", "KSh", "Kshs", "R", "Rp", "P", "N", "GHS", "US",
                                                            "USD", "EUR", "GBP", "INR", "NGN", "KES", "ZAR", "PHP", "MYR", "SGD",
                                                            "AUD", "CAD", "NZD", "HKD", "CHF", "JPY", "CNY", "Tk", "Rf"].map(HashedWordTable.hash))

    /// Whether word `i` is initials with periods ("J.D." of "J.D. Vance"), not an acronym.
    private func isInitials(_ i: Int) -> Bool {
        text.bytes[Int(text.tokens[i].start)..<Int(text.tokens[i].end)].contains(0x2E)
    }

    /// Whether every part of hyphenated word `i` starts with a capital ("Soviet-Chinese").
    private func isCompoundOfCapitals(_ i: Int) -> Bool {
        var k = Int(text.tokens[i].start)
        let end = Int(text.tokens[i].end)
        var atPartStart = true
        while k < end {
            let b = text.bytes[k]
            if atPartStart && b >= 0x61 && b <= 0x7A { return false }
            atPartStart = b == 0x2D
            k += 1
        }
        return true
    }

    /// Whether word `i` is written as brands are: a capital inside it after a lower-case letter,
    /// the part before it no name prefix ("Mc", "Mac", "De", "La", "Van"…), and no hyphen or
    /// apostrophe ("WaterCAN", "PayPal", "AstraZeneca"; not "McDonald", "DeSantis", "O'Neill").
    func isBrandCased(_ i: Int) -> Bool {
        let t = text.tokens[i]
        let start = Int(t.start), end = Int(t.end)
        guard end - start >= 4 else { return false }
        // "eBay", "dataLoom": a lower-case first letter (the tokenizer takes them for names); not
        // the particle of an Arabic surname ("al-Masri said").
        if ASCIIByte.isLower(text.bytes[start]) { return text.bytes[start + 2] != 0x2D }
        guard ASCIIByte.isUpper(text.bytes[start]) else { return false }
        var k = start + 1
        while k < end {
            let b = text.bytes[k]
            if b == 0x2D || b == 0x27 || b >= 0x80 || b == 0x2E { return false }
            if ASCIIByte.isUpper(b) && ASCIIByte.isLower(text.bytes[k - 1]) {
                let prefix = String(decoding: text.bytes[start..<k], as: UTF8.self)
                return !Self.namePrefixes.contains(prefix) && end - k >= 2
            }
            k += 1
        }
        return false
    }

    /// Words that name a publication after "The" ("The Times"), unlike "The Government".
    private static let publicationWords: WordHashSet = WordHashSet(["times", "post", "journal", "herald", "tribune", "gazette", "telegraph",
                                                            "guardian", "observer", "independent", "economist", "chronicle", "review",
                                                            "magazine", "press", "news"].map(HashedWordTable.hash))

    /// Parts of surnames written with an inner capital.
    private static let namePrefixes: Set<String> = ["Mc", "Mac", "De", "Di", "Da", "Du", "Del", "Della", "La", "Le", "Van", "Von",
                                                    "Fitz", "St", "Ten", "Ter", "Vander", "Al", "El", "Abu", "Ben", "Bin"]
}
