/// Words spelled with letters outside ASCII that the lost-letter repair may match a damaged
/// word against ("Fran?ois" → "François") when the page never spells the word whole.
///
/// One word a line, in order of preference: the cleanup's own list of accented words in
/// English news (`cleanup-accented-words.txt`), then the accented given names and place names
/// the entity lists know. A multi-word name gives each of its accented words. Only letters of
/// two bytes in UTF-8 (Latin-1 and Latin Extended: "é", "ā", "ğ") are taken from the lists: a
/// Vietnamese place's "ả" is not what an English page's "Ng?i Tahu" lost.
enum AccentedSpellings {
    /// The words, each followed by a line feed, as UTF-8, by their first byte (so that a damaged
    /// word is matched against the few that begin as it does, not all 6,000).
    static let byFirstByte: [[UInt8]] = {
        var buckets = [[UInt8]](repeating: [], count: 256)
        let all = words(["cleanup-accented-words.txt", "names-given.txt", "gazetteer-cities.txt", "gazetteer-regions.txt", "gazetteer-countries.txt"])
        for word in all.split(separator: 0x0A) {
            buckets[Int(word[word.startIndex])].append(contentsOf: word)
            buckets[Int(word[word.startIndex])].append(0x0A)
        }
        return buckets
    }()

    /// The cleanup's own list alone, for a letter lost at a word's start, where a quotation's
    /// opening mark is as likely ("Met ?ireann" is "Éireann"; "?an insult" no town's "Đan").
    static let curated: [UInt8] = words(["cleanup-accented-words.txt"])

    /// The accented words of `files`, in order, each once.
    private static func words(_ files: [String]) -> [UInt8] {
        var out: [UInt8] = []
        var seen = Set<Substring>()
        for file in files {
            for line in ResourceFile.lines(file) {
                for name in line.split(separator: "|") {
                    for word in name.split(separator: " ") where word.utf8.contains(where: { $0 >= 0x80 }) && !word.utf8.contains(where: { $0 >= 0xE0 }) && !seen.contains(word) {
                        seen.insert(word)
                        out.append(contentsOf: word.utf8)
                        out.append(0x0A)
                    }
                }
            }
        }
        return out
    }
}
