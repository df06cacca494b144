import ArticledCore
import Foundation

/// Finds an article's key phrases, best first.
///
/// Candidates are runs of one to three content words that no punctuation or function word
/// interrupts (hyphenated words stay whole), plus the named entities. A candidate scores by
/// how often it and its words occur, longer phrases and early first mentions counting more;
/// a phrase met once must be a name to count. Near-duplicates go: the same stems
/// (`sanction`/`sanctions`) make one candidate, and a phrase whose words are all inside a
/// better one (`Putin` in `Vladimir Putin`) is dropped, the fuller name being shown. Words that
/// every article or page uses (`said`, `Tuesday`, `subscribe`) never make a phrase alone.
struct KeywordExtractor: Sendable {
    /// How many key phrases to give.
    var maximum = 10

    /// The key phrases of the UTF-8 text `bytes`, whose words are `tokens`.
    func keywords(bytes: UnsafeBufferPointer<UInt8>, tokens: [WordToken], entities: [Entity]) -> [Keyword] {
        guard !tokens.isEmpty else { return [] }
        var tf: [UInt64: Int] = [:]
        for t in tokens where !t.isStop && !t.isNumber { tf[t.stem, default: 0] += 1 }
        var candidates: [UInt64: KeywordCandidate] = [:]
        var runStart = 0
        let breaker = tokens.map { isBreaker($0, bytes) }
        for i in 0...tokens.count {
            let ends = i == tokens.count || breaker[i] || tokens[i].afterBreak
            if ends {
                collect(bytes, tokens, from: runStart, to: i, into: &candidates)
                runStart = i < tokens.count && !breaker[i] ? i : i + 1
            }
        }
        for e in entities where e.mentions >= 2 {
            let words = WordTokenizer.tokens(e.name).filter { !$0.isStop }
            guard !words.isEmpty, words.count <= 4 else { continue }
            let stems = words.map(\.stem)
            let key = stems.dropFirst().reduce(stems[0], WordHash.pair)
            if var c = candidates[key] {
                c.count = max(c.count, e.mentions)
                c.alwaysCapitalized = true
                c.name = e.name
                candidates[key] = c
            } else {
                candidates[key] = KeywordCandidate(stems: stems, start: 0, end: 0, firstToken: tokens.count / 2,
                                                   count: e.mentions, alwaysCapitalized: true, name: e.name)
            }
        }
        let total = Double(tokens.count)
        let short = tokens.count < 150
        var scored: [(candidate: KeywordCandidate, score: Double, surface: String)] = []
        for c in candidates.values {
            let n = c.stems.count
            if n > 1 && c.count < 2 && (!short || n > 2) && !c.alwaysCapitalized { continue }
            if n == 1 && c.count < 2 && !short { continue }
            if StopWords.news.contains(c.stems[0]) || (n > 1 && c.stems.allSatisfy { StopWords.news.contains($0) }) { continue }
            let wordFrequency = c.stems.reduce(0.0) { $0 + log(1 + Double(tf[$1] ?? 0)) } / Double(n)
            let position = 1 + 1 / (1 + 10 * Double(c.firstToken) / total)
            let length = n == 1 ? 1.0 : n == 2 ? 1.6 : 1.9
            let proper = c.alwaysCapitalized ? 1.15 : 1
            let score = (Double(c.count) + wordFrequency) * length * position * proper
            let surface = self.surface(c, bytes)
            guard surface.utf8.count >= 3 else { continue }
            scored.append((c, score, surface))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.surface < $1.surface }
        var chosen: [(stems: Set<UInt64>, last: UInt64, score: Double, surface: String)] = []
        for s in scored {
            let set = Set(s.candidate.stems)
            // Two phrases sharing a word (`benchmark interest`, `interest rate`): keep the better.
            if set.count > 1, chosen.contains(where: { $0.stems.count > 1 && !$0.stems.isDisjoint(with: set) }) { continue }
            if let i = chosen.firstIndex(where: { set.isSubset(of: $0.stems) || $0.stems.isSubset(of: set) }) {
                // `Vladimir Putin` after `Putin`: show the fuller name in the better one's place.
                if chosen[i].stems.count == 1, set.count > 1, s.candidate.alwaysCapitalized,
                   s.candidate.stems.last == chosen[i].last {
                    chosen[i].surface = s.surface
                    chosen[i].stems = set
                }
                continue
            }
            chosen.append((set, s.candidate.stems.last!, s.score, s.surface))
            if chosen.count == maximum { break }
        }
        let best = chosen.first?.score ?? 1
        return chosen.map { Keyword(term: $0.surface, score: (($0.score / best) * 1000).rounded() / 1000) }
    }

    /// Adds the one- to three-word phrases of the run `tokens[from..<to]` to `candidates`.
    private func collect(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [WordToken], from: Int, to: Int,
                         into candidates: inout [UInt64: KeywordCandidate]) {
        guard from < to else { return }
        for a in from..<to {
            if a > from && hyphenated(bytes, tokens[a - 1], tokens[a]) { continue }
            var key: UInt64 = 0
            var stems: [UInt64] = []
            var capitalized = true
            var words = 0
            for b in a..<min(to, a + 7) {
                let t = tokens[b]
                key = stems.isEmpty ? t.stem : WordHash.pair(key, t.stem)
                stems.append(t.stem)
                capitalized = capitalized && t.isCapitalized
                if b + 1 < to && hyphenated(bytes, t, tokens[b + 1]) { continue }
                words += 1
                if var c = candidates[key] {
                    c.count += 1
                    c.alwaysCapitalized = c.alwaysCapitalized && capitalized
                    candidates[key] = c
                } else {
                    candidates[key] = KeywordCandidate(stems: stems, start: tokens[a].start, end: t.end, firstToken: a,
                                                       count: 1, alwaysCapitalized: capitalized, name: nil)
                }
                if words == 3 { break }
            }
        }
    }

    /// Whether a word cannot be part of a key phrase: a function word, a number, a word every
    /// article uses (`said`, `week`), or a word that is rarely a noun by its ending: a past
    /// participle (`-ed`) or an adverb (`-ly`) in lower case.
    private func isBreaker(_ t: WordToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if t.isStop || t.isNumber || StopWords.news.contains(t.stem) { return true }
        guard !t.isCapitalized, t.end - t.start > 4 else { return false }
        let a = bytes[t.end - 2], b = bytes[t.end - 1]
        return (a == 0x65 && b == 0x64) || (a == 0x6C && b == 0x79)
    }

    /// Whether `b` follows `a` after a single hyphen (`long-range`).
    private func hyphenated(_ bytes: UnsafeBufferPointer<UInt8>, _ a: WordToken, _ b: WordToken) -> Bool {
        b.start == a.end + 1 && bytes[a.end] == 0x2D
    }

    /// How a candidate is shown: its text (without a possessive), lower-cased unless a name.
    private func surface(_ c: KeywordCandidate, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if let name = c.name { return name }
        var end = c.end
        if end - c.start > 2 && bytes[end - 1] == 0x73 && bytes[end - 2] == 0x27 { end -= 2 }
        if end - c.start > 4 && bytes[end - 1] == 0x73 && bytes[end - 2] == 0x99 && bytes[end - 3] == 0x80 { end -= 4 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[c.start..<end]), as: UTF8.self)
        return c.alwaysCapitalized ? text : text.lowercased()
    }
}
