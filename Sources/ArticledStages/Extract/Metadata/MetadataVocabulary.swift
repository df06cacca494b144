/// The word lists the metadata rules consult, loaded once from `Resources/`.
struct MetadataVocabulary: Sendable {
    /// Job, desk and organization words (`meta-role-words.txt`), lower case.
    let roleWords: Set<String>
    /// Words of news outlets' names (`meta-outlet-words.txt`), lower case.
    let outletWords: Set<String>
    /// Lower-case particles inside personal names (`meta-name-particles.txt`).
    let nameParticles: Set<String>
    /// The language codes of `meta-stopwords.txt`, in file order.
    let languageCodes: [String]
    /// Stop words by case-folded hash; the value has bit `i` set if `languageCodes[i]` lists the word.
    let stopWords: WordFlagTable

    /// The shipped vocabulary.
    static let shared = MetadataVocabulary()

    /// Whether `word` is an outlet word, or joins one with a hyphen ("Courier-Journal").
    func isOutletWord<S: StringProtocol>(_ word: S) -> Bool {
        let lower = word.lowercased()
        if outletWords.contains(lower) { return true }
        return lower.contains("-") && lower.split(separator: "-").contains { outletWords.contains(String($0)) }
    }

    /// Loads every list from the resource files.
    private init() {
        roleWords = Set(ResourceFile.lines("meta-role-words.txt").map { $0.lowercased() })
        outletWords = Set(ResourceFile.lines("meta-outlet-words.txt").map { $0.lowercased() })
        nameParticles = Set(ResourceFile.lines("meta-name-particles.txt").map { $0.lowercased() })
        var codes: [String] = []
        var entries: [(UInt64, UInt16)] = []
        for line in ResourceFile.lines("meta-stopwords.txt") {
            let parts = line.split(separator: " ")
            guard parts.count > 1, codes.count < 16 else { continue }
            let bit = UInt16(1) << UInt16(codes.count)
            codes.append(String(parts[0]))
            for word in parts.dropFirst() { entries.append((ASCIIByte.foldedHash(word), bit)) }
        }
        languageCodes = codes
        stopWords = WordFlagTable(entries)
    }
}
