/// Guesses the language of a text from its most frequent function words.
///
/// Counts, over the first few hundred words, how many belong to each language's stop-word
/// list (`meta-stopwords.txt`); the language with most hits wins if they make a fair share
/// of the words, otherwise the answer is `und` (undetermined).
enum LanguageGuesser {
    /// How many words are looked at.
    static let sampleWords = 400

    /// A BCP 47 code: `en` for English, another listed language, or `und`.
    static func language(of text: String) -> String {
        let languages = MetadataVocabulary.shared.stopWords
        guard !languages.isEmpty else { return "en" }
        var hits = [Int](repeating: 0, count: languages.count)
        var words = 0
        var start = -1
        var index = 0
        let bytes = Array(text.utf8.prefix(sampleWords * 8))
        for b in bytes {
            let isWord = ASCIIByte.isLetterLike(b) || b == 0x27
            if isWord && start < 0 { start = index }
            if !isWord && start >= 0 {
                count(bytes, from: start, to: index, languages, &hits)
                words += 1
                start = -1
                if words >= sampleWords { break }
            }
            index += 1
        }
        if start >= 0 && words < sampleWords { count(bytes, from: start, to: index, languages, &hits); words += 1 }
        guard words >= 3, let best = hits.indices.max(by: { hits[$0] < hits[$1] || (hits[$0] == hits[$1] && $0 > $1) }) else { return "en" }
        return hits[best] * 10 >= words ? languages[best].code : "und"
    }

    /// Adds the word between `from` and `to` to the hit counts of the languages that list it.
    private static func count(_ bytes: [UInt8], from: Int, to: Int, _ languages: [(code: String, words: Set<UInt64>)], _ hits: inout [Int]) {
        let h = ASCIIByte.foldedHash(bytes[from..<to])
        for (i, language) in languages.enumerated() where language.words.contains(h) { hits[i] += 1 }
    }
}
