import Foundation

/// A byline that names a news agency or a newsroom's desk and no reporter: "By AFP", "PTI |
/// Updated: March 9, 2025 23:41 IST", "Agence France-Presse" or "AFP" alone over the date,
/// "Staff Reporter" under the headline, "Reuters | AFP" for two. The agencies or the desk wrote
/// the story, so they are the authors a reader sees, as written. A credit at the story's end
/// ("- AFP", "(With inputs from PTI)") or beside a reporter ("Chloe Vandenberg with AAP") is no
/// such byline, nor is an agency with the city it filed from ("Reuters  VIENNA"), which names
/// the dateline.
enum NamelessByline {
    /// News agencies, lower case, by their short and full names.
    static let names: Set<String> = [
        "afp", "agence france-presse", "agence france presse", "ap", "associated press", "the associated press",
        "reuters", "pti", "press trust of india", "ians", "ani", "uni", "aap", "australian associated press",
        "pa", "pa media", "press association", "the canadian press", "dpa", "efe", "ansa", "xinhua", "kyodo",
        "yonhap", "bernama", "antara", "nan", "news agency of nigeria", "kna", "kenya news agency", "app",
        "associated press of pakistan", "apa", "anadolu", "anadolu agency", "tass", "sapa", "ips", "bloomberg",
    ]

    /// The agencies' acronyms, lower case ("pa", "afp"), kept in capitals among other words.
    private static let acronyms: Set<String> = names.filter { !$0.contains(" ") && $0.count <= 4 }

    /// A newsroom's bylines that name no one, lower case.
    static let desks: Set<String> = [
        "staff reporter", "staff writer", "staff correspondent", "our correspondent", "our reporter", "special correspondent",
        "our bureau", "news desk", "web desk", "online desk", "city desk", "editors desk", "editorial board", "the editorial board",
    ]

    /// The agencies or desk one of `front`'s lines names as its byline, or nil. `datelines` says which lines
    /// hold the date; agencies alone on their line count only beside the date or the headline.
    static func find(in front: [String], title: String?, datelines: [Bool]) -> [String]? {
        let titleIndex = title.flatMap { front.firstIndex(of: $0) }
        for (i, line) in front.enumerated() where line != title && line.utf8.count <= 80 {
            if let name = afterBy(line) { return name }
            // "PTI | Updated: March 9, 2025 23:41 IST": the agency, then the date.
            if datelines[i], let bar = line.firstIndex(where: { $0 == "|" || $0 == "·" }) {
                let head = line[..<bar].trimmingCharacters(in: .whitespaces)
                if names.contains(head.lowercased()) { return [displayed(head)] }
                continue
            }
            // "AFP" / "Tuesday, 10 June 2025": alone, beside the date or under the headline.
            // ("Reuters" / "Staff" / "Toronto" / "Published May 8, 2025": or one of the two lines under the headline.)
            let beside = (i > 0 && datelines[i - 1]) || (i + 1 < front.count && datelines[i + 1]) || titleIndex.map({ (1...2).contains(i - $0) }) == true
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard beside else { continue }
            if desks.contains(trimmed.lowercased()) { return [displayed(trimmed)] }
            if let agencies = agencies(trimmed) { return agencies }
        }
        return nil
    }

    /// `name` as written, or in title case when the page shouts it ("THE CANADIAN PRESS" →
    /// "The Canadian Press", "REUTERS" → "Reuters"); an acronym of four letters or fewer alone, or an
    /// agency's among other words, stays ("AFP", "PA Media").
    static func displayed(_ name: String) -> String {
        guard !name.contains(where: \.isLowercase), name.contains(" ") || name.count > 4 else { return name }
        let small: Set<String> = ["of", "the", "and", "for", "de"]
        return name.split(separator: " ").enumerated().map { index, word in
            let lower = word.lowercased()
            if index > 0 && small.contains(lower) { return lower }
            // ("PA MEDIA": an agency's acronym stays; "OUR CORRESPONDENT" is "Our Correspondent".)
            if acronyms.contains(lower) { return String(word) }
            return lower.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }
                .joined(separator: "-")
        }.joined(separator: " ")
    }

    /// The agencies in "By AFP", "By Agence France-Presse" or "By Reuters and AFP", or nil.
    private static func afterBy(_ line: String) -> [String]? {
        guard line.utf8.count > 3, line.utf8.prefix(3).map(ASCIIByte.lower).elementsEqual("by ".utf8) else { return nil }
        return agencies(line.dropFirst(3).trimmingCharacters(in: .whitespaces))
    }

    /// The agencies `text` names, alone or joined by "|", "/", ",", "&" or "and" ("Reuters | AFP"),
    /// when it names nothing else; else nil.
    private static func agencies(_ text: String) -> [String]? {
        if names.contains(text.lowercased()) { return [displayed(text)] }
        let parts = text.replacingOccurrences(of: " and ", with: "|").split(whereSeparator: { "|/,&".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 2, parts.allSatisfy({ names.contains($0.lowercased()) }) else { return nil }
        return parts.map(displayed)
    }
}
