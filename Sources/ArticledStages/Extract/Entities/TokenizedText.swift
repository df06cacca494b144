/// An article split into tokens, with each word's text, hash and word-list facts.
struct TokenizedText: Sendable {
    /// The article's UTF-8 bytes.
    let bytes: [UInt8]
    var tokens: [Token]
    /// FNV-1a hash of each word as written (see `HashedWordTable`); 0 for punctuation.
    let hashes: [UInt64]
    /// What the word lists say about each word (`.common` from its lower-case form).
    private(set) var facts: [WordFacts] = []
    /// The gazetteer entry each word alone is an alias of, or -1.
    private(set) var places: [Int32] = []
    /// The nickname written in quotation marks after a given name, by the given name's index
    /// (`Clarence "Bud" Whitaker`: "Bud"); the tokenizer takes the nickname out of the name.
    var nicknames: [Int: String] = [:]

    /// A text of `tokens` over `bytes`, with the hash of each word, not yet looked up in a lexicon.
    init(bytes: [UInt8], tokens: [Token], hashes: [UInt64]) {
        self.bytes = bytes
        self.tokens = tokens
        self.hashes = hashes
    }

    /// Flags the tokens of the first `byteCount` bytes as the dateline written before the body.
    mutating func markDateline(byteCount: Int) {
        for i in tokens.indices {
            guard tokens[i].start < byteCount else { break }
            tokens[i].flags.insert(.dateline)
        }
    }

    /// The text of word token `i`, "’" written as "'" and without a possessive ending.
    func word(_ i: Int) -> String { ArticleTokenizer.wordText(bytes, tokens[i]) }

    /// Slots of the look-up cache of `annotate`.
    private static let cacheSize = 256

    /// Whether `token` is "…ers" after an ordinary word of five letters or more ("Protest-ers",
    /// "Organise-rs", British "-ise" read as "-ize"); short stems are surnames' ("Peters", "Myers").
    private func isOrdinaryAgentPlural(_ token: Token, in lexicon: EntityLexicon) -> Bool {
        let start = Int(token.start), end = Int(token.end)
        guard end - start >= 8, bytes[end - 1] == 0x73, bytes[end - 2] == 0x72, bytes[end - 3] == 0x65 else { return false }
        /// Whether bytes `start..<stop`, in small letters and with "is" before the ending read as "iz", are ordinary.
        func isCommon(upTo stop: Int, american: Bool) -> Bool {
            var h = HashedWordTable.seed
            for k in start..<stop {
                var b = bytes[k]
                if k == start, b >= 0x41, b <= 0x5A { b |= 0x20 }
                if american, k == stop - 2, b == 0x73, bytes[k - 1] == 0x69 { b = 0x7A }
                h = HashedWordTable.mix(h, b)
            }
            return lexicon.table.facts(h == 0 ? 1 : h).contains(.common)
        }
        return isCommon(upTo: end - 3, american: false) || isCommon(upTo: end - 2, american: false) || isCommon(upTo: end - 2, american: true)
    }

    /// Looks every word up in `lexicon`: one hash of the bytes as written, and one of the
    /// lower-case bytes for capitalized words.
    mutating func annotate(with lexicon: EntityLexicon) {
        let n = tokens.count
        var facts = [WordFacts](repeating: [], count: n)
        var places = [Int32](repeating: -1, count: n)
        var cacheKeys = [UInt64](repeating: 0, count: Self.cacheSize)
        var cacheValues = [HashedWordTable.Value?](repeating: nil, count: Self.cacheSize)
        for i in 0..<n where tokens[i].kind == .word {
            let token = tokens[i]
            let exact = hashes[i]
            if !token.has(.capitalized) {
                // Lower-case words only ever matter as cues.
                facts[i] = lexicon.cues.facts(exact)
                continue
            }
            // Names repeat ("China" thirty times): a small direct-mapped cache saves most
            // look-ups in the large table, which miss the processor's cache.
            let slot = Int(truncatingIfNeeded: exact >> 7) & (Self.cacheSize - 1)
            let v: HashedWordTable.Value?
            if cacheKeys[slot] == exact {
                v = cacheValues[slot]
            } else {
                v = lexicon.table.value(exact)
                cacheKeys[slot] = exact
                cacheValues[slot] = v
            }
            if let v {
                facts[i] = v.facts
                places[i] = v.place
            }
            // "US$45 million", "C$18.40", "A$2 billion": a currency's letters, no place.
            if token.end - token.start <= 3, Int(token.end) < bytes.count, bytes[Int(token.end)] == 0x24 {
                facts[i] = .nonEntity
                places[i] = -1
                continue
            }
            // "Festus Keyamo, SAN," and "Mr Babatunde Oyelaran (SAN)": a Senior Advocate's rank after the name.
            if token.end - token.start == 3, bytes[Int(token.start)] == 0x53, bytes[Int(token.start) + 1] == 0x41, bytes[Int(token.start) + 2] == 0x4E,
               i > 0, tokens[i - 1].kind == .punctuation, bytes[Int(tokens[i - 1].start)] == 0x2C || bytes[Int(tokens[i - 1].start)] == 0x28 {
                facts[i] = .nonEntity
                places[i] = -1
                continue
            }
            // "Moody's", "Sainsbury's": a known name that ends in "'s", which the token leaves out.
            if token.has(.possessive), let v = lexicon.table.value(HashedWordTable.mix(HashedWordTable.mix(exact, 0x27), 0x73)),
               let entry = lexicon.place(v.place), entry.kind == .organization {
                places[i] = v.place
            }
            // "Inês", "João", "Łukasz": the lists keep given names in plain letters.
            if !facts[i].contains(.givenName), let v = foldedValue(token, in: lexicon) {
                if facts[i].isEmpty { facts[i] = v.facts } else { facts[i].formUnion(v.facts.intersection([.givenName, .familyFirst])) }
                if places[i] < 0 { places[i] = v.place }
            }
            // "Jos? Almeida": a given name that lost its last letter to an earlier encoding.
            if facts[i].isEmpty, bytes[Int(token.end) - 1] == 0x3F {
                var stem = HashedWordTable.seed
                for k in Int(token.start)..<(Int(token.end) - 1) { stem = HashedWordTable.mix(stem, bytes[k]) }
                if LostLetter.completesGivenName(stem: stem, in: lexicon.table) { facts[i] = .givenName }
            }
            // "Protesters", "Organisers": a plural agent noun the dictionary lacks, of a verb it has.
            if facts[i].isEmpty, places[i] < 0, !token.has(.allCaps), !token.has(.possessive), isOrdinaryAgentPlural(token, in: lexicon) {
                facts[i] = .common
            }
            // Capitalized forms of ordinary words are in the table; "NATO" needs its lower case,
            // and "BERLIN" of a dateline its title case to be found as a place.
            if token.has(.allCaps) {
                var lower = HashedWordTable.seed
                var title = HashedWordTable.seed
                for k in Int(token.start)..<Int(token.end) {
                    let b = bytes[k]
                    let folded = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    lower = HashedWordTable.mix(lower, folded)
                    title = HashedWordTable.mix(title, k == Int(token.start) ? b : folded)
                }
                facts[i].formUnion(lexicon.table.facts(lower == 0 ? 1 : lower).intersection(.common))
                let titleValue = lexicon.table.value(title == 0 ? 1 : title)
                // "NEW" of "NEW YORK" begins a place's name as "New" does.
                if let titleValue { facts[i].formUnion(titleValue.facts.intersection(.gazetteerPrefix)) }
                if places[i] < 0, token.end - token.start >= 4, let v = titleValue,
                   let place = lexicon.place(v.place), place.kind == .location {
                    places[i] = v.place
                }
            }
        }
        SurnameAdoption.adopt(bytes: bytes, tokens: tokens, hashes: hashes, facts: &facts)
        GivenNameAdoption.adopt(tokens: tokens, hashes: hashes, facts: &facts)
        self.facts = facts
        self.places = places
    }

    /// The table entry of a word with accented Latin letters read in plain letters, or nil.
    private func foldedValue(_ token: Token, in lexicon: EntityLexicon) -> HashedWordTable.Value? {
        let word = bytes[Int(token.start)..<Int(token.end)]
        guard word.contains(where: { $0 >= 0xC3 }), let h = LatinLetterFolding.foldedHash(word) else { return nil }
        return lexicon.table.value(h)
    }

    /// The hash of the words of tokens `range` joined by single spaces, possessive endings
    /// kept on all but the last ("People's Republic of China"): the key of gazetteer look-ups.
    /// With `titleCase`, all-capital words are read in title case ("SAN FRANCISCO" as "San
    /// Francisco"), to look a shouted dateline up.
    func hash(_ range: ArraySlice<Int>, titleCase: Bool = false) -> UInt64 { hash(words: range, titleCase: titleCase) }

    /// The hash of the words of `range` with the first one's capital read in lower case: "Van der
    /// Berg" opening a sentence keyed as "van der Berg" is.
    func hash(_ range: ArraySlice<Int>, lowercasingFirstLetter: Bool) -> UInt64 {
        hash(words: range, titleCase: false, lowercaseFirst: lowercasingFirstLetter)
    }

    /// The hash of the consecutive tokens `range`, as `hash(_:)` makes it, without an array of indices.
    func hash(_ range: ClosedRange<Int>) -> UInt64 { hash(words: range, titleCase: false) }

    /// The hash of the words of the token indices `range` (see `hash(_:titleCase:)`).
    private func hash<C: Collection<Int>>(words range: C, titleCase: Bool, lowercaseFirst: Bool = false) -> UInt64 {
        var h = HashedWordTable.seed
        for (n, i) in range.enumerated() {
            if n > 0 { h = HashedWordTable.mix(h, 0x20) }
            var k = Int(tokens[i].start)
            let end = Int(tokens[i].end)
            while k < end {
                var b = bytes[k]
                if titleCase && k > Int(tokens[i].start) && b >= 0x41 && b <= 0x5A { b |= 0x20 }
                if lowercaseFirst && n == 0 && k == Int(tokens[i].start) && b >= 0x41 && b <= 0x5A { b |= 0x20 }
                if b == 0xE2 && k + 2 < end && bytes[k + 1] == 0x80 && bytes[k + 2] == 0x99 {
                    b = 0x27
                    k += 2
                }
                h = HashedWordTable.mix(h, b)
                k += 1
            }
            if tokens[i].has(.possessive) && n != range.count - 1 {
                h = HashedWordTable.mix(HashedWordTable.mix(h, 0x27), 0x73)
            }
        }
        return h == 0 ? 1 : h
    }

    /// The table hash of word `i` folded to lower case ("Van" as "van").
    func lowercaseHash(_ i: Int) -> UInt64 {
        var h = HashedWordTable.seed
        for k in Int(tokens[i].start)..<Int(tokens[i].end) {
            let b = bytes[k]
            h = HashedWordTable.mix(h, b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        return h == 0 ? 1 : h
    }

    /// Whether token `i` is a word.
    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }

    /// Whether token `i` is a word with any of `facts`.
    func isWord(_ i: Int, _ wanted: WordFacts) -> Bool { isWord(i) && !facts[i].isDisjoint(with: wanted) }

    /// Whether the part of word `i` after its last hyphen is an English word in `table`'s lists
    /// ("Stockholm-listed", "US-based"), unlike a name's second syllable ("Hyun-jung").
    func suffixIsCommonWord(_ i: Int, in table: HashedWordTable) -> Bool {
        let start = Int(tokens[i].start), end = Int(tokens[i].end)
        guard let hyphen = (start..<end).last(where: { bytes[$0] == 0x2D }) else { return false }
        var h = HashedWordTable.seed
        for k in (hyphen + 1)..<end { h = HashedWordTable.mix(h, bytes[k]) }
        return table.facts(h).contains(.common)
    }

    /// Whether token `i` is a lower-case word with any of `facts` ("said", not "States").
    func isLowercaseWord(_ i: Int, _ wanted: WordFacts) -> Bool {
        isWord(i, wanted) && !tokens[i].has(.capitalized)
    }

    /// Whether token `i` is punctuation standing for `mark`.
    func isMark(_ i: Int, _ mark: UInt8) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && tokens[i].mark == mark
    }

    /// The verbatim text between the start of token `from` and the end of token `to` (inclusive),
    /// white space folded to single spaces.
    func text(from: Int, to: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(Int(tokens[to].end - tokens[from].start))
        var lastSpace = false
        for b in bytes[Int(tokens[from].start)..<Int(tokens[to].end)] {
            let space = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
            if space {
                if !lastSpace { out.append(0x20) }
            } else {
                out.append(b)
            }
            lastSpace = space
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The words of tokens `first...last` joined by single spaces (punctuation such as the
    /// period of "St." left out), possessive endings kept on all but the last word: a name as
    /// written, matching `hash` of the same words.
    func name(_ first: Int, _ last: Int) -> String {
        var out = ""
        for i in first...last {
            // A comma inside a body's name stays: "Ministry of Economy, Trade and Industry".
            if tokens[i].kind == .punctuation && tokens[i].mark == 0x2C && i > first && i < last { out += ","; continue }
            // And so does the ampersand of "Marks & Spencer".
            if tokens[i].kind == .punctuation && tokens[i].mark == 0x26 && i > first && i < last { out += " &"; continue }
            // And the full stop of an initial or an abbreviation: "Marcus D. Reed".
            if isAbbreviationStop(i) && i > first && i < last { out += "."; continue }
            guard tokens[i].kind == .word else { continue }
            if !out.isEmpty { out += " " }
            out += word(i)
            if tokens[i].has(.possessive) && i != last { out += possessiveEnding(i) }
        }
        // "Anthony Lopez Jr.": the full stop that ends a name's suffix.
        if tokens[last].kind == .word && isAbbreviationStop(last + 1) && Self.nameSuffixes.contains(hashes[last]) { out += "." }
        return out
    }

    /// The possessive ending of word token `i` as written, its apostrophe straight: "'s", or
    /// "'" alone after a plural ("Citizens' Movement", "St James' Park").
    private func possessiveEnding(_ i: Int) -> String {
        var k = Int(tokens[i].end)
        if k < bytes.count && bytes[k] == 0x27 { k += 1 } else if k + 2 < bytes.count && bytes[k] == 0xE2 { k += 3 } else { return "'s" }
        return k < bytes.count && (bytes[k] == 0x73 || bytes[k] == 0x53) ? "'s" : "'"
    }

    /// The word just before token `i`, over one full stop between ("Mr." and "St." before a
    /// name), or nil.
    func wordBefore(_ i: Int) -> Int? {
        var k = i - 1
        if isMark(k, 0x2E) { k -= 1 }
        return isWord(k) ? k : nil
    }

    /// Whether token `i` is the full stop of an abbreviation or an initial.
    private func isAbbreviationStop(_ i: Int) -> Bool {
        i < tokens.count && tokens[i].kind == .punctuation && tokens[i].mark == 0x2E && tokens[i].has(.abbreviation)
    }

    /// Suffixes of a person's name written with a full stop.
    private static let nameSuffixes: WordHashSet = WordHashSet(["Jr", "Sr"].map(HashedWordTable.hash))

    /// The number of bytes tokens `first...last` span: how full a written name is.
    func byteLength(_ first: Int, _ last: Int) -> Int { Int(tokens[last].end - tokens[first].start) }
}
