/// The vocabulary of every topic, indexed by stem hash for lookups on tokens.
///
/// The built-in model holds the 17 top-level IPTC Media Topics, read once from
/// `Resources/topics-iptc.tsv` (built by `scripts/build-topics.py`); users extend or replace it
/// with topics of their own from the stage options (`UserTopics`).
struct TopicModel: Sendable {
    /// The topics, in a fixed order (their index is `TopicTerm.topic`).
    let topics: [(code: String, label: String)]
    /// Single words and two-word phrases (by `WordHash.phrase`) to their index in `postings`.
    let index: WordTable
    /// For each term (its index from `index`), where its topics lie in `topicTerms`.
    let postings: [Range<Int>]
    /// The topics of every term, term after term.
    let topicTerms: [TopicTerm]

    /// The official labels of the IPTC Media Topics' top level, by code.
    static let iptcLabels: [(code: String, label: String)] = [
        ("medtop:01000000", "arts, culture, entertainment and media"),
        ("medtop:02000000", "crime, law and justice"),
        ("medtop:03000000", "disaster, accident and emergency incident"),
        ("medtop:04000000", "economy, business and finance"),
        ("medtop:05000000", "education"),
        ("medtop:06000000", "environment"),
        ("medtop:07000000", "health"),
        ("medtop:08000000", "human interest"),
        ("medtop:09000000", "labour"),
        ("medtop:10000000", "lifestyle and leisure"),
        ("medtop:11000000", "politics"),
        ("medtop:12000000", "religion"),
        ("medtop:13000000", "science and technology"),
        ("medtop:14000000", "society"),
        ("medtop:15000000", "sport"),
        ("medtop:16000000", "conflict, war and peace"),
        ("medtop:17000000", "weather"),
    ]

    /// The built-in IPTC topics, loaded once.
    static let builtin = TopicModel(definitions: builtinDefinitions())

    /// A model of `definitions`; definitions that share a code are merged.
    init(definitions: [TopicDefinition]) {
        var order: [(code: String, label: String)] = []
        var codes: [String: Int] = [:]
        var table = WordTable(capacity: 1024, filtered: true)
        var lists: [[TopicTerm]] = []
        for d in definitions {
            let t: Int
            if let known = codes[d.code] {
                t = known
            } else {
                t = order.count
                codes[d.code] = t
                order.append((d.code, d.label))
            }
            for (term, weight) in d.terms {
                guard let key = WordHash.phrase(term.lowercased()) else { continue }
                let (p, inserted) = table.value(key, orInsert: Int32(lists.count))
                if inserted { lists.append([]) }
                if let i = lists[Int(p)].firstIndex(where: { $0.topic == t }) {
                    lists[Int(p)][i].weight = max(lists[Int(p)][i].weight, weight)
                } else {
                    lists[Int(p)].append(TopicTerm(topic: t, weight: weight))
                }
            }
        }
        topics = order
        index = table
        var flat: [TopicTerm] = []
        postings = lists.map { list in
            flat.append(contentsOf: list)
            return (flat.count - list.count)..<flat.count
        }
        topicTerms = flat
    }

    /// The IPTC definitions read from `Resources/topics-iptc.tsv` (`code<TAB>term<TAB>weight`).
    static func builtinDefinitions() -> [TopicDefinition] {
        var byCode: [String: [(term: String, weight: Double)]] = [:]
        for line in ResourceFile.lines("topics-iptc.tsv") {
            let f = line.split(separator: "\t")
            guard f.count == 3, let w = Double(f[2]) else { continue }
            byCode[String(f[0]), default: []].append((String(f[1]), w))
        }
        return iptcLabels.map { TopicDefinition(code: $0.code, label: $0.label, terms: byCode[$0.code] ?? []) }
    }
}
