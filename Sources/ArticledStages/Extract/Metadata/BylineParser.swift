/// Reads author names from a byline: `By Jane Doe and John Roe`, `Author: Jane Doe`,
/// `Jane Doe 19 May 2024`, or a line holding only a name next to the dateline.
///
/// Names only: labels, roles (`Senior Correspondent`), places (`in Kyiv`) and dates are cut.
/// A part the site explicitly labels as its author is kept as declared; a bare line is
/// taken as a name only if it looks like a person's name (2–4 capitalized words, no job words).
enum BylineParser {
    /// Titles before a name, which are not part of it.
    static let honorifics: Set<String> = ["dr", "dr.", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame"]

    /// News agencies that write stories, lower case, which a byline may name beside its reporters
    /// ("By AFP and Nation Reporter"); not a picture agency ("Getty") or a pool.
    static let authorAgencies: Set<String> = ["afp", "ap", "reuters", "pti", "ians", "ani", "aap", "uni", "xinhua", "dpa", "efe",
                                              "ansa", "bloomberg", "kyodo", "yonhap", "bernama", "nan", "kna", "apa", "tass"]

    /// Words that introduce a byline when followed by a colon.
    static let authorLabels: Set<String> = ["author", "authors", "by", "byline", "writer", "writers", "reporter", "reporters", "words"]

    /// The names of an explicit byline (`By …`, `Author: …`, `Written by …`), or nil if `line` is none.
    static func explicitNames(in line: String) -> [String]? {
        // "/ By entertainment reporter Kirsty Yeoh-Whitfield": a separator left of the byline.
        if line.hasPrefix("/ ") || line.hasPrefix("| ") { return explicitNames(in: String(line.dropFirst(2))) }
        // "Author of the article: Marc-André Thibodeau" (Postmedia's pages).
        if line.hasPrefix("Author of the article: ") { return explicitNames(in: "By " + line.dropFirst(23)) }
        // "ABC Rural / By Bridget Hollis and Tom Karatzas": the desk's name left of it.
        if line.containsBytes(of: " By "), let r = line.range(of: " / By ") ?? line.range(of: " | By "),
           line.distance(from: line.startIndex, to: r.lowerBound) <= 40 {
            let desk = line[..<r.lowerBound].split(separator: " ")
            if desk.count <= 4, desk.allSatisfy({ startsUpper($0) }) { return explicitNames(in: String(line[line.index(r.lowerBound, offsetBy: 3)...])) }
        }
        guard mayBeByline(line) else { return nil }
        let tokens = ungluedWords(line)
        guard let first = tokens.first else { return nil }
        var start: Int?
        let firstLower = first.lowercased()
        // "By Europe correspondent Hamish Trelawney": a beat's name and the job in small letters.
        if firstLower == "by", tokens.count > 3, let role = (2..<min(tokens.count - 1, 4)).first(where: { r in
            tokens[r].first?.isLowercase == true && MetadataVocabulary.shared.roleWords.contains(tokens[r].lowercased())
        }), tokens[1..<role].allSatisfy({ startsUpper($0) }), startsUpper(tokens[role + 1]) { start = role + 1 }
        else if firstLower == "by", tokens.count > 1, startsUpper(tokens[1]) { start = 1 }
        // "By political reporter Sarah Nguyen": the job in small letters before the name.
        else if firstLower == "by", let name = tokens.indices.dropFirst(2).prefix(4).first(where: { startsUpper(tokens[$0]) }),
                tokens[1..<name].allSatisfy({ $0.first?.isLowercase == true }),
                MetadataVocabulary.shared.roleWords.contains(tokens[name - 1].lowercased()) { start = name }
        else if first.hasSuffix(":"), authorLabels.contains(String(firstLower.dropLast())) { start = 1 }
        // "Words and photographs: Helen Carraway", "Text and pictures:".
        else if firstLower == "words" || firstLower == "text", tokens.count > 3, tokens[1] == "and", tokens[2].hasSuffix(":"),
                ["photographs", "photos", "pictures", "photography", "images"].contains(tokens[2].dropLast().lowercased()),
                startsUpper(tokens[3]) { start = 3 }
        else if firstLower == "author" || firstLower == "authors", tokens.count > 1, tokens.count <= 8, startsUpper(tokens[1]) { start = 1 }
        else if tokens.count > 2, ["by", "by:"].contains(tokens[1].lowercased()), ["written", "words", "reporting", "story", "text", "report", "posted", "interview", "analysis", "commentary", "reviewed", "compiled",
                                                                      "review", "column", "essay"].contains(firstLower),
                startsUpper(tokens[2]) { start = 2 }
        else if tokens.count > 3, tokens[2].lowercased() == "by", firstLower == "live",
                ["coverage", "blog", "updates", "reporting"].contains(tokens[1].lowercased()), startsUpper(tokens[3]) { start = 3 }  // "Live coverage by Jane Doe"
        guard let start, start < tokens.count else { return nil }
        var value: [Substring] = []
        var bracketed = false
        for (offset, t) in tokens[start...].enumerated() {
            // "By Jane Doe (@janedoe) and John Roe (Reuters)": what a bracket adds is no name; the
            // names go on after it only with "and", "&" or a comma ("By Jane Doe (AP) Published Monday" ends).
            if bracketed || (t.hasPrefix("(") && !value.isEmpty) {
                bracketed = !t.hasSuffix(")") && !t.hasSuffix("),")
                if !bracketed {
                    let next = start + offset + 1
                    guard t.hasSuffix("),") || (next < tokens.count && ["and", "&", "And", "AND"].contains(tokens[next])) else { break }
                    // ("By Jane Doe (AP), John Roe": the comma after the bracket parts the names.)
                    if t.hasSuffix("),"), let last = value.popLast() { value.append(Substring(String(last) + ",")) }
                }
                continue
            }
            if t.hasSuffix(":") && startsUpper(t) && !value.isEmpty { break }  // next label: "Source:"
            if t == "|" || t == "•" || t == "·" || t == "—" || t == "–" || t == "-" { break }
            if t.contains(where: \.isNumber) { break }
            if t == "The" && value.count >= 2 { break }  // "By Nadia Kowalczyk The Canadian Press": the outlet after the name
            // "Words by Jane Doe. Photography by John Roe": a full stop after a word (not an initial,
            // nor initials: "Francis T.J. Ochoa") ends the names.
            // (Initials only after a given name alone: "Mary Smith U.S. News" ends at "U.S".)
            if t.hasSuffix("."), t.count > 3, !value.isEmpty, !(value.count == 1 && isInitials(t)) { value.append(t.dropLast()); break }
            value.append(t)
        }
        var names: [String] = []
        // Without "and", a part after a comma may be the author's outlet ("Story by Marcus Bell,
        // Green Country Now"): it counts as a second author only if it opens with a given name.
        let commaParts = !value.contains { $0 == "and" || $0 == "&" || $0 == "And" || $0 == "AND" || $0 == "with" }
        for (index, part) in splitNames(value).enumerated() {
            var part = part
            while let first = part.first, honorifics.contains(first.lowercased()) { part = part.dropFirst() }  // "Dr. Anil Kapoor"
            // "… and technology reporter Ravi Jayasuriya": the next one's job in small letters before the name.
            if index > 0, let name = part.firstIndex(where: { startsUpper($0) }), name > part.startIndex, name - part.startIndex <= 3,
               part[part.startIndex..<name].allSatisfy({ $0.first?.isLowercase == true }),
               MetadataVocabulary.shared.roleWords.contains(part[name - 1].lowercased()) {
                part = part[name...]
            }
            // "By Hilary Burns and Mike Damiano Globe Staff", "… Globe Staff,Updated March 3": the outlet's staff after the last name.
            // The name keeps two words, three when its second is a given name, an initial or a particle
            // ("Mary Ann Evans Staff Writer"); what follows, up to "Staff", is the outlet's ("Boston Globe").
            if let staff = part.firstIndex(where: { $0.lowercased() == "staff" || $0.lowercased().hasPrefix("staff,") }),
               staff - part.startIndex >= 3 {
                let second = part[part.startIndex + 1]
                let longer = isGivenName(String(second)) || (second.count <= 2 && second.first?.isUppercase == true)
                    || MetadataVocabulary.shared.nameParticles.contains(second.lowercased())
                part = part[..<min(staff, part.startIndex + (longer ? 3 : 2))]
            }
            let name = namePrefix(part[...])
            // "By AFP and Nation Reporter": an agency that wrote with the others is one of the authors,
            // as it is alone ("By AFP"); after a comma it is the writer's outlet ("By Jane Doe, Reuters").
            if !commaParts, name.count == 1, Self.authorAgencies.contains(name[0].lowercased()) {
                names.append(String(name[0]))
                continue
            }
            guard !name.isEmpty, name.first != "The", !isOutletName(name) else { continue }  // "…, The Washington Post"
            // ("… and Nation Reporter": a desk's byline, as it would be alone.)
            let desk = name.count == 2 && ["reporter", "desk"].contains(name[1].lowercased())
                && !MetadataVocabulary.shared.roleWords.contains(name[0].lowercased())
            if index > 0 && !desk && (name.count < 2 || name.contains { MetadataVocabulary.shared.roleWords.contains($0.lowercased()) }) { continue }
            // ("By: Jeannette I. Andrade, Delfin T. Mallari Jr.": a middle initial, which no outlet has, makes it a name.)
            if index > 0 && commaParts && !isGivenName(name[0])
                && !name.dropFirst().dropLast().contains(where: { $0.count == 2 && $0.last == "." && $0.first?.isUppercase == true }) { continue }
            // "By Chukwudi Eze, Abuja and Ibiyemi Briggs, Port Harcourt": where the second one files from.
            if index > 0 && name.count <= 3 && EntityLexicon.shared.isPlace(named: name.joined(separator: " ")) { continue }
            names.append(titleCased(name.joined(separator: " ")))
        }
        return names
    }

    /// The words of a byline whose page set its parts side by side with no space between them:
    /// "byNike Adebowale-Tambe", "By Nadia KowalczykThe Canadian Press".
    static func ungluedWords(_ line: String) -> [Substring] {
        var tokens = line.split(separator: " ")
        guard let first = tokens.first else { return tokens }
        if first.count > 3, first.hasPrefix("by") || first.hasPrefix("By"),
           first.dropFirst(2).first?.isUppercase == true, first.dropFirst(3).first?.isLowercase == true {
            tokens.replaceSubrange(0...0, with: [first.prefix(2), first.dropFirst(2)])
        }
        var k = 1
        while k < tokens.count {
            let t = tokens[k]
            if let r = t.range(of: "The"), r.lowerBound > t.startIndex, r.upperBound == t.endIndex,
               t[t.index(before: r.lowerBound)].isLowercase, k + 1 < tokens.count, startsUpper(tokens[k + 1]) {
                tokens.replaceSubrange(k...k, with: [t[..<r.lowerBound], t[r.lowerBound...]])
                k += 1
            } else if k + 1 < tokens.count, MetadataVocabulary.shared.roleWords.contains(tokens[k + 1].lowercased()),
                      let glue = gluedBeat(in: t) {
                // "ByHelen OkaforCrime Correspondent": the reporter's beat glued to the surname.
                tokens.replaceSubrange(k...k, with: [t[..<glue], t[glue...]])
                k += 1
            }
            k += 1
        }
        return tokens
    }

    /// Where a capital follows a small letter inside `word` after four letters at least
    /// ("OkaforCrime"), or nil; a name's own inner capital comes sooner ("McDonald", "MacKenzie").
    private static func gluedBeat(in word: Substring) -> Substring.Index? {
        var previousLower = false
        var count = 0
        for i in word.indices {
            let c = word[i]
            if c.isUppercase && previousLower && count >= 4 && !word.hasPrefix("Fitz") { return i }
            previousLower = c.isLowercase
            count += 1
        }
        return nil
    }

    /// A name written in capitals (`JANE DOE`, `O'NEILL-ROSS`) in title case (`Jane Doe`,
    /// `O'Neill-Ross`); a name with any small letter is returned as written.
    static func titleCased(_ name: String) -> String {
        guard name.contains(where: \.isLetter) else { return name }
        guard name.contains(where: \.isLowercase) else { return titleCasedWord(name[...]) }
        // "Elena ROSCA", "JESS McCLOUD": a surname in capitals beside words in small letters,
        // word by word (a short one, "DJ", stays).
        return name.split(separator: " ").map { word -> String in
            let letters = word.filter(\.isLetter)
            if letters.count >= 3, !word.contains(where: \.isLowercase) { return titleCasedWord(word) }
            for prefix in ["Mc", "Mac"] where word.hasPrefix(prefix) {
                let rest = word.dropFirst(prefix.count)
                if rest.filter(\.isLetter).count >= 2, !rest.contains(where: \.isLowercase) { return prefix + titleCasedWord(rest) }
            }
            return String(word)
        }.joined(separator: " ")
    }

    /// `word` with a capital at the start of each part and small letters after (`O'NEILL-ROSS` → `O'Neill-Ross`).
    private static func titleCasedWord(_ word: Substring) -> String {
        var out = ""
        var startOfWord = true
        var lettersBefore = 0
        for c in word {
            out += startOfWord ? String(c) : c.lowercased()
            // A capital after a hyphen, and after the apostrophe of "O'Neill" or "D'Souza", not
            // after the one that ends "Ndung'u".
            startOfWord = !c.isLetter && (c != "'" && c != "\u{2019}" || lettersBefore == 1)
            lettersBefore = c.isLetter ? lettersBefore + 1 : 0
        }
        return out
    }

    /// Cheap byte test before any splitting: the line starts with `by` or `author`, its first
    /// word ends with a colon, or its second or third word is `by` ("Story by", "Live coverage by").
    static func mayBeByline(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { whole in
            let bytes = UnsafeBufferPointer(rebasing: whole[..<min(whole.count, 40)])
            var words = SpaceSeparatedWords(bytes)
            guard let first = words.next() else { return false }
            /// Whether the word at `range` is `by` or `by:`.
            func isBy(_ range: Range<Int>) -> Bool {
                (range.count == 2 || (range.count == 3 && bytes[range.lowerBound + 2] == 0x3A))
                    && ASCIIByte.equalsFolded(UnsafeBufferPointer(rebasing: bytes[range.prefix(2)]), "by")
            }
            if first.count == 2 && isBy(first) { return true }
            // "byNike Adebowale-Tambe": the label glued to the name.
            if first.count > 3, bytes[first.lowerBound] | 0x20 == 0x62, bytes[first.lowerBound + 1] == 0x79,
               ASCIIByte.isUpper(bytes[first.lowerBound + 2]), ASCIIByte.isLower(bytes[first.lowerBound + 3]) { return true }
            if (first.count == 5 && ASCIIByte.equalsFolded(UnsafeBufferPointer(rebasing: bytes[first]), "words"))
                || (first.count == 4 && ASCIIByte.equalsFolded(UnsafeBufferPointer(rebasing: bytes[first]), "text")) { return true }
            if first.count == 6 || first.count == 7,
               ASCIIByte.equalsFolded(UnsafeBufferPointer(rebasing: bytes[first.prefix(6)]), "author") { return true }
            if bytes[first.upperBound - 1] == 0x3A { return true }
            // The second or third word.
            return words.prefix(2).contains(where: isBy)
        }
    }

    /// The outlet an explicit byline credits after its names (`By Jane Doe, CNN`), or nil.
    static func outlet(in line: String) -> String? {
        guard explicitNames(in: line) != nil else { return nil }
        let parts = line.split(whereSeparator: { $0 == "," || $0 == "|" }).dropFirst()
        for part in parts {
            let words = part.split(separator: " ").map { $0.trimmingPunctuation }
            // ("Globe Staff": a job at an outlet named in short, not its name.)
            let named = words.reversed().drop { PublisherFinder.staffWords.contains($0.lowercased()) }.count
            if named < words.count && named < 2 { continue }
            if isOutletName(words) { return words.joined(separator: " ") }
        }
        // "By Jane Doe | Reuters", "By Siobhán Kavanagh | The Oregonian/OregonLive": after a bar,
        // an organization the lists know, or a name opening with "The" (not a job: "| Staff Writer").
        for part in line.split(separator: "|").dropFirst() {
            let name = part.trimmingCharacters(in: .whitespaces)
            let words = name.split(separator: " ")
            guard (1...5).contains(words.count), words.allSatisfy({ startsUpper($0) }), !name.contains(where: \.isNumber),
                  !words.contains(where: { MetadataVocabulary.shared.roleWords.contains($0.lowercased()) }) else { continue }
            if words.first == "The" && words.count >= 2 { return name }
            if EntityLexicon.shared.organization(named: name) != nil { return name }
        }
        return nil
    }

    /// Whether the words read as an outlet's name: an acronym (`CNN`, `AFP`), or 1–5
    /// capitalized words one of which is an outlet word (`BBC News`, `The Kyiv Independent`).
    static func isOutletName<S: StringProtocol>(_ words: [S]) -> Bool {
        guard (1...5).contains(words.count) else { return false }
        if words.count == 1, let w = words.first, (2...6).contains(w.count), w.allSatisfy({ $0.isUppercase && $0.isLetter }) { return true }
        let vocabulary = MetadataVocabulary.shared
        guard words.allSatisfy({ ($0.first?.isUppercase ?? false) || $0 == "of" || $0 == "the" }) else { return false }
        return words.contains { vocabulary.isOutletWord($0) }
    }

    /// Words that end a building's name, never a person's, in small letters.
    private static let buildingWords: Set<String> = ["house", "buildings", "building", "chambers", "centre", "center", "square",
                                                     "street", "avenue", "road", "plaza", "towers", "palace"]

    /// The name of a line that holds a person's name, optionally followed by a date, a place
    /// or a job (`Alex Lantier`, `Alex Lantier 19 May 2024`, `Jane Doe Health correspondent`,
    /// `Jane Doe, Transport Editor`), or nil. A line opening with `The` names no person.
    static func bareName(in line: String) -> String? {
        guard line.utf8.count <= 90, let first = line.first, first.isUppercase else { return nil }
        var tokens = line.split(separator: " ")
        // An outlet ("The Northern Echo", "THE DUNMORE DAILY LEDGER"); an explicit byline ("BY JANE DOE").
        // ("An IndiGo Airbus A321neo at Mumbai airport.": a caption, which an article opens.)
        guard let opening = tokens.first?.lowercased(), opening != "the", opening != "by", opening != "a", opening != "an" else { return nil }
        // "FOR IMMEDIATE RELEASE": a press release's notice.
        guard opening != "for" else { return nil }
        // "Advertise With Us", "Subscribe Now": a page's link, which calls the reader to act.
        if ReaderPrompt.imperatives.contains(opening) || opening == "advertise" { return nil }
        // "Today's Paper", "Editor's Picks": a page's links; no one's name holds an owner's "'s".
        if tokens.contains(where: { $0.hasSuffix("'s") || $0.hasSuffix("\u{2019}s") }) { return nil }
        if tokens.first == "From" { tokens.removeFirst() }  // "From Jane Doe in Lagos"
        while tokens.count > 2, let first = tokens.first, honorifics.contains(first.lowercased()) { tokens.removeFirst() }  // "Dr Naomi Roe"
        // "Jane Doe | Reuters", "Jane Doe - Monday, March 4": the name before a separator.
        if let separator = tokens.firstIndex(where: { $0 == "|" || $0 == "•" || $0 == "·" || $0 == "—" || $0 == "–" || $0 == "-" || $0 == "/" }),
           separator >= 2 {
            tokens = Array(tokens[..<separator])
        }
        // "Jane Doe, Transport Editor": the name before the comma.
        // "Miriam Achterberg, Associate Professor of Soil Science, University of Saskatchewan": an academic's post.
        if let comma = tokens.firstIndex(where: { $0.hasSuffix(",") }), comma >= 1,
           tokens.count - comma <= 5 || tokens[(comma + 1)...].contains(where: { academicWords.contains($0.lowercased().trimmingCharacters(in: ",.;")) }) {
            tokens = Array(tokens[...comma])
        }
        if let digit = tokens.firstIndex(where: { $0.contains(where: \.isNumber) }) {
            // "Kyle Dombrowski, 29, was high on cannabis …": a person's age between commas, in a sentence.
            if digit >= 1, tokens[digit - 1].hasSuffix(","), tokens[digit].count <= 4, tokens[digit].hasSuffix(","),
               tokens[digit].dropLast().allSatisfy(\.isNumber), digit + 1 < tokens.count { return nil }
            // "Castlebridge Athletic 3 Ashford Rovers 1": a score between two sides, not a name and a date.
            if let last = tokens.last, last.allSatisfy(\.isNumber), tokens[digit].allSatisfy(\.isNumber), tokens.count - digit >= 3,
               tokens[(digit + 1)..<(tokens.count - 1)].allSatisfy({ startsUpper($0) && DateParser.month(Array($0.lowercased().utf8)) == nil }) {
                return nil
            }
            tokens = Array(tokens[..<digit])
            while let last = tokens.last, DateParser.month(Array(last.lowercased().utf8)) != nil || isWeekday(last) { tokens.removeLast() }
        }
        while let last = tokens.last, last == "|" || last == "-" || last == "—" || last == "•" { tokens.removeLast() }
        // "Shaun Walker in Moscow": a reporter's place after the name.
        if let place = tokens.firstIndex(where: { $0 == "in" || $0 == "at" }), place >= 2, place + 1 < tokens.count,
           tokens[(place + 1)...].allSatisfy({ startsUpper($0) }) {
            tokens = Array(tokens[..<place])
        }
        // "Hannah Colville Health correspondent": the reporter's job after the name.
        let roles = MetadataVocabulary.shared.roleWords
        let untrimmed = tokens.count
        while tokens.count > 2, let last = tokens.last, roles.contains(last.lowercased().trimmingCharacters(in: ",.;")) { tokens.removeLast() }
        // "Nompumelelo Dube Mining editor": the beat before the job; "Shivani Agarwal Bengaluru": the
        // reporter's city after the name.
        if tokens.count == 3, let last = tokens.last, !isGivenName(String(last)),
           EntityLexicon.shared.table.facts(HashedWordTable.hash(String(last))).isDisjoint(with: [.surnameWord, .familyFirst]),
           (tokens.count < untrimmed && isOrdinaryWord(last)) || EntityLexicon.shared.isPlace(named: String(last)) {
            tokens.removeLast()
        }
        // "Sohini Banerjee  New Delhi": the reporter's city of two words after the name.
        if tokens.count == 4, EntityLexicon.shared.isPlace(named: tokens[2...].joined(separator: " ")),
           !isGivenName(String(tokens[2])) { tokens.removeLast(2) }
        guard tokens.count >= 2, tokens.count <= 4 else { return nil }
        // "Parliament House", "Union Buildings": where the reporter filed from, a building's name.
        if let last = tokens.last, buildingWords.contains(last.lowercased()) { return nil }
        guard !tokens.contains(where: { $0.hasSuffix(":") }) else { return nil }  // a label: "Last Modified: …"
        // "X (Twitter)": a share button, not a name in brackets.
        guard !tokens.contains(where: { $0.hasPrefix("(") }) else { return nil }
        let name = namePrefix(tokens[...])
        guard name.count == tokens.count, name.filter({ startsUpper(Substring($0)) }).count >= 2 else { return nil }
        guard !name.contains(where: { MetadataVocabulary.shared.roleWords.contains($0.lowercased()) }) else { return nil }
        // "READ LATER", "Share Save": a page's buttons, not a person.
        guard !name.allSatisfy({ pageControlWords.contains($0.lowercased()) }) else { return nil }
        // "Halvorsen Marine AS", "Acme Holdings Ltd": a company, not a person.
        guard let last = name.last, !companySuffixes.contains(last) else { return nil }
        // "FENWICK COUNTY REGISTER Page A3": a masthead, not a person ("Emily Post" is one).
        guard name.count < 3 || !name.contains(where: { MetadataVocabulary.shared.outletWords.contains($0.lowercased()) }) else { return nil }
        let joined = name.joined(separator: " ")
        // "COUNCIL BACKS FERRY SUBSIDY": a headline in capitals, its words ordinary ones, not names.
        if !joined.contains(where: \.isLowercase) {
            let table = EntityLexicon.shared.table
            let ordinary = name.filter { word in
                let facts = table.facts(HashedWordTable.hash(word.lowercased()))
                return facts.contains(.common) && facts.isDisjoint(with: [.givenName, .surnameWord])
                    && table.facts(HashedWordTable.hash(titleCased(word))).isDisjoint(with: [.givenName, .surnameWord])
            }
            if ordinary.count >= 2 { return nil }
        }
        // "New Delhi" (or "NEW DELHI") beside a byline: the reporter's place, not a second reporter.
        guard !EntityLexicon.shared.isPlace(named: joined), !EntityLexicon.shared.isPlace(named: titleCased(joined)) else { return nil }
        // "ABC Far North", "BBC Wide Bay": a broadcaster's newsroom, its call letters before a region.
        if let head = name.first, head.count >= 3, head.allSatisfy({ $0.isUppercase }), !isGivenName(titleCased(head)),
           name.dropFirst().allSatisfy({ $0.first?.isUppercase == true && $0.dropFirst().allSatisfy { !$0.isUppercase } }) { return nil }
        return titleCased(joined)
    }

    /// Words of an academic's or expert's post after their name in a byline.
    static let academicWords: Set<String> = ["professor", "lecturer", "researcher", "fellow", "university", "institute", "college",
                                             "scientist", "candidate", "postdoctoral", "dean", "chair", "director"]

    /// Legal forms that end a company's name.
    static let companySuffixes: Set<String> = ["AS", "ASA", "AB", "AG", "GmbH", "Ltd", "Ltd.", "Inc", "Inc.", "LLC", "plc", "PLC",
                                               "SA", "S.A.", "NV", "N.V.", "BV", "B.V.", "SpA", "S.p.A.", "Oy", "Oyj", "Corp", "Corp.",
                                               "Co.", "Limited", "Holdings", "Group", "LLP", "LP", "KK", "Bhd", "Pty"]

    /// Words of a page's buttons and links, which a scrape leaves in the headline block.
    static let pageControlWords: Set<String> = [
        "read", "later", "share", "save", "saved", "print", "listen", "follow", "following", "subscribe", "comment", "via", "rate", "summary", "font", "size", "text",
        "comments", "email", "copy", "link", "bookmark", "gift", "more", "less", "like", "reply", "report", "close",
        "open", "view", "show", "hide", "article", "story", "audio", "video", "watch", "sign", "in", "up", "out",
    ]

    /// Whether the line names only a journalist's job (`Contributor`, `Senior Political Reporter`,
    /// `Rome correspondent`): 1–4 words ending with a job word (`cleanup-journalist-words.txt`),
    /// the others capitalized or desk words. A desk alone (`News`) is no job.
    static func isRoleLine(_ line: String) -> Bool {
        // Cheap tests first: short, and the last word as long as a job word (`editor` … `correspondent`).
        guard line.utf8.count <= 60, let lastSpace = line.utf8.lastIndex(of: 0x20) ?? line.utf8.indices.first,
              (6...16).contains(line.utf8.distance(from: lastSpace, to: line.utf8.endIndex)) else { return false }
        /// A journalist's job word, or its plural ("Commercial property reporters" under two names).
        let isJob = ArticleLayout.isJournalistWord
        let lastWord = line.split(separator: " ").last.map { $0.lowercased().trimmingCharacters(in: ",.;") } ?? ""
        guard isJob(lastWord) else { return false }  // cheap test first
        let words = line.split(separator: " ").map { $0.lowercased().trimmingCharacters(in: ",.;") }
        guard (1...4).contains(words.count), let last = words.last, isJob(last) else { return false }
        let roles = MetadataVocabulary.shared.roleWords
        // "Commercial property reporters": a beat in small letters after a capital, before a plural job.
        let plural = !ArticleLayout.journalistWords.contains(last)
        let parts = Array(line.split(separator: " "))
        return zip(parts, words).dropLast().enumerated().allSatisfy { k, pair in
            startsUpper(pair.0) || roles.contains(pair.1) || (plural && k > 0 && startsUpper(parts[0]))
        }
    }

    /// The names of a bare line naming several people (`Jane Doe & John Roe`), or nil unless
    /// every part between `and`, `&` and commas is a name.
    static func bareNames(in line: String) -> [String]? {
        var tokens = line.split(separator: " ")
        // "Jenny Tan and Ravi Menon (Reuters)": the agency they wrote for, after the names.
        if tokens.count >= 3, let last = tokens.last, last.hasPrefix("("), last.hasSuffix(")"),
           WireCredit.agencies.contains(last.dropFirst().dropLast().lowercased()) { tokens.removeLast() }
        guard tokens.count <= 12 else { return nil }
        // "Chloe Vandenberg with AAP": a reporter who wrote with a wire agency's copy.
        if let with = tokens.firstIndex(of: "with"), with >= 2, isOutletName(Array(tokens[(with + 1)...])),
           let name = bareName(in: tokens[..<with].joined(separator: " ")) {
            return [name]
        }
        let conjoined = tokens.contains(where: { $0 == "and" || $0 == "&" || $0 == "AND" })
        // "Maya Goldfarb-Oyelaran, Ben Kowalczyk": commas alone join names only when each
        // part opens with a known given name ("Jane Doe, New York" is a name and a place).
        guard conjoined || tokens.contains(where: { $0.hasSuffix(",") }) else { return nil }
        let parts = splitNames(tokens)
        guard parts.count >= 2 else { return nil }
        if !conjoined {
            // ("Priya Raman, Jean-François Lessard": one given name the lists know is enough when
            // every part is two or three capitalized words that no list calls a place, a job or an outlet.)
            let given = EntityLexicon.shared.table
            let known = parts.filter { part in part.first.map { given.facts(HashedWordTable.hash(String($0))).contains(.givenName) } ?? false }
            guard known.count == parts.count
                || (!known.isEmpty && parts.allSatisfy({ (2...3).contains($0.count) && $0.allSatisfy { startsUpper($0) } && !isOutletName(Array($0)) }))
            else { return nil }
        }
        let names = parts.compactMap { bareName(in: $0.joined(separator: " ")) }
        return names.count == parts.count ? names : nil
    }

    /// The names after a `by` inside a dateline (`Posted on March 3, 2022 by Maria Lopez`), or nil.
    static func namesAfterBy(in line: String) -> [String]? {
        let tokens = line.split(separator: " ")
        guard let by = tokens.firstIndex(where: { $0.lowercased() == "by" }), by > 0, by + 1 < tokens.count else { return nil }
        let rest = tokens[(by + 1)...].joined(separator: " ")
        return explicitNames(in: "By " + rest)
    }

    /// Byline words split into one part per person, at commas, `and`, `&` and `;`.
    private static func splitNames(_ tokens: [Substring]) -> [ArraySlice<Substring>] {
        var parts: [ArraySlice<Substring>] = []
        var current: [Substring] = []
        for t in tokens {
            // "Elena ROSCA with Andrei CIUBOTARU in Tiraspol": a co-reporter after "with".
            if t == "and" || t == "&" || t == "And" || t == "AND" || t == "with" { parts.append(current[...]); current = []; continue }
            if t.hasSuffix(",") || t.hasSuffix(";") {
                current.append(t.dropLast())
                parts.append(current[...]); current = []
                continue
            }
            current.append(t)
        }
        if !current.isEmpty { parts.append(current[...]) }
        return parts.filter { !$0.isEmpty }
    }

    /// The longest run of name-like words at the start of `tokens` (capitalized words, initials, particles).
    private static func namePrefix(_ tokens: ArraySlice<Substring>) -> [String] {
        var name: [String] = []
        for raw in tokens {
            var t = raw.trimmingPunctuation
            guard !t.isEmpty else { break }
            // "Tom?s", "N? Bhriain", "?ahin": letters lost to an earlier encoding stay in the name.
            let lostCapital = raw.first == "?" && raw.dropFirst().first?.isLowercase == true
            if lostCapital { t = raw[raw.startIndex..<t.endIndex] }
            if t.split(separator: "-").last.map({ $0.count <= 6 }) == true, raw[t.endIndex...].hasPrefix("?"), raw.first != "?" || lostCapital {
                t = raw[t.startIndex...raw.index(t.endIndex, offsetBy: 0)]
            }
            if (startsUpper(t) || lostCapital || isParticleCompound(t))
                && t.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." || $0 == "?" }) {
                name.append(String(t))
            } else if !name.isEmpty && MetadataVocabulary.shared.nameParticles.contains(String(t)) {
                name.append(String(t))
            } else {
                break
            }
        }
        while let last = name.last, !startsUpper(Substring(last)), last.first != "?", !isParticleCompound(Substring(last)) { name.removeLast() }
        return name
    }

    /// Whether `word` is an ordinary English word and no given name (`Court`, `Mining`): a
    /// reporter's beat when it stands before a job after the name.
    static func isOrdinaryWord(_ word: Substring) -> Bool {
        !isGivenName(String(word)) && EntityLexicon.shared.table.facts(HashedWordTable.hash(word.lowercased())).contains(.common)
    }

    /// Whether `word` is a known given name (`Marcus`, `Priya`), by the entity lexicon.
    static func isGivenName(_ word: String) -> Bool {
        EntityLexicon.shared.table.facts(HashedWordTable.hash(word)).contains(.givenName)
    }

    /// A particle joined to a capitalized name by a hyphen (`al-Rashid`, `el-Sisi`, `bin-Salman`).
    static func isParticleCompound(_ t: Substring) -> Bool {
        guard let dash = t.firstIndex(of: "-"), dash > t.startIndex, t.index(after: dash) < t.endIndex else { return false }
        return t[t.index(after: dash)].isUppercase && t[..<dash].allSatisfy(\.isLowercase) && t.distance(from: t.startIndex, to: dash) <= 3
    }

    /// Whether the word is initials, each a capital and its full stop ("T.J.", "J.R.R.").
    static func isInitials(_ t: Substring) -> Bool {
        let bytes = Array(t.utf8)
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return false }
        return stride(from: 0, to: bytes.count, by: 2).allSatisfy { ASCIIByte.isUpper(bytes[$0]) && bytes[$0 + 1] == 0x2E }
    }

    /// Whether the word starts with a capital letter.
    static func startsUpper(_ s: Substring) -> Bool { s.first?.isUppercase ?? false }

    /// Whether the word names a day of the week (`Mon`, `Monday,`).
    private static func isWeekday(_ s: Substring) -> Bool {
        let w = s.lowercased().trimmingCharacters(in: ",.")
        guard w.count >= 3 else { return false }
        return ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains { $0.hasPrefix(w) }
    }
}
