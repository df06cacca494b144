/// Abbreviations that end in a period without ending a sentence, for `SentenceSplitter`.
enum Abbreviations {
    /// Titles before a name, and a company's "Pvt." before its "Ltd.": never the end of a
    /// sentence (`Mr. Smith`, `Gen. Milley`, `Vasudha Infraprojects Pvt. Ltd.`).
    static let titles: WordHashSet = hashes("""
        mr mrs ms dr prof gen col lt sgt capt cpl adm gov sen rep rev st hon pres maj brig cmdr supt insp det atty fr mt ft messrs mssrs coun cllr cdr tmt
        msgr mgr cpt lieut bro pst
        pvt
        """)
    /// Abbreviations before a number (`Jan. 5`, `No. 10`, `p. 4`): a sentence ends only if no number follows.
    static let beforeNumbers: WordHashSet = hashes("""
        jan feb mar apr jun jul aug sep sept oct nov dec no nos vol art fig p pp ch sec para approx
        """)
    /// Abbreviations that often close a sentence too (`Apple Inc.`, `etc.`): a sentence ends only
    /// if a function word (`The`, `He`) follows.
    static let ambiguous: WordHashSet = hashes("""
        inc corp ltd co jr sr bros plc llc etc vs v al dept univ assn est
        """)

    /// The hashes of the words of `words`.
    private static func hashes(_ words: String) -> WordHashSet {
        WordHashSet(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordHash.of(Array($0.utf8)) })
    }
}
