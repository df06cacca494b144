import Foundation

/// Collects the authors' names from the headline block: explicit bylines first, then a
/// name that shares its line with the dateline, or stands alone next to it.
enum AuthorFinder {
    /// The names, in order of appearance, without repeats.
    static func authors(front: [String], title: String?, datelines dates: [DateParser.Match?]? = nil) -> [String] {
        var names: [String] = []
        let datelines = (dates ?? PublicationDateFinder.datelines(front)).map { $0 != nil }
        if let split = splitByline(front) {
            names.append(contentsOf: BylineParser.explicitNames(in: split) ?? [])
        }
        // The job line under a name already taken ("Harriet Pemberton-Clarke" / "South-east Asia
        // Correspondent"): no one's name.
        var jobLine = -1
        for (i, line) in front.enumerated() where line != title && line.spaceSeparatedWordCount <= 20 && i != jobLine {
            // "… on June 17, 2025. PHOTO | DENNIS ONSONGO | NMG": a picture's credit names its photographer;
            // "Abc Small" / "Abc Medium" under "Font Size": the text-size buttons' samples.
            if Self.endsWithPictureCredit(line) || Self.isTextSizeSample(line) { continue }
            // "Follow Us | A- A+": the page's buttons beside the byline; "Reuters  VIENNA": the
            // agency and where it filed from, no one's name.
            if line.utf8.prefix(9).map(ASCIIByte.lower).elementsEqual("follow us".utf8) { continue }
            if let word = line.split(separator: " ").first, WireCredit.agencies.contains(word.lowercased()), line.spaceSeparatedWordCount <= 4,
               !line.contains(",") { continue }
            // "Daniel K. Ferreira" over "Contributor": a name above its job; or several names.
            if i + 1 < front.count, BylineParser.isRoleLine(front[i + 1]),
               let found = BylineParser.bareNames(in: line) ?? BylineParser.bareName(in: line).map({ [$0] }) {
                names.append(contentsOf: found)
                jobLine = i + 1
                continue
            }
            if let explicit = BylineParser.explicitNames(in: line) {
                names.append(contentsOf: explicit)
                // ("By COLLINS OMULO" over "Nairobi County Reporter": his job, no second name.)
                if i + 1 < front.count, BylineParser.isRoleLine(front[i + 1]) { jobLine = i + 1 }
                continue
            }
            // "Pippa Crerar Political editor and Dan Sabbagh Defence and security editor": each name with its job.
            if let found = JobBylineParser.names(in: line) {
                names.append(contentsOf: found)
                continue
            }
            // "Issue #214 · Written by Priya Natarajan and Daniel Osei · Feb 6, 2025": a byline among other parts.
            if let explicit = Self.separatedParts(of: line).lazy.compactMap(BylineParser.explicitNames(in:)).first {
                names.append(contentsOf: explicit)
                continue
            }
            if datelines[i], let after = BylineParser.namesAfterBy(in: line), !after.isEmpty {
                names.append(contentsOf: after)
                continue
            }
            // "Divya Ramaswamy" / "CHENNAI" / "Updated - March 05, 2024": a name, the reporter's
            // city, then the date.
            // ("Noémie Tremblay" / "MONTREAL" / "The Canadian Press" / "Published August 6, 2025": and the outlet.)
            // ("MARTY KLEINMAN" / "SPECIAL TO THE GLOBE AND MAIL" / "TORONTO" / "Published August 17, 2025": the credit first.)
            let cityBetween = (i + 2 < front.count && datelines[i + 2] && isPlaceLine(front[i + 1]))
                || (i + 3 < front.count && datelines[i + 3] && ((isPlaceLine(front[i + 1]) && isOutletCredit(front[i + 2]))
                                                                || (isOutletCredit(front[i + 1]) && isPlaceLine(front[i + 2]))))
            // "5 March 2024" / "Share" / "Save" / "Ifeoma Chukwu-Lawson": the page's buttons between do not count.
            let previous = neighbour(of: i, step: -1, in: front), next = neighbour(of: i, step: 1, in: front)
            let besideDate = previous.map { datelines[$0] } ?? false || next.map { datelines[$0] } ?? false || cityBetween
            // "Salem Courier-Journal" between the names and the date: the outlet, no author.
            if besideDate && BylineParser.isOutletName(line.split(separator: " ")) && !LineFeatures(line).endsTerminal { continue }
            // "Ngaio Parata-Walsh" / "Ngaio Parata-Walsh is a Wellington-based environment reporter
            // for Stuff." / "May 12 2025": the author's biography beside the date names the author.
            if besideDate, let name = ArticleLayout.biographyAuthor(in: line) {
                names.append(name)
                continue
            }
            // "The Canadian Press · Jessica Tremblay-Ng ·" over the date: the outlet, then the reporter.
            if besideDate, let found = namesBesideOutlet(line) {
                names.append(contentsOf: found)
                continue
            }
            if besideDate, let several = BylineParser.bareNames(in: line) {
                names.append(contentsOf: coAuthor(before: i, in: front) + several)
            } else if datelines[i] || besideDate, let name = BylineParser.bareName(in: line) {
                names.append(contentsOf: coAuthor(before: i, in: front) + [name])
            }
        }
        if names.isEmpty, let title, let t = front.firstIndex(of: title) {
            names = undatedByline(front, afterTitle: t)
        }
        var seen = Set<String>()
        return names.map(withoutJob).filter { seen.insert($0.lowercased()).inserted }
    }

    /// The name over an "&" or "and" alone on the line above line `i` ("Brian Otieno" / "&" /
    /// "Fatuma Hassan"): the first of two reporters, the second named beside the date.
    static func coAuthor(before i: Int, in front: [String]) -> [String] {
        guard i >= 2, front[i - 1] == "&" || front[i - 1].lowercased() == "and", let name = BylineParser.bareName(in: front[i - 2]) else { return [] }
        return [name]
    }

    /// Whether the line ends with a picture's credit set off by bars ("… PHOTO | DENNIS ONSONGO | NMG").
    static func endsWithPictureCredit(_ line: String) -> Bool {
        let parts = line.split(separator: "|")
        return parts.count >= 2 && parts.dropLast().contains { part in
            part.split(separator: " ").last.map { ["photo", "photos", "picture", "image", "video", "file"].contains($0.lowercased()) } ?? false
        }
    }

    /// Whether the line is a text-size button's sample ("Abc Small", "Aa Large").
    static func isTextSizeSample(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        return words.count == 2 && (words[0] == "Abc" || words[0] == "Aa")
            && ["small", "medium", "large", "larger", "normal", "default", "big", "x-large"].contains(words[1].lowercased())
    }

    /// A name without the job that a page's markup set right after it ("Brian Otieno Wafula
    /// Senior Business Reporter" from `…Wafula</a><span>Senior Business Reporter</span>`).
    static func withoutJob(_ name: String) -> String {
        guard name.spaceSeparatedWordCount >= 3 else { return name }
        let words = name.split(separator: " ")
        let roles = MetadataVocabulary.shared.roleWords
        for k in 2..<words.count {
            let word = words[k].lowercased()
            guard roles.contains(word) || ArticleLayout.journalistWords.contains(word), BylineParser.isRoleLine(words[k...].joined(separator: " ")) else { continue }
            // "Hannah Okafor Court Reporter": the beat before the job is the job's, when two words of the name remain.
            var cut = k
            while cut > 2, BylineParser.isOrdinaryWord(words[cut - 1]) { cut -= 1 }
            return words[..<cut].joined(separator: " ")
        }
        return name
    }

    /// A byline with no date beside it, in the lines right under the headline: names and the
    /// reporter's job (`Jane Doe | Staff Writer`, `Jane Doe, Political Reporter`), names and the
    /// outlet (`Jane Doe and John Roe, CNN`), or a lone name that opens with a known given name.
    static func undatedByline(_ front: [String], afterTitle t: Int) -> [String] {
        for line in front[(t + 1)..<min(front.count, t + 4)] {
            guard line.spaceSeparatedWordCount <= 12 else { continue }
            if let cut = lastSeparator(in: line) {
                let head = String(line[..<cut.lowerBound]), tail = String(line[cut.upperBound...])
                let tailWords = tail.split(separator: " ")
                guard BylineParser.isRoleLine(tail) || BylineParser.isOutletName(tailWords) else { continue }
                if let several = BylineParser.bareNames(in: head) { return several }
                if let name = BylineParser.bareName(in: head) { return [name] }
                continue
            }
            let words = line.split(separator: " ")
            if (2...3).contains(words.count), let name = BylineParser.bareName(in: line), name == line,
               EntityLexicon.shared.table.facts(HashedWordTable.hash(String(words[0]))).contains(.givenName) {
                return [name]
            }
        }
        return []
    }

    /// The reporters' names that share a row of parts with an outlet's name ("The Canadian
    /// Press · Jessica Tremblay-Ng ·", "Joanne Roe, Dennis Okafor · CBC News ·"), or nil.
    static func namesBesideOutlet(_ line: String) -> [String]? {
        let parts = separatedParts(of: line).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "·|• ")) }.filter { !$0.isEmpty }
        guard (2...3).contains(parts.count) else { return nil }
        let isOutlet = { (part: String) in BylineParser.isOutletName(part.split(separator: " ")) }
        guard parts.contains(where: isOutlet) else { return nil }
        let found = parts.filter { !isOutlet($0) }.compactMap { BylineParser.bareNames(in: $0) ?? BylineParser.bareName(in: $0).map { [$0] } }
        return found.count == 1 ? found[0] : nil
    }

    /// The parts of a line that ` · `, ` | ` or ` • ` separate, when there are several.
    static func separatedParts(of line: String) -> [String] {
        guard line.containsBytes(of: " · ") || line.containsBytes(of: " | ") || line.containsBytes(of: " • ") else { return [] }
        return line.components(separatedBy: " · ").flatMap { $0.components(separatedBy: " | ") }
            .flatMap { $0.components(separatedBy: " • ") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The last `, ` or ` | ` of a line, which parts names from a job or an outlet.
    private static func lastSeparator(in line: String) -> Range<String.Index>? {
        [line.range(of: " | ", options: .backwards), line.range(of: ", ", options: .backwards)]
            .compactMap { $0 }.max { $0.lowerBound < $1.lowerBound }
    }

    /// The line before (`step` -1) or after (+1) line `i`, passing over lines of page buttons
    /// ("Share", "Save"); nil at either end.
    static func neighbour(of i: Int, step: Int, in front: [String]) -> Int? {
        var k = i + step
        while k >= 0 && k < front.count {
            let words = front[k].split(separator: " ")
            guard !words.isEmpty, words.count <= 3,
                  words.allSatisfy({ BylineParser.pageControlWords.contains($0.lowercased()) }) || isReadingTime(words) else { return k }
            k += step
        }
        return nil
    }

    /// Whether `words` tell how long the story takes to read ("5 minute read", "3 min read").
    private static func isReadingTime(_ words: [Substring]) -> Bool {
        guard words.count == 3, words[0].allSatisfy(\.isNumber), words[2].lowercased() == "read" else { return false }
        return ["min", "mins", "minute", "minutes"].contains(words[1].lowercased())
    }

    /// Whether a line names the outlet a reporter writes for ("The Canadian Press", "SPECIAL TO
    /// THE GLOBE AND MAIL").
    static func isOutletCredit(_ line: String) -> Bool {
        if line.utf8.count <= 60, line.lowercased().hasPrefix("special to ") { return true }
        return BylineParser.isOutletName(line.split(separator: " "))
    }

    /// Whether a line is only a place's name, as a reporter's city stands between the name and
    /// the date: one to three capitalized words, no digits, no sentence.
    static func isPlaceLine(_ line: String) -> Bool {
        // "KOZHIKODE:": the city as a dateline writes it.
        let line = line.hasSuffix(":") ? String(line.dropLast()) : line
        let tokens = line.split(separator: " ")
        return (1...3).contains(tokens.count) && line.utf8.count <= 30
            && tokens.allSatisfy { BylineParser.startsUpper($0) && !$0.contains(where: { $0.isNumber || $0 == ":" || $0 == "." }) }
    }

    /// A byline a page scraped one link per line (`By` / `Jane Doe` / `and` / `John Roe`), joined
    /// into one line, or nil when the front matter has no line that is only `By`.
    static func splitByline(_ front: [String]) -> String? {
        guard let by = front.firstIndex(where: { $0 == "By" || $0 == "by" || $0 == "By:" }), by + 1 < front.count else { return nil }
        var parts = ["By"]
        var k = by + 1
        while k < front.count, parts.count < 9 {
            let line = front[k]
            let tokens = line.split(separator: " ")
            let joiners: Set<Substring> = ["and", "&", ","]
            guard (1...6).contains(tokens.count), tokens.contains(where: { !joiners.contains($0) }) || tokens.count == 1,
                  tokens.allSatisfy({ joiners.contains($0) || BylineParser.startsUpper($0) }) else { break }
            parts.append(line)
            k += 1
        }
        return parts.count > 1 ? parts.joined(separator: " ") : nil
    }

    /// The name closing a tagline after ", by " ("A weekly newsletter on football, by Jamie
    /// Fletcher"), or nil.
    static func taglineAuthor(_ line: String) -> String? {
        guard line.utf8.count <= 200, let r = line.range(of: ", by ", options: .backwards) else { return nil }
        let rest = line[r.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " .*_"))
        guard (2...3).contains(rest.spaceSeparatedWordCount) else { return nil }
        return BylineParser.bareName(in: rest)
    }

    /// The authors of the byline an HTML page marks up (`HTMLByline`), given as its lines: the
    /// names of the first line that reads as a byline or as names alone; none if no line does.
    static func markedUpAuthors(_ lines: [String]) -> [String] {
        for line in lines {
            if let names = BylineParser.explicitNames(in: line), !names.isEmpty { return names }
            if let names = BylineParser.bareNames(in: line) { return names }
            if let name = BylineParser.bareName(in: line) { return [name] }
        }
        return []
    }

    /// Credits that name the reporters who wrote a wire story.
    static let reportingCredits: [String] = ["reporting by ", "reported by ", "writing by ", "written by "]

    /// The reporters a wire story credits at its end (`(Reporting by Jane Doe in Accra; Writing by
    /// John Roe; Editing by Ann Poe)` → Jane Doe, John Roe), without editors or additional reporting;
    /// or the author an opinion piece's closing biography names (`Jane Roe is a senior fellow at …`).
    static func creditedReporters(back: [String]) -> [String] {
        var names: [String] = []
        for line in back where line.spaceSeparatedWordCount <= 60 {
            // "Jane Roe is a senior fellow at the Brookings Institution.": an opinion piece's author.
            if let name = ArticleLayout.biographyAuthor(in: line) {
                names.append(name)
                continue
            }
            guard line.spaceSeparatedWordCount <= 40 else { continue }
            // "(Reporting by …)", "— Reporting by …; Editing by …"
            let trimmed = line.trimmingCharacters(in: CharacterSet(charactersIn: "()[] —–-"))
            for part in trimmed.split(separator: ";") {
                let text = part.trimmingCharacters(in: .whitespaces)
                let lower = text.lowercased()
                guard let credit = reportingCredits.first(where: { lower.hasPrefix($0) }) else { continue }
                names.append(contentsOf: BylineParser.explicitNames(in: "By " + text.dropFirst(credit.count)) ?? [])
            }
        }
        var seen = Set<String>()
        return names.map(withoutJob).filter { seen.insert($0.lowercased()).inserted }
    }
}
