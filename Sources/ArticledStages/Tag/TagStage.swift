import ArticledCore

/// Assigns IPTC Media Topics and key phrases.
///
/// Options: `topics`, a list of the user's own topics (`UserTopics`), and `replace_builtin`
/// (default false) to use only those instead of the IPTC ones as well.
public struct TagStage: Stage {
    public let name = "tag"
    public let version = "1.0.0"
    public let needs: Set<DocumentKey> = [.text, .entities]
    public let adds: Set<DocumentKey> = [.topics, .keywords]

    /// The topics the stage chooses among.
    let scorer: TopicScorer
    let keywords = KeywordExtractor()

    /// The stage as configured: the built-in topics, the user's, or both.
    public init(options: inout StageOptions) throws(StageOptions.Invalid) {
        let user = try UserTopics.read(&options)
        let replace = try options.bool("replace_builtin", default: false)
        if replace && user.isEmpty {
            throw OptionError.make(stage: options.stage, message: "option 'replace_builtin' is true but 'topics' defines none")
        }
        if user.isEmpty {
            scorer = TopicScorer(model: .builtin)
        } else {
            scorer = TopicScorer(model: TopicModel(definitions: (replace ? [] : TopicModel.builtinDefinitions()) + user))
        }
    }

    /// The stage with the built-in IPTC topics only.
    public init() { scorer = TopicScorer(model: .builtin) }

    /// Sets the document's topics and key phrases from its text, headline and entities.
    public func process(_ document: inout Document) async throws {
        var text = document.text
        // The headline and the standfirst weigh more than the body.
        let title = WordTokenizer.tokens([document.title, document.subtitle].compactMap { $0 }.joined(separator: " \n\n "))
        let entities = document.entities
        let (topics, keywords, tokens) = text.withUTF8 { bytes in
            let tokens = WordTokenizer.tokens(bytes, from: 0, to: bytes.count)
            let leadEnd = SentenceSplitter.leadEnd(bytes)
            return (scorer.topics(tokens: tokens, leadEnd: leadEnd, title: title, entities: entities),
                    self.keywords.keywords(bytes: bytes, tokens: tokens, entities: entities), tokens)
        }
        TokenHandoff.offer(text, tokens)
        document.topics = topics
        document.keywords = keywords
    }
}
