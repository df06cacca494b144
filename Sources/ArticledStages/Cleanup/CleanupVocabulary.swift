/// The word lists the cleanup rules consult, loaded once from `Resources/` into one
/// `WordFlagTable` keyed by `ASCIIByte.wordKey`, so that each word of a line costs a single
/// lookup without building a string.
///
/// A word's value holds its boilerplate weight in the low 4 bits and a flag per list above.
struct CleanupVocabulary: Sendable {
    /// Flag: a word that labels a media credit (`cleanup-credit-labels.txt`).
    static let creditLabel: UInt16 = 1 << 4
    /// Flag: a photo or news agency (`cleanup-agencies.txt`).
    static let agency: UInt16 = 1 << 5
    /// Flag: a noun of a page's notice about itself (`cleanup-notice-subjects.txt`).
    static let noticeSubject: UInt16 = 1 << 6
    /// Flag: a word a sentence cannot end on (`cleanup-function-words.txt`).
    static let functionWord: UInt16 = 1 << 7

    /// Every list, by word.
    let words: WordFlagTable

    /// The shipped vocabulary.
    static let shared = CleanupVocabulary()

    /// Loads every list from the resource files; boilerplate weights come from `cleanup-boilerplate.txt`.
    private init() {
        // Spellings sharing a key ("email", "e-mail") keep the larger weight, never the bits of both.
        var weights: [UInt64: UInt16] = [:]
        var order: [UInt64] = []
        for line in ResourceFile.lines("cleanup-boilerplate.txt") {
            let parts = line.split(separator: " ")
            guard let word = parts.first else { continue }
            let weight = min(parts.count > 1 ? UInt16(parts[1]) ?? 1 : 1, 15)
            let key = ASCIIByte.wordKey(word.utf8)
            if let known = weights[key] { weights[key] = max(known, weight) } else { weights[key] = weight; order.append(key) }
        }
        var entries = order.map { ($0, weights[$0] ?? 1) }
        for (file, flag) in [("cleanup-credit-labels.txt", Self.creditLabel), ("cleanup-agencies.txt", Self.agency),
                             ("cleanup-notice-subjects.txt", Self.noticeSubject), ("cleanup-function-words.txt", Self.functionWord)] {
            for line in ResourceFile.lines(file) {
                entries.append((ASCIIByte.wordKey((line.split(separator: " ").first ?? line).utf8), flag))
            }
        }
        words = WordFlagTable(entries)
    }

    /// The boilerplate weight in a word's value.
    @inline(__always) static func weight(_ value: UInt16) -> Int { Int(value & 0xF) }
}
