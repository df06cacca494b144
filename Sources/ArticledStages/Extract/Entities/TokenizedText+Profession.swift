extension TokenizedText {
    /// Whether word `i` names a profession by its ending ("Geophysicist", "seismologist",
    /// "statistician"): not a known given name, and at least eight letters. No list holds every
    /// trade, but their endings are few.
    func namesProfession(_ i: Int) -> Bool {
        guard isWord(i), facts[i].isDisjoint(with: [.givenName, .familyFirst]), tokens[i].end - tokens[i].start >= 8 else { return false }
        let word = bytes[Int(tokens[i].start)..<Int(tokens[i].end)]
        return word.reversed().starts(with: "tsi".utf8) || word.reversed().starts(with: "naici".utf8)
    }
}
