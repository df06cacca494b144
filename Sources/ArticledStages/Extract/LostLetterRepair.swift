import ArticledCore

/// Restores the letters that names lost to an earlier encoding ("Jos? Ibarra", "Tom?s Ag?ero")
/// where the page spells the same word whole elsewhere (a caption's "José Ibarra", a standfirst's
/// "Tomás Agüero"): one person is then listed once, under the name the page gives them.
///
/// A word is restored only from a spelling on the page that fits it alone, each `?` standing for
/// one letter outside ASCII; a name the page never spells whole keeps its `?`, since guessing an
/// accent would invent one.
enum LostLetterRepair {
    /// Restores the names of `document`'s entities, quotes' speakers and authors, and lists an
    /// entity named two ways once.
    static func restoreNames(in document: inout Document) {
        let hasLoss = document.entities.contains { $0.name.utf8.contains(0x3F) }
            || document.authors.contains { $0.utf8.contains(0x3F) }
            || document.quotes.contains { $0.speaker?.utf8.contains(0x3F) == true }
        guard hasLoss else { return }
        var sources = [document.text, document.title ?? "", document.subtitle ?? ""]
        sources.append(document.format == .html ? HTMLEntities.text(Array(document.raw.utf8)) : document.raw)
        let spellings = wholeSpellings(in: sources)
        guard !spellings.isEmpty else { return }
        var restored: [String: String] = [:]
        func restore(_ name: String) -> String {
            guard name.utf8.contains(0x3F) else { return name }
            if let known = restored[name] { return known }
            let fixed = restoreWords(of: name, from: spellings)
            restored[name] = fixed
            return fixed
        }
        document.authors = document.authors.map(restore)
        for i in document.quotes.indices { document.quotes[i].speaker = document.quotes[i].speaker.map(restore) }
        var merged: [Entity] = []
        var index: [String: Int] = [:]
        for entity in document.entities {
            var e = entity
            e.name = restore(e.name)
            let key = e.type.rawValue + "\u{0}" + e.name
            if let k = index[key] {
                merged[k].mentions += e.mentions
            } else {
                index[key] = merged.count
                merged.append(e)
            }
        }
        guard merged.count < document.entities.count || merged != document.entities else { return }
        // The recognizer's order: most mentioned first, then by name and type.
        document.entities = merged.sorted { a, b in
            if a.mentions != b.mentions { return a.mentions > b.mentions }
            if a.name != b.name { return a.name < b.name }
            return a.type.rawValue < b.type.rawValue
        }
    }

    /// The words of `sources` holding a letter outside ASCII ("José", "Agüero").
    private static func wholeSpellings(in sources: [String]) -> [String] {
        var out = Set<String>()
        for source in sources {
            var word = String.UnicodeScalarView()
            var foreign = false
            for s in source.unicodeScalars {
                if s.properties.isAlphabetic {
                    word.append(s)
                    if !s.isASCII { foreign = true }
                    continue
                }
                if foreign { out.insert(String(word)) }
                word.removeAll(keepingCapacity: true)
                foreign = false
            }
            if foreign { out.insert(String(word)) }
        }
        return out.sorted()
    }

    /// `name` with each word holding `?` replaced by the one whole spelling that fits it.
    private static func restoreWords(of name: String, from spellings: [String]) -> String {
        var out = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        func flush() {
            if word.contains("?"), let whole = onlyFit(word, in: spellings) {
                out.append(contentsOf: whole.unicodeScalars)
            } else {
                out.append(contentsOf: word)
            }
            word.removeAll(keepingCapacity: true)
        }
        for s in name.unicodeScalars {
            if s.properties.isAlphabetic || s == "?" {
                word.append(s)
            } else {
                flush()
                out.append(s)
            }
        }
        flush()
        return String(out)
    }

    /// The one spelling that `word` fits, each `?` a letter outside ASCII and every other letter
    /// the same; nil when none or several do.
    private static func onlyFit(_ word: [Unicode.Scalar], in spellings: [String]) -> String? {
        var found: String?
        for spelling in spellings {
            let letters = Array(spelling.unicodeScalars)
            guard letters.count == word.count else { continue }
            let fits = zip(word, letters).allSatisfy { w, l in w == "?" ? !l.isASCII : w == l }
            guard fits else { continue }
            if found != nil && found != spelling { return nil }
            found = spelling
        }
        return found
    }
}
