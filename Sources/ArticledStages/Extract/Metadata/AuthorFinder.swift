import Foundation

/// Collects the authors' names from the headline block: explicit bylines first, then a
/// name that shares its line with the dateline, or stands alone next to it.
enum AuthorFinder {
    /// The names, in order of appearance, without repeats.
    static func authors(front: [String], title: String?, datelines dates: [DateParser.Match?]? = nil) -> [String] {
        var names: [String] = []
        let datelines = (dates ?? PublicationDateFinder.datelines(front)).map { $0 != nil }
        for (i, line) in front.enumerated() where line != title && line.spaceSeparatedWordCount <= 20 {
            if let explicit = BylineParser.explicitNames(in: line) {
                names.append(contentsOf: explicit)
                continue
            }
            if datelines[i], let after = BylineParser.namesAfterBy(in: line), !after.isEmpty {
                names.append(contentsOf: after)
                continue
            }
            let besideDate = (i > 0 && datelines[i - 1]) || (i + 1 < front.count && datelines[i + 1])
            if datelines[i] || besideDate, let name = BylineParser.bareName(in: line) {
                names.append(name)
            }
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0.lowercased()).inserted }
    }

    /// Credits that name the reporters who wrote a wire story.
    static let reportingCredits: [String] = ["reporting by ", "reported by ", "writing by ", "written by "]

    /// The reporters a wire story credits at its end (`(Reporting by Jane Doe in Accra; Writing by
    /// John Roe; Editing by Ann Poe)` → Jane Doe, John Roe), without editors or additional reporting.
    static func creditedReporters(back: [String]) -> [String] {
        var names: [String] = []
        for line in back where line.spaceSeparatedWordCount <= 40 {
            let trimmed = line.trimmingCharacters(in: CharacterSet(charactersIn: "()[] "))
            for part in trimmed.split(separator: ";") {
                let text = part.trimmingCharacters(in: .whitespaces)
                let lower = text.lowercased()
                guard let credit = reportingCredits.first(where: { lower.hasPrefix($0) }) else { continue }
                names.append(contentsOf: BylineParser.explicitNames(in: "By " + text.dropFirst(credit.count)) ?? [])
            }
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0.lowercased()).inserted }
    }
}
