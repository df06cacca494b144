/// Recognizes the wire dateline that opens an article's first paragraph, and takes it off:
/// `WASHINGTON (AP) —`, `LONDON, Oct 9 (Reuters) -`, `SALEM, Ore. —`, `(CNN) —`, `Washington (CNN) —`.
///
/// A dateline is not body text (the contract's `text` holds none), but it names the place the
/// story was filed from and the agency, which the extractor still reads. Only a place in
/// capitals, a place the lists know, or any place followed by an agency in parentheses, counts,
/// and only before a capital: "Paris — the city…" stays a sentence.
enum WireDateline {
    /// Whether `paragraph` opens with a dateline: the first paragraph of a story, however short it is.
    static func opens(_ paragraph: String) -> Bool { split(paragraph) != nil }

    /// The dateline opening `paragraph` (without its dash) and the body after it, or nil.
    static func split(_ paragraph: String) -> (dateline: String, body: String)? {
        if let wire = releaseSplit(paragraph) { return wire }
        if let placed = colonSplit(paragraph) { return placed }
        guard let first = paragraph.utf8.first, first == 0x28 || ASCIIByte.isUpper(first) || first >= 0xC3 else { return nil }
        let tokens = paragraph.prefix(160).split(separator: " ", maxSplits: 14, omittingEmptySubsequences: false)
        var i = 0
        var capitals = 0
        // The place: words in capitals ("SAN FRANCISCO,"), or capitalized words before an agency.
        while i < min(tokens.count, 6), let letters = shoutedLetters(tokens[i]) {
            capitals += letters
            i += 1
            // "SYDNEY and JOHANNESBURG,": two places.
            if i + 1 < tokens.count, tokens[i] == "and", shoutedLetters(tokens[i + 1]) != nil { i += 1 }
        }
        // "US — China talks": two capitals are an acronym, not a place.
        let shouted = capitals >= 3
        if !shouted {
            // (A comma ends the place: "New Delhi, Sep 23 (PTI)".)
            while i < min(tokens.count, 3), startsUpper(tokens[i]), !tokens[i].hasPrefix("(") {
                i += 1
                if tokens[i - 1].hasSuffix(",") { break }
            }
        }
        // Where and when, after a comma: "Ore.", "Calif.", "Philippines", "Oct 9", "June 12, 2024".
        if i > 0, tokens[i - 1].hasSuffix(",") {
            var extra = 0
            while i < tokens.count, extra < 4, startsUpper(tokens[i]) || tokens[i].first?.isNumber == true,
                  !tokens[i].hasPrefix("("), tokens[i].count <= 14 {
                i += 1
                extra += 1
            }
        }
        // The agency: "(AP)", "(Reuters)", "(Business Wire)", "/PRNewswire/".
        var agency = false
        if i < tokens.count, tokens[i].count > 1, tokens[i].hasPrefix("/"),
           let close = tokens[i..<min(tokens.count, i + 3)].firstIndex(where: { $0.hasSuffix("/") && $0.count > 1 }) {
            // "/PRNewswire/", "/NewsWire Global/".
            agency = true
            i = close + 1
        } else if i < tokens.count, tokens[i].hasPrefix("(") {
            // "Varnita (Moldova) (AFP) –": the country in brackets, then the agency.
            for _ in 0..<2 where i < tokens.count && tokens[i].hasPrefix("(") {
                var k = i
                while k < min(tokens.count, i + 3), !tokens[k].hasSuffix(")") { k += 1 }
                // ("JOHANNESBURG (miningweekly.com) –": or the site's address.)
                guard k < tokens.count, tokens[k].hasSuffix(")"), startsUpper(tokens[i].dropFirst()) || (k == i && isAddress(tokens[i])) else { return nil }
                agency = true
                i = k + 1
            }
        }
        // "Istanbul, Turkiye –", "Stellenbosch —": a place the lists know, written in mixed case,
        // alone or with its country after a comma, before a spaced dash and a capital ("Paris —
        // the city of light — was quiet" stays a sentence).
        let placed = !shouted && !agency && i > 0 && i <= 4
            && (knownPlaces(tokens[..<i]) || knownPlace(tokens[..<i]))
        // "New Delhi, Sep 23 (PTI) The Centre …": India's agencies write no dash after their name.
        let undashed = agency && i > 0 && i < tokens.count - 1 && Self.undashedAgencies.contains(String(tokens[i - 1]))
            && startsUpper(tokens[i])
        // "NAIROBI, Kenya, Jan 26 ? The Court …": a dash lost as "?" after a place in capitals or an agency.
        let lostDash = tokens.indices.contains(i) && tokens[i] == "?" && (shouted || agency || placed)
        guard shouted || agency || placed, i < tokens.count - 1, dashes.contains(tokens[i]) || undashed || lostDash else { return nil }
        let dateline = tokens[..<i].joined(separator: " ")
        let rest = paragraph[tokens[undashed ? i : i + 1].startIndex...]
        guard let opening = rest.utf8.first, ASCIIByte.isUpper(opening) || opening >= 0x80 || opening == 0x22
            || (opening >= 0x30 && opening <= 0x39) || BrandCase.opens(rest) else { return nil }
        return (dateline, String(rest))
    }

    /// Agencies whose datelines run into the sentence without a dash.
    private static let undashedAgencies: Set<String> = ["(PTI)", "(IANS)", "(ANI)", "(UNI)"]

    /// Labels that open a lead in capitals and a colon, and may be repeated after it ("WATCH: Watch the moment …").
    private static let leadLabels: Set<String> = ["watch", "video", "update", "updated", "breaking", "exclusive", "photos", "live",
                                                  "opinion", "analysis", "police", "listen", "read", "explainer", "review"]

    /// A dateline of a known place and a colon, as Gulf and Indian papers write it: `Dubai: The
    /// Central Bank…`, `ABU DHABI:`, `New Delhi:`.
    private static func colonSplit(_ paragraph: String) -> (dateline: String, body: String)? {
        guard let colon = paragraph.utf8.prefix(30).firstIndex(of: 0x3A) else { return nil }
        let head = paragraph[..<colon]
        let words = head.split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ startsUpper($0) }) else { return nil }
        let rest = paragraph[paragraph.utf8.index(after: colon)...].drop { $0 == " " }
        guard let opening = rest.utf8.first, ASCIIByte.isUpper(opening) || opening == 0x22, rest.utf8.count >= 40 else { return nil }
        let name = String(head)
        let titled = words.map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
        let lexicon = EntityLexicon.shared
        // "NARRANDERA: Narrandera Shire Council has voted …": a place in capitals that the
        // sentence after it names again, though no list knows it.
        let shouted = !name.utf8.contains(where: ASCIIByte.isLower) && name.utf8.count >= 4 && rest.hasPrefix(titled + " ")
            && !Self.leadLabels.contains(titled.lowercased())
        // "Jakarta/New Delhi:": two places the story was filed from.
        let places = name.split(separator: "/")
        let known = places.count > 1 ? places.allSatisfy { lexicon.isPlace(named: String($0)) } : (lexicon.isPlace(named: name) || lexicon.isPlace(named: titled))
        // "PANAJI: Hotel bookings in North Goa …": one word in capitals that no list knows at all
        // (no ordinary word, no body: not "UPDATE:", not "NASA:"), opening the story, is the town
        // it was filed from.
        let townInCapitals = words.count == 1 && name.utf8.count >= 4 && name.utf8.allSatisfy(ASCIIByte.isUpper) && !Self.leadLabels.contains(titled.lowercased())
            && name.utf8.filter({ [0x41, 0x45, 0x49, 0x4F, 0x55].contains($0) }).count >= 2  // a word, not initials ("KMPDU")
            && lexicon.table.facts(HashedWordTable.hash(titled.lowercased())).isDisjoint(with: [.common, .nonEntity])
            && lexicon.table.value(HashedWordTable.hash(titled)) == nil && lexicon.table.value(HashedWordTable.hash(name)) == nil
        guard shouted || known || townInCapitals else { return nil }
        return (name, String(rest))
    }

    /// A press release's dateline written without spaces, `SAN JOSE, Calif.--(BUSINESS WIRE)--Northvale…`:
    /// a place in capitals, then the wire's credit between double hyphens.
    private static func releaseSplit(_ paragraph: String) -> (dateline: String, body: String)? {
        let head = paragraph.prefix(120)
        guard let open = head.range(of: "--("), let close = head[open.upperBound...].range(of: ")--"),
              let place = head[..<open.lowerBound].split(separator: " ").first, shoutedLetters(place.trimmingCharacters(in: .punctuationCharacters)[...]) != nil
        else { return nil }
        let body = paragraph[close.upperBound...].drop { $0 == " " }
        guard let opening = body.first, opening.isUppercase || opening.isNumber else { return nil }
        return (String(paragraph[..<close.lowerBound]) + ")", String(body))
    }

    /// Whether `words` are a place the lists know, a comma and its country or region.
    private static func knownPlaces(_ words: ArraySlice<Substring>) -> Bool {
        let parts = words.joined(separator: " ").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { return false }
        return parts.allSatisfy { !$0.isEmpty && EntityLexicon.shared.isPlace(named: $0) }
    }

    /// Whether `words` are one place the lists know, in mixed case ("Stellenbosch", "Port
    /// Elizabeth"; "US — China talks" is no dateline), with no comma after it.
    private static func knownPlace(_ words: ArraySlice<Substring>) -> Bool {
        guard let last = words.last, !last.hasSuffix(","), words.contains(where: { $0.contains(where: \.isLowercase) }) else { return false }
        return EntityLexicon.shared.isPlace(named: words.joined(separator: " "))
    }

    /// Dashes that end a dateline.
    private static let dashes: Set<Substring> = ["—", "–", "-", "--", "---"]

    /// The capital letters of `word` if it is written in capitals ("LONDON", "SÃO", "N.Y.,"), or nil.
    private static func shoutedLetters(_ word: Substring) -> Int? {
        var letters = 0
        for scalar in word.unicodeScalars {
            if scalar.properties.isLowercase { return nil }
            if scalar.properties.isUppercase { letters += 1 }
        }
        return letters >= 2 || (letters == 1 && word.count <= 3 && word.hasSuffix(".")) ? letters : nil
    }

    /// Whether `word` is a site's address in brackets, "(miningweekly.com)".
    private static func isAddress(_ word: Substring) -> Bool {
        let inner = word.utf8.dropFirst().dropLast()
        guard inner.count >= 4, let dot = inner.lastIndex(of: 0x2E), inner.distance(from: dot, to: inner.endIndex) >= 3 else { return false }
        return inner.allSatisfy { ASCIIByte.isLower($0) || ASCIIByte.isDigit($0) || $0 == 0x2E || $0 == 0x2D }
    }

    /// Whether `word` starts with a capital letter.
    private static func startsUpper(_ word: Substring) -> Bool { word.first?.isUppercase == true }
}
