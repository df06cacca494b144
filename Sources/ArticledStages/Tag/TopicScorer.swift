import ArticledCore
import Foundation

/// Scores an article against a `TopicModel`: which topics it is about, best first.
///
/// Each word and two-word phrase of the text adds its weights to the topics it points to,
/// with a sublinear term frequency (`√tf`) so that one word repeated cannot carry a topic,
/// words of the headline and the first paragraph counting more (news states its subject
/// first), and the head words of organizations named in the text (`ministry`, `league`,
/// `court`, `church`) counting as evidence too. The raw sums become scores in 0...1 by
/// `1 - exp(-density)`, the density being the sum over the square root of the text's length,
/// so a short text with a few strong words and a long one with many score alike.
struct TopicScorer: Sendable {
    let model: TopicModel
    /// Topics scoring less than this share of the best one are left out.
    var relativeCutoff = 0.4
    /// At most this many topics.
    var maximum = 4

    /// The topics of `tokens` (with `leadEnd`, the byte offset where the lead stops), plus the
    /// words of `title` and the organizations among `entities`.
    func topics(tokens: [WordToken], leadEnd: Int, title: [WordToken], entities: [Entity]) -> [Topic] {
        // Occurrences per vocabulary term, weighted by where they are.
        var tally = TopicTally()
        let index = model.index
        tally.add(tokens, index: index, leadEnd: leadEnd, lead: 2, rest: 1)
        tally.add(title, index: index, rest: 3)
        for e in entities where e.type == .organization {
            let mentions = Double(min(e.mentions, 4))
            tally.add(WordTokenizer.tokens(e.name), index: index, rest: mentions)
        }
        let postings = tally.postings, counts = tally.counts
        var raw = [Double](repeating: 0, count: model.topics.count)
        for (k, p) in postings.enumerated() {
            let tf = counts[k].squareRoot()
            for h in model.topicTerms[model.postings[Int(p)]] { raw[h.topic] += h.weight * tf }
        }
        let length = Double(max(tokens.count, 1))
        let best = raw.max() ?? 0
        guard best > 0 else { return [] }
        let ranked = raw.indices.filter { raw[$0] > 0 && raw[$0] >= best * relativeCutoff }
            .sorted { raw[$0] != raw[$1] ? raw[$0] > raw[$1] : model.topics[$0].code < model.topics[$1].code }
        var out: [Topic] = []
        for i in ranked.prefix(maximum) {
            let density = raw[i] / length.squareRoot() / 4
            var score = ((1 - exp(-density)) * 1000).rounded() / 1000
            // Best first, strictly: rounding must not make a lesser topic tie the one above it.
            if let above = out.last?.score, score >= above { score = max(0, above - 0.001) }
            out.append(Topic(code: model.topics[i].code, label: model.topics[i].label, score: max(score, 0.001)))
        }
        return out
    }
}
