/// The UTC offsets of the time zone abbreviations datelines carry (`GMT`, `BST`, `EDT`, `ET`),
/// so that a publication time keeps its zone: `2:37 PM EDT` is `14:37-04:00`.
///
/// `ET`, `CT`, `MT` and `PT` name the US zones without saying whether daylight saving time
/// applies: the date decides (from the second Sunday of March to the first Sunday of November).
/// `IST` is read as India's, the most frequent in English news.
enum TimeZoneAbbreviation {
    /// Fixed offsets, by lower-case abbreviation.
    private static let fixed: [[UInt8]: String] = Dictionary(uniqueKeysWithValues: [
        ("gmt", "Z"), ("utc", "Z"), ("bst", "+01:00"), ("cet", "+01:00"), ("cest", "+02:00"), ("edt", "-04:00"),
        ("est", "-05:00"), ("cdt", "-05:00"), ("cst", "-06:00"), ("mdt", "-06:00"), ("mst", "-07:00"), ("pdt", "-07:00"),
        ("pst", "-08:00"), ("ist", "+05:30"), ("aest", "+10:00"), ("aedt", "+11:00"), ("jst", "+09:00"), ("hkt", "+08:00"),
        ("sgt", "+08:00"), ("msk", "+03:00"), ("wet", "Z"), ("eet", "+02:00"), ("eest", "+03:00"), ("sast", "+02:00"),
        ("nzst", "+12:00"), ("nzdt", "+13:00"), ("awst", "+08:00"), ("acst", "+09:30"), ("acdt", "+10:30"), ("kst", "+09:00"),
        ("pkt", "+05:00"), ("pht", "+08:00"), ("wib", "+07:00"), ("wat", "+01:00"), ("cat", "+02:00"), ("eat", "+03:00"),
        ("gst", "+04:00"), ("ict", "+07:00"), ("adt", "-03:00"), ("nst", "-03:30"), ("ndt", "-02:30"), ("hst", "-10:00"),
        ("akst", "-09:00"), ("akdt", "-08:00"), ("wita", "+08:00"), ("wit", "+09:00"), ("npt", "+05:45"), ("mmt", "+06:30"),
    ].map { (Array($0.0.utf8), $0.1) })

    /// US zones named without their season, to their standard offset in hours.
    private static let seasonal: [[UInt8]: Int] = [Array("et".utf8): -5, Array("ct".utf8): -6, Array("mt".utf8): -7, Array("pt".utf8): -8]

    /// Every abbreviation known, lower case.
    static let words: Set<[UInt8]> = Set(fixed.keys).union(seasonal.keys)

    /// The ISO 8601 offset (`Z`, `-04:00`) of the lower-case abbreviation `word` on the given date, or nil.
    static func offset(_ word: [UInt8], year: Int, month: Int, day: Int) -> String? {
        var bare = word[...]
        if bare.first == 0x28 && bare.last == 0x29 { bare = bare.dropFirst().dropLast() }  // "(GMT+3)"
        if let offset = fixed[Array(bare)] { return offset }
        if let offset = explicitOffset(bare) { return offset }
        guard let standard = seasonal[Array(bare)] else { return nil }
        let hours = standard + (isUSDaylightTime(year: year, month: month, day: day) ? 1 : 0)
        return "-0\(-hours):00"
    }

    /// The offset written after `gmt` or `utc` (`gmt+2`, `utc-4`, `utc+5:30`), as `+02:00`; or nil.
    static func explicitOffset(_ word: ArraySlice<UInt8>) -> String? {
        guard word.count >= 5, word.starts(with: "gmt".utf8) || word.starts(with: "utc".utf8) else { return nil }
        let sign = word[word.startIndex + 3]
        guard sign == 0x2B || sign == 0x2D else { return nil }
        let rest = word.dropFirst(4)
        let parts = rest.split(separator: 0x3A, omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let hours = Int(String(decoding: parts[0], as: UTF8.self)), hours <= 14, parts[0].count <= 2
        else { return nil }
        var minutes = 0
        if parts.count == 2 {
            guard parts[1].count == 2, let m = Int(String(decoding: parts[1], as: UTF8.self)), m < 60 else { return nil }
            minutes = m
        }
        if hours == 0 && minutes == 0 { return "Z" }
        let hh = hours < 10 ? "0\(hours)" : "\(hours)", mm = minutes < 10 ? "0\(minutes)" : "\(minutes)"
        return (sign == 0x2B ? "+" : "-") + hh + ":" + mm
    }

    /// Whether US daylight saving time is in force on the date.
    static func isUSDaylightTime(year: Int, month: Int, day: Int) -> Bool {
        if month < 3 || month > 11 { return false }
        if month > 3 && month < 11 { return true }
        // The n-th Sunday of the month: the first is 1 + (7 - weekday of the 1st) % 7.
        let firstSunday = 1 + (7 - weekday(year: year, month: month, day: 1)) % 7
        return month == 3 ? day >= firstSunday + 7 : day < firstSunday
    }

    /// The day of the week, 0 for Sunday (Sakamoto's method).
    static func weekday(year: Int, month: Int, day: Int) -> Int {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7
    }
}
