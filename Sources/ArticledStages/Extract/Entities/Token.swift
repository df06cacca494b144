/// One word or punctuation mark of an article, as a byte range into its UTF-8 text.
struct Token: Sendable, Equatable {
    /// What the token is.
    enum Kind: UInt8, Sendable {
        case word
        /// Punctuation; `mark` holds the ASCII byte it stands for ("-" for any dash).
        case punctuation
        /// “ (always opens).
        case openQuote
        /// ” (always closes).
        case closeQuote
        /// " (opens or closes by position).
        case straightQuote
        /// ‘ at the start of a word: opens a quotation in British style.
        case openSingleQuote
        /// ’ standing alone after a word or punctuation (not an apostrophe inside a word).
        case closeSingleQuote
    }

    /// Facts about a token found while tokenizing.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// First letter is upper case.
        static let capitalized = Flags(rawValue: 1 << 0)
        /// Two or more letters, all upper case ("NATO", "U.S.").
        static let allCaps = Flags(rawValue: 1 << 1)
        /// Written with a possessive ending ("Russia's"), which the range leaves out.
        static let possessive = Flags(rawValue: 1 << 2)
        /// Contains a hyphen between letters ("EU-China").
        static let hyphenated = Flags(rawValue: 1 << 3)
        /// First word of a sentence.
        static let sentenceStart = Flags(rawValue: 1 << 4)
        /// Inside a quotation (set by `QuotationScanner`).
        static let inQuote = Flags(rawValue: 1 << 5)
        /// A period that ends an abbreviation or initial ("Mr.", "J."), not a sentence.
        static let abbreviation = Flags(rawValue: 1 << 6)
        /// Part of a line in headline style (title case or all capitals).
        static let headline = Flags(rawValue: 1 << 7)
        /// Part of the dateline put back before the body ("HEXHAM, Northumberland").
        static let dateline = Flags(rawValue: 1 << 8)
    }

    var start: Int32
    var end: Int32
    var kind: Kind
    var mark: UInt8
    var flags: Flags
    /// Index of the paragraph (line) the token is in.
    var paragraph: Int32

    /// Whether this is a word token with the given flag.
    func has(_ flag: Flags) -> Bool { flags.contains(flag) }
}
