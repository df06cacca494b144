/// Reads one run of capitalized words into mentions.
///
/// The run is cut at role titles ("President", "Spokeswoman": what follows is a person), read
/// as an organization or place when it holds an organization or place word ("Council", "Sea"),
/// and otherwise scanned left to right: gazetteer places and organizations, a known given name
/// or family name starting a person's name, demonyms and role words skipped, and what is left
/// judged by its shape and surroundings.
struct RunReader {
    let text: TokenizedText
    let lexicon: EntityLexicon
    let context: NameContext
    /// The article reports on sport: a place followed by a name is a club ("Aston Villa").
    let sports: Bool

    /// Facts of words that cannot continue a person's name.
    private static let notSurname: WordFacts = [.demonym, .role, .organizationWord, .locationWord, .nonEntity,
                                                .headConnector]

    /// Words that make a title longer before its head word ("Press Secretary", "Chief Financial
    /// Officer", "Trade Representative", "District Judge"), lower case.
    private static let titleModifiers: WordHashSet = WordHashSet([
        "press", "chief", "financial", "operating", "executive", "technology", "information", "marketing", "communications",
        "deputy", "vice", "assistant", "senior", "principal", "acting", "interim", "associate", "managing", "trade",
        // A judge's court and a director-general's: "U.S. District Judge", "ESA Director General".
        "district", "circuit", "magistrate", "appeals", "bankruptcy", "director",
        // A minister's portfolio: "Ontario Labour Minister", "Parliamentary Affairs Minister",
        // "Government House Leader", "Deputy Labor Secretary".
        "labour", "labor", "finance", "health", "education", "justice", "defence", "defense", "foreign", "interior", "home",
        "environment", "energy", "transport", "housing", "agriculture", "culture", "tourism", "immigration", "parliamentary",
        "affairs", "government", "house", "opposition", "shadow", "junior", "cabinet", "sports", "sport", "mines", "petroleum",
        "fisheries", "corporate", "state",
        // A field's last word before a commissioner's or director's title: "Emergency Management Commissioner".
        "management",
    ].map { HashedWordTable.hash($0) })

    /// Titles that the words before them give a portfolio ("Federal Labour Minister", "Emergency
    /// Management Minister", "Health Cabinet Secretary"): ordinary words there name the post's field.
    private static let ministerialTitles: WordHashSet = WordHashSet(["minister", "ministers", "secretary", "mec"].map { HashedWordTable.hash($0) })

    /// Portfolios that also name a party ("Labour MP Jess Phillips"): a field only before a ministerial title.
    private static let partyPortfolios: WordHashSet = WordHashSet(["labour", "labor"].map { HashedWordTable.hash($0) })

    /// "for" and "of", which join a title to its portfolio ("Minister for Foreign Affairs").
    private static let portfolioJoiners: WordHashSet = WordHashSet(["for", "of"].map { HashedWordTable.hash($0) })

    /// Last words of a law's, a treaty's or an index's title, in small letters: "act", "treaty",
    /// "accord", "index" ("World Press Freedom Index" names no press body).
    private static let instrumentEndings: WordHashSet = WordHashSet(["act", "treaty", "accord", "pact", "protocol", "arrangements", "index"]
        .map(HashedWordTable.hash))

    /// "Greater", the one place prefix that makes a place of a city ("Greater London").
    private static let greater = HashedWordTable.hash("Greater")
    private static let district = HashedWordTable.hash("District")
    private static let state = HashedWordTable.hash("state")
    /// Services whose districts are bodies ("School District", "Water District"), unlike an
    /// electoral one ("Assembly District").
    private static let serviceDistricts: WordHashSet = WordHashSet(["school", "schools", "water", "fire", "utility", "hospital", "transit",
                                                            "sanitation", "irrigation", "park", "library"].map(HashedWordTable.hash))

    /// A reader for runs of `text`, which must have been annotated with `lexicon`.
    init(text: TokenizedText, lexicon: EntityLexicon) {
        self.text = text
        self.lexicon = lexicon
        self.context = NameContext(text: text)
        self.sports = SportsReport.matches(text)
        self.surnameCompounds = Self.surnameCompounds(in: text, lexicon: lexicon)
    }

    /// Hyphenated surnames one of whose parts is a place ("Naomi Kerr-Atherton", "Dr. Folasade
    /// Adeyemi-Bello"), as hashes: written after a given name, a title or a word no list knows,
    /// they are a person's, there and wherever else the text writes them ("Kerr-Atherton said").
    let surnameCompounds: WordHashSet

    private static func surnameCompounds(in text: TokenizedText, lexicon: EntityLexicon) -> WordHashSet {
        var found: WordHashSet = []
        for i in 1..<max(text.tokens.count, 1) where text.tokens[i].has(.hyphenated) && text.tokens[i].has(.capitalized) {
            let g = i - 1
            let t = text.tokens[i], before = text.tokens[g]
            // ("Mrs Blessing Uchenna-Bello": a given name the lists know as a word, after a title.)
            let titledWord = text.facts[g] == .common && g > 0 && text.facts[g - 1].contains(.role) && text.tokens[g - 1].has(.capitalized)
            let named = text.facts[g].contains(.givenName) || text.facts[g].contains(.role) || titledWord
            guard !t.has(.allCaps), before.kind == .word, before.has(.capitalized), !before.has(.allCaps),
                  !before.has(.possessive), before.paragraph == t.paragraph, text.places[g] < 0,
                  named || text.facts[g].isEmpty,
                  partsMixKnownPlaceAndUnknownWord(text, i, lexicon, placesAlone: named) else { continue }
            found.insert(text.hashes[i])
        }
        return found
    }

    /// Whether every part of hyphenated token `i` is capitalized, one is a known place and
    /// another a word no list knows or knows only as a person's name ("Kerr-Atherton",
    /// "Chukwudi-Bello"; not "EU-China", "Anglo-Irish", "US-made").
    /// `placesAlone`: places in every part will do, after a given name or a title ("Morag
    /// Fraser-Lennox").
    private static func partsMixKnownPlaceAndUnknownWord(_ text: TokenizedText, _ i: Int, _ lexicon: EntityLexicon,
                                                         placesAlone: Bool = false) -> Bool {
        var capitalized = true, place = false, unknown = false
        forEachHyphenPart(of: i, in: text) { range, hash in
            guard ASCIIByte.isUpper(text.bytes[range.lowerBound]) else { capitalized = false; return false }
            if let v = lexicon.table.value(hash) {
                if lexicon.place(v.place) != nil {
                    place = true
                } else if v.facts.isSubset(of: personNameFacts) {
                    unknown = true  // a name the lists know as a person's ("Chukwudi-Bello", "Fraser-Lennox")
                }
            } else {
                unknown = true
            }
            return true
        }
        return capitalized && place && (unknown || placesAlone)
    }

    /// The facts of a word that only names people: a given name, a family name written first,
    /// a surname.
    private static let personNameFacts: WordFacts = [.givenName, .familyFirst, .surnameWord]

    /// Calls `body` with the bytes and hash of each part of hyphenated token `i`, in order, until
    /// it returns false.
    private static func forEachHyphenPart(of i: Int, in text: TokenizedText, _ body: (Range<Int>, UInt64) -> Bool) {
        var k = Int(text.tokens[i].start)
        let end = Int(text.tokens[i].end)
        while k < end {
            let partStart = k
            var h = HashedWordTable.seed
            while k < end && text.bytes[k] != 0x2D {
                h = HashedWordTable.mix(h, text.bytes[k])
                k += 1
            }
            if !body(partStart..<k, h == 0 ? 1 : h) { return }
            k += 1
        }
    }

    /// Where the portfolio that opens `run` ends, or nil when `run` opens with none: the words
    /// after a title and "for" or "of" ("Minister for Foreign Affairs Simon Harris", "Executive
    /// Director of Distribution Systems") name a post's field, no body, up to a given name or a
    /// known place ("President of Kenya").
    private func portfolioEnd(_ run: ArraySlice<Int>) -> Int? {
        guard let first = run.first, let joiner = portfolioJoiner(before: first) else { return nil }
        // "Minister for Housing, Local Government and Heritage, Fergal Ó Dálaigh": after a comma
        // only ordinary words continue the portfolio; the name in apposition does not.
        if joiner < first - 1, text.isMark(first - 1, 0x2C),
           !run.allSatisfy({ text.facts[$0].contains(.common) && text.places[$0] < 0 }) {
            return nil
        }
        // "Pacific" of "Pacific Island Affairs" is the field's; a place ending the run, or before a name, is one.
        // ("Minister for Finance Paschal Donohoe": or the name of words no list knows after it.)
        // ("Minister for Climate Change Musadik Malik": the holder's name no list knows in full comes first.)
        return portfolioHolder(run) ?? run.firstIndex { i in
            text.facts[i].contains(.givenName)
                || (lexicon.place(text.places[i])?.kind == .location && (i == run.last || text.facts[i + 1].contains(.givenName)))
        } ?? run.endIndex
    }

    /// The "for" or "of" after a title that the portfolio holding word `first` hangs on: right
    /// before it ("Minister for Foreign Affairs"), or before earlier fields joined by "and" and
    /// commas ("Minister of Employment and Labour", "Minister for Housing, Local Government and
    /// Heritage"); or nil.
    private func portfolioJoiner(before first: Int) -> Int? {
        let paragraph = text.tokens[first].paragraph
        var k = first - 1
        var steps = 0
        while k >= 1, steps < 12, text.tokens[k].paragraph == paragraph {
            if text.isWord(k), !text.tokens[k].has(.capitalized) {
                if Self.portfolioJoiners.contains(text.hashes[k]) {
                    return text.isWord(k - 1) && text.facts[k - 1].contains(.role) && text.tokens[k - 1].paragraph == paragraph ? k : nil
                }
                // Only "and" may join two fields; the first step back must reach a joiner or one.
                guard text.isLowercaseWord(k, .and) else { return nil }
            } else if !(text.isMark(k, 0x2C) || text.isMark(k, 0x26)) && !(text.isWord(k) && text.tokens[k].has(.capitalized) && k < first - 1) {
                return nil
            }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// Whether the words `first...last` stand where a place is named: after a preposition of
    /// place ("at Manchester Piccadilly") or a member's title and "for" ("MP for Stockton North").
    private func namesPlaceByContext(_ first: Int, last: Int) -> Bool {
        context.followsPlacePreposition(first: first, last: last) || context.namesSeat(first: first)
    }

    /// Compass words that end a seat's or a district's name ("Stockton North", "Cork South-West").
    static let compassWords: WordHashSet = WordHashSet(["North", "South", "East", "West", "Central", "North-East", "North-West",
                                                        "South-East", "South-West", "Northeast", "Northwest", "Southeast",
                                                        "Southwest"].map(HashedWordTable.hash))

    /// Whether `run` is a ship's name: after a kind of vessel in small letters ("the tanker
    /// Marlin Grace", "cargo vessel Stellan Bay"), or opening with a ship's prefix ("MV Al Noor", "LÉ Niamh").
    private func namesShip(_ run: ArraySlice<Int>) -> Bool {
        guard let first = run.first else { return false }
        if run.count >= 2, text.isWord(first), Self.shipPrefixes.contains(text.hashes[first]) { return true }
        return first > 0 && text.isWord(first - 1) && !text.tokens[first - 1].has(.capitalized)
            && Self.vesselNouns.contains(text.hashes[first - 1])
    }

    /// "St", "St." and "Saint", as written.
    private static let saintWords: WordHashSet = WordHashSet(["St", "St.", "Saint", "Ste"].map(HashedWordTable.hash))

    /// Prefixes of ships' names, as written.
    private static let shipPrefixes: WordHashSet = WordHashSet(["MV", "MT", "SS", "HMS", "USS", "LÉ", "FV", "RMS", "HMNZS", "HMCS", "HMAS", "INS"]
        .map(HashedWordTable.hash))

    /// Kinds of vessel, lower case, written before a ship's name.
    private static let vesselNouns: WordHashSet = WordHashSet(["ship", "vessel", "tanker", "tug", "tugboat", "ferry", "trawler", "freighter",
                                                               "yacht", "frigate", "destroyer", "submarine", "bulker", "liner",
                                                               "dredger", "corvette", "icebreaker"].map(HashedWordTable.hash))

    /// Reads one run (token indices) into mentions.
    func segment(_ run: ArraySlice<Int>, into out: inout [Mention]) {
        guard let first = run.first, let last = run.last else { return }
        // "the tanker Marlin Grace", "MV Al Noor": a ship's name is no person, body or place.
        if namesShip(run) { return }
        // "at St James's", "the St Patrick's weekend": a saint's possessive without its head word
        // is a place or a feast named for the saint, no one living.
        if run.count == 2, text.tokens[last].has(.possessive), Self.saintWords.contains(text.hashes[first]) { return }
        // "Member for Cootamundra Brendan Tsolakis said": the seat, then its member's full name.
        if run.count >= 3, context.namesSeat(first: first), let p = run.indices.dropFirst().first(where: { k in
            text.facts[run[k]].contains(.givenName) && text.places[run[k]] < 0 && !Self.compassWords.contains(text.hashes[run[k]])
                && text.facts[run[k]].isDisjoint(with: [.locationWord, .organizationWord])
        }), p < run.endIndex - 1 {
            let seat = run[..<p]
            out.append(Mention(start: first, end: run[p - 1], kind: .location, key: text.hash(seat), evidence: .strong))
            segment(run[p...], into: &out)
            return
        }
        // "Mayor of London Sadiq Khan", "Lord Mayor of Dublin James Geoghegan": the place an office
        // is of, then its holder's name.
        if run.count >= 3, portfolioJoiner(before: first) != nil, let (length, entry) = longestGazetteer(run, from: run.startIndex, minimum: 1),
           entry.kind == .location, (2...3).contains(run.count - length),
           run.dropFirst(length).allSatisfy({ text.tokens[$0].has(.capitalized) && !text.tokens[$0].has(.allCaps) && text.places[$0] < 0
               && text.facts[$0].isDisjoint(with: [.organizationWord, .locationWord, .demonym, .nonEntity, .headConnector])
               // (A title only as a surname closing the name: "Sadiq Khan".)
               && ($0 == last || !text.facts[$0].contains(.role)) }) {
            let person = run.dropFirst(length)
            out.append(mention(run.prefix(length), entry: entry))
            out.append(Mention(start: person.first!, end: last, kind: .person, key: text.hash(person), evidence: .strong))
            return
        }
        if let end = portfolioEnd(run), end > run.startIndex {
            if end < run.endIndex { segment(run[end...], into: &out) }
            return
        }
        // "National Police Service Act", "Online Safety Act": a law's title names no body; nor
        // does a treaty's ("Ganga Water Treaty", "Five Power Defence Arrangements").
        if run.count >= 2, text.tokens[last].has(.capitalized), !text.tokens[last].has(.allCaps),
           Self.instrumentEndings.contains(text.lowercaseHash(last)) {
            return
        }
        // "Hernando Valdivia, a seismologist": two words that both name towns, where the words
        // around them describe a person.
        if run.count == 2, text.places[first] >= 0, text.places[last] >= 0, gazetteer(run) == nil,
           lexicon.place(text.places[first])?.isCountry == false, lexicon.place(text.places[last])?.isCountry == false,
           context.describesPerson(first: first, last: last) {
            out.append(Mention(start: first, end: last, kind: .person, key: text.hash(run), evidence: .strong))
            return
        }
        // A run that is a gazetteer entry as a whole.
        if let entry = gazetteer(run) {
            // "Press secretary Allison Park said": a town named like a person, where the words
            // around it say a person is meant.
            if entry.isCity, run.count == 2, text.facts[first].contains(.givenName),
               context.describesPerson(first: first, last: last) || context.suggestsPerson(first: first, last: last) {
                out.append(Mention(start: first, end: last, kind: .person, key: text.hash(run), evidence: .strong))
                return
            }
            // "beat Liverpool", "Somerset beat Surrey" in a sports report: the city's or county's club.
            if sports && entry.kind == .location && !entry.isCountry && context.playsAsClub(first: first, last: last) {
                out.append(Mention(start: first, end: last, kind: .organization, key: text.hash(run), evidence: .strong))
            } else {
                out.append(mention(run, entry: entry))
            }
            return
        }
        // "Minerals Council South Africa", "Greenpeace Poland": a body and the country it works
        // in, written as one name.
        if run.count >= 2, bodyBeforeCountry(run) {
            out.append(Mention(start: first, end: last, kind: .organization, key: text.hash(run), evidence: .strong))
            return
        }
        // "Kenya Red Cross", "Uganda Red Cross": a country's branch of a body the lists know.
        if run.count >= 3, countryBeforeBody(run) {
            out.append(Mention(start: first, end: last, kind: .organization, key: text.hash(run), evidence: .strong))
            return
        }
        // "Parks Victoria", "Health Canada": a public body named by its task and its place.
        if run.count == 2, AgencyName.starts(at: first, in: text, lexicon: lexicon) {
            out.append(Mention(start: first, end: last, kind: .organization, key: text.hash(run), evidence: .strong))
            return
        }
        // "Statistics South Africa", "Sport New Zealand": one named for a country or region of several words.
        if run.count >= 3, AgencyName.placeOfSeveralWordsEnd(at: first, in: text, lexicon: lexicon) == last {
            out.append(Mention(start: first, end: last, kind: .organization, key: text.hash(run), evidence: .strong))
            return
        }
        // "the advocacy group Clean Cape Fear", "the think tank Power Shift Africa": a name in
        // apposition to a kind of organization is that organization's, whatever places its words
        // name; not one holding a role or a given name ("investment firm BlackRock CEO Larry Fink").
        if (2...5).contains(run.count), context.followsOrganizationKind(first: first),
           run.allSatisfy({ text.facts[$0].isDisjoint(with: [.role, .givenName]) && ($0 == last || !text.tokens[$0].has(.possessive)) }) {
            out.append(Mention(start: first, end: last, kind: .organization, key: text.hash(run), evidence: .strong))
            return
        }
        // "Marks & Spencer", "Bill & Melinda Gates Foundation": a company's name.
        if run.contains(where: { text.isMark($0, 0x26) }) {
            out.append(Mention(start: first, end: last, kind: .organization, key: text.hash(run), evidence: .strong))
            return
        }
        // "New York-based", "Hong Kong-born": a place of several words with a suffix.
        if let m = placeBeforeSuffix(run) {
            out.append(m)
            return
        }
        // "Manchester United", "Boston Red Sox" in a sports report: a club.
        if sports, let end = clubEnd(run) {
            let club = run[run.startIndex...end]
            out.append(Mention(start: first, end: run[end], kind: .organization, key: text.hash(club), evidence: .strong))
            if end + 1 < run.endIndex { segment(run[(end + 1)...], into: &out) }
            return
        }
        // "Ashford Rovers", "Eintracht Frankfurt" in a sports report: a club by its name's form.
        if sports, SportsReport.isClubName(run, in: text), !run.dropLast().contains(where: { text.facts[$0].contains(.organizationWord) }) {
            out.append(Mention(start: first, end: last, kind: .organization, key: text.hash(run), evidence: .strong))
            return
        }
        // "Heretaunga St", "S. Main St", "Queen St West": a street, whose "St" ends the name, not
        // the "St" of a saint, which opens one.
        if run.count >= 2, isStreetEnd(run) {
            out.append(Mention(start: first, end: last, kind: .location, key: text.hash(run), evidence: .strong))
            return
        }
        // "Lord Reed said", "Lady Simler": a peer is named by the title and one name, which may be an
        // ordinary word; not an office ("Lord Mayor", "Lord Chancellor").
        // (Not after "the": "The Lady Bears rallied", a team.)
        if run.count == 2, Self.peerageTitles.contains(text.hashes[first]), !text.isWord(first - 1, .article), text.tokens[last].has(.capitalized),
           !text.tokens[last].has(.allCaps), !text.tokens[first].has(.possessive), text.places[last] < 0,
           text.facts[last].isDisjoint(with: [.role, .organizationWord, .locationWord, .demonym, .nonEntity]) {
            out.append(Mention(start: first, end: last, kind: .person, key: text.hash(run), evidence: .strong))
            return
        }
        // A role title splits the run: what follows it is a person.
        if let k = roleSplit(run) {
            let named = k + 1 < run.endIndex && (looksLikeName(run[(k + 1)...]) || isPlainTwoWordName(run[(k + 1)...])
                || isGivenNameAndHead(run[(k + 1)...]))
            if named {
                // "Warren Fire Chief Denise Okafor-Hale": before a title and a name stands the
                // person's employer or place, never another person. The words that make the
                // title longer are not the employer's ("Pentagon Press Secretary", "Chief Financial Officer").
                var before: [Mention] = []
                segment(run[run.startIndex..<titleStart(run, title: k)], into: &before)
                // ("Taita Taveta Governor Andrew Mwadime": words read as a name, but not opening
                // with a known given name, before a title of a territory's office are the territory.)
                let territorial = Self.territorialTitles.contains(text.lowercaseHash(run[k]))
                for var m in before where m.kind != .person || (territorial && !text.facts[m.start].contains(.givenName)) {
                    if m.kind == .person { m.kind = .location }
                    out.append(m)
                }
            } else {
                // "Health Cabinet Secretary Dr Jackson Kiprono": a title before a courtesy title.
                segment(run[run.startIndex..<titleStart(run, title: k)], into: &out)
            }
            if named {
                let person = run[(k + 1)...]
                out.append(Mention(start: person.first!, end: last, kind: .person, key: text.hash(person), evidence: .strong))
            }
            return
        }
        // "deputy chair Sarah Court said", "Dr. Grace Hall", "Andy Street said": a given name and
        // a body's or place's word after a role noun or a courtesy title, or before a verb of
        // speech, are a person's name.
        if run.count == 2, isGivenNameAndHead(run),
           context.followsPersonNoun(first: first) || context.followsHonorific(first: first)
               // (Only a place's word: "Howard University said" is the university.)
               || (text.facts[last].contains(.locationWord) && !text.facts[last].contains(.organizationWord) && opensClause(first)
                   && context.suggestsPerson(first: first, last: last)) {
            out.append(Mention(start: first, end: last, kind: .person, key: text.hash(run), evidence: .strong))
            return
        }
        // "Sir Andy Street", "Dame Sarah Court": so are they after a knight's or a dame's title.
        if run.count == 3, Self.knightlyTitles.contains(text.hashes[first]), isGivenNameAndHead(run.dropFirst()) {
            let person = run.dropFirst()
            out.append(Mention(start: person.first!, end: last, kind: .person, key: text.hash(person), evidence: .strong))
            return
        }
        // An organization or place word makes the run (up to it) an organization or place.
        if let (end, kind) = headedSpan(run) {
            let span = run[run.startIndex...end]
            if let entry = gazetteer(span) {
                out.append(mention(span, entry: entry))
            } else {
                out.append(Mention(start: first, end: run[end], kind: kind, key: text.hash(span), evidence: .strong))
            }
            if end + 1 < run.endIndex { segment(run[(end + 1)...], into: &out) }
            return
        }
        scan(run, into: &out)
    }

    /// The place of several words that `run` names before a lower-case suffix on its last word
    /// ("San Francisco-based", "New York-born"), as one mention named without the suffix; or nil.
    private func placeBeforeSuffix(_ run: ArraySlice<Int>) -> Mention? {
        guard run.count >= 2, let first = run.first, let last = run.last, text.tokens[last].has(.hyphenated),
              startsGazetteerAlias(first) else { return nil }
        let start = Int(text.tokens[last].start), end = Int(text.tokens[last].end)
        guard let hyphen = (start..<end).last(where: { text.bytes[$0] == 0x2D }), hyphen > start, hyphen + 1 < end,
              ASCIIByte.isLower(text.bytes[hyphen + 1]) else { return nil }
        var h = text.hash(run.dropLast())
        h = HashedWordTable.mix(h, 0x20)
        for k in start..<hyphen { h = HashedWordTable.mix(h, text.bytes[k]) }
        guard let v = lexicon.table.value(h == 0 ? 1 : h), let entry = lexicon.place(v.place) else { return nil }
        var m = Mention(start: first, end: last, kind: entry.kind, key: entry.key, evidence: entry.isCity ? .city : .strong)
        m.name = text.name(first, run[run.endIndex - 2]) + " " + String(decoding: text.bytes[start..<hyphen], as: UTF8.self)
        return m
    }

    /// The end position of a club's name at the start of `run`: a city or region (not a
    /// country) followed by one or two capitalized words that are not names of people, places
    /// or roles ("Aston Villa", "Manchester City"); nil otherwise.
    private func clubEnd(_ run: ArraySlice<Int>) -> Int? {
        guard run.count >= 2, let (length, entry) = longestGazetteer(run, from: run.startIndex, minimum: 1),
              entry.kind == .location, !entry.isCountry,
              text.facts[run[run.startIndex]].isDisjoint(with: [.givenName, .familyFirst]) else { return nil }
        var end = run.startIndex + length - 1
        while end + 1 < run.endIndex && end - run.startIndex - length < 1 {
            let i = run[end + 1]
            let f = text.facts[i]
            guard text.tokens[i].has(.capitalized), !text.tokens[run[end]].has(.possessive),
                  f.isDisjoint(with: [.role, .givenName, .familyFirst, .demonym, .nonEntity, .headConnector, .particle, .article]),
                  text.places[i] < 0 || f.contains(.locationWord) else { break }
            end += 1
        }
        // "Newcastle United Supporters Trust", "Westerville Youth Soccer Association": a body a
        // word of organizations heads, read as one.
        if run[(end + 1)...].contains(where: { text.facts[$0].contains(.organizationWord) }) { return nil }
        return end >= run.startIndex + length ? end : nil
    }

    /// Whether the two words of `span` are a given name that names no place and a word of
    /// organizations or places ("Andy Street", "Sarah Court", "Grace Hall").
    private func isGivenNameAndHead(_ span: ArraySlice<Int>) -> Bool {
        guard span.count == 2, let first = span.first, let last = span.last else { return false }
        return text.facts[first].contains(.givenName) && text.places[first] < 0
            && text.facts[first].isDisjoint(with: [.organizationWord, .locationWord, .role, .demonym])
            && !text.tokens[first].has(.possessive) && !text.tokens[last].has(.allCaps)
            && !text.facts[last].isDisjoint(with: [.organizationWord, .locationWord])
    }

    /// Whether word `first` opens a sentence or a clause, or follows a verb of speech ("said
    /// Andy Street"), rather than a word such as "on" ("a shop on George Street said").
    private func opensClause(_ first: Int) -> Bool {
        guard first > 0, text.isWord(first - 1) else { return true }
        return text.isLowercaseWord(first - 1, .speechVerb)
    }

    /// Titles of offices that a territory elects or is governed by, lower case: the words before
    /// them name the territory ("Taita Taveta Governor", "Makueni Senator").
    private static let territorialTitles: WordHashSet = WordHashSet(["governor", "mayor", "premier", "senator", "mp", "mca", "mla",
                                                                      "mpp", "mha", "mna", "mpa"].map(HashedWordTable.hash))

    /// A knight's and a dame's titles, as written.
    private static let knightlyTitles: WordHashSet = WordHashSet(["Sir", "Dame"].map(HashedWordTable.hash))

    /// Titles of peers, which name them with one name after ("Lord Reed", "Baroness Hale").
    /// Titles whose holders give their names to places and bodies ("Queen Elizabeth Hospital",
    /// "King George Square"), in small letters: royal and holy ones only ("Captain Tom Park" and
    /// "Governor Ann Street" are people).
    private static let namesakeTitles: WordHashSet = WordHashSet([
        "queen", "king", "prince", "princess", "duke", "duchess", "lord", "lady", "sir", "dame", "emperor", "empress", "saint", "pope",
        "sultan", "sheikh",
    ].map(HashedWordTable.hash))

    private static let peerageTitles: WordHashSet = WordHashSet(["Lord", "Lady", "Baroness", "Baron", "Viscount", "Viscountess"].map(HashedWordTable.hash))

    /// Whether `run` is a body's name followed by a country's, nothing else: the head a word of
    /// organizations ends or a body the lists know ("Minerals Council South Africa", "Greenpeace
    /// Poland"), the tail a country of one to three words.
    /// So is a company's acronym or a word no list knows before a country or continent ("MTN
    /// Nigeria", "BT Ireland", "Airtel Africa"), and a body's name before a state's ("Emergency
    /// Management Victoria").
    private func bodyBeforeCountry(_ run: ArraySlice<Int>) -> Bool {
        for length in 1...min(3, run.count - 1) {
            let tail = run.suffix(length), head = run.dropLast(length)
            guard let place = gazetteer(tail), place.kind == .location, !place.isCity, let headLast = head.last,
                  !text.tokens[headLast].has(.possessive), !text.isMark(headLast + 1, 0x2C) else { continue }
            let continent = Self.continents.contains(place.key)
            if text.facts[headLast].contains(.organizationWord) && head.count >= 2
                && head.allSatisfy({ text.facts[$0].isDisjoint(with: [.role, .givenName, .demonym])
                    && (place.isCountry || continent || lexicon.place(text.places[$0]).map { $0.kind == .organization } ?? true) }) {
                return true
            }
            guard place.isCountry || continent else { continue }
            if let body = gazetteer(head), body.kind == .organization { return true }
            // "Focus Ireland", "Brokers Ireland", "Super Consumers Australia", "Environment and
            // Climate Change Canada": ordinary words, capitalized inside a sentence, before a country's name.
            let headFirst = head[head.startIndex]
            let inner = head.dropFirst().dropLast()
            if place.isCountry, head.count <= 2 || (head.count <= 5 && inner.contains { text.isLowercaseWord($0, .and) }),
               !text.tokens[headFirst].has(.sentenceStart) || head.count > 2,
               head.allSatisfy({ k in isOrdinaryBeforeCountry(k) || (inner.contains(k) && text.isLowercaseWord(k, .and)) }) {
                return true
            }
            if head.count == 1, text.places[headLast] < 0, !Self.compassWords.contains(text.hashes[headLast]), !namesPlaceInPart(headLast),
               text.facts[headLast].isDisjoint(with: [.role, .givenName, .demonym, .common, .nonEntity]),
               text.tokens[headLast].has(.allCaps) ? text.tokens[headLast].end - text.tokens[headLast].start >= 2 : isUnknown(headLast) {
                return true
            }
        }
        return false
    }

    /// Whether `run` is a country's name written out in full followed by the whole name of a body
    /// the lists know ("Kenya Red Cross"). An acronym does not count: "US Federal Reserve" is
    /// the Federal Reserve in the United States.
    private func countryBeforeBody(_ run: ArraySlice<Int>) -> Bool {
        for length in 1...min(2, run.count - 2) {
            let head = run.prefix(length), tail = run.dropFirst(length)
            guard let place = gazetteer(head), place.isCountry, let headLast = head.last,
                  !text.tokens[headLast].has(.possessive), !head.contains(where: { text.tokens[$0].has(.allCaps) }),
                  let body = gazetteer(tail), body.kind == .organization else { continue }
            return true
        }
        return false
    }

    /// Whether word `k` is an ordinary word capitalized as a body's name writes it, not as a name
    /// of a part or kind of the country after it ("Focus" of "Focus Ireland"; not "Northern", "rural").
    private func isOrdinaryBeforeCountry(_ k: Int) -> Bool {
        text.tokens[k].has(.capitalized) && !text.tokens[k].has(.allCaps) && text.places[k] < 0 && text.facts[k].contains(.common)
            && text.facts[k].isDisjoint(with: [.role, .givenName, .demonym, .locationWord, .nonEntity])
            && !Self.compassWords.contains(text.hashes[k]) && !Self.placeDescribers.contains(text.lowercaseHash(k))
    }

    /// Whether a part of hyphenated token `i` is a place or a compass word ("Asia-North", "South-East").
    private func namesPlaceInPart(_ i: Int) -> Bool {
        guard text.tokens[i].has(.hyphenated) else { return false }
        var found = false
        Self.forEachHyphenPart(of: i, in: text) { _, hash in
            if Self.compassWords.contains(hash) || lexicon.table.value(hash).map({ lexicon.place($0.place) != nil }) == true { found = true }
            return !found
        }
        return found
    }

    /// Words that describe a part or a kind of a country rather than name a body ("rural Ireland",
    /// "Northern Ireland", "Modern Britain"), in small letters.
    private static let placeDescribers: WordHashSet = WordHashSet(["northern", "southern", "eastern", "western", "upper", "lower", "greater",
                                                                    "inner", "outer", "rural", "urban", "modern", "ancient", "old", "new",
                                                                    "central", "mainland", "continental", "coastal", "global", "whole",
                                                                    "all", "little", "post-war", "colonial", "independent", "free", "united",
                                                                    "today", "tomorrow", "yesterday"].map(HashedWordTable.hash))

    /// Continents and the parts of them that companies name their arms after.
    private static let continents: Set<UInt64> = Set(["Africa", "Europe", "Asia", "Asia Pacific", "Latin America",
                                                      "North America", "South America", "Middle East", "West Africa",
                                                      "East Africa", "Southern Africa", "North Africa", "Oceania"].map(HashedWordTable.hash))

    /// Where the title at run position `k` begins: back over the words that make it longer
    /// ("Press Secretary", "Deputy Chief"), the titles before it ("NUATE General Secretary") and, before
    /// a minister's title, the ordinary words that name the portfolio ("Emergency Management Minister");
    /// not over a body a text names in lower case ("Treasury Secretary", "Army Secretary").
    private func titleStart(_ run: ArraySlice<Int>, title k: Int) -> Int {
        let ministerial = Self.ministerialTitles.contains(text.lowercaseHash(run[k]))
        var cut = k
        while cut > run.startIndex {
            let w = run[cut - 1]
            guard !text.tokens[w].has(.possessive) else { break }
            let h = text.lowercaseHash(w)
            // "Department of Justice Inspector General": a word a body's "of" governs is the body's.
            if cut - 2 >= run.startIndex, text.isLowercaseWord(run[cut - 2], .headConnector) { break }
            // "Kano State Commissioner": the state a place's name ends with is the place's.
            if h == Self.state, cut - 2 >= run.startIndex, text.places[run[cut - 2]] >= 0 { break }
            let f = text.facts[w]
            let modifier = Self.titleModifiers.contains(h) && (ministerial || !Self.partyPortfolios.contains(h))
            let field = ministerial && f.contains(.common) && !f.contains(.lowercaseBody) && text.places[w] < 0
                && !text.tokens[w].has(.allCaps)
            let title = f.contains(.role) && !f.contains(.givenName)
            guard modifier || field || title else { break }
            cut -= 1
        }
        return cut
    }

    /// The gazetteer entry the tokens `span` name, if any. Multi-word spans are looked up only
    /// when their first word begins some multi-word alias.
    private func gazetteer(_ span: ArraySlice<Int>) -> GazetteerEntry? {
        if span.count == 1 { return lexicon.place(text.places[span.first!]) }
        if text.tokens[span.first!].has(.allCaps) {
            // "NHS England": an acronym opening a name the list gives so ("UN Security Council" is
            // another spelling of "Security Council", which the dateline rule below keeps apart).
            if startsGazetteerAlias(span.first!), let v = lexicon.table.value(text.hash(span)), let entry = lexicon.place(v.place),
               entry.canonical == text.name(span.first!, span.last!) {
                return entry
            }
            // "SAN FRANCISCO (Reuters)": a dateline in capitals, looked up in title case.
            guard let v = lexicon.table.value(text.hash(span, titleCase: true)) else { return nil }
            return lexicon.place(v.place)
        }
        guard startsGazetteerAlias(span.first!), let v = lexicon.table.value(text.hash(span)) else { return nil }
        return lexicon.place(v.place)
    }

    /// Whether word `i` can begin a multi-word gazetteer alias ("United", or a possessive such
    /// as "People's", whose table entry carries its "'s").
    private func startsGazetteerAlias(_ i: Int) -> Bool {
        text.facts[i].contains(.gazetteerPrefix) || text.tokens[i].has(.possessive)
    }

    /// The position of the role word that splits `run` (the last one followed by a name), or nil.
    private func roleSplit(_ run: ArraySlice<Int>) -> Int? {
        var p = run.endIndex - 1
        while p >= run.startIndex {
            let i = run[p]
            // "Centre for Environmental Justice and Development": a role word before "and" is a word of the name;
            // so is one after a body's word and "of" ("Ontario Superior Court of Justice").
            if text.facts[i].contains(.role) && !text.tokens[i].has(.possessive)
                && !(p + 1 < run.endIndex && text.isLowercaseWord(run[p + 1], .and))
                && !(p - 2 >= run.startIndex && text.isLowercaseWord(run[p - 1], .headConnector)
                     && text.facts[run[p - 2]].contains(.organizationWord)) {
                let rest = run[(p + 1)...]
                // "Amrita Sen", "Jonathan Bishop": a role word ending the run right after a
                // given name or a word no list knows, with no abbreviation period, is the surname.
                // ("Resources Minister Madeleine King": a title before the name still splits the run.)
                if rest.isEmpty && p > run.startIndex && (text.facts[run[p - 1]].contains(.givenName) || isUnknown(run[p - 1]))
                    && !text.isMark(i + 1, 0x2E) && !text.tokens[run[p - 1]].has(.possessive) {
                    p -= 1
                    continue
                }
                // "Office of the State Comptroller": an office closing a body's name governed by "of the"
                // (not "Department of Justice Inspector General", a post at the department).
                if rest.isEmpty, p >= run.startIndex + 3, (run.startIndex..<(p - 1)).contains(where: { k in
                    text.facts[run[k]].contains(.organizationWord) && text.isLowercaseWord(run[k + 1], .headConnector)
                        && text.isLowercaseWord(run[k + 2], .article)
                }), !run[run.startIndex..<p].contains(where: { text.facts[$0].contains(.givenName) && !text.facts[$0].contains(.common) }) {
                    return nil
                }
                if rest.isEmpty { return p }
                // "meteorologist Dean Marsh": a title that is also a given name, opening a run of
                // two words after a lower-case word, is the given name.
                if p == run.startIndex, rest.count == 1, text.facts[i].contains(.givenName), let before = context.previousWord(before: i),
                   text.isWord(before), !text.tokens[before].has(.capitalized), text.isWord(rest.first!),
                   text.facts[rest.first!].isDisjoint(with: [.role, .organizationWord, .locationWord]) {
                    return nil
                }
                // ("Health Minister Ryan Park", "Minister Sarah Court": a given name and a place's
                // or body's word after a title are the holder's name.)
                // (Not a title places are named for: "Queen Elizabeth Hospital", "King George Square".)
                let restHasHead = rest.contains { !text.facts[$0].isDisjoint(with: [.organizationWord, .locationWord]) }
                if restHasHead && (!isGivenNameAndHead(rest) || Self.namesakeTitles.contains(text.lowercaseHash(i))) { return nil }
                if text.facts[rest.first!].isDisjoint(with: [.headConnector, .particle, .role]) { return p }
            }
            p -= 1
        }
        return nil
    }

    /// Whether the words after a role title can be a person's name: a given name, or a word
    /// that is not ordinary English ("Deputy Foreign" is not; "Xi", "Wang Yi" are).
    /// Whether `span`, after a title, is two capitalized words that are no place, body, role or
    /// nationality: a name made of ordinary words ("Sheriff Eddy Rice", "Judge Rose Bush").
    private func isPlainTwoWordName(_ span: ArraySlice<Int>) -> Bool {
        span.count == 2 && span.allSatisfy { i in
            text.isWord(i) && text.tokens[i].has(.capitalized) && !text.tokens[i].has(.allCaps) && text.places[i] < 0
                && text.facts[i].isDisjoint(with: [.role, .demonym, .nonEntity, .organizationWord, .locationWord, .headConnector])
        } && !text.tokens[span.first!].has(.possessive)
    }

    private func looksLikeName(_ span: ArraySlice<Int>) -> Bool {
        span.contains { i in
            let f = text.facts[i]
            return !f.isDisjoint(with: [.givenName, .familyFirst])
                || (f.isDisjoint(with: [.common, .demonym]) && text.places[i] < 0)
        } || (span.count == 1 && (followsGivenNameElsewhere(span.first!) || isBareSurname(span.first!) || followsLeadersTitle(span.first!)))
    }

    /// Whether word `i`, an ordinary word, stands alone after the title of a head of state,
    /// government or city, as the holder's surname ("President Trump said"): such a title is
    /// followed by its holder, and the few words that lengthen it ("Elect", "General") are excluded.
    private func followsLeadersTitle(_ i: Int) -> Bool {
        guard i > 0, text.isWord(i - 1), Self.leadersTitles.contains(text.hashes[i - 1]), !text.tokens[i].has(.allCaps),
              text.places[i] < 0, !Self.titleCompletions.contains(text.lowercaseHash(i)) else { return false }
        return text.facts[i].isDisjoint(with: [.role, .demonym, .nonEntity, .organizationWord, .locationWord, .headConnector, .particle])
    }

    /// Titles of heads of state, government or city, written before their holder's surname.
    private static let leadersTitles: WordHashSet = WordHashSet(["President", "Minister", "Premier", "Chancellor", "Governor", "Mayor", "Senator", "Taoiseach"].map(HashedWordTable.hash))

    /// Words that make such a title longer rather than name its holder ("President Elect").
    private static let titleCompletions: WordHashSet = WordHashSet(["elect", "designate", "emeritus", "general", "pro"].map(HashedWordTable.hash))

    /// Whether word `i` is a frequent surname that is no role, body's or place's word ("Smith"
    /// in "Magistrate Smith said").
    private func isBareSurname(_ i: Int) -> Bool {
        let f = text.facts[i]
        return f.contains(.surnameWord) && f.isDisjoint(with: [.role, .organizationWord, .locationWord, .demonym, .nonEntity])
            && text.places[i] < 0 && !text.tokens[i].has(.allCaps)
    }

    /// Whether word `i`, an ordinary word, is written elsewhere in the text right after a given
    /// name or a word no list knows, as a surname: "Professor Gill" after "Gurjeet Gill".
    private func followsGivenNameElsewhere(_ i: Int) -> Bool {
        let key = text.hashes[i]
        return text.tokens.indices.contains { k in
            k != i && k > 0 && text.hashes[k] == key && text.tokens[k].kind == .word && text.isWord(k - 1)
                && text.tokens[k - 1].has(.capitalized) && !text.tokens[k - 1].has(.allCaps)
                && (text.facts[k - 1].contains(.givenName) || isUnknown(k - 1))
        }
    }

    /// Where the name of the person holding the post that `run` names by its portfolio starts:
    /// two or three words of a name (no list knows them, or only as names, or as a city's
    /// before the last: "Aden Duale"), after a portfolio's ordinary word or a body's ("… for Finance Paschal Donohoe",
    /// "Ministry of External Affairs Pavan Kumar Sethi", "… and Forestry Aden Duale"); or nil.
    private func portfolioHolder(_ run: ArraySlice<Int>) -> Int? {
        var g = run.endIndex
        while g - 1 > run.startIndex, isUnknown(run[g - 1]) || isNameOnly(run[g - 1]) || (g < run.endIndex && isCityOnly(run[g - 1])),
              text.tokens[run[g - 1]].has(.capitalized),
              !text.tokens[run[g - 1]].has(.allCaps), !text.tokens[run[g - 1]].has(.possessive) { g -= 1 }
        let count = run.endIndex - g
        guard (2...3).contains(count), g - 1 >= run.startIndex else { return nil }
        let before = text.facts[run[g - 1]]
        guard before.contains(.common) || !before.isDisjoint(with: [.organizationWord, .locationWord]),
              before.isDisjoint(with: [.givenName, .headConnector, .particle]) else { return nil }
        return g
    }

    /// Whether the run ends with a street's "St", or with "St" and a compass word.
    private func isStreetEnd(_ run: ArraySlice<Int>) -> Bool {
        var end = run.endIndex - 1
        if end - 1 > run.startIndex, Self.compassWords.contains(text.hashes[run[end]]) { end -= 1 }
        return end > run.startIndex && text.hashes[run[end]] == Self.street && !text.tokens[run[end]].has(.possessive)
    }

    /// Words ending a venue's name, in small letters.
    private static let venueHeads: WordHashSet = WordHashSet(["centre", "center", "complex", "hall"].map(HashedWordTable.hash))

    /// What a venue is for, before its head word ("Convention Centre", "Sports Complex"), in small letters.
    private static let venueKinds: WordHashSet = WordHashSet([
        "convention", "conference", "shopping", "sports", "exhibition", "leisure", "aquatic", "aquatics", "civic", "events",
        "entertainment", "concert", "performing", "tennis", "cricket", "swimming", "indoor",
    ].map(HashedWordTable.hash))

    /// "St", as a street's abbreviation is written.
    private static let street = HashedWordTable.hash("St")

    /// The end position and kind of the organization or place that `run` names by an
    /// organization or place word, or nil. A head word followed by "of"/"on"/"for" governs the
    /// rest ("German Marshall Fund of the United States"); otherwise the last head word ends it.
    private func headedSpan(_ run: ArraySlice<Int>) -> (Int, EntityKind)? {
        for p in run.indices.dropLast() where text.facts[run[p + 1]].contains(.headConnector) {
            let f = text.facts[run[p]]
            guard !f.isDisjoint(with: [.organizationWord, .locationWord]) else { continue }
            // ("the Oval for Sheffield Shield games": a place is not named "for" something, a body may be.)
            if !f.contains(.organizationWord), text.lowercaseHash(run[p + 1]) == NameContext.forWord { continue }
            // "Secretary of State for Culture Lisa Nandy": a full name after the governed words is a person's.
            var end = run.endIndex - 1
            if p + 3 < run.endIndex, let g = run[(p + 3)...].indices.first(where: { k in
                k + 1 < run.endIndex && text.facts[run[k]].contains(.givenName) && text.places[run[k]] < 0
                    && text.facts[run[k]].isDisjoint(with: [.organizationWord, .locationWord, .common])
            }) {
                end = g - 1
            } else if let g = portfolioHolder(run), g >= p + 3 {
                // "Ministry of External Affairs Pavan Kumar Sethi": so is one of names no list knows.
                end = g - 1
            }
            return (end, f.contains(.organizationWord) ? .organization : .location)
        }
        var p = run.endIndex - 1
        while p > run.startIndex {
            let f = text.facts[run[p]]
            let isOrg = f.contains(.organizationWord)
            if isOrg || f.contains(.locationWord) {
                var end = p
                if p + 2 == run.endIndex && isUnknown(run[p + 1]) { end = p + 1 }
                // "Imperial College London": an institution named with its city.
                if isOrg && p + 2 == run.endIndex, let city = lexicon.place(text.places[run[p + 1]]), city.isCity { end = p + 1 }
                // "Hot Clube de Portugal": a body's word, a particle and the place it serves.
                if isOrg && p + 3 == run.endIndex, text.isLowercaseWord(run[p + 1], .particle), text.places[run[p + 2]] >= 0 { end = p + 2 }
                // "Oakmont City School District": the district a body's word heads is that body.
                let body = !isOrg && p > run.startIndex && text.hashes[run[p]] == Self.district
                    && Self.serviceDistricts.contains(text.lowercaseHash(run[p - 1]))
                // "Kenyatta International Convention Centre", "JRD Tata Sports Complex": a venue.
                let venue = isOrg && p > run.startIndex && Self.venueHeads.contains(text.lowercaseHash(run[p]))
                    && Self.venueKinds.contains(text.lowercaseHash(run[p - 1]))
                return (end, (isOrg && !venue) || body ? .organization : .location)
            }
            p -= 1
        }
        // "Banco de Portugal", "Police Scotland", "Mount Everest", "Barangay Santo Niño": a head
        // word first governs the names after it, when they are no person's and not all ordinary words.
        let lead = run[run.startIndex], rest = run.dropFirst()
        let leadFacts = text.facts[lead]
        // No one is called "Lake Victoria" or "Fort William": after a place word, given names are place names.
        let personal: WordFacts = leadFacts.contains(.organizationWord) ? [.givenName, .familyFirst, .role, .demonym, .nonEntity]
                                                                        : [.role, .demonym, .nonEntity]
        guard !leadFacts.isDisjoint(with: [.organizationWord, .leadingLocationWord]), !rest.isEmpty, !text.tokens[lead].has(.possessive),
              rest.allSatisfy({ text.facts[$0].isDisjoint(with: personal) }),
              // ("Banco Central de Chile": a country's name is no ordinary word, though "chile" is one.)
              rest.contains(where: { (!text.facts[$0].contains(.common) || text.places[$0] >= 0) && !text.facts[$0].contains(.particle) })
        else { return nil }
        return (run.endIndex - 1, leadFacts.contains(.organizationWord) ? .organization : .location)
    }

    /// Whether word `i` has the shape of an English word for a job ("Forecaster", "Geophysicist",
    /// "Paramedic"): six letters or more with an agent-noun ending.
    func looksLikeJob(_ i: Int) -> Bool {
        let word = text.bytes[Int(text.tokens[i].start)..<Int(text.tokens[i].end)]
        guard word.count >= 6 else { return false }
        for ending in Self.jobEndings where word.count > ending.count && word.suffix(ending.count).elementsEqual(ending) {
            return true
        }
        return false
    }

    /// Endings of English agent nouns.
    private static let jobEndings: [[UInt8]] = ["er", "ist", "or", "ian", "ant", "ent", "ic", "man", "woman"].map { Array($0.utf8) }

    /// Whether the words of `run` after position `q` are all ordinary capitalized words (in the
    /// dictionary, in no list of names, places or titles): the run is then a thing's name.
    private func namesAThing(_ run: ArraySlice<Int>, after q: Int) -> Bool {
        guard q + 1 < run.endIndex else { return false }
        return run[(q + 1)...].allSatisfy { i in
            text.tokens[i].has(.capitalized) && !text.tokens[i].has(.allCaps) && !text.tokens[i].has(.possessive)
                && text.facts[i].contains(.common) && text.facts[i].isDisjoint(with: Self.notOrdinary) && text.places[i] < 0
        }
    }

    /// Kinds of event that close an event's name, lower case: no person's name ends with them.
    private static let eventWords: WordHashSet = WordHashSet(["olympics", "games", "classic", "marathon", "championship",
                                                              "championships", "cup", "open", "festival", "awards", "trophy",
                                                              "invitational", "prix", "lecture"].map(HashedWordTable.hash))

    /// Facts that make a capitalized word more than an ordinary one.
    private static let notOrdinary: WordFacts = [.givenName, .familyFirst, .role, .demonym, .organizationWord, .locationWord,
                                                 .nonEntity, .headConnector, .particle, .surnameWord]

    /// Whether token `i` is a person's initial or initials: one capital letter ("M", "K."), or
    /// capitals each followed by a full stop ("H.R.").
    private func isInitial(_ i: Int) -> Bool {
        let bytes = text.bytes[Int(text.tokens[i].start)..<Int(text.tokens[i].end)]
        guard let first = bytes.first, ASCIIByte.isUpper(first) else { return false }
        if bytes.count == 1 { return true }
        var expectLetter = true
        for b in bytes {
            guard expectLetter ? ASCIIByte.isUpper(b) : b == 0x2E else { return false }
            expectLetter.toggle()
        }
        return true
    }

    /// Whether the lists know a word only as a person's name or a city's, no ordinary word, no
    /// body's or place's word ("Malik", "Aden").
    func isNameOnly(_ i: Int) -> Bool {
        let f = text.facts[i]
        return !f.isDisjoint(with: [.givenName, .surnameWord])
            && f.isDisjoint(with: [.common, .organizationWord, .locationWord, .role, .nonEntity, .demonym, .headConnector, .particle])
            && (text.places[i] < 0 || lexicon.place(text.places[i])?.isCity == true)
    }

    /// Whether the lists know a word only as a city's name ("Aden" of "Aden Duale").
    func isCityOnly(_ i: Int) -> Bool {
        text.places[i] >= 0 && lexicon.place(text.places[i])?.isCity == true
            && text.facts[i].isDisjoint(with: [.common, .organizationWord, .locationWord, .role, .nonEntity, .demonym])
    }

    /// Whether a word is in none of the lists: a name the recognizer has not met before.
    func isUnknown(_ i: Int) -> Bool { text.facts[i].isEmpty && text.places[i] < 0 }

    /// Whether a word is unknown but for opening some place's longer name ("Abelardo" of
    /// "Abelardo Luz"): as good as unknown for a person's name.
    func isUnlisted(_ i: Int) -> Bool { text.facts[i].isSubset(of: .gazetteerPrefix) && text.places[i] < 0 }

    /// Left-to-right reading of a run without role split or head word.
    private func scan(_ run: ArraySlice<Int>, into out: inout [Mention]) {
        var pending: [Int] = []
        /// Judges the unexplained words gathered so far.
        func flush() {
            if !pending.isEmpty { classify(pending, into: &out) }
            pending.removeAll()
        }
        var p = run.startIndex
        while p < run.endIndex {
            let i = run[p]
            let f = text.facts[i]
            if let (length, entry) = longestGazetteer(run, from: p, minimum: 2) {
                flush()
                out.append(mention(run[p..<(p + length)], entry: entry))
                p += length
                continue
            }
            if let q = personEnd(run, from: p) {
                // "James Webb Space Telescope", "the Nelson Mandela Lecture": a person's name
                // that ordinary capitalized words go on from names a thing after them.
                // ("the Paris Olympics", "the Kip Keino Classic": an event's name closed by its kind.)
                if namesAThing(run, after: q) || Self.eventWords.contains(text.lowercaseHash(run[q])) {
                    flush()
                    return
                }
                // "João Pedro Albuquerque", "Ang Nima Sherpa", "Nusrat Fateh Ali Khan": one or two
                // words no list knows right before a known given name are the first given names (four
                // words at most), unless a sentence starts with a job ("Forecaster Alex Deakin",
                // "Geophysicist Magnus Gudmundsson").
                var from = p
                if (1...2).contains(pending.count), let w = pending.first, run[p - pending.count] == w,
                   pending.allSatisfy({ isUnlisted($0) && text.tokens[$0].flags.isDisjoint(with: [.allCaps, .possessive, .headline]) }),
                   pending.count == 1 ? q - p < 4 : q - p < 2, !(text.tokens[w].has(.sentenceStart) && looksLikeJob(w)) {
                    from = p - pending.count
                    pending.removeAll()
                }
                // "Majed bin Mohammed al-Ansari": a word no list knows and a particle ("bin",
                // "ibn") before the known given name begin the same name.
                if (2...3).contains(pending.count), let w = pending.first, isUnlisted(w), run[p - pending.count] == w,
                   let joiner = pending.last, text.isLowercaseWord(joiner, .particle), !text.tokens[w].has(.allCaps) {
                    from = p - pending.count
                    pending.removeAll()
                }
                // "H.R. Manjunath Swamy", "M K Stalin": initials right before the given name begin the name.
                if !pending.isEmpty, pending.count <= 3, run[p - pending.count] == pending[0], pending.allSatisfy(isInitial) {
                    from = p - pending.count
                    pending.removeAll()
                }
                flush()
                // "the Ram Ganga river", "Santa Rosa village": a kind of place after it makes it that place.
                var kind: EntityKind = q + 1 == run.endIndex && context.namedByPlaceNoun(last: run[q]) ? .location : .person
                // "the Shin Bet internal security agency": words like a name, after "the" and before
                // a kind of body, are that body's name.
                if kind == .person, from == run.startIndex, q + 1 == run.endIndex, context.namedBeforeBodyNoun(first: run[from], last: run[q]) {
                    kind = .organization
                }
                out.append(Mention(start: run[from], end: run[q], kind: kind, key: text.hash(run[from...q]), evidence: .strong))
                p = q + 1
                continue
            }
            // "Northern Ireland", "Greater Manchester": a prefix makes a place of a region or
            // country; of a city, only "Greater" does (a compass word before a city is a
            // district, or a direction).
            if f.contains(.placePrefix), p + 1 < run.endIndex,
               let (length, entry) = longestGazetteer(run, from: p + 1, minimum: 1), entry.kind == .location,
               !entry.isCity || text.hashes[i] == Self.greater {
                flush()
                let span = run[p...(p + length)]
                out.append(Mention(start: i, end: run[p + length], kind: .location, key: text.hash(span), evidence: .strong))
                p += length + 1
                continue
            }
            // "Van der Berg" (not the Turkish city): a capitalized particle before a lower-case
            // one opens a surname.
            if pending.isEmpty, p + 2 < run.endIndex, isCapitalizedParticle(i), text.isLowercaseWord(run[p + 1], .particle) {
                pending.append(i)
                p += 1
                continue
            }
            // "Greater Oakmont": "Greater" before a town no list knows names its area.
            if text.hashes[i] == Self.greater, p + 2 == run.endIndex, isUnknown(run[p + 1]), !text.tokens[run[p + 1]].has(.allCaps) {
                flush()
                out.append(Mention(start: i, end: run[p + 1], kind: .location, key: text.hash(run[p...(p + 1)]), evidence: .strong))
                p += 2
                continue
            }
            // "at Manchester Piccadilly", "the MP for Stockton North", "trains from London Euston": a
            // town's name and the words no list knows after it, where a place is named, are that place's name.
            if p == run.startIndex, (2...3).contains(run.count), lexicon.place(text.places[i])?.isCity == true,
               f.isDisjoint(with: [.givenName, .familyFirst]), !text.tokens[i].has(.possessive),
               run.dropFirst().allSatisfy({ isUnknown($0) || Self.compassWords.contains(text.hashes[$0]) }),
               namesPlaceByContext(i, last: run[run.endIndex - 1]) || context.followsMotionWord(first: i, last: run[run.endIndex - 1]) {
                flush()
                out.append(Mention(start: i, end: run[run.endIndex - 1], kind: .location, key: text.hash(run), evidence: .strong))
                return
            }
            // "analysts at Oxford Economics said", "London Economics found": a place and an ordinary
            // word that acts is a firm's name, as "Pantheon Economics" is.
            if p == run.startIndex, run.count == 2, lexicon.place(text.places[i])?.kind == .location,
               f.isDisjoint(with: [.givenName, .familyFirst]), !text.tokens[i].has(.possessive),
               let w = run.last, text.places[w] < 0, text.facts[w].contains(.common), !text.tokens[w].has(.allCaps),
               text.facts[w].isDisjoint(with: [.givenName, .surnameWord, .role, .demonym, .nonEntity, .locationWord, .organizationWord]),
               context.suggestsPerson(first: i, last: w) || context.suggestsOrganization(first: i, last: w) || context.namesEmployer(first: i)
                || context.namesCompany(first: i) || context.followsOrganizationKind(first: i) {
                out.append(Mention(start: i, end: w, kind: .organization, key: text.hash(run), evidence: .strong))
                return
            }
            if let entry = lexicon.place(text.places[i]) {
                flush()
                out.append(mention(run[p...p], entry: entry))
                p += 1
                continue
            }
            if text.tokens[i].has(.hyphenated), !surnameCompounds.contains(text.hashes[i]), !isHyphenatedGivenName(i), let parts = compoundParts(i) {
                flush()
                out.append(contentsOf: parts)
                p += 1
                continue
            }
            // "Pieter de Vries": a lower-case particle between unexplained words joins them.
            if f.contains(.particle), !text.tokens[i].has(.capitalized), !pending.isEmpty, p + 1 < run.endIndex {
                pending.append(i)
                p += 1
                continue
            }
            // "Amrita Sen": a role word ending the run after a name is its surname (see `roleSplit`).
            if f.contains(.role), p + 1 == run.endIndex, !pending.isEmpty, !text.isMark(i + 1, 0x2E) {
                pending.append(i)
                p += 1
                continue
            }
            // "Canadian Red Cross", "the Austrian Red Cross": a nation's branch of a body the lists know.
            // ("Syrian Arab Red Crescent": all the nation's words.)
            var q = p
            while q + 1 < run.endIndex, text.facts[run[q + 1]].contains(.demonym), !text.tokens[run[q]].has(.possessive) { q += 1 }
            if f.contains(.demonym), text.tokens[i].has(.capitalized), !text.tokens[run[q]].has(.possessive), q + 2 < run.endIndex,
               let (length, entry) = longestGazetteer(run, from: q + 1, minimum: 2), entry.kind == .organization {
                flush()
                let span = run[p...(q + length)]
                out.append(Mention(start: i, end: run[q + length], kind: .organization, key: text.hash(span), evidence: .strong))
                p = q + length + 1
                continue
            }
            // ("A Soundararajan": the segmenter lets "A" into a run only as an initial.)
            let initial = text.tokens[i].end - text.tokens[i].start == 1 && p + 1 < run.endIndex
            if !f.isDisjoint(with: [.demonym, .role, .nonEntity, .particle, .headConnector, .article]) && !initial {
                flush()
                p += 1
                continue
            }
            pending.append(i)
            p += 1
        }
        flush()
    }

    /// The end position of a person's name that starts at `p` with a known given name or a
    /// family name written first ("Jake Sullivan", "Li Keqiang"), or nil.
    private func personEnd(_ run: ArraySlice<Int>, from p: Int) -> Int? {
        let i = run[p]
        let f = text.facts[i]
        // A city or region name before one or two words no list knows (or given names, or a
        // frequent surname last, said to be a person) is a given name: "Mara Lindqvist", "Abba Isa
        // Tijani", "Ngozi Stone, who…"; not "the Berlin Wall".
        let place = lexicon.place(text.places[i])
        let rest = run[(p + 1)...]
        // A country's name too, before one word no list knows ("Jordan Kowalski", "Israel Katz").
        // A country's or region's name before a known surname or given name, where the words
        // around say a person is meant: "spokesperson Jordan Lee said", "The mayor, Georgia Brown,".
        let saidToBePerson = { (last: Int) in
            !text.facts[last].isDisjoint(with: [.surnameWord, .givenName])
                && (context.suggestsPerson(first: i, last: last) || context.describesPerson(first: i, last: last))
        }
        let placeAsGivenName = place?.kind == .location && (1...2).contains(rest.count)
            && (place?.isCountry == false
                || (rest.count == 1 && (isUnknown(rest.last!) || saidToBePerson(rest.last!)) && !text.tokens[i].has(.allCaps)))
            && rest.allSatisfy { isUnknown($0) || !text.facts[$0].isDisjoint(with: [.givenName, .surnameWord]) }
            && (isUnknown(rest.last!) || saidToBePerson(rest.last!))
        // A word no list knows before a city's name, the run's last word, is a given name before a
        // surname that is also a city: "Takeshi Moriyama", "Abelardo Muñoz".
        let unknownBeforeCity = isUnlisted(i) && !text.tokens[i].has(.allCaps) && (1...2).contains(rest.count)
            && lexicon.place(text.places[rest.last!])?.isCity == true && !text.tokens[rest.last!].has(.allCaps)
            && rest.dropLast().allSatisfy { isUnlisted($0) }
        // (Not "at Manchester Piccadilly": a town's name after a preposition of place opens a place's;
        // so does a town's, no country's, after one of motion: "trains from London Euston".)
        let placeAfterPreposition = placeAsGivenName && f.isDisjoint(with: [.givenName, .familyFirst])
            && (namesPlaceByContext(i, last: rest.last!) || (place?.isCountry == false && context.followsMotionWord(first: i, last: rest.last!)))
        guard !f.isDisjoint(with: [.givenName, .familyFirst]) || (placeAsGivenName && !placeAfterPreposition) || unknownBeforeCity else { return nil }
        if text.tokens[i].has(.possessive) { return nil }
        var q = p
        var words = 1
        // "Amy Jordan", "John Kent", "Kevin Nelson": after a given name that is no place itself, a
        // country's or region's name ending the run is a surname; a region's or city's even possessive
        // ("Blake Corum's run"); so is a one-word body's after a name no ordinary word ("Hilary
        // Everton", not "Will Labour").
        if p + 2 == run.endIndex, f.contains(.givenName), text.places[i] < 0, !text.tokens[i].has(.allCaps),
           let surname = lexicon.place(text.places[run[p + 1]]),
           surname.kind == .location || (surname.kind == .organization && !f.contains(.common)),
           !text.tokens[run[p + 1]].has(.allCaps), !text.tokens[run[p + 1]].has(.possessive) || !surname.isCountry {
            return p + 1
        }
        while q + 1 < run.endIndex && words < 4 && canContinueName(run[q + 1]) {
            // An ordinary word continues a name only as its last word ("Yoon Sun", not "Xi Offers
            // Support"), or as a given name in the middle ("Luz Marina Caicedo").
            if text.facts[run[q + 1]].contains(.common) && q + 2 < run.endIndex && !text.facts[run[q + 1]].contains(.givenName) { break }
            q += 1
            // "Albuquerque dos Santos": the particles of a name do not count as its words.
            if !text.facts[run[q]].contains(.particle) || text.tokens[run[q]].has(.capitalized) { words += 1 }
        }
        return q > p ? q : nil
    }

    /// Whether token `i` can be a later word of a person's name: not a country or region, nor a
    /// demonym (unless it is a surname too: "Clive Black"), role, organization or place word.
    private func canContinueName(_ i: Int) -> Bool {
        let f = text.facts[i]
        if f.contains(.particle) && !text.tokens[i].has(.capitalized) { return true }
        if let entry = lexicon.place(text.places[i]), !entry.isCity { return false }
        // "Clive Black": a people's word that is also a surname.
        if f.contains(.demonym), f.contains(.surnameWord), !text.tokens[i].has(.allCaps),
           f.isDisjoint(with: [.role, .organizationWord, .locationWord, .nonEntity]) { return true }
        return f.isDisjoint(with: Self.notSurname)
    }

    /// The longest gazetteer entry of at least `minimum` words starting at position `p` of `run`.
    private func longestGazetteer(_ run: ArraySlice<Int>, from p: Int, minimum: Int) -> (Int, GazetteerEntry)? {
        if minimum > 1 && !startsGazetteerAlias(run[p]) && !text.tokens[run[p]].has(.allCaps) { return nil }
        var length = min(lexicon.longestGazetteerEntry, run.endIndex - p)
        while length >= minimum {
            if let entry = gazetteer(run[p..<(p + length)]) { return (length, entry) }
            length -= 1
        }
        return nil
    }

    /// The known places and organizations inside a hyphenated compound ("EU-China", "US-made"),
    /// as mentions on that token; nil when no part is known.
    /// Whether word `i` is a given name of two syllables a hyphen joins, the second in small
    /// letters ("Hyun-jung", "Jae-myung"): one name, not a compound of places.
    private func isHyphenatedGivenName(_ i: Int) -> Bool {
        let end = Int(text.tokens[i].end)
        var hyphens = 0, suffixStart = end
        for k in Int(text.tokens[i].start)..<end where text.bytes[k] == 0x2D {
            hyphens += 1
            suffixStart = k + 1
        }
        // Not "Stockholm-listed", "US-based": a suffix that is an English word describes the place.
        return hyphens == 1 && suffixStart < end && ASCIIByte.isLower(text.bytes[suffixStart]) && !text.suffixIsCommonWord(i, in: lexicon.table)
    }

    func compoundParts(_ i: Int) -> [Mention]? {
        var parts: [Mention] = []
        Self.forEachHyphenPart(of: i, in: text) { range, hash in
            if let v = lexicon.table.value(hash), let entry = lexicon.place(v.place) {
                let part = String(decoding: text.bytes[range], as: UTF8.self)
                parts.append(Mention(start: i, end: i, kind: entry.kind, key: entry.key, name: part,
                                     evidence: entry.isCity ? .city : .strong))
            }
            return true
        }
        return parts.isEmpty ? nil : parts
    }

    /// A mention of a gazetteer entry on the tokens `span`.
    private func mention(_ span: ArraySlice<Int>, entry: GazetteerEntry) -> Mention {
        var m = Mention(start: span.first!, end: span.last!, kind: entry.kind, key: entry.key, evidence: entry.isCity ? .city : .strong)
        // "Moody's": a name that ends in the "'s" its last token leaves out is named as the list writes it.
        if text.tokens[span.last!].has(.possessive), entry.canonical.hasSuffix("'s") {
            m.name = entry.canonical
            return m
        }
        // A dateline's "LOS ANGELES" is named as the place is written, "Los Angeles", and
        // "ZURICH" by the alias it spells, "Zurich".
        guard text.tokens[span.first!].has(.allCaps) else { return m }
        let length = text.byteLength(m.start, m.end), offset = Int(text.tokens[m.start].start)
        let names = CollectionOfOne(entry.canonical).lazy + entry.aliases
        // "NASA", "NATO": a name the list writes in capitals too stays as written.
        if names.contains(where: { $0.utf8.count == length && $0.utf8.elementsEqual(text.bytes[offset..<(offset + length)]) }) {
            return m
        }
        for name in names where name.utf8.count == length && isShoutedForm(of: name, at: offset) {
            m.name = name
            break
        }
        return m
    }

    /// Whether the bytes at `offset` spell `name` in capitals ("LOS ANGELES" for "Los Angeles"),
    /// not as `name` itself is written ("NATO").
    private func isShoutedForm(of name: String, at offset: Int) -> Bool {
        var differs = false
        for (k, b) in name.utf8.enumerated() {
            let written = text.bytes[offset + k]
            if written == b { continue }
            guard b >= 0x61 && b <= 0x7A && written == b - 0x20 else { return false }
            differs = true
        }
        return differs
    }
}
