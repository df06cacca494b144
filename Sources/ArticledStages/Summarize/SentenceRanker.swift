import Foundation

/// Chooses the summary sentences of an article: a graph ranking tempered by news writing.
///
/// Each sentence's score joins three signals: its centrality (LexRank: the stationary
/// distribution of a random walk over tf-isf cosine similarities between sentences), its
/// position (news puts the key facts first, so the lead weighs most, as long as the sentence
/// shares words with the rest of the article), and its likeness to the headline; the sum is scaled by how well the sentence stands alone (`StandaloneCheck`).
/// Sentences are then taken greedily by maximal marginal relevance, so that a sentence that
/// repeats one already chosen loses to one that adds something.
struct SentenceRanker: Sendable {
    var positionWeight = 0.45
    var centralityWeight = 0.35
    var titleWeight = 0.2
    /// How much similarity to a chosen sentence costs (maximal marginal relevance).
    var redundancyPenalty = 0.35

    /// The indices, in text order, of the `count` sentences that best summarize `sentences`.
    func choose(_ sentences: [SentenceProfile], title: [(stem: UInt64, count: Int)], count: Int) -> [Int] {
        let n = sentences.count
        guard n > count else { return Array(0..<n) }
        // Inverse sentence frequency.
        var sf: [UInt64: Int] = [:]
        for s in sentences { for t in s.terms { sf[t.stem, default: 0] += 1 } }
        let isf = sf.mapValues { log(Double(n) / Double($0)) + 1 }
        func vector(_ terms: [(stem: UInt64, count: Int)]) -> (terms: [(stem: UInt64, weight: Double)], norm: Double) {
            let v = terms.map { ($0.stem, Double($0.count) * (isf[$0.stem] ?? (log(Double(n)) + 1))) }
            return (v, v.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot())
        }
        let vectors = sentences.map { vector($0.terms) }
        var sim = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                let s = cosine(vectors[i], vectors[j])
                sim[i * n + j] = s
                sim[j * n + i] = s
            }
        }
        let centrality = lexRank(sim, n)
        let maxCentrality = centrality.max() ?? 1
        let titleVector = vector(title.sorted { $0.stem < $1.stem })
        let titleSim = vectors.map { cosine($0, titleVector) }
        let maxTitle = max(titleSim.max() ?? 0, 1e-9)
        var score = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let position = 1 / (1 + 0.3 * Double(i))
            let paragraphOpening = i == 0 || sentences[i - 1].span.paragraph != sentences[i].span.paragraph ? 0.05 : 0
            let c = maxCentrality > 0 ? centrality[i] / maxCentrality : 0
            let t = title.isEmpty ? 0 : titleSim[i] / maxTitle
            let weights = title.isEmpty ? positionWeight + centralityWeight : 1
            // The position prior counts in full only for a sentence about what the article is
            // about: an early sentence that shares nothing with the rest (a scene-setting
            // opening, a stray line) keeps a third of it.
            let content = max(c, t)
            let lead = positionWeight * position * (0.3 + 0.7 * content)
            score[i] = sentences[i].fitness * ((lead + centralityWeight * c + titleWeight * t) / weights + paragraphOpening)
        }
        var chosen: [Int] = []
        while chosen.count < count {
            var best = -1
            var bestValue = -Double.infinity
            for i in 0..<n where !chosen.contains(i) {
                let redundancy = chosen.map { sim[i * n + $0] }.max() ?? 0
                if redundancy > 0.65 { continue }
                let value = score[i] - redundancyPenalty * redundancy * (score.max() ?? 1)
                if value > bestValue { bestValue = value; best = i }
            }
            guard best >= 0 else { break }
            chosen.append(best)
        }
        return chosen.sorted()
    }

    /// Centrality by power iteration over the similarity graph (LexRank's random walk with
    /// damping), the walk's steps scaled by the largest row sum instead of each row's own: with
    /// per-row normalization, two sentences that share one stray word and nothing else would
    /// pass all their weight to each other and rank as central as the article's core.
    private func lexRank(_ sim: [Double], _ n: Int) -> [Double] {
        var rowSum = [Double](repeating: 0, count: n)
        for i in 0..<n { for j in 0..<n { rowSum[i] += sim[i * n + j] } }
        let scale = rowSum.max() ?? 0
        guard scale > 0 else { return [Double](repeating: 1 / Double(n), count: n) }
        var p = [Double](repeating: 1 / Double(n), count: n)
        let damping = 0.85
        for _ in 0..<30 {
            var next = [Double](repeating: (1 - damping) / Double(n), count: n)
            for i in 0..<n where rowSum[i] > 0 {
                let share = damping * p[i] / scale
                for j in 0..<n { next[j] += share * sim[i * n + j] }
            }
            let total = next.reduce(0, +)
            p = next.map { $0 / total }
        }
        return p
    }

    /// Cosine similarity of two stem-sorted weighted vectors.
    private func cosine(_ a: (terms: [(stem: UInt64, weight: Double)], norm: Double),
                        _ b: (terms: [(stem: UInt64, weight: Double)], norm: Double)) -> Double {
        guard a.norm > 0, b.norm > 0 else { return 0 }
        var i = 0, j = 0, dot = 0.0
        while i < a.terms.count && j < b.terms.count {
            if a.terms[i].stem == b.terms[j].stem {
                dot += a.terms[i].weight * b.terms[j].weight; i += 1; j += 1
            } else if a.terms[i].stem < b.terms[j].stem { i += 1 } else { j += 1 }
        }
        return dot / (a.norm * b.norm)
    }
}
