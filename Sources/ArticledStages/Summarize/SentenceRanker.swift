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

    /// The indices, in text order, of the `count` sentences that best summarize `sentences`,
    /// whose terms are ranges of `terms`, term ids being below `vocabulary`.
    func choose(_ sentences: [SentenceProfile], terms: [(id: Int32, count: Int32)], title: [(id: Int32, count: Int32)],
                vocabulary: Int, count: Int) -> [Int] {
        let n = sentences.count
        guard n > count else { return Array(0..<n) }
        // Inverse sentence frequency.
        var sf = [Int32](repeating: 0, count: vocabulary)
        for s in sentences { for k in s.terms { sf[Int(terms[k].id)] += 1 } }
        let byFrequency = (0...n).map { log(Double(n) / Double(max($0, 1))) + 1 }
        let isf = sf.map { byFrequency[Int($0)] }
        // The tf-isf weight of each term (aligned with `terms`), and each sentence's norm.
        let weights = terms.map { Double($0.count) * isf[Int($0.id)] }
        let norms = sentences.map { s in s.terms.reduce(0) { $0 + weights[$1] * weights[$1] }.squareRoot() }
        // Pairwise cosine similarities: each sentence's weights scattered into a dense row,
        // then read back by the later sentences' terms.
        var sim = [Double](repeating: 0, count: n * n)
        var dense = [Double](repeating: 0, count: vocabulary)
        for i in 0..<n where norms[i] > 0 {
            for k in sentences[i].terms { dense[Int(terms[k].id)] = weights[k] }
            for j in (i + 1)..<n where norms[j] > 0 {
                var dot = 0.0
                for k in sentences[j].terms { dot += dense[Int(terms[k].id)] * weights[k] }
                let s = dot / (norms[i] * norms[j])
                sim[i * n + j] = s
                sim[j * n + i] = s
            }
            for k in sentences[i].terms { dense[Int(terms[k].id)] = 0 }
        }
        let centrality = lexRank(sim, n)
        let maxCentrality = centrality.max() ?? 1
        let titleWeights = title.map { Double($0.count) * isf[Int($0.id)] }
        let titleNorm = titleWeights.reduce(0) { $0 + $1 * $1 }.squareRoot()
        // Each sentence's cosine with the headline, by a merge of the two sorted term lists.
        let titleSim = sentences.indices.map { i -> Double in
            guard norms[i] > 0, titleNorm > 0 else { return 0 }
            var a = sentences[i].terms.lowerBound, b = 0, dot = 0.0
            while a < sentences[i].terms.upperBound && b < title.count {
                let x = terms[a].id, y = title[b].id
                if x == y {
                    dot += weights[a] * titleWeights[b]; a += 1; b += 1
                } else if x < y { a += 1 } else { b += 1 }
            }
            return dot / (norms[i] * titleNorm)
        }
        let maxTitle = max(titleSim.max() ?? 0, 1e-9)
        var score = [Double](repeating: 0, count: n)
        // Position counts among the sentences fit to stand alone, so that clutter before the
        // story (a byline, a caption) does not push the real lead down.
        var rank = 0
        for i in 0..<n {
            let position = 1 / (1 + 0.3 * Double(rank))
            if sentences[i].fitness >= 0.5 { rank += 1 }
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
        let top = score.max() ?? 1
        while chosen.count < count {
            var best = -1
            var bestValue = -Double.infinity
            for i in 0..<n where !chosen.contains(i) {
                var redundancy = 0.0
                for c in chosen { redundancy = max(redundancy, sim[i * n + c]) }
                if redundancy > 0.65 { continue }
                let value = score[i] - redundancyPenalty * redundancy * top
                if value > bestValue { bestValue = value; best = i }
            }
            guard best >= 0 else { break }
            chosen.append(best)
        }
        // Every other sentence repeats a chosen one: fill up with the best of them anyway.
        if chosen.count < count {
            let rest = (0..<n).filter { !chosen.contains($0) }.sorted { score[$0] != score[$1] ? score[$0] > score[$1] : $0 < $1 }
            chosen += rest.prefix(count - chosen.count)
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
        for _ in 0..<10 {
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
}
