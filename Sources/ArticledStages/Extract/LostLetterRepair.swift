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
        // "Lehtim?ki conquers Safari": a headline's word that lost a letter inside it (not its question mark).
        let titleLoss = document.title.map(hasLetterLostInside) ?? false
        guard hasLoss || titleLoss else { return }
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
        if titleLoss, let title = document.title { document.title = restoreWords(of: title, from: spellings) }
        document.authors = document.authors.map(restore)
        for i in document.quotes.indices { document.quotes[i].speaker = document.quotes[i].speaker.map(restore) }
        // Only a renamed entity can now share its name with another.
        var merged: [Entity] = []
        merged.reserveCapacity(document.entities.count)
        var renamed = false
        for entity in document.entities {
            guard entity.name.utf8.contains(0x3F) else { merged.append(entity); continue }
            var e = entity
            e.name = restore(e.name)
            guard e.name != entity.name else { merged.append(e); continue }
            renamed = true
            merged.append(e)
        }
        guard renamed else { return }
        var k = 0
        while k < merged.count {
            if let first = merged[..<k].firstIndex(where: { $0.name == merged[k].name && $0.type == merged[k].type }) {
                merged[first].mentions += merged[k].mentions
                merged.remove(at: k)
            } else {
                k += 1
            }
        }
        // The recognizer's order: most mentioned first, then by name and type.
        document.entities = merged.sorted { a, b in
            if a.mentions != b.mentions { return a.mentions > b.mentions }
            if a.name != b.name { return a.name < b.name }
            return a.type.rawValue < b.type.rawValue
        }
    }

    /// Whether `text` holds a `?` between two letters, where a letter was lost ("Lehtim?ki").
    private static func hasLetterLostInside(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3 else { return false }
        return (1..<(bytes.count - 1)).contains { k in
            bytes[k] == 0x3F && ASCIIByte.isLetterLike(bytes[k - 1]) && ASCIIByte.isLetterLike(bytes[k + 1])
        }
    }

    /// The words of `sources` holding a letter outside ASCII ("José", "Agüero"): read on the
    /// bytes, and only such words, rare in English text, made strings.
    private static func wholeSpellings(in sources: [String]) -> [String] {
        var out = Set<String>()
        for source in sources {
            var source = source
            source.withUTF8 { b in
                let n = b.count
                var i = 0
                while i < n {
                    guard ASCIIByte.isUpper(b[i]) || ASCIIByte.isLower(b[i]) || isLetterLead(b[i]) else { i += 1; continue }
                    var j = i
                    var foreign = false
                    while j < n {
                        let c = b[j]
                        if ASCIIByte.isUpper(c) || ASCIIByte.isLower(c) {
                            j += 1
                        } else if isLetterLead(c) {
                            foreign = true
                            j += 1
                            while j < n && b[j] & 0xC0 == 0x80 { j += 1 }
                        } else {
                            break
                        }
                    }
                    if foreign { out.insert(String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self)) }
                    i = j
                }
            }
        }
        return out.sorted()
    }

    /// Whether `b` opens a character that is a letter outside ASCII: Latin, Greek and Cyrillic
    /// (two bytes from 0xC3) or Latin Extended Additional and the like (three bytes), not the
    /// punctuation of 0xC2 ("«", no-break space) and 0xE2 ("’", "—").
    private static func isLetterLead(_ b: UInt8) -> Bool { (b >= 0xC3 && b <= 0xDF) || (b >= 0xE0 && b <= 0xEF && b != 0xE2) }

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
            // (A replacement character, "Morn\u{FFFD}", is no letter.)
            let fits = zip(word, letters).allSatisfy { w, l in w == "?" ? !l.isASCII && l.properties.isAlphabetic : w == l }
            guard fits else { continue }
            if found != nil && found != spelling { return nil }
            found = spelling
        }
        return found
    }
}
