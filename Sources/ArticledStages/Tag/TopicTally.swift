/// The weighted occurrences of a topic model's terms in one article, as `TopicScorer` counts them.
struct TopicTally {
    /// Posting index (+1) to slot in `postings` and `counts`.
    private var slots = WordTable(capacity: 256)
    /// The terms met, by their posting index in the model.
    private(set) var postings: [Int32] = []
    /// Their weighted occurrences, slot by slot.
    private(set) var counts: [Double] = []

    /// Counts the words of `tokens` and their two-word phrases when the model knows them, each
    /// with the weight `lead` if it starts before the byte offset `leadEnd`, else `rest`.
    mutating func add(_ tokens: [WordToken], index: WordTable, leadEnd: Int = 0, lead: Double = 1, rest: Double) {
        var previous: UInt64 = 0
        var hasPrevious = false
        for t in tokens {
            if t.isStop || t.isNumber { hasPrevious = false; continue }
            let w = t.start < leadEnd ? lead : rest
            if let p = index.value(t.stem) { count(p, w) }
            if hasPrevious && !t.afterBreak, let p = index.value(WordHash.pair(previous, t.stem)) { count(p, w) }
            previous = t.stem
            hasPrevious = true
        }
    }

    /// Adds `weight` to the count of the term at `posting`.
    @inline(__always)
    private mutating func count(_ posting: Int32, _ weight: Double) {
        let (s, inserted) = slots.value(UInt64(posting) &+ 1, orInsert: Int32(counts.count))
        if inserted {
            postings.append(posting)
            counts.append(weight)
        } else {
            counts[Int(s)] += weight
        }
    }
}
