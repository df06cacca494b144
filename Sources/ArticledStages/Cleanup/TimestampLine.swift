/// Recognizes a line that only stamps a time, as live blogs set one above each entry
/// (`23:30 GMT`, `Posted at 23:10`, `10.32am`): no words of its own but a few labels.
enum TimestampLine {
    /// Labels such a line may hold besides the time, lower case.
    static let labels: Set<String> = ["posted", "updated", "at", "am", "pm", "a.m.", "p.m.", "gmt", "bst", "utc", "et", "edt", "est",
                                      "pt", "pdt", "pst", "cet", "cest", "ist", "-", "—", "|"]

    /// Whether the line is a clock time with at most three labels.
    static func matches(_ line: ArticleLine) -> Bool {
        let f = line.features
        guard f.words <= 4, f.digits >= 3, f.digits <= 4 else { return false }
        var clocks = 0
        for token in line.text.split(separator: " ") {
            if isClock(token) { clocks += 1; continue }
            guard labels.contains(token.lowercased().trimmingCharacters(in: [":", ","])) else { return false }
        }
        return clocks == 1
    }

    /// Month and weekday names, short and long, and the words a stamp sets around its dates
    /// ("on", "first", "published", "last"), lower case.
    private static let calendarWords: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "mon", "tue", "wed",
        "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "first",
        "published", "last",
    ]

    /// Whether the line is a page's stamp of when the article was posted and updated, only dates,
    /// times and their labels, however often repeated ("Posted 19 Jun 2025 19 Jun 2025 Thu 19 Jun
    /// 2025 at 3:45pm, updated 19 Jun 2025 …"): the page's, below or above the story.
    static func isDateStamp(_ line: ArticleLine) -> Bool {
        let f = line.features
        // (Cheap test first: the line opens with "P", "U" or "F".)
        guard f.words >= 3, f.words <= 48, f.digits >= 4, let head = line.text.utf8.first, head == 0x50 || head == 0x55 || head == 0x46,
              let first = line.text.split(separator: " ", maxSplits: 1).first,
              ["posted", "updated", "published", "first"].contains(first.lowercased()) else { return false }
        var clocks = 0
        for token in line.text.split(separator: " ") {
            let core = token.lowercased().trimmingCharacters(in: [":", ",", "."])
            if isClock(token.trimmingCharacters(in: [",", "."])[...]) { clocks += 1; continue }
            if core.utf8.allSatisfy(ASCIIByte.isDigit) && !core.isEmpty { continue }
            guard labels.contains(core) || calendarWords.contains(core) else { return false }
        }
        return clocks >= 1
    }

    /// `23:10`, `9.05`, `10:32am`, `4:30pm`.
    private static func isClock(_ token: Substring) -> Bool {
        var bytes = Array(token.utf8)
        if bytes.count > 2, ASCIIByte.lower(bytes[bytes.count - 1]) == 0x6D,
           ASCIIByte.lower(bytes[bytes.count - 2]) == 0x61 || ASCIIByte.lower(bytes[bytes.count - 2]) == 0x70 { bytes.removeLast(2) }
        guard (4...5).contains(bytes.count), let sep = bytes.firstIndex(where: { $0 == 0x3A || $0 == 0x2E }), sep >= 1, bytes.count - sep == 3 else { return false }
        return bytes.enumerated().allSatisfy { $0.offset == sep || ASCIIByte.isDigit($0.element) }
    }
}
