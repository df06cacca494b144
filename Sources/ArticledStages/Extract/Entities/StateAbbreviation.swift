/// The US states as news style abbreviates them after a town ("SANTA LUCIA, Calif. —",
/// "Jane Roe, of Tulsa, Okla., said"): the state the abbreviation stands for is a place the
/// article names, under its full name.
///
/// Read only in that position, after a town and a comma: alone, "Miss.", "Mass." or "Mo." are
/// other words.
enum StateAbbreviation {
    /// Abbreviations without their final full stop ("Calif"), or with their inner ones ("N.J."),
    /// and the states they stand for.
    static let states: [String: String] = [
        "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
        "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana",
        "Kan": "Kansas", "Kans": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts",
        "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
        "Neb": "Nebraska", "Nebr": "Nebraska", "Nev": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
        "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla": "Oklahoma",
        "Ore": "Oregon", "Pa": "Pennsylvania", "Penn": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina",
        "S.D.": "South Dakota", "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington",
        "W.Va.": "West Virginia", "Wis": "Wisconsin", "Wisc": "Wisconsin", "Wyo": "Wyoming",
    ]

    /// The state that word `i` abbreviates after a town and a comma, or nil: the town is a place
    /// the gazetteer knows, or a dateline's; an abbreviation without inner full stops has its final one.
    static func state(at i: Int, in text: TokenizedText) -> String? {
        guard text.isWord(i), text.tokens[i].has(.capitalized), i >= 2, text.isMark(i - 1, 0x2C), text.isWord(i - 2),
              text.tokens[i - 2].has(.capitalized), text.tokens[i - 2].paragraph == text.tokens[i].paragraph,
              text.places[i - 2] >= 0 || text.tokens[i - 2].has(.dateline) || text.tokens[i - 2].has(.allCaps) else { return nil }
        let t = text.tokens[i]
        let length = Int(t.end - t.start)
        guard length <= 6 else { return nil }
        let word = String(decoding: text.bytes[Int(t.start)..<Int(t.end)], as: UTF8.self)
        guard let state = states[word] else { return nil }
        return word.hasSuffix(".") || text.isMark(i + 1, 0x2E) ? state : nil
    }
}
