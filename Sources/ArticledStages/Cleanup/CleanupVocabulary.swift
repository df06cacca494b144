/// The word lists the cleanup rules consult, loaded once from `Resources/` and kept as
/// case-folded hashes so that a word is looked up without building a string.
struct CleanupVocabulary: Sendable {
    /// Boilerplate words and their weights (`cleanup-boilerplate.txt`).
    let boilerplate: [UInt64: Int]
    /// Words that label a media credit (`cleanup-credit-labels.txt`).
    let creditLabels: Set<UInt64>
    /// Photo and news agencies (`cleanup-agencies.txt`).
    let agencies: Set<UInt64>
    /// Nouns of a page's notice about itself (`cleanup-notice-subjects.txt`).
    let noticeSubjects: Set<UInt64>
    /// Words a sentence cannot end on (`cleanup-function-words.txt`).
    let functionWords: Set<UInt64>

    /// The shipped vocabulary.
    static let shared = CleanupVocabulary()

    /// Loads every list from the resource files.
    private init() {
        var weights: [UInt64: Int] = [:]
        for line in ResourceFile.lines("cleanup-boilerplate.txt") {
            let parts = line.split(separator: " ")
            guard let word = parts.first else { continue }
            weights[ASCIIByte.foldedHash(word)] = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
        }
        boilerplate = weights
        creditLabels = Self.hashes("cleanup-credit-labels.txt")
        agencies = Self.hashes("cleanup-agencies.txt")
        noticeSubjects = Self.hashes("cleanup-notice-subjects.txt")
        functionWords = Self.hashes("cleanup-function-words.txt")
    }

    /// The case-folded hashes of a list's words.
    private static func hashes(_ name: String) -> Set<UInt64> {
        Set(ResourceFile.lines(name).map { ASCIIByte.foldedHash($0.split(separator: " ").first ?? $0) })
    }
}
