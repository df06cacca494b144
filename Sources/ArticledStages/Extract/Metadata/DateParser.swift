/// Reads a publication date (and time) from a short line: `1 April 2022`,
/// `March 14, 2022 at 21:49`, `Mon 14 Mar 2022 21.49 GMT`, `2022-06-16T09:00Z`, `16/06/2022`.
///
/// It also says how much of the line is not the date, so that callers can tell a dateline
/// (`Alex Lantier 19 May 2024`) from a sentence that happens to mention a date.
enum DateParser {
    /// A date found in a line.
    struct Match: Equatable, Sendable {
        /// `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` (with seconds and zone when given).
        var iso: String
        /// Words of the line that are neither the date, its time, nor dateline words (`Published`, `GMT`).
        var otherWords: Int
        /// The line calls the date an update (`Updated`, `Last modified`).
        var isUpdate: Bool
        /// The line calls the date the publication (`Published`, `Posted`, `First published`).
        var isPublication: Bool
    }

    /// One space- or comma-separated token of a line: its bytes and their ASCII lower case.
    private struct Token {
        var lower: [UInt8]
        var raw: ArraySlice<UInt8>
    }

    /// The first date in `line`, or nil.
    static func find(in line: String) -> Match? {
        let bytes = Array(line.utf8)
        guard bytes.contains(where: ASCIIByte.isDigit) else { return nil }
        var tokens: [Token] = []
        var start = 0
        for i in 0...bytes.count {
            if i == bytes.count || bytes[i] == 0x20 || bytes[i] == 0x2C || bytes[i] == 0x7C {
                if i > start {
                    var raw = bytes[start..<i]
                    while let l = raw.last, l == 0x3B || l == 0x29 || (l == 0x2E && !raw.dropLast().contains(0x2E)) { raw = raw.dropLast() }
                    while let f = raw.first, f == 0x28 { raw = raw.dropFirst() }
                    // "October 20, 20265:42 PM": a scraper glued the year to the time.
                    if raw.count >= 8, raw.count <= 9, raw.dropFirst(4).contains(0x3A), raw.prefix(4).allSatisfy(ASCIIByte.isDigit),
                       raw.first == 0x31 || raw.first == 0x32 {
                        let split = raw.startIndex + 4
                        tokens.append(Token(lower: Array(raw[..<split]), raw: raw[..<split]))
                        raw = raw[split...]
                    }
                    // "7:42 PM GMTUpdated 3 hours ago", "2:41 PM GMT+8Updated": a zone glued to the next label.
                    let capitals = raw.prefix { ASCIIByte.isUpper($0) }.count
                    if capitals >= 4, capitals < raw.count, ASCIIByte.isLower(raw[raw.startIndex + capitals]),
                       zoneWords.contains(raw.prefix(capitals - 1).map(ASCIIByte.lower)) {
                        let split = raw.startIndex + capitals - 1
                        tokens.append(Token(lower: raw[..<split].map(ASCIIByte.lower), raw: raw[..<split]))
                        raw = raw[split...]
                    } else if capitals == 3, raw.count > 6, raw[raw.startIndex + 3] == 0x2B || raw[raw.startIndex + 3] == 0x2D,
                              let label = raw.indices.dropFirst(4).first(where: { ASCIIByte.isUpper(raw[$0]) }),
                              label + 1 < raw.endIndex, ASCIIByte.isLower(raw[label + 1]) {
                        tokens.append(Token(lower: raw[..<label].map(ASCIIByte.lower), raw: raw[..<label]))
                        raw = raw[label...]
                    }
                    if !raw.isEmpty { tokens.append(Token(lower: raw.map(ASCIIByte.lower), raw: raw)) }
                }
                start = i + 1
            }
        }
        guard tokens.count <= 40 else { return nil }
        var used = [Bool](repeating: false, count: tokens.count)
        var date: (Int, Int, Int)?
        var time: String?
        var zone: String?
        // In "Updated … | Published …" the publication date is the one after its label.
        let labelled = tokens.firstIndex { isPublicationLabel($0.lower) } ?? 0
        for i in Array(labelled..<tokens.count) + Array(0..<labelled) where date == nil {
            let t = tokens[i].lower
            if let (d, tm, z) = isoDate(t) {
                date = d; time = tm; zone = z; used[i] = true
            } else if let d = numericDate(t) ?? hyphenatedDate(t) {
                date = d; used[i] = true
            } else if i + 2 < tokens.count, let day = dayNumber(t), let m = month(tokens[i + 1].lower), let y = year(tokens[i + 2].lower) {
                date = (y, m, day); used[i] = true; used[i + 1] = true; used[i + 2] = true
            } else if i + 2 < tokens.count, let m = month(t), let day = dayNumber(tokens[i + 1].lower), let y = year(tokens[i + 2].lower) {
                date = (y, m, day); used[i] = true; used[i + 1] = true; used[i + 2] = true
            }
        }
        // "Issued on: 03/06/2024 - 14:27": day and month that could be either, beside a clock of
        // 24 hours, as pages that write it so (in Europe, Africa, Asia) order them: day first.
        // (A clock with am/pm or an American zone, as American pages write it, or none, leaves them unread.)
        if date == nil, let (i, read) = tokens.indices.lazy.compactMap({ i in numericDate(tokens[i].lower, dayFirst: true).map { (i, $0) } }).first,
           tokens.indices.contains(where: { k in
               k != i && tokens[k].lower.contains(0x3A) && tokens[k].lower.allSatisfy { ASCIIByte.isDigit($0) || $0 == 0x3A }
                   && clockTime(tokens[k].lower, next: []) != nil
                   && (k + 1 == tokens.count || (ampm(tokens[k + 1].lower) == nil && !americanZones.contains(tokens[k + 1].lower)))
           }) {
            date = read; used[i] = true
        }
        guard let (y, m, d) = date, valid(y, m, d) else { return nil }
        // "Tuesday, June 17, 2025 — updated 7:42 PM": a time after an update's label, past the
        // date, is the update's.
        let dateIndex = used.firstIndex(of: true) ?? 0
        let updateIndex = tokens.indices.first { $0 > dateIndex && isUpdateLabel(tokens[$0].lower) }
        if time == nil {
            for i in Array(labelled..<tokens.count) + Array(0..<labelled) where !used[i] && updateIndex.map({ i < $0 }) ?? true {
                let next = i + 1 < tokens.count ? tokens[i + 1].lower : []
                if let (t, consumedNext) = clockTime(tokens[i].lower, next: next) {
                    time = t; used[i] = true
                    if consumedNext { used[i + 1] = true }
                    // "21.49 GMT", "2:37 PM EDT,": the zone after the time (and its am/pm).
                    let z = consumedNext ? i + 2 : i + 1
                    if z < tokens.count, let offset = TimeZoneAbbreviation.offset(tokens[z].lower.filter { $0 != 0x2C && $0 != 0x2E }, year: y, month: m, day: d) {
                        zone = offset
                        used[z] = true
                        // "14:20 GMT +3": the offset written apart from its zone.
                        if offset == "Z", z + 1 < tokens.count, let sign = tokens[z + 1].lower.first, sign == 0x2B || sign == 0x2D,
                           let apart = TimeZoneAbbreviation.explicitOffset(Array("gmt".utf8)[...] + tokens[z + 1].lower.filter { $0 != 0x2C }) {
                            zone = apart
                            used[z + 1] = true
                        }
                    }
                    break
                }
            }
        }
        var other = 0
        var update = false
        var publication = false
        for i in tokens.indices where !used[i] {
            let t = tokens[i].lower
            if isUpdateLabel(t) { update = true }
            if isPublicationLabel(t) { publication = true }
            if ignorable.contains(stripColon(t)) || weekday(t) { continue }
            if t.contains(where: ASCIIByte.isLetterLike) || t.contains(where: ASCIIByte.isDigit) { other += 1 }
        }
        var iso = pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
        if let time { iso += "T" + time + (zone ?? "") }
        return Match(iso: iso, otherWords: other, isUpdate: update && !publication, isPublication: publication)
    }

    /// The time zones of the United States, lower case, beside which a date is month first.
    private static let americanZones: Set<[UInt8]> = Set(["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "ct", "mt", "pt",
                                                          "akst", "akdt", "hst"].map { Array($0.utf8) })

    /// `YYYY-MM-DD` with an optional `THH:MM[:SS][Z|±HH:MM]`.
    private static func isoDate(_ t: [UInt8]) -> ((Int, Int, Int), String?, String?)? {
        guard t.count >= 10, t[4] == 0x2D || t[4] == 0x2F, t[7] == t[4],
              let y = number(t[0..<4]), let m = number(t[5..<7]), let d = number(t[8..<10]) else { return nil }
        guard t.count > 10 else { return ((y, m, d), nil, nil) }
        guard t[10] == 0x74, t.count >= 16, t[13] == 0x3A, let hh = number(t[11..<13]), let mm = number(t[14..<16]), hh < 24, mm < 60 else {
            return ((y, m, d), nil, nil)
        }
        var time = pad(hh, 2) + ":" + pad(mm, 2)
        var rest = t[16...]
        if rest.count >= 3, rest.first == 0x3A, let ss = number(rest.dropFirst().prefix(2)) {
            time += ":" + pad(ss, 2)
            rest = rest.dropFirst(3)
        }
        while rest.first == 0x2E || (rest.first.map(ASCIIByte.isDigit) ?? false) { rest = rest.dropFirst() }  // fractions
        var zone: String?
        if rest.first == 0x7A { zone = "Z" } else if let f = rest.first, f == 0x2B || f == 0x2D, rest.count >= 5 {
            zone = String(decoding: rest, as: UTF8.self)
            if !zone!.contains(":"), rest.count == 5 { zone = String(zone!.prefix(3)) + ":" + String(zone!.suffix(2)) }
        }
        return ((y, m, d), time, zone)
    }

    /// `12-MAR-2024`, `5-Mar-2024`: a day, a month's name and a year joined by hyphens.
    private static func hyphenatedDate(_ t: [UInt8]) -> (Int, Int, Int)? {
        guard t.count >= 8, t.count <= 17, t.contains(0x2D) else { return nil }
        let parts = t.split(separator: 0x2D, omittingEmptySubsequences: false)
        guard parts.count == 3, let d = dayNumber(Array(parts[0])), let m = month(Array(parts[1])),
              let y = year(Array(parts[2])) else { return nil }
        return (y, m, d)
    }

    /// `D/M/YYYY`, `M/D/YYYY`, `D.M.YYYY` or `D-M-YYYY`, only when the day and month cannot be
    /// confused, unless `dayFirst` says to read two that could be either as day, then month.
    private static func numericDate(_ t: [UInt8], dayFirst: Bool = false) -> (Int, Int, Int)? {
        let sep: UInt8
        if t.contains(0x2F) { sep = 0x2F } else if t.contains(0x2E) { sep = 0x2E } else if t.contains(0x2D) { sep = 0x2D } else { return nil }
        let parts = t.split(separator: sep, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4 || (parts[2].count == 2 && sep == 0x2F), parts[0].count <= 2, parts[1].count <= 2,
              let a = number(parts[0]), let b = number(parts[1]), var y = number(parts[2]) else { return nil }
        if parts[2].count == 2 { y += 2000 }  // 03/16/22
        if sep == 0x2E { return (y, b, a) }
        if a > 12 && b <= 12 { return (y, b, a) }
        if b > 12 && a <= 12 { return (y, a, b) }
        if a == b || dayFirst { return (y, b, a) }
        return nil
    }

    /// A clock time (`21:49`, `9:05pm`, `21.49` before a zone or am/pm) as `HH:MM`, and whether it used `next`.
    private static func clockTime(_ t: [UInt8], next: [UInt8]) -> (String, Bool)? {
        var body = t[...]
        var meridiem: UInt8 = 0
        if body.count > 2, body.suffix(2) == [0x61, 0x6D] || body.suffix(2) == [0x70, 0x6D] {
            meridiem = body[body.endIndex - 2]; body = body.dropLast(2)
        }
        // "10:12:00 PM": seconds after the minutes are left out.
        if body.count >= 7, body[body.endIndex - 3] == 0x3A, body.suffix(2).allSatisfy(ASCIIByte.isDigit),
           body.dropLast(3).contains(0x3A) { body = body.dropLast(3) }
        let nextMeridiem = ampm(next)
        let inline = meridiem != 0
        if meridiem == 0, let nm = nextMeridiem { meridiem = nm }
        guard let sepIndex = body.firstIndex(where: { $0 == 0x3A || $0 == 0x2E }) else { return nil }
        if body[sepIndex] == 0x2E && meridiem == 0 && !zoneWords.contains(next) { return nil }
        guard let h = number(body[body.startIndex..<sepIndex]), sepIndex + 3 == body.endIndex,
              let m = number(body[(sepIndex + 1)...]), m < 60, body.distance(from: body.startIndex, to: sepIndex) <= 2 else { return nil }
        var hour = h
        if meridiem != 0 {
            guard h >= 1 && h <= 12 else { return nil }
            if meridiem == 0x70 && h < 12 { hour += 12 }
            if meridiem == 0x61 && h == 12 { hour = 0 }
        }
        guard hour < 24 else { return nil }
        return (pad(hour, 2) + ":" + pad(m, 2), nextMeridiem != nil && !inline)
    }

    /// `a` or `p` for am/pm tokens (`am`, `a.m.`, `PM`).
    private static func ampm(_ t: [UInt8]) -> UInt8? {
        let letters = t.filter { $0 != 0x2E }
        if letters == [0x61, 0x6D] { return 0x61 }
        if letters == [0x70, 0x6D] { return 0x70 }
        return nil
    }

    /// The month number of a month name or its abbreviation.
    static func month(_ t: [UInt8]) -> Int? {
        var w = t
        if w.last == 0x2E { w.removeLast() }
        guard w.count >= 3 else { return nil }
        for (index, name) in monthNames.enumerated() {
            if w == name || (w.count <= 4 && name.starts(with: w) && (w.count == 3 || w == Words.sept)) { return index + 1 }
        }
        return nil
    }

    /// A day of the month (`14`, `14th`, `1st`).
    private static func dayNumber(_ t: [UInt8]) -> Int? {
        var digits = t[...]
        if digits.count > 2, let last = digits.last, ASCIIByte.isLower(last) {
            let suffix = digits.suffix(2)
            if suffix == [0x73, 0x74] || suffix == [0x6E, 0x64] || suffix == [0x72, 0x64] || suffix == [0x74, 0x68] { digits = digits.dropLast(2) }
        }
        guard digits.count <= 2, let d = number(digits), d >= 1, d <= 31 else { return nil }
        return d
    }

    /// A four-digit year.
    private static func year(_ t: [UInt8]) -> Int? {
        guard t.count == 4, let y = number(t[...]) else { return nil }
        return y
    }

    /// Whether `t` names a day of the week.
    private static func weekday(_ t: [UInt8]) -> Bool {
        var w = t
        if w.last == 0x2E { w.removeLast() }
        guard w.count >= 3 else { return false }
        return weekdayNames.contains { $0 == w || ($0.starts(with: w) && w.count <= 5) }
    }

    /// The value of an all-digit slice.
    private static func number(_ s: ArraySlice<UInt8>) -> Int? {
        guard !s.isEmpty, s.count <= 4 else { return nil }
        var v = 0
        for b in s { guard ASCIIByte.isDigit(b) else { return nil }; v = v * 10 + Int(b - 0x30) }
        return v
    }

    /// Whether year, month and day make a real calendar date in the range news can have.
    static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        guard y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= days[m - 1]
    }

    /// `value` as decimal with leading zeros to `width` digits.
    private static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// Whether the token labels a publication date (`Published`, `Posted:`, `Created:`).
    private static func isPublicationLabel(_ t: [UInt8]) -> Bool {
        t.starts(with: Words.published) || t.starts(with: Words.posted) || t.starts(with: Words.created)
    }

    /// Whether the token labels an update (`Updated`, `updated:`, `modified`).
    private static func isUpdateLabel(_ t: [UInt8]) -> Bool {
        t.starts(with: Words.updated) || t == Words.modified
    }

    /// `t` without a trailing colon.
    private static func stripColon(_ t: [UInt8]) -> [UInt8] { t.last == 0x3A ? Array(t.dropLast()) : t }

    /// Words the parser compares tokens with, spelled once.
    private enum Words {
        static let updated = Array("updated".utf8)
        static let modified = Array("modified".utf8), published = Array("published".utf8), posted = Array("posted".utf8)
        static let created = Array("created".utf8), sept = Array("sept".utf8)
    }

    /// Month names in order, lower case; the first three letters (and "sept") also match.
    private static let monthNames: [[UInt8]] = ["january", "february", "march", "april", "may", "june", "july",
                                                "august", "september", "october", "november", "december"].map { Array($0.utf8) }
    /// Day names, lower case; abbreviations match by prefix.
    private static let weekdayNames: [[UInt8]] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map { Array($0.utf8) }
    /// Time zone abbreviations a dateline may carry.
    private static let zoneWords: Set<[UInt8]> = TimeZoneAbbreviation.words
    /// Words a dateline may hold besides the date itself.
    private static let ignorable: Set<[UInt8]> = zoneWords.union(Set(["at", "on", "published", "updated", "posted", "first", "last",
                                                                       "modified", "created", "issued", "am", "pm", "a.m.", "p.m.", "date", "time", "-", "—", "–",
                                                                       "•", "·", "/", "|", "by", "and", "of"].map { Array($0.utf8) }))
}
