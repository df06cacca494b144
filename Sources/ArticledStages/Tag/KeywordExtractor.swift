import ArticledCore
import Foundation

/// Finds an article's key phrases, best first.
///
/// Candidates are runs of one to three content words that no punctuation or function word
/// interrupts (hyphenated words stay whole), plus the named entities. A candidate scores by
/// how often it and its words occur, longer phrases and early first mentions counting more;
/// a phrase met once must be a name to count, and a single word counts less when it mostly
/// modifies the next one (`Chinese officials`) instead of closing its phrase. Near-duplicates go: the same stems
/// (`sanction`/`sanctions`) make one candidate, and a phrase whose words are all inside a
/// better one (`Putin` in `Vladimir Putin`) is dropped, the fuller name being shown. Words that
/// every article or page uses (`said`, `Tuesday`, `subscribe`) never make a phrase alone.
struct KeywordExtractor: Sendable {
    /// How many key phrases to give.
    var maximum = 10

    /// Words after which a lower-case word is a verb.
    static let verbMarkers: WordTable = {
        let words = "to will would can could should shall may might must do does did he she they we i it who"
        var table = WordTable(capacity: 32)
        for w in words.split(separator: " ") { table.set(WordHash.of(Array(w.utf8)), 1) }
        return table
    }()

    /// The key phrases of the UTF-8 text `bytes`, whose words are `tokens`.
    func keywords(bytes: UnsafeBufferPointer<UInt8>, tokens: [WordToken], entities: [Entity]) -> [Keyword] {
        guard !tokens.isEmpty else { return [] }
        var index = WordTable(capacity: tokens.count * 2)
        var candidates: [KeywordCandidate] = []
        // Sized once: about one candidate for every two words, one run for every four.
        candidates.reserveCapacity(tokens.count / 2 + 16)
        var runStart = 0
        let news = StopWords.news
        let verbs = StopWords.verbs
        var breaker = tokens.map { t in
            if t.isStop || t.isNumber || (bytes[t.start] >= 0x30 && bytes[t.start] <= 0x39) { return true }
            if t.isCapitalized && !t.afterBreak { return false }  // a name inside a sentence
            return isBreaker(t, bytes, news) || verbs.contains(t.stem)
        }
        // A lower-case word right after a modal, `to`, or a subject pronoun is a verb
        // (`will raise`, `to limit`, `they spent`).
        for i in tokens.indices.dropFirst() where !tokens[i].isCapitalized && !tokens[i].afterBreak
            && Self.verbMarkers.contains(tokens[i - 1].word) {
            breaker[i] = true
        }
        // A hyphenated compound is whole or nothing: dropped if a part is a function word or a
        // number (`same-sex` must not leave `sex`), or if every part would break a phrase; kept
        // whole otherwise (`long-range`).
        var h = 1
        while h < tokens.count {
            guard hyphenated(bytes, tokens[h - 1], tokens[h]) else { h += 1; continue }
            let k = h - 1
            var e = h
            while e + 1 < tokens.count && hyphenated(bytes, tokens[e], tokens[e + 1]) { e += 1 }
            let drop = tokens[k...e].contains { $0.isStop || $0.isNumber } || breaker[k...e].allSatisfy { $0 }
            for j in k...e { breaker[j] = drop }
            h = e + 1
        }
        let caseOf = WordCase(tokens)
        var runs: [Range<Int>] = []
        runs.reserveCapacity(tokens.count / 4 + 4)
        for i in 0...tokens.count {
            let ends = i == tokens.count || breaker[i] || tokens[i].afterBreak
                || (i > 0 && possessive(tokens[i - 1], bytes))
            if ends {
                if runStart < i { runs.append(runStart..<i) }
                runStart = i < tokens.count && !breaker[i] ? i : i + 1
            }
        }
        let short = tokens.count < 150
        // Single words first; then the phrases that can still count: in a long text a phrase
        // must occur twice, so each of its words must, unless it is a name.
        for run in runs { collect(bytes, tokens, run: run, phrases: false, short: short, index: &index, into: &candidates) }
        for run in runs { collect(bytes, tokens, run: run, phrases: true, short: short, index: &index, into: &candidates) }
        // Entities: their fullest name, with at least their number of mentions.
        var names: [Int: (name: String, stems: [UInt64])] = [:]
        for e in entities where e.mentions >= 2 {
            let words = WordTokenizer.tokens(e.name).filter { !$0.isStop }
            guard !words.isEmpty, words.count <= 4 else { continue }
            let stems = words.map(\.stem)
            let key = stems.dropFirst().reduce(stems[0], WordHash.pair)
            let (i, inserted) = index.value(key, orInsert: Int32(candidates.count))
            if inserted {
                candidates.append(KeywordCandidate(firstToken: tokens.count / 2, tokenCount: 0, count: e.mentions,
                                                   finals: e.mentions, alwaysCapitalized: true))
            } else {
                candidates[Int(i)].count = max(candidates[Int(i)].count, e.mentions)
                candidates[Int(i)].alwaysCapitalized = true
            }
            names[Int(i)] = (e.name, stems)
        }
        /// The stems of candidate `c`, from the text or from its entity's name.
        func stems(_ c: Int) -> [UInt64] {
            let k = candidates[c]
            return k.tokenCount == 0 ? names[c]?.stems ?? [] : tokens[k.firstToken..<(k.firstToken + k.tokenCount)].map(\.stem)
        }
        let total = Double(tokens.count)
        var scored: [(candidate: Int, score: Double)] = []
        for (ci, c) in candidates.enumerated() {
            if c.count < 2 && !short && !(c.isName && c.tokenCount > 1) { continue }
            let n = c.tokenCount == 0 ? names[ci]?.stems.count ?? 0 : c.tokenCount
            if n == 0 || (n > 2 && c.count < 2 && !c.isName) { continue }
            var frequency = 0.0
            var allNews = true
            for k in 0..<n {
                let stem = c.tokenCount == 0 ? names[ci]!.stems[k] : tokens[c.firstToken + k].stem
                let isNews = news.contains(stem)
                // A phrase never starts with such a word (`Says China` in a Title Case
                // headline), but for a compound (`long-range`).
                if k == 0 && isNews && (n == 1 || c.tokenCount == 0 || !hyphenated(bytes, tokens[c.firstToken], tokens[c.firstToken + 1])) {
                    allNews = true
                    break
                }
                allNews = allNews && isNews
                // A word's own count is that of its one-word candidate.
                frequency += log(1 + Double(index.value(stem).map { candidates[Int($0)].count } ?? 0))
            }
            if allNews { continue }
            frequency /= Double(n)
            let position = 1 + 1 / (1 + 10 * Double(c.firstToken) / total)
            let length = n == 1 ? 1.0 : n == 2 ? 1.6 : 1.9
            let proper = c.isName ? 1.15 : 1
            let head = n == 1 ? 0.5 + 0.5 * Double(c.finals) / Double(c.count) : 1
            // A phrase met once (allowed in a short text) counts less than a repeated one.
            let once = n > 1 && c.count == 1 && !c.isName ? 0.8 : 1
            scored.append((ci, (Double(c.count) + frequency) * length * position * proper * head * once))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : candidates[$0.candidate].firstToken < candidates[$1.candidate].firstToken }
        var chosen: [(stems: Set<UInt64>, last: UInt64, score: Double, surface: String)] = []
        for s in scored {
            let c = candidates[s.candidate]
            let surface = names[s.candidate]?.name ?? self.surface(c, tokens, bytes, caseOf)
            // Too short to mean anything, but for an acronym (`EU`, `UN`).
            guard surface.utf8.count >= 3 || (surface.utf8.count == 2 && surface.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }) else { continue }
            let list = stems(s.candidate)
            let set = Set(list)
            // Two phrases sharing a word (`benchmark interest`, `interest rate`): keep the better.
            if set.count > 1, chosen.contains(where: { $0.stems.count > 1 && !$0.stems.isDisjoint(with: set) }) { continue }
            if let i = chosen.firstIndex(where: { set.isSubset(of: $0.stems) || $0.stems.isSubset(of: set) }) {
                // `Vladimir Putin` after `Putin`: show the fuller name in the better one's place.
                // (Not for a compound, `EU-China` is no fuller name of `China`.)
                if chosen[i].stems.count == 1, set.count > 1, c.isName, list.last == chosen[i].last,
                   !surface.contains("-"), !chosen.contains(where: { $0.stems != chosen[i].stems && $0.stems.isSubset(of: set) }) {
                    chosen[i].surface = surface
                    chosen[i].stems = set
                }
                continue
            }
            chosen.append((set, list.last!, s.score, surface))
            if chosen.count == maximum { break }
        }
        let best = chosen.first?.score ?? 1
        return chosen.map { Keyword(term: $0.surface, score: (($0.score / best) * 1000).rounded() / 1000) }
    }

    /// Adds the single words (hyphenated compounds count as one) of the run `tokens[run]` to
    /// `candidates`, or with `phrases` its two- and three-word phrases, leaving out, in a long
    /// text, a phrase with a word met only once that is not all capitals (it cannot occur twice,
    /// nor be a name).
    private func collect(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [WordToken], run: Range<Int>, phrases: Bool,
                         short: Bool, index: inout WordTable, into candidates: inout [KeywordCandidate]) {
        let from = run.lowerBound, to = run.upperBound
        for a in from..<to {
            if a > from && hyphenated(bytes, tokens[a - 1], tokens[a]) { continue }
            var key: UInt64 = 0
            var wordKey: UInt64 = 0
            var capitalized = true
            var restCapitalized = true
            var rare = false
            var words = 0
            for b in a..<min(to, a + 7) {
                let t = tokens[b]
                key = b == a ? t.stem : WordHash.pair(key, t.stem)
                wordKey = b == a || hyphenated(bytes, tokens[b - 1], t) ? (b == a ? t.stem : WordHash.pair(wordKey, t.stem)) : t.stem
                capitalized = capitalized && t.isCapitalized
                if b > a { restCapitalized = restCapitalized && t.isCapitalized }
                if b + 1 < to && hyphenated(bytes, t, tokens[b + 1]) { continue }
                words += 1
                if phrases && !short && !rare {
                    let single = index.value(wordKey).map { candidates[Int($0)].count } ?? 0
                    rare = single < 2
                }
                if phrases == (words == 1) {
                    if words == 1 { continue }
                    break
                }
                if phrases && rare && !short && !(capitalized || (tokens[a].afterBreak && restCapitalized)) { break }
                let (i, inserted) = index.value(key, orInsert: Int32(candidates.count))
                let final = b == to - 1 ? 1 : 0
                // Is this occurrence evidence of case? Not a sentence's first word on its own,
                // whose capital says nothing; the words after it do.
                let mid = !tokens[a].afterBreak || b > a
                let caps = tokens[a].afterBreak ? restCapitalized : capitalized
                if inserted {
                    candidates.append(KeywordCandidate(firstToken: a, tokenCount: b - a + 1, count: 1, finals: final,
                                                       alwaysCapitalized: caps || !mid, midSentence: mid ? 1 : 0))
                } else {
                    candidates[Int(i)].count += 1
                    candidates[Int(i)].finals += final
                    candidates[Int(i)].midSentence += mid ? 1 : 0
                    candidates[Int(i)].alwaysCapitalized = candidates[Int(i)].alwaysCapitalized && (caps || !mid)
                }
                if words == 3 || !phrases { break }
            }
        }
    }

    /// Whether a word cannot be part of a key phrase: a function word, a number, a word every
    /// article uses (`said`, `week`), or a word that is rarely a noun by its ending: a past
    /// participle (`-ed`) or an adverb (`-ly`) in lower case. (Verbs that are never nouns are
    /// the other breakers, from `StopWords.verbs`; neither list breaks a name, a capitalized
    /// word inside a sentence: `United States`.)
    private func isBreaker(_ t: WordToken, _ bytes: UnsafeBufferPointer<UInt8>, _ news: WordTable) -> Bool {
        if t.isStop || t.isNumber || news.contains(t.stem) { return true }
        guard !t.isCapitalized, t.end - t.start > 4 else { return false }
        let a = bytes[t.end - 2], b = bytes[t.end - 1]
        return (a == 0x65 && b == 0x64) || (a == 0x6C && b == 0x79)
    }

    /// Whether a word ends in a possessive `'s` (`China's`): it closes a noun phrase.
    private func possessive(_ t: WordToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let e = t.end
        guard e - t.start > 2, bytes[e - 1] == 0x73 else { return false }
        return bytes[e - 2] == 0x27 || (e - t.start > 4 && bytes[e - 2] == 0x99 && bytes[e - 3] == 0x80)
    }

    /// Whether `b` follows `a` after a single hyphen (`long-range`).
    private func hyphenated(_ bytes: UnsafeBufferPointer<UInt8>, _ a: WordToken, _ b: WordToken) -> Bool {
        b.start == a.end + 1 && bytes[a.end] == 0x2D
    }

    /// How a candidate is shown: its text (without a possessive) as written for a name (a phrase
    /// always capitalized inside sentences); otherwise each word lower-cased unless the text
    /// always writes it with a capital (`WordCase`).
    private func surface(_ c: KeywordCandidate, _ tokens: [WordToken], _ bytes: UnsafeBufferPointer<UInt8>,
                         _ caseOf: WordCase) -> String {
        var out: [UInt8] = []
        let last = c.firstToken + c.tokenCount - 1
        for k in c.firstToken...last {
            let t = tokens[k]
            var end = t.end
            if k == last && possessive(t, bytes) { end -= bytes[end - 2] == 0x27 ? 2 : 4 }
            if k > c.firstToken { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[tokens[k - 1].end..<t.start])) }
            let keep = c.isName || caseOf.keepsCapital(t.stem)
            for b in UnsafeBufferPointer(rebasing: bytes[t.start..<end]) {
                out.append(!keep && b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
