import Foundation

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
        if let labelled = articleDates(back).first(where: \.isPublication),
           frontDates.first.map({ labelled.iso.prefix(10) <= $0.iso.prefix(10) }) ?? true { return labelled.iso }
        return frontDates.first?.iso
    }

    /// Whether the page shows only when the article was updated ("Updated: June 6, 2025 14:32
    /// IST"), not when it was published: its markup's publication date is then the better one.
    static func showsOnlyUpdate(front: [String], back: [String], datelines: [DateParser.Match?]? = nil) -> Bool {
        let frontDates = (datelines ?? Self.datelines(front)).compactMap { $0 }
        return !frontDates.isEmpty && frontDates.allSatisfy(\.isUpdate) && !articleDates(back).contains(where: \.isPublication)
    }

    /// The footer's datelines, but for those of linked stories (see `linkedStoryDates`).
    private static func articleDates(_ back: [String]) -> [DateParser.Match] {
        let dates = back.map(dateline)
        let linked = linkedStoryDates(back, dates: dates)
        return dates.indices.compactMap { linked.contains($0) ? nil : dates[$0] }
    }

    /// The footer's lines that date linked stories, each under its headline, two or more of them
    /// ("Child dies of measles in Liverpool" / "Published 14 July 2025"): those stories' dates, not
    /// the article's. (A date of this year may go without its year: "Published 25 January".)
    /// `dates` holds each footer line's dateline.
    private static func linkedStoryDates(_ back: [String], dates: [DateParser.Match?]) -> Set<Int> {
        var out = Set<Int>()
        for k in back.indices.dropFirst()
        where !back[k].utf8.contains(0x3A) && (dates[k]?.isPublication == true || (back[k].hasPrefix("Published ") && back[k].spaceSeparatedWordCount <= 4)) {
            let above = back[k - 1]
            // (Not a credit or a byline: "Reporting by Jane Doe", "Jane Doe, Health reporter, BBC News";
            // nor the site's question to its reader: "Have you been affected by the outbreak?")
            guard (3...22).contains(above.spaceSeparatedWordCount), let first = above.utf8.first, ASCIIByte.isUpper(first),
                  let last = above.utf8.last, last != 0x2E, last != 0x3A, last != 0x29, !above.utf8.contains(0x7C),
                  dates[k - 1] == nil, !LinkLine.opensWithLabel(above), !LineFeatures(above).credit,
                  BylineParser.explicitNames(in: above) == nil, !above.utf8.split(separator: 0x20).contains(where: ReaderPrompt.isReaderWord),
                  !above.split(separator: " ").contains(where: { ArticleLayout.journalistWords.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) })
            else { continue }
            out.insert(k)
        }
        return out.count >= 2 ? out : []
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
