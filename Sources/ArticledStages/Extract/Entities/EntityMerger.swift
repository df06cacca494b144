import ArticledCore

/// Turns mentions into entities: one per person, organization or place, named by the fullest
/// form the text uses, with a count of all its mentions.
///
/// A lone surname joins the person whose full name ends with it ("Sullivan" → "Jake Sullivan",
/// and "Xi" → "Xi Jinping" when the family name comes first); an acronym the text defines joins
/// its long form; "Security Council" joins "Russian Security Council". Lone capitalized words
/// nothing explains are dropped unless their surroundings say what they are. Mentions are
/// grouped by hashes of their words; strings are built only for the entities' names.
struct EntityMerger {
    let text: TokenizedText
    let lexicon: EntityLexicon
    /// The headline and standfirst, read only to tell apart two people of one surname.
    var headline = ""

    /// One entity being built.
    private struct Group {
        var kind: EntityKind
        var key: UInt64
        /// Its first mention.
        var first: Int
        var count = 1
        /// The group this one was merged into.
        var mergedInto = -1
    }

    /// The key of a group: a mention key told apart by kind.
    private static func groupKey(_ kind: EntityKind, _ key: UInt64) -> UInt64 {
        key ^ (UInt64(kind.rawValue + 1) &* 0x9E37_79B9_7F4A_7C15)
    }

    /// Merges `mentions` (in text order) using the text's acronym definitions, and the acronyms
    /// that spell the initials of an organization named before ("Environmental Protection
    /// Agency" … "the EPA said").
    func merge(_ input: [Mention], acronyms defined: [UInt64: Mention]) -> EntityAnalysis {
        var mentions = input
        Self.settleContexts(&mentions)
        let acronyms = initialisms(of: mentions, defined: defined)
        var groups: [Group] = []
        var groupOf = [Int](repeating: -1, count: mentions.count)
        var index = HashedIndex(capacity: 128)
        /// Puts mention `m` in the group of (`kind`, `key`), creating it if needed.
        func add(_ m: Int, _ kind: EntityKind, _ key: UInt64) {
            let k = Self.groupKey(kind, key)
            if let g = index[k] {
                groupOf[m] = g
                groups[g].count += 1
            } else {
                index[k] = groups.count
                groupOf[m] = groups.count
                groups.append(Group(kind: kind, key: key, first: m))
            }
        }
        var pending: [Int] = []
        // Full names, places and organizations first.
        for m in mentions.indices {
            // "NICE" defined as a body's acronym is that body, whatever place its letters spell ("Nice").
            if !acronyms.isEmpty, mentions[m].kind != .person, let long = acronym(mentions[m], in: acronyms) {
                mentions[m].kind = long.kind
                mentions[m].key = long.key
                mentions[m].evidence = .strong
            }
            let mention = mentions[m]
            guard let kind = mention.kind else { pending.append(m); continue }
            if (kind == .person || mention.evidence == .city) && mention.isSingleWord { pending.append(m); continue }
            // "Mendoza said" after "Diego Agustin Mendoza": a region's name may be a surname too.
            if kind == .location && mention.isSingleWord && lexicon.place(text.places[mention.start])?.isCountry == false {
                pending.append(m)
                continue
            }
            add(m, kind, mention.key)
        }
        // "Met ?ireann says …" read as someone, and "Met ?ireann meteorologist Aoife Brennan" as her
        // employer: the same words without a given name are the organization.
        for g in groups.indices where groups[g].kind == .person {
            guard let org = index[Self.groupKey(.organization, groups[g].key)], let (first, _) = wordEnds(mentions[groups[g].first]),
                  !text.facts[first].contains(.givenName) else { continue }
            groups[org].count += groups[g].count
            groups[org].first = min(groups[org].first, groups[g].first)
            groups[g].mergedInto = org
        }
        mergeNameSuffixes(&groups, mentions, kind: .person)
        let nicknamed = mergeNicknames(&groups, mentions, groupOf: groupOf)
        mergeNameSuffixes(&groups, mentions, kind: .organization)
        mergeHeadsBeforeOf(&groups, mentions)

        // Surnames of the people named in full: the last word, or the first when it is a
        // family name written first.
        var surnames = HashedIndex(capacity: 64)
        // Surnames two people named in full share ("Lee Jong-ho", "Lee Jae-yong"), with their groups.
        var sharedSurnames: [UInt64: [Int]] = [:]
        for (g, group) in groups.enumerated() where group.kind == .person && group.mergedInto < 0 {
            let m = mentions[group.first]
            guard let (firstWord, named) = wordEnds(m), firstWord != named else { continue }
            // "Ferdinand Marcos Jr." … "Marcos said": the surname stands before a generation's suffix.
            var lastWord = named
            if Self.generationSuffixes.contains(text.lowercaseHash(named)), let before = (firstWord..<named).last(where: { text.isWord($0) }),
               before != firstWord {
                lastWord = before
            }
            var keys = [text.hashes[lastWord]]
            // "Ngugi wa Thiong'o" … "Ngugi said": a Kikuyu name is short for its first word, "son of" the last.
            if firstWord + 2 <= lastWord, text.isWord(firstWord + 1), text.lowercaseHash(firstWord + 1) == Self.kikuyuParticle,
               !text.tokens[firstWord + 1].has(.capitalized) {
                keys = [text.hashes[firstWord]]
            }
            let facts = text.facts[firstWord]
            // "Li Qiang" … "Li said": a family name that is also a given name elsewhere, when
            // the name's last word is no given name, or a given name of two joined syllables
            // ("Kim Dong-hyun" … "Kim said").
            if facts.contains(.familyFirst) && (!facts.contains(.givenName) || !text.facts[lastWord].contains(.givenName)
                                                 || (lastWord == firstWord + 1 && text.tokens[lastWord].has(.hyphenated))) {
                keys.append(text.hashes[firstWord])
            }
            for key in keys {
                if let other = surnames[key] {
                    sharedSurnames[key, default: [other]].append(g)
                    if groups[other].count >= group.count { continue }
                }
                surnames[key] = g
            }
        }
        // "Peter Makokha Barasa" … "Mr Makokha": the middle of three names may be the one a
        // text goes on with, when no one else is known by it.
        for (g, group) in groups.enumerated() where group.kind == .person && group.mergedInto < 0 {
            guard let (firstWord, lastWord) = wordEnds(mentions[group.first]), lastWord - firstWord == 2,
                  (firstWord...lastWord).allSatisfy({ text.isWord($0) && text.tokens[$0].has(.capitalized) }) else { continue }
            let middle = firstWord + 1
            guard !text.tokens[middle].has(.abbreviation), text.facts[middle].isDisjoint(with: [.particle, .role]),
                  text.tokens[middle].end - text.tokens[middle].start >= 3, surnames[text.hashes[middle]] == nil else { continue }
            surnames[text.hashes[middle]] = g
        }
        // Given names of the people named in full, when only one of them has it ("Sir Keir",
        // "Celine" after "Celine Song").
        var givenNames = HashedIndex(capacity: 64)
        var sharedGivenNames = WordHashSet()
        for (g, group) in groups.enumerated() where group.kind == .person && group.mergedInto < 0 {
            guard let (firstWord, lastWord) = wordEnds(mentions[group.first]), firstWord != lastWord,
                  !text.facts[firstWord].contains(.familyFirst), !text.facts[firstWord].contains(.role) else { continue }
            let key = text.hashes[firstWord]
            if let other = givenNames[key], other != g { sharedGivenNames.insert(key) } else { givenNames[key] = g }
        }
        // "Bud said" after `Clarence "Bud" Whitaker`.
        for (nickname, g) in nicknamed {
            if let other = givenNames[nickname], other != g { sharedGivenNames.insert(nickname) } else { givenNames[nickname] = g }
        }
        // How often each person is named in full, before lone surnames join them.
        let fullNameCounts = groups.map(\.count)
        let shortForms = shortForms(groups, mentions)
        let companiesNamedForCities = companiesNamedForCities(groups, mentions)
        var unresolved: [Int] = []
        for m in pending {
            let mention = mentions[m]
            let wordKey = mention.name == nil ? text.hashes[mention.start] : mention.key
            if mention.kind != .organization, var g = surnames[wordKey],
               mention.kind != .location || !NameContext(text: text).readsAsPlace(first: mention.start, last: mention.end) {
                if let shared = sharedSurnames[wordKey] {
                    g = holder(ofSharedSurname: shared, mention: m, fallback: g, mentions: mentions, groups: groups, groupOf: groupOf,
                               fullNameCounts: fullNameCounts)
                }
                groupOf[m] = g
                groups[g].count += 1
            } else if mention.kind == .person || (mention.kind == nil && mention.personContext), !sharedGivenNames.contains(wordKey),
                      let g = givenNames[wordKey] {
                groupOf[m] = g
                groups[g].count += 1
            } else if mention.evidence == .city, mention.isSingleWord, let g = companiesNamedForCities[wordKey],
                      !NameContext(text: text).readsAsPlace(first: mention.start, last: mention.end) {
                // "Halden said" after "Halden Labs": a city's name that a company named in full begins.
                groupOf[m] = g
                groups[g].count += 1
            } else if mention.kind == nil, let g = shortForms[wordKey], let body = localBody(groups[g], mentions),
                      NameContext(text: text).readsAsPlace(first: mention.start, last: mention.end)
                        || (body == .civic && !mention.organizationContext && !mention.personContext) {
                // "at the edge of Nailsworth" beside "Nailsworth Town Council": the town the body is named for;
                // and "Lismore was flooded" beside "Lismore City Council", whose short name is "the council".
                add(m, .location, mention.key)
            } else if mention.kind == nil, !opensSentenceAsOrdinaryWord(mention), let g = shortForms[wordKey]
                        ?? index[Self.groupKey(.organization, mention.key)] ?? index[Self.groupKey(.location, mention.key)] {
                // "Halvard said": a word the text names elsewhere as an organization or place is that one.
                groupOf[m] = g
                groups[g].count += 1
            } else if mention.kind == .person || (mention.kind == nil && mention.personContext) {
                add(m, .person, mention.key)
            } else if mention.evidence == .city || mention.kind == .location, let kind = mention.kind {
                add(m, kind, mention.key)
            } else if mention.kind == nil && mention.organizationContext {
                add(m, .organization, mention.key)
            } else {
                unresolved.append(m)
            }
        }
        // Lone words seen elsewhere with a telling context join that entity.
        for m in unresolved {
            let key = mentions[m].key
            if let g = index[Self.groupKey(.person, key)] ?? index[Self.groupKey(.organization, key)] {
                groupOf[m] = g
                groups[g].count += 1
            }
        }
        return analysis(groups, groupOf, mentions)
    }

    /// Words of natural features, whose name's first word stands for the whole ("the Denman
    /// Glacier" … "under Denman"), unlike a city's, a county's or a road's, in small letters.
    private static let naturalFeatures: WordHashSet = WordHashSet(["glacier", "river", "valley", "mountains", "mountain", "island",
                                                           "islands", "peninsula", "desert", "beach", "creek", "canyon", "gorge",
                                                           "volcano", "dam", "reservoir", "lagoon", "estuary", "basin", "plateau",
                                                           "delta", "sea", "ocean", "strait", "gulf", "forest", "reef", "falls",
                                                           "hills", "highlands"].map(HashedWordTable.hash))

    /// Which of the people named in full with one surname (`candidates`, their groups) the lone
    /// surname of mention `m` stands for; `fallback` when no rule picks one.
    /// The person last named before it in its paragraph; else the one the headline or standfirst
    /// names ("Niamh Cullinane: Cork heart surgeon …" over her father Denis Cullinane), not as
    /// someone's relative ("Biden pardons son Hunter"); else the one named most ("Dr. Ekwueme"
    /// of an obituary naming his brother Samuel Ekwueme); of those named as often, one not
    /// introduced as a relative ("his grandson Yusuf Jacobs" after "Ismail Jacobs opened"), else
    /// one the text has speak, else the one named first, the story's subject ("Ngugi co-wrote
    /// with Ngugi wa Mirii" after "plays by Ngugi wa Thiong'o"). "Ms Duterte" is not her father or
    /// brother: a courtesy title leaves out those whose given name is the other sex's.
    private func holder(ofSharedSurname candidates: [Int], mention m: Int, fallback: Int, mentions: [Mention], groups: [Group],
                        groupOf: [Int], fullNameCounts: [Int]) -> Int {
        /// The last mention before `m` of one of `people`, or nil.
        func lastNamed(among people: [Int]) -> Int? { (0..<m).reversed().first { people.contains(groupOf[$0]) } }
        var shared = candidates
        if let sex = courtesySex(before: mentions[m].start) {
            let matching = shared.filter { personSex(mentions[groups[$0].first]) == sex }
            let kept = matching.isEmpty ? shared.filter { personSex(mentions[groups[$0].first]) == nil } : matching
            if !kept.isEmpty { shared = kept }
        }
        if let last = lastNamed(among: shared), text.tokens[mentions[last].start].paragraph == text.tokens[mentions[m].start].paragraph {
            return groupOf[last]
        }
        // Those named before it, when any is: "Denny said" is not the Leroy Denny named later.
        let named = shared.filter { groups[$0].first < m }
        if !named.isEmpty { shared = named }
        // The one the headline or standfirst names is the story's subject, however often a relative
        // is named ("Former Finance minister Joseph Mwangi Kariuki dies" over "His eldest son,
        // Peter Kariuki, said"); not a relative it names ("Biden pardons son Hunter").
        var headlined = shared.filter { namesInHeadline(mentions[groups[$0].first]) }
        if headlined.count > 1 { headlined = headlined.filter { !introducedAsRelative(mentions[groups[$0].first]) } }
        if headlined.count == 1 { return headlined[0] }
        let most = shared.map { fullNameCounts[$0] }.max() ?? 0
        var tied = shared.filter { fullNameCounts[$0] == most }
        // "Her father, Jean-Marc Desrosiers, arrived …": of those named as often, a relative named
        // for the story's sake is not the one the story goes on about.
        let unrelated = tied.filter { !introducedAsRelative(mentions[groups[$0].first]) }
        if !unrelated.isEmpty { tied = unrelated }
        // "Managing director Siobhán Quinlan, a granddaughter of the founders, said" after "founded
        // by Donncha and Máire Quinlan": one the text has speak.
        let speaking = tied.filter { speaks(mentions[groups[$0].first]) }
        if !speaking.isEmpty { tied = speaking }
        if tied.count > 1, let k = tied.min(by: { groups[$0].first < groups[$1].first }) { return k }
        return tied.first ?? fallback
    }

    /// Whether person `m` is said to speak: after a verb of speech ("said Afzal Butt"), or before
    /// one later in the sentence ("Siobhán Quinlan, a granddaughter of the founders, said").
    private func speaks(_ m: Mention) -> Bool {
        if let before = text.wordBefore(m.start), before == m.start - 1, text.isLowercaseWord(before, .speechVerb) { return true }
        var k = m.end + 1
        while k < text.tokens.count && k <= m.end + 20 && text.tokens[k].paragraph == text.tokens[m.end].paragraph {
            if (text.isMark(k, 0x2E) && !text.tokens[k].has(.abbreviation)) || text.tokens[k].has(.inQuote) { return false }
            if text.isLowercaseWord(k, .speechVerb) { return true }
            k += 1
        }
        return false
    }

    /// Whether person `m` is introduced as someone's relative: "her father, Jean-Marc
    /// Desrosiers", "his grandson Yusuf Jacobs".
    private func introducedAsRelative(_ m: Mention) -> Bool {
        let noun = text.isMark(m.start - 1, 0x2C) ? m.start - 2 : m.start - 1
        return text.isWord(noun) && !text.tokens[noun].has(.capitalized) && Self.relatives.contains(text.lowercaseHash(noun))
    }

    /// Nouns of kinship, in small letters.
    private static let relatives = WordHashSet(["father", "mother", "son", "daughter", "brother", "sister", "wife", "husband",
                                                "grandson", "granddaughter", "grandfather", "grandmother", "uncle", "aunt",
                                                "nephew", "niece", "cousin", "widow", "widower", "stepson", "stepdaughter",
                                                "stepfather", "stepmother", "partner", "fiancé", "fiancée", "parents", "sons",
                                                "daughters", "brothers", "sisters", "children", "grandchildren"].map(HashedWordTable.hash))

    /// The sex the courtesy title before token `i` tells ("Ms", "Mr."), or nil.
    private func courtesySex(before i: Int) -> GivenNameSex? {
        let title = text.isMark(i - 1, 0x2E) ? i - 2 : i - 1
        return text.isWord(title) ? GivenNameSex.ofTitle(text.hashes[title]) : nil
    }

    /// The sex the given name of person `m`, named in full, is far more often recorded for, or nil.
    private func personSex(_ m: Mention) -> GivenNameSex? {
        guard let (first, _) = wordEnds(m) else { return nil }
        return GivenNameSex.of(text.hashes[first])
    }

    /// Whether the headline or standfirst writes a word of person `m`'s name other than its last,
    /// not right after a word of kinship ("son Hunter").
    private func namesInHeadline(_ m: Mention) -> Bool {
        guard !headline.isEmpty, let (first, last) = wordEnds(m) else { return false }
        let words = ArticleTokenizer.tokenize(headline)
        let headlineWords = WordHashSet(words.tokens.indices.filter { k in
            words.tokens[k].kind == .word && !(k > 0 && words.tokens[k - 1].kind == .word && Self.relatives.contains(words.lowercaseHash(k - 1)))
        }.map { words.hashes[$0] })
        // (A title shared by several, "Pandit", names none of them.)
        return (first..<last).contains { text.isWord($0) && !text.facts[$0].contains(.role) && headlineWords.contains(text.hashes[$0]) }
    }

    /// Makes the words no list explains speak with one voice: where the contexts of a word's
    /// mentions say "organization" at least as often as "person" ("Greggs said its sales…",
    /// "shares in Greggs" against "Greggs said"), every mention of it is taken for an
    /// organization, so one body is not also reported as a person.
    private static func settleContexts(_ mentions: inout [Mention]) {
        var votes: [UInt64: (organization: Int, person: Int)] = [:]
        for m in mentions where m.kind == nil && m.organizationContext {
            votes[m.key, default: (0, 0)].organization += 1
        }
        guard !votes.isEmpty else { return }
        for m in mentions where m.kind == nil && m.personContext && !m.organizationContext {
            votes[m.key]?.person += 1
        }
        for i in mentions.indices where mentions[i].kind == nil {
            guard let vote = votes[mentions[i].key], vote.organization >= vote.person else { continue }
            mentions[i].personContext = false
            mentions[i].organizationContext = true
        }
    }

    /// "wa", the Kikuyu name's "son of".
    private static let kikuyuParticle = HashedWordTable.hash("wa")

    /// Suffixes after a surname that tell generations apart, in small letters.
    private static let generationSuffixes: WordHashSet = WordHashSet(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"].map(HashedWordTable.hash))

    /// The long form `acronyms` give mention `m`: by the acronym as written, when it is one word,
    /// else by the mention's key.
    private func acronym(_ m: Mention, in acronyms: [UInt64: Mention]) -> Mention? {
        if m.start == m.end, let long = acronyms[text.hashes[m.start]] { return long }
        return acronyms[m.key]
    }

    /// `defined`, plus the acronym each multi-word organization's initials spell ("EPA" for
    /// "Environmental Protection Agency", small words skipped), for acronyms written in the text
    /// after the organization: of three letters or more, or two no list knows ("DA" after
    /// "Democratic Alliance").
    private func initialisms(of mentions: [Mention], defined: [UInt64: Mention]) -> [UInt64: Mention] {
        var out = defined
        // Each acronym written, with its last mention.
        var written: [(key: UInt64, last: Int)] = []
        for (m, mention) in mentions.enumerated() where mention.start == mention.end && mention.name == nil {
            let t = text.tokens[mention.start]
            guard t.has(.allCaps), (2...6).contains(Int(t.end - t.start)) else { continue }
            // Two letters only when no list knows them ("DA", "EC"; not "PM", "UK", "AI").
            if t.end - t.start == 2, !text.facts[mention.start].isEmpty || text.places[mention.start] >= 0 { continue }
            let key = text.hashes[mention.start]
            if let k = written.firstIndex(where: { $0.key == key }) { written[k].last = m } else { written.append((key, m)) }
        }
        guard !written.isEmpty else { return out }
        for (m, mention) in mentions.enumerated() where mention.kind == .organization && mention.name == nil
            && mention.end - mention.start >= 1 {
            var h = HashedWordTable.seed
            var letters = 0
            for i in mention.start...mention.end where text.isWord(i) && text.tokens[i].has(.capitalized) {
                let initial = text.bytes[Int(text.tokens[i].start)]
                guard initial < 0x80 else { letters = 0; break }
                h = HashedWordTable.mix(h, initial)
                letters += 1
            }
            let key = h == 0 ? 1 : h
            guard letters >= 2, out[key] == nil, let a = written.first(where: { $0.key == key }), a.last > m else { continue }
            out[key] = mention
        }
        return out
    }

    /// Whether mention `m` is an ordinary word capitalized only because it opens a sentence,
    /// where it describes the plural noun after it ("Home prices rose", "Space analysts said"): no
    /// short form of the Home Office or the Space Docking Experiment ("Meridian did not" is).
    private func opensSentenceAsOrdinaryWord(_ m: Mention) -> Bool {
        guard m.isSingleWord, let (first, _) = wordEnds(m), text.tokens[first].has(.sentenceStart),
              text.facts[first].contains(.common) else { return false }
        let next = first + 1
        guard text.isWord(next), !text.tokens[next].has(.capitalized), !text.facts[next].contains(.speechVerb) else { return false }
        let start = Int(text.tokens[next].start), end = Int(text.tokens[next].end)
        // A plural noun, not "is", "has", "was", "does".
        return end - start >= 4 && text.bytes[end - 1] == 0x73 && text.bytes[end - 2] != 0x73 && text.lowercaseHash(next) != Self.doesWord
    }

    /// "does", the one verb of four letters ending in "s" that opens a predicate.
    private static let doesWord = HashedWordTable.hash("does")

    /// The first word of each multi-word organization, to the most mentioned one it begins:
    /// organizations are shortened to their first word ("Kestrel" for "Kestrel Therapeutics") as
    /// people are to their last, and so are natural features ("Denman" for "Denman Glacier").
    /// Places, demonyms and compass words never stand for the whole.
    private func shortForms(_ groups: [Group], _ mentions: [Mention]) -> HashedIndex {
        var index = HashedIndex(capacity: 32)
        for (g, group) in groups.enumerated() where (group.kind == .organization || group.kind == .location) && group.mergedInto < 0 {
            // Not a possessive first word: "Alzheimer's" is a disease, not the Alzheimer's Society.
            guard let (first, last) = wordEnds(mentions[group.first]), first != last,
                  // A place by its first word only when a word of place ends it ("Denman" of the
                  // "Denman Glacier"), not "Sandy Bay", "New Town"; or the words of a park's, a
                  // district's or an airport's name ("Kuno" of "Kuno National Park", "Orangi" of "Orangi Town").
                  group.kind == .organization || (text.facts[first].isEmpty
                      && ((last == first + 1 && Self.naturalFeatures.contains(text.lowercaseHash(last)))
                          || (last - first <= 2 && (first + 1...last).allSatisfy { text.isWord($0) && text.tokens[$0].has(.capitalized)
                                && Self.placeHeads.contains(text.lowercaseHash($0)) }))),
                  text.places[first] < 0, !text.tokens[first].has(.allCaps), !text.tokens[first].has(.possessive),
                  text.facts[first].isDisjoint(with: [.demonym, .placePrefix, .article, .locationWord, .organizationWord, .role])
            else { continue }
            let key = text.hashes[first]
            if let other = index[key], groups[other].count >= group.count { continue }
            index[key] = g
        }
        return index
    }

    /// Words that close the name of a park, a district or an airport, whose first word alone
    /// stands for it ("Kuno National Park" … "Kuno"), in small letters.
    private static let placeHeads: WordHashSet = WordHashSet(["national", "park", "town", "state", "airport", "reserve", "sanctuary",
                                                              "conservancy", "district", "province", "county", "game"].map(HashedWordTable.hash))

    /// Last words of companies' names, in small letters: a company named "Halden Labs" is "Halden"
    /// for short, though Halden is a town too.
    private static let companyHeads: WordHashSet = WordHashSet([
        "labs", "technologies", "therapeutics", "systems", "software", "robotics", "biosciences", "analytics", "networks",
        "ventures", "capital", "inc", "ltd", "llc", "plc", "corp", "ai", "pharmaceuticals", "motors", "semiconductor",
    ].map(HashedWordTable.hash))

    /// The first word of each company whose name begins with a city's, to the most mentioned such company.
    private func companiesNamedForCities(_ groups: [Group], _ mentions: [Mention]) -> HashedIndex {
        var index = HashedIndex(capacity: 8)
        for (g, group) in groups.enumerated() where group.kind == .organization && group.mergedInto < 0 {
            guard let (first, last) = wordEnds(mentions[group.first]), first != last, lexicon.place(text.places[first])?.isCity == true,
                  Self.companyHeads.contains(text.lowercaseHash(last)) else { continue }
            let key = text.hashes[first]
            if let other = index[key], groups[other].count >= group.count { continue }
            index[key] = g
        }
        return index
    }

    /// What kind of local body an organization named for its town is.
    private enum LocalBody {
        /// A council, school, hospital, church: called "the council", "the school" for short, so
        /// the town's name alone is the town.
        case civic
        /// A club, band or society, which the town's name alone may stand for ("Midleton won").
        case club
    }

    /// Heads of the civic bodies that take the name of their town ("Nailsworth Town Council",
    /// "Licking R-VIII School District"), in small letters.
    private static let civicBodyHeads: WordHashSet = WordHashSet([
        "council", "church", "district", "hospital", "library", "parish", "chapel", "cathedral", "mosque", "temple",
        "brigade", "museum",
    ].map(HashedWordTable.hash))

    /// Heads of the clubs, schools and societies that take the name of their town ("Sydenham
    /// Lions Club"), which go by that name alone ("Ikaneng's principal", "Crescent had started").
    private static let clubHeads: WordHashSet = WordHashSet([
        "club", "association", "band", "society", "school", "college", "academy", "board",
    ].map(HashedWordTable.hash))

    /// "council", in small letters.
    private static let councilWord = HashedWordTable.hash("council")

    /// The kind of local body the group is, when it is an organization named for its town: a
    /// local body's head word ends it, or a council's stands before the "for" or "of" of its remit
    /// ("Palawan Council for Sustainable Development").
    private func localBody(_ group: Group, _ mentions: [Mention]) -> LocalBody? {
        guard group.kind == .organization, let (first, last) = wordEnds(mentions[group.first]) else { return nil }
        var head = text.lowercaseHash(last)
        // (Only a council's: "taught at Berklee" is the Berklee College of Music, "the Ashmolean"
        // the Ashmolean Museum of Art and Archaeology.)
        if last > first + 2, text.isWord(first + 2), text.hashes[first + 2] == NameContext.forWord || text.hashes[first + 2] == NameContext.ofWord,
           text.lowercaseHash(first + 1) == Self.councilWord {
            head = Self.councilWord
        }
        // (Not "Defence" of the "Defence Acquisition Council": a word of the language, or one the
        // text writes in small letters ("the defence ministry"), is no town.)
        if Self.civicBodyHeads.contains(head) {
            let word = text.lowercaseHash(first)
            let ordinary = text.facts[first].contains(.common)
                || text.tokens.indices.contains { text.isWord($0) && !text.tokens[$0].has(.capitalized) && text.hashes[$0] == word }
            return ordinary ? .club : .civic
        }
        return Self.clubHeads.contains(head) ? .club : nil
    }

    /// The first and last word tokens of a mention written as its tokens (nil for a part of a
    /// hyphenated word).
    private func wordEnds(_ m: Mention) -> (Int, Int)? {
        guard m.name == nil else { return nil }
        var first = m.start, last = m.end
        while first < last && text.tokens[first].kind != .word { first += 1 }
        while last > first && text.tokens[last].kind != .word { last -= 1 }
        return (first, last)
    }

    /// Merges an organization named by the words before "of" of one other organization's name
    /// into it: "the Central Bank" after "the Central Bank of Ireland", "the National Museum",
    /// "the House" of "the House of Representatives", when those words are ordinary ones. Not
    /// when two names begin so.
    private func mergeHeadsBeforeOf(_ groups: inout [Group], _ mentions: [Mention]) {
        var heads: [UInt64: Int] = [:]
        for (g, group) in groups.enumerated() where group.kind == .organization && group.mergedInto < 0 {
            let m = mentions[group.first]
            guard m.name == nil, let of = (m.start...m.end).first(where: { text.isWord($0) && text.hashes[$0] == NameContext.ofWord }),
                  of > m.start, of < m.end else { continue }
            let key = text.hash(m.start...(of - 1))
            heads[key] = heads[key] == nil ? g : -1
        }
        guard !heads.isEmpty else { return }
        for g in groups.indices where groups[g].kind == .organization && groups[g].mergedInto < 0 {
            let m = mentions[groups[g].first]
            // (Words of a kind only: "Narmada Pharma" of "Narmada Pharma of Vadodara" is the company, not its town's.)
            guard m.name == nil, (m.start...m.end).allSatisfy({ !text.isWord($0) || text.facts[$0].contains(.common) }),
                  let into = heads[text.hash(m.start...m.end)], into >= 0, into != g, groups[into].mergedInto < 0 else { continue }
            groups[into].count += groups[g].count
            groups[into].first = min(groups[into].first, groups[g].first)
            groups[g].mergedInto = into
        }
    }

    /// Merges a multi-word group whose name is the last words of a longer one of the same kind
    /// ("Security Council" into "Russian Security Council", "von der Leyen" and, opening a
    /// sentence, "Von der Leyen" into "Ursula von der Leyen"); and a person's first two or more
    /// names into the longer name they begin ("Siti Aishah" into "Siti Aishah Mohamed Yusof",
    /// "Ahmad Faizal" into "Ahmad Faizal bin Rahman").
    private func mergeNameSuffixes(_ groups: inout [Group], _ mentions: [Mention], kind: EntityKind) {
        // The hash of every proper word-suffix (and, of a person, word-prefix) of two or more
        // words, to the most mentioned group whose name ends (begins) with it.
        var bySuffix = HashedIndex(capacity: 64)
        var any = false
        for (h, group) in groups.enumerated() where group.kind == kind && group.mergedInto < 0 {
            let m = mentions[group.first]
            guard let (first, last) = wordEnds(m) else { continue }
            var words: [Int] = []
            for i in first...last where text.tokens[i].kind == .word { words.append(i) }
            func register(_ key: UInt64) {
                if let other = bySuffix[key], groups[other].count >= group.count { return }
                bySuffix[key] = h
                any = true
            }
            // "Veridian Payments" … "Veridian Payments Ltd": a company's name without its legal form.
            if kind == .organization, words.count >= 2, let legal = words.lastIndex(where: { !isLegalForm($0) }), legal < words.count - 1 {
                register(text.hash(words[...legal]))
            }
            guard words.count >= 3 else { continue }
            for k in 1..<(words.count - 1) {
                // "Bank of Ireland" is a body of its own, not the "Central Bank of Ireland": a name
                // with "of" stands for the longer one only without a place's or nation's word before it.
                if kind == .organization, text.hashes[words[k + 1]] == NameContext.ofWord,
                   !words[..<k].allSatisfy({ text.places[$0] >= 0 || text.facts[$0].contains(.demonym) }) { continue }
                register(text.hash(words[k...]))
                if kind == .person { register(text.hash(words[..<(k + 1)])) }
            }
        }
        guard any else { return }
        for g in groups.indices where groups[g].kind == kind && groups[g].mergedInto < 0
            && (kind == .organization || !mentions[groups[g].first].isSingleWord) {
            var into = bySuffix[groups[g].key]
            if into == nil, kind == .person, let (first, last) = wordEnds(mentions[groups[g].first]), isCapitalizedParticle(first) {
                into = bySuffix[text.hash(Array(first...last).filter { text.tokens[$0].kind == .word }[...], lowercasingFirstLetter: true)]
            }
            guard let into, into != g, groups[into].mergedInto < 0 else { continue }
            groups[into].count += groups[g].count
            groups[into].first = min(groups[into].first, groups[g].first)
            groups[g].mergedInto = into
        }
    }

    /// Merges a person named by nickname and surname ("Bud Whitaker") into the one named with the
    /// nickname in quotation marks between given name and surname (`Clarence "Bud" Whitaker`).
    /// Returns the hash of each nickname and its person's group.
    private func mergeNicknames(_ groups: inout [Group], _ mentions: [Mention], groupOf: [Int]) -> [(UInt64, Int)] {
        guard !text.nicknames.isEmpty else { return [] }
        var named: [String: Int] = [:]
        var found: [(UInt64, Int)] = []
        for (m, mention) in mentions.enumerated() where mention.kind == .person && groupOf[m] >= 0 {
            guard let (first, last) = wordEnds(mention), first != last, let nickname = text.nicknames[first] else { continue }
            var g = groupOf[m]
            while groups[g].mergedInto >= 0 { g = groups[g].mergedInto }
            named[nickname + " " + text.word(last)] = g
            found.append((HashedWordTable.hash(nickname), g))
        }
        for h in groups.indices where groups[h].kind == .person && groups[h].mergedInto < 0 {
            guard let (first, last) = wordEnds(mentions[groups[h].first]), last == first + 1,
                  let g = named[text.word(first) + " " + text.word(last)], g != h, groups[g].mergedInto < 0 else { continue }
            groups[g].count += groups[h].count
            groups[g].first = min(groups[g].first, groups[h].first)
            groups[h].mergedInto = g
        }
        return found
    }

    /// Whether word `i` is a company's legal form ("Ltd", "Inc", "AG").
    private func isLegalForm(_ i: Int) -> Bool { Self.legalForms.contains(text.lowercaseHash(i)) }

    /// The legal forms the publisher's rules know, by the hash of their small letters.
    static let legalForms: WordHashSet = WordHashSet(PublisherFinder.companySuffixes.map(HashedWordTable.hash))

    /// Whether word `i` is a name particle written with a capital, as a sentence opens ("Van der Berg said").
    private func isCapitalizedParticle(_ i: Int) -> Bool {
        text.tokens[i].has(.capitalized) && !text.tokens[i].has(.allCaps) && lexicon.cues.facts(text.lowercaseHash(i)).contains(.particle)
    }

    /// The entities, most mentioned first (ties by name), and their located mentions in text order;
    /// a mention in the dateline counts for none.
    private func analysis(_ groups: [Group], _ groupOf: [Int], _ mentions: [Mention]) -> EntityAnalysis {
        // Each mention's final group, and each group's fullest name: the longest as written,
        // the first of equals.
        var root = groupOf
        var best = [Int](repeating: -1, count: groups.count)
        var bestLength = [Int](repeating: -1, count: groups.count)
        for m in root.indices where root[m] >= 0 {
            var g = root[m]
            while groups[g].mergedInto >= 0 { g = groups[g].mergedInto }
            root[m] = g
            let length = mentions[m].name?.utf8.count ?? text.byteLength(mentions[m].start, mentions[m].end)
            if length > bestLength[g] {
                best[g] = m
                bestLength[g] = length
            }
        }
        // Mentions inside the dateline ("LONDON, March 12 (Reuters) -") helped tell the first
        // sentence's names apart but are no names of the text: they are not counted, and a name
        // only the dateline gives is left out.
        var count = groups.map(\.count)
        for m in root.indices where root[m] >= 0 && text.tokens[mentions[m].start].has(.dateline) { count[root[m]] -= 1 }
        let live = groups.indices.filter { groups[$0].mergedInto < 0 && best[$0] >= 0 && count[$0] > 0 }
        let names = live.map { g -> String in
            let m = mentions[best[g]]
            return m.name ?? text.name(m.start, m.end)
        }
        let order = live.indices.sorted { a, b in
            let ca = count[live[a]], cb = count[live[b]]
            if ca != cb { return ca > cb }
            if names[a] != names[b] { return names[a] < names[b] }
            return groups[live[a]].kind.rawValue < groups[live[b]].kind.rawValue
        }
        var entityOfGroup = [Int](repeating: -1, count: groups.count)
        var entities: [Entity] = []
        entities.reserveCapacity(order.count)
        for (n, a) in order.enumerated() {
            let g = live[a]
            entityOfGroup[g] = n
            entities.append(Entity(name: names[a], type: groups[g].kind.entityType, mentions: count[g]))
        }
        var located: [EntityAnalysis.Located] = []
        located.reserveCapacity(mentions.count)
        for (m, g) in root.enumerated() where g >= 0 && entityOfGroup[g] >= 0 {
            located.append(.init(start: mentions[m].start, end: mentions[m].end, entity: entityOfGroup[g]))
        }
        return EntityAnalysis(entities: entities, mentions: located)
    }
}
