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
        ("sgt", "+08:00"), ("msk", "+03:00"),
    ].map { (Array($0.0.utf8), $0.1) })

    /// US zones named without their season, to their standard offset in hours.
    private static let seasonal: [[UInt8]: Int] = [Array("et".utf8): -5, Array("ct".utf8): -6, Array("mt".utf8): -7, Array("pt".utf8): -8]

    /// Every abbreviation known, lower case.
    static let words: Set<[UInt8]> = Set(fixed.keys).union(seasonal.keys)

    /// The ISO 8601 offset (`Z`, `-04:00`) of the lower-case abbreviation `word` on the given date, or nil.
    static func offset(_ word: [UInt8], year: Int, month: Int, day: Int) -> String? {
        if let offset = fixed[word] { return offset }
        guard let standard = seasonal[word] else { return nil }
        let hours = standard + (isUSDaylightTime(year: year, month: month, day: day) ? 1 : 0)
        return "-0\(-hours):00"
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
