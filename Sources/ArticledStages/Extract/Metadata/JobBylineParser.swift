/// Bylines that give each reporter's job after the name, with no "By": "Pippa Crerar Political
/// editor and Dan Sabbagh Defence and security editor", "Kevin O'Sullivan, Environment and
/// Science Editor, and Barry Roche, Southern Correspondent", "Denis Campbell Health policy
/// editor", and names set apart by bars ("Tahir Khan | Anwarullah Khan").
enum JobBylineParser {
    /// The reporters' names, or nil unless the whole line reads as names, each perhaps with its
    /// job (a phrase of up to six words that ends on a journalist's job word).
    static func names(in line: String) -> [String]? {
        guard line.utf8.count <= 160, let first = line.utf8.first, ASCIIByte.isUpper(first) else { return nil }
        // Cheap test first, without splitting: a bar, or a journalist's job word.
        guard line.utf8.contains(0x7C) || hasJobWord(line) else { return nil }
        let tokens = line.split(separator: " ")
        guard tokens.count >= 2, tokens.count <= 24 else { return nil }
        if tokens.contains("|") { return barredNames(tokens) }
        // Each part ends on a job word; the last may be a name alone.
        var parts: [[Substring]] = [[]]
        for token in tokens {
            parts[parts.count - 1].append(token)
            if isJobWord(token) { parts.append([]) }
        }
        if parts.last?.isEmpty == true { parts.removeLast() }
        var names: [String] = []
        var jobs = 0
        for (k, part) in parts.enumerated() {
            var words = part[...]
            // ", and" / "and" / "&" between two reporters.
            if k > 0 {
                while let w = words.first, w == "and" || w == "&" || w == "," || w == "and," { words = words.dropFirst() }
            }
            guard let (name, rest) = nameAndJob(Array(words)) else { return nil }
            if !rest.isEmpty { jobs += 1 }
            names.append(name)
        }
        // One name with its job, or several names: never a lone name (a caption, a place).
        guard jobs >= 1 else { return nil }
        return names
    }

    /// The names of a line that only bars set apart ("Tahir Khan | Anwarullah Khan"), or nil.
    private static func barredNames(_ tokens: [Substring]) -> [String]? {
        let parts = tokens.split(separator: "|").map { $0.joined(separator: " ") }
        guard parts.count >= 2, parts.count <= 4 else { return nil }
        var names: [String] = []
        for part in parts {
            guard (2...3).contains(part.spaceSeparatedWordCount), let name = BylineParser.bareName(in: part), name == part,
                  !BylineParser.isOutletName(part.split(separator: " ")) else { return nil }
            names.append(name)
        }
        return names
    }

    /// A part's name (two to four words a bare name reads) and what follows it, which is empty
    /// or a job; nil when the part is neither.
    private static func nameAndJob(_ words: [Substring]) -> (String, [Substring])? {
        guard words.count >= 2 else { return nil }
        for length in stride(from: min(4, words.count), through: 2, by: -1) {
            var nameWords = words[..<length].map { $0 }
            let comma = nameWords[length - 1].hasSuffix(",")
            if comma { nameWords[length - 1] = nameWords[length - 1].dropLast() }
            let candidate = nameWords.joined(separator: " ")
            guard nameWords.allSatisfy({ BylineParser.startsUpper($0) }), BylineParser.bareName(in: candidate) == candidate else { continue }
            let rest = Array(words[length...])
            if rest.isEmpty || isJob(rest) { return (candidate, rest) }
        }
        return nil
    }

    /// Whether `words` are a job: at most six words, the first capitalized, the last a
    /// journalist's job word ("Defence and security editor", "Southern Correspondent,").
    private static func isJob(_ words: [Substring]) -> Bool {
        guard (1...6).contains(words.count), let first = words.first, let last = words.last, BylineParser.startsUpper(first), isJobWord(last) else { return false }
        return words.allSatisfy { $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "," || $0 == "&" } }
    }

    /// The journalists' job words by `ASCIIByte.wordKey`.
    private static let jobKeys = WordHashSet(ArticleLayout.journalistWords.map { ASCIIByte.wordKey($0.utf8) })

    /// Whether a word of `line` is a journalist's job word, read on its bytes.
    private static func hasJobWord(_ line: String) -> Bool {
        var found = false
        var line = line
        line.withUTF8 { bytes in
            var start = 0
            for k in 0...bytes.count where k == bytes.count || bytes[k] == 0x20 {
                if k - start >= 5, jobKeys.contains(ASCIIByte.wordKey(UnsafeBufferPointer(rebasing: bytes[start..<k]))) { found = true; return }
                start = k + 1
            }
        }
        return found
    }

    /// Whether `token` is a journalist's job word, perhaps with a comma after it.
    private static func isJobWord(_ token: Substring) -> Bool {
        jobKeys.contains(ASCIIByte.wordKey(token.utf8))
    }
}
