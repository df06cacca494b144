/// Finds the names in a tokenized article and says what each is.
///
/// Capitalized words (and the "of", "on", "for", "von", "der"… that join them) form runs; each
/// run is cut at role titles ("President", "Spokeswoman": what follows is a person), read as an
/// organization or place when it holds an organization or place word ("Council", "Sea"), and
/// otherwise scanned left to right: gazetteer places and organizations, a known given name or
/// family name starting a person's name, demonyms and role words skipped, and what is left
/// judged by its shape and surroundings.
struct NameSegmenter {
    let text: TokenizedText
    let lexicon: EntityLexicon
    private let context: NameContext
    /// Words written capitalized somewhere other than at a sentence start or in a headline.
    private let capitalizedInside: Set<String>

    /// Words that join capitalized words after an organization or place word.
    private static let headConnectors: Set<String> = ["of", "on", "for"]
    /// Name particles: "Ursula von der Leyen", "Charles de Gaulle".
    private static let particles: Set<String> = [
        "von", "van", "der", "den", "de", "da", "di", "del", "della", "la", "le", "du", "bin", "ibn", "al",
        "el", "dos", "das", "ter", "zu",
    ]

    /// Institutions a text may name in lower case after a place ("UN security council").
    private static let lowercaseBodies: Set<String> = [
        "council", "assembly", "department", "ministry", "committee", "commission", "parliament", "agency",
        "office", "court", "senate", "congress", "cabinet", "army", "navy", "embassy", "police", "treasury",
    ]
    /// Words that qualify such an institution ("national security", "foreign", "defence").
    private static let bodyQualifiers: Set<String> = lowercaseBodies.union([
        "security", "national", "foreign", "defence", "defense", "state", "general", "supreme", "interior",
        "justice", "finance", "trade", "commerce", "health", "education", "home", "intelligence", "armed",
        "federal", "central", "constitutional", "human", "rights", "energy", "economic", "affairs", "war",
        "environment", "agriculture", "transport", "labour", "labor", "emergency", "special", "joint",
        "presidential", "military", "high", "district", "appeals", "electoral", "election",
    ])

    init(text: TokenizedText, lexicon: EntityLexicon) {
        self.text = text
        self.lexicon = lexicon
        self.context = NameContext(text: text, lexicon: lexicon)
        var inside: Set<String> = []
        for (i, t) in text.tokens.enumerated() where t.kind == .word && t.has(.capitalized)
            && !t.has(.sentenceStart) && !t.has(.headline) {
            inside.insert(text.words[i])
        }
        capitalizedInside = inside
    }

    /// Every mention in the text, in text order, and the acronyms the text defines
    /// ("North Atlantic Treaty Organization (NATO)") mapped to the key of their long form.
    func mentions() -> (mentions: [Mention], acronyms: [String: Mention]) {
        var out: [Mention] = []
        var acronyms: [String: Mention] = [:]
        var run: [Int] = []
        var i = 0
        let tokens = text.tokens
        func close() {
            if !run.isEmpty {
                let before = out.count
                segment(run[...], into: &out)
                if out.count > before, let last = out.last, last.kind == .organization || last.kind == .location,
                   last.start == run[0], last.end == run[run.count - 1], last.name.contains(" "),
                   let acronym = definedAcronym(after: last.end) {
                    acronyms[acronym] = last
                }
                if out.count > before, let last = out.last, last.end == run[run.count - 1],
                   let tail = lowercaseBody(after: last) {
                    out.append(tail)
                }
                run.removeAll(keepingCapacity: true)
            }
        }
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .word && isNameLike(i) {
                if let last = run.last, tokens[last].paragraph != t.paragraph { close() }
                run.append(i)
                if t.has(.possessive) && !lexicon.gazetteerPrefixes.contains(name(run[...]) + "'s") { close() }
                i += 1
                continue
            }
            if t.kind == .word, let last = run.last, let joined = connector(at: i, after: last) {
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
        return (out, acronyms)
    }

    // MARK: Runs

    /// Whether token `i` is a word that can be part of a name.
    func isNameLike(_ i: Int) -> Bool {
        guard text.isWord(i) else { return false }
        let t = text.tokens[i]
        let w = text.words[i]
        if !t.has(.capitalized) {
            // "al-Assad": a particle joined by a hyphen to a capitalized name.
            return t.has(.hyphenated) && (w.hasPrefix("al-") || w.hasPrefix("el-")) && w.utf8.count > 4
        }
        if lexicon.nonEntities.contains(w) { return false }
        if t.has(.headline) {
            if t.has(.allCaps) && lexicon.gazetteer[w] == nil { return false }
            if lexicon.isCommon(w) && !isKnownWord(w) { return false }
        }
        if t.has(.sentenceStart) && lexicon.isCommon(w) && !isKnownWord(w) && !capitalizedInside.contains(w) {
            return false
        }
        return true
    }

    /// Whether a word is in one of the name lists, so a capital at a sentence start still counts.
    private func isKnownWord(_ w: String) -> Bool {
        lexicon.gazetteer[w] != nil || lexicon.givenNames.contains(w) || lexicon.familyFirstNames.contains(w)
            || lexicon.isRole(w) || lexicon.organizationWords.contains(w) || lexicon.locationWords.contains(w)
            || lexicon.placePrefixes.contains(w) || lexicon.demonyms.contains(w)
    }

    /// The connector tokens at `i` that join the run ending at `last` to a following capitalized
    /// word ("Council on Foreign…", "Fund of the United…", "Ursula von der Leyen"), or nil.
    private func connector(at i: Int, after last: Int) -> [Int]? {
        guard last == i - 1, !text.tokens[last].has(.possessive) else { return nil }
        let w = text.words[i]
        if Self.headConnectors.contains(w) {
            let head = text.words[last]
            guard lexicon.organizationWords.contains(head) || lexicon.locationWords.contains(head) else { return nil }
            if isNameLike(i + 1) { return [i] }
            if text.isWord(i + 1, "the") && isNameLike(i + 2) { return [i, i + 1] }
            return nil
        }
        if Self.particles.contains(w) {
            var k = i
            var joined: [Int] = []
            while text.isWord(k) && Self.particles.contains(text.words[k]) && joined.count < 3 {
                joined.append(k)
                k += 1
            }
            if isNameLike(k) && !text.tokens[k].has(.sentenceStart) { return joined }
        }
        return nil
    }

    /// A body named in lower case after a place or organization: "UN security council",
    /// "US national security council" (up to three lower-case words ending in an organization word).
    private func lowercaseBody(after m: Mention) -> Mention? {
        guard m.kind == .location || m.kind == .organization, m.evidence == .strong,
              !text.tokens[m.end].has(.possessive) else { return nil }
        var k = m.end + 1
        var words: [String] = []
        while text.isWord(k) && words.count < 3 && !text.tokens[k].has(.capitalized) {
            let w = text.words[k]
            words.append(w)
            if Self.lowercaseBodies.contains(w) && words.count >= 2 {
                let name = m.name + " " + words.joined(separator: " ")
                return Mention(start: m.start, end: k, kind: .organization, key: name, name: name, evidence: .strong)
            }
            guard Self.bodyQualifiers.contains(w) else { return nil }
            k += 1
        }
        return nil
    }

    /// The acronym in "(NATO)" right after token `end`, if any.
    private func definedAcronym(after end: Int) -> String? {
        guard text.isMark(end + 1, 0x28), text.isWord(end + 2), text.isMark(end + 3, 0x29) else { return nil }
        let t = text.tokens[end + 2]
        return t.has(.allCaps) ? text.words[end + 2] : nil
    }

    // MARK: Segmenting a run

    /// Reads one run (token indices) into mentions.
    private func segment(_ run: ArraySlice<Int>, into out: inout [Mention]) {
        guard let first = run.first, let last = run.last else { return }
        // A run that is a gazetteer entry as a whole.
        if let entry = lexicon.gazetteer[name(run)] {
            out.append(mention(run, entry: entry))
            return
        }
        // A role title splits the run: what follows it is a person.
        if let k = roleSplit(run) {
            segment(run[run.startIndex..<k], into: &out)
            if k + 1 < run.endIndex, looksLikeName(run[(k + 1)...]) {
                let person = run[(k + 1)...]
                out.append(Mention(start: person.first!, end: last, kind: .person, key: name(person),
                                   name: name(person), evidence: .strong))
            }
            return
        }
        // An organization or place word makes the run (up to it) an organization or place.
        if let (end, kind) = headedSpan(run) {
            let span = run[run.startIndex...end]
            let key = name(span)
            if span.count > 1 || lexicon.gazetteer[key] != nil {
                if let entry = lexicon.gazetteer[key] {
                    out.append(mention(span, entry: entry))
                } else {
                    out.append(Mention(start: first, end: run[end], kind: kind, key: key, name: key, evidence: .strong))
                }
                if end + 1 < run.endIndex { segment(run[(end + 1)...], into: &out) }
                return
            }
        }
        scan(run, into: &out)
    }

    /// The position of the role word that splits `run` (the last one followed by a name), or nil.
    private func roleSplit(_ run: ArraySlice<Int>) -> Int? {
        var p = run.endIndex - 1
        while p >= run.startIndex {
            let w = text.words[run[p]]
            if lexicon.isRole(w) && !text.tokens[run[p]].has(.possessive) {
                let rest = run[(p + 1)...]
                if rest.isEmpty { return p }
                let restHasHead = rest.contains { lexicon.organizationWords.contains(text.words[$0]) || lexicon.locationWords.contains(text.words[$0]) }
                let next = text.words[rest.first!]
                if !restHasHead && !Self.headConnectors.contains(next) && !Self.particles.contains(next) && !lexicon.isRole(next) {
                    return p
                }
                if restHasHead { return nil }
            }
            p -= 1
        }
        return nil
    }

    /// Whether the words after a role title can be a person's name: a given name, or a word
    /// that is not ordinary English ("Deputy Foreign" is not; "Xi", "Wang Yi" are).
    private func looksLikeName(_ span: ArraySlice<Int>) -> Bool {
        span.contains { i in
            let w = text.words[i]
            return lexicon.givenNames.contains(w) || lexicon.familyFirstNames.contains(w)
                || (!lexicon.isCommon(w) && !lexicon.demonyms.contains(w) && lexicon.gazetteer[w] == nil)
        }
    }

    /// The end position and kind of the organization or place that `run` names by its last
    /// organization or place word, or nil.
    private func headedSpan(_ run: ArraySlice<Int>) -> (Int, EntityKind)? {
        // "German Marshall Fund of the United States": a head word with "of" governs the rest.
        for p in run.indices.dropLast() where Self.headConnectors.contains(text.words[run[p + 1]]) {
            let w = text.words[run[p]]
            if lexicon.organizationWords.contains(w) { return (run.endIndex - 1, .organization) }
            if lexicon.locationWords.contains(w) { return (run.endIndex - 1, .location) }
        }
        var p = run.endIndex - 1
        while p >= run.startIndex {
            let w = text.words[run[p]]
            let isOrg = lexicon.organizationWords.contains(w)
            let isPlace = lexicon.locationWords.contains(w)
            if isOrg || isPlace {
                let next = p + 1 < run.endIndex ? text.words[run[p + 1]] : ""
                let joined = Self.headConnectors.contains(next)
                if p == run.startIndex && !joined { return nil }
                var end = joined ? run.endIndex - 1 : p
                if !joined && p + 2 == run.endIndex && isUnknown(run[p + 1]) { end = p + 1 }
                return (end, isOrg ? .organization : .location)
            }
            p -= 1
        }
        return nil
    }

    /// Whether a word is in none of the lists: a name the recognizer has not met before.
    private func isUnknown(_ i: Int) -> Bool {
        let w = text.words[i]
        return !isKnownWord(w) && !lexicon.isCommon(w) && !lexicon.nonEntities.contains(w)
    }

    /// Left-to-right reading of a run without role split or head word.
    private func scan(_ run: ArraySlice<Int>, into out: inout [Mention]) {
        var pending: [Int] = []
        func flush() {
            if !pending.isEmpty { classify(pending, into: &out) }
            pending.removeAll()
        }
        var p = run.startIndex
        while p < run.endIndex {
            let i = run[p]
            let w = text.words[i]
            if let (length, entry) = longestGazetteer(run, from: p), length > 1 {
                flush()
                out.append(mention(run[p..<(p + length)], entry: entry))
                p += length
                continue
            }
            if let q = personEnd(run, from: p) {
                flush()
                let span = run[p...q]
                out.append(Mention(start: i, end: run[q], kind: .person, key: name(span), name: name(span), evidence: .strong))
                p = q + 1
                continue
            }
            if lexicon.placePrefixes.contains(w), p + 1 < run.endIndex,
               let (length, entry) = longestGazetteer(run, from: p + 1), entry.kind == .location, !entry.isCity {
                flush()
                let span = run[p...(p + length)]
                out.append(Mention(start: i, end: run[p + length], kind: .location, key: name(span), name: name(span), evidence: .strong))
                p += length + 1
                continue
            }
            if let (length, entry) = longestGazetteer(run, from: p) {
                flush()
                out.append(mention(run[p..<(p + length)], entry: entry))
                p += length
                continue
            }
            if text.tokens[i].has(.hyphenated), let parts = compoundParts(i) {
                flush()
                out.append(contentsOf: parts)
                p += 1
                continue
            }
            if lexicon.demonyms.contains(w) || lexicon.isRole(w) || lexicon.nonEntities.contains(w)
                || Self.particles.contains(w) || Self.headConnectors.contains(w) || w == "the" {
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
        let w = text.words[run[p]]
        // A city or region name before a word no list knows is a given name: "Mara Lindqvist", "Florence Ossai".
        let place = lexicon.gazetteer[w]
        let cityAsGivenName = place?.kind == .location && place?.isCountry == false && p + 1 < run.endIndex && isUnknown(run[p + 1])
        guard lexicon.givenNames.contains(w) || lexicon.familyFirstNames.contains(w) || cityAsGivenName else { return nil }
        if text.tokens[run[p]].has(.possessive) { return nil }
        var q = p
        while q + 1 < run.endIndex && q - p < 3 && canContinueName(run[q + 1]) {
            // An ordinary word continues a name only as its last word ("Yoon Sun", not "Xi Offers Support").
            if lexicon.isCommon(text.words[run[q + 1]]) && q + 2 < run.endIndex { break }
            q += 1
        }
        return q > p ? q : nil
    }

    /// Whether token `i` can be a later word of a person's name: not a country or region, nor a
    /// demonym, role, organization or place word.
    private func canContinueName(_ i: Int) -> Bool {
        let w = text.words[i]
        if Self.particles.contains(w) { return true }
        if let entry = lexicon.gazetteer[w], !entry.isCity { return false }
        return !lexicon.demonyms.contains(w) && !lexicon.isRole(w) && !lexicon.organizationWords.contains(w)
            && !lexicon.locationWords.contains(w) && !lexicon.nonEntities.contains(w) && !Self.headConnectors.contains(w)
    }

    /// The longest gazetteer entry starting at position `p` of `run`: its length and entry.
    private func longestGazetteer(_ run: ArraySlice<Int>, from p: Int) -> (Int, GazetteerEntry)? {
        var length = min(lexicon.longestGazetteerEntry, run.endIndex - p)
        while length >= 1 {
            if let entry = lexicon.gazetteer[name(run[p..<(p + length)])] { return (length, entry) }
            length -= 1
        }
        return nil
    }

    /// The known places and organizations inside a hyphenated compound ("EU-China", "US-made"),
    /// as mentions on that token; nil when no part is known.
    private func compoundParts(_ i: Int) -> [Mention]? {
        var parts: [Mention] = []
        for part in text.words[i].split(separator: "-") {
            if let entry = lexicon.gazetteer[String(part)] {
                parts.append(Mention(start: i, end: i, kind: entry.kind, key: entry.canonical, name: String(part),
                                     evidence: entry.isCity ? .city : .strong))
            }
        }
        return parts.isEmpty ? nil : parts
    }

    /// Judges capitalized words that no list explains.
    private func classify(_ span: [Int], into out: inout [Mention]) {
        let first = span[0], last = span[span.count - 1]
        let key = name(span[...])
        let firstToken = text.tokens[first]
        if span.count == 1 {
            let w = text.words[first]
            // "The Guardian", "The Times": a publication named by its article and one word.
            if lexicon.organizationWords.contains(w), first > 0, text.isWord(first - 1, "The") {
                out.append(Mention(start: first - 1, end: last, kind: .organization, key: "The " + w, name: "The " + w, evidence: .strong))
                return
            }
            if firstToken.has(.allCaps) && !firstToken.has(.headline) && w.utf8.count <= 7 && !isShouted(first) {
                out.append(Mention(start: first, end: last, kind: .organization, key: key, name: key, evidence: .strong))
                return
            }
            if firstToken.has(.hyphenated) && isCompoundOfCapitals(w) {
                return
            }
            var m = Mention(start: first, end: last, kind: nil, key: key, name: key, evidence: .weak)
            m.personContext = context.suggestsPerson(first: first, last: last)
            m.organizationContext = context.suggestsOrganization(first: first, last: last)
            out.append(m)
            return
        }
        if firstToken.has(.allCaps) && span.count <= 4 && !isShouted(first) {
            out.append(Mention(start: first, end: last, kind: .organization, key: key, name: key, evidence: .strong))
            return
        }
        let commonFirst = lexicon.isCommon(text.words[first])
        let commonLast = lexicon.isCommon(text.words[last])
        if commonFirst && commonLast && span.allSatisfy({ lexicon.isCommon(text.words[$0]) }) { return }
        if span.count <= 4 && ((!commonFirst && !commonLast) || context.suggestsPerson(first: first, last: last)) {
            out.append(Mention(start: first, end: last, kind: .person, key: key, name: key, evidence: .strong))
        }
    }

    /// Whether an all-capital word is shouted text rather than an acronym: an ordinary English
    /// word ("SOURCE"), or next to another all-capital word that no list knows ("GETTY IMAGES").
    private func isShouted(_ i: Int) -> Bool {
        let w = text.words[i]
        if w.utf8.count >= 4 && lexicon.isCommon(w) { return true }
        for k in [i - 1, i + 1] where text.isWord(k) && text.tokens[k].has(.allCaps) && text.words[k].utf8.count >= 3 {
            if lexicon.gazetteer[text.words[k]] == nil { return true }
        }
        return false
    }

    /// Whether every part of a hyphenated word is capitalized ("Soviet-Chinese").
    private func isCompoundOfCapitals(_ w: String) -> Bool {
        w.split(separator: "-").allSatisfy { $0.first?.isUppercase ?? false }
    }

    /// A mention of a gazetteer entry on the tokens `span`.
    private func mention(_ span: ArraySlice<Int>, entry: GazetteerEntry) -> Mention {
        let n = name(span)
        return Mention(start: span.first!, end: span.last!, kind: entry.kind, key: entry.canonical, name: n,
                       evidence: entry.isCity ? .city : .strong)
    }

    /// The name written by the tokens `span`.
    private func name(_ span: ArraySlice<Int>) -> String {
        var out = ""
        for (n, i) in span.enumerated() {
            if n > 0 { out += " " }
            out += text.words[i]
            if text.tokens[i].has(.possessive) && n != span.count - 1 { out += "'s" }
        }
        return out
    }
}
