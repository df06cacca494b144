/// Finds when the article was published, from its datelines only (never a date its body
/// mentions): a line labelled as publication wins over the first dateline, which wins over a
/// footer's line labelled as publication, which wins over one labelled as an update. Footers
/// count only when they label the date as publication.
enum PublicationDateFinder {
    /// `YYYY-MM-DD` or an ISO 8601 date-time, or nil.
    static func date(front: [String], back: [String], datelines: [DateParser.Match?]? = nil) -> String? {
        let frontDates = (datelines ?? Self.datelines(front)).compactMap { $0 }
        if let labelled = frontDates.first(where: \.isPublication) { return labelled.iso }
        if let plain = frontDates.first(where: { !$0.isUpdate }) { return plain.iso }
        // "Updated: Nov 15, 2025, 22:41 IST" above, "Published 15 November 2025, 16:05 IST" below:
        // the footer's publication date, not the update's.
        // (Not a print edition's, "Published in Dawn, March 12th, 2025", dated after the update
        // above: an update cannot come before the article's first publication.)
        if let labelled = back.compactMap(dateline).first(where: \.isPublication),
           frontDates.first.map({ labelled.iso.prefix(10) <= $0.iso.prefix(10) }) ?? true { return labelled.iso }
        return frontDates.first?.iso
    }

    /// Whether the page shows only when the article was updated ("Updated: June 6, 2025 14:32
    /// IST"), not when it was published: its markup's publication date is then the better one.
    static func showsOnlyUpdate(front: [String], back: [String], datelines: [DateParser.Match?]? = nil) -> Bool {
        let frontDates = (datelines ?? Self.datelines(front)).compactMap { $0 }
        return !frontDates.isEmpty && frontDates.allSatisfy(\.isUpdate) && !back.compactMap(dateline).contains(where: \.isPublication)
    }

    /// For each line, its date if the line is a dateline (short and mostly a date).
    static func datelines(_ lines: [String]) -> [DateParser.Match?] { lines.map(dateline) }

    /// The date of a short line that is mostly a date; not a life's dates over an obituary
    /// ("Born: June 11th, 1931 Died: January 9th, 2025").
    static func dateline(_ line: String) -> DateParser.Match? {
        guard line.spaceSeparatedWordCount <= 20, !opensWithLifeDate(line), let m = DateParser.find(in: line), m.otherWords <= 6 else { return nil }
        return m
    }

    /// Whether `line` opens with "Born" or "Died" (after a bullet or a label's colon or not).
    static func opensWithLifeDate(_ line: String) -> Bool {
        let head = line.drop { !$0.isLetter }.prefix(5)
        return head.hasPrefix("Born") || head.hasPrefix("Died") || head.hasPrefix("BORN") || head.hasPrefix("DIED")
    }
}
