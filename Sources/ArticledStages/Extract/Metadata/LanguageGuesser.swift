/// Guesses the language of a text from its most frequent function words.
///
/// Counts, over the first few hundred words, how many belong to each language's stop-word
/// list (`meta-stopwords.txt`); the language with most hits wins if they make a fair share
/// of the words, otherwise the answer is `und` (undetermined).
enum LanguageGuesser {
    /// How many words are looked at.
    static let sampleWords = 250

    /// A BCP 47 code: `en` for English, another listed language, or `und`.
    static func language(of text: String) -> String {
        let vocabulary = MetadataVocabulary.shared
        let codes = vocabulary.languageCodes
        guard !codes.isEmpty else { return "en" }
        var hits = [Int](repeating: 0, count: codes.count)
        var words = 0
        var text = text
        text.withUTF8 { bytes in
            var h: UInt64 = 0xcbf29ce484222325
            var inWord = false
            for b in bytes {
                if ASCIIByte.isLetterLike(b) || b == 0x27 {
                    h ^= UInt64(ASCIIByte.lower(b))
                    h &*= 0x100000001b3
                    inWord = true
                } else if inWord {
                    count(vocabulary.stopWords.value(h), into: &hits)
                    words += 1
                    if words >= sampleWords { return }
                    h = 0xcbf29ce484222325
                    inWord = false
                }
            }
            if inWord { count(vocabulary.stopWords.value(h), into: &hits); words += 1 }
        }
        guard words >= 3, let best = hits.indices.max(by: { hits[$0] < hits[$1] || (hits[$0] == hits[$1] && $0 > $1) }) else { return "en" }
        return hits[best] * 10 >= words ? codes[best] : "und"
    }

    /// Adds a word's language bits to the hit counts.
    @inline(__always) private static func count(_ bits: UInt16, into hits: inout [Int]) {
        guard bits != 0 else { return }
        for i in hits.indices where bits & (1 << UInt16(i)) != 0 { hits[i] += 1 }
    }
}
