/// The word lists the metadata rules consult, loaded once from `Resources/`.
struct MetadataVocabulary: Sendable {
    /// Job, desk and organization words (`meta-role-words.txt`), lower case.
    let roleWords: Set<String>
    /// Words of news outlets' names (`meta-outlet-words.txt`), lower case.
    let outletWords: Set<String>
    /// Lower-case particles inside personal names (`meta-name-particles.txt`).
    let nameParticles: Set<String>
    /// Stop words per language code (`meta-stopwords.txt`), as case-folded hashes.
    let stopWords: [(code: String, words: Set<UInt64>)]

    /// The shipped vocabulary.
    static let shared = MetadataVocabulary()

    /// Loads every list from the resource files.
    private init() {
        roleWords = Set(ResourceFile.lines("meta-role-words.txt").map { $0.lowercased() })
        outletWords = Set(ResourceFile.lines("meta-outlet-words.txt").map { $0.lowercased() })
        nameParticles = Set(ResourceFile.lines("meta-name-particles.txt").map { $0.lowercased() })
        var languages: [(String, Set<UInt64>)] = []
        for line in ResourceFile.lines("meta-stopwords.txt") {
            let parts = line.split(separator: " ")
            guard parts.count > 1 else { continue }
            languages.append((String(parts[0]), Set(parts.dropFirst().map { ASCIIByte.foldedHash($0) })))
        }
        stopWords = languages
    }
}
