import ArticledCore

/// Reads the tag stage's `topics` and `replace_builtin` options into topic definitions.
///
/// ```yaml
/// options:
///   topics:
///     - {code: "beat:chips", label: "semiconductors", terms: {chip: 1.0, foundry: 2.0}}
///   replace_builtin: false
/// ```
/// `terms` may also be a list of words (each of weight 1). A user topic with the code of a
/// built-in one adds its terms to it.
enum UserTopics {
    /// The user's topics from `options`; empty when the option is absent.
    static func read(_ options: inout StageOptions) throws(StageOptions.Invalid) -> [TopicDefinition] {
        guard let value = options.raw("topics"), value != .null else { return [] }
        /// An options error about the `topics` option.
        func fail(_ message: String) -> StageOptions.Invalid {
            OptionError.make(stage: options.stage, message: "option 'topics': " + message)
        }
        guard let entries = value.arrayValue else { throw fail("must be a list of topics, not \(value.typeName)") }
        var out: [TopicDefinition] = []
        var seen: Set<String> = []
        for (n, entry) in entries.enumerated() {
            let name = "entry \(n + 1)" + (entry["code"]?.stringValue.map { " ('\($0)')" } ?? "")
            guard let object = entry.objectValue else { throw fail("\(name) must be a mapping with code, label and terms, not \(entry.typeName)") }
            let unknown = Set(object.keys).subtracting(["code", "label", "terms"]).sorted()
            guard unknown.isEmpty else { throw fail("\(name) has unknown key\(unknown.count > 1 ? "s" : "") \(unknown.map { "'\($0)'" }.joined(separator: ", ")) (known: code, label, terms)") }
            guard let code = object["code"]?.stringValue, code.contains(where: { !$0.isWhitespace }) else {
                throw fail("\(name) needs a non-empty string 'code'")
            }
            guard seen.insert(code).inserted else { throw fail("\(name): code '\(code)' is defined twice") }
            let label: String
            switch object["label"] {
            case nil: label = code
            case .string(let s)?: label = s
            case let other?: throw fail("\(name): 'label' must be a string, not \(other.typeName)")
            }
            var terms: [(term: String, weight: Double)] = []
            switch object["terms"] {
            case .object(let map)?:
                for key in map.keys.sorted() {
                    guard let w = map[key]?.doubleValue, w.isFinite, w > 0 else {
                        throw fail("\(name): the weight of term '\(key)' must be a positive number, not \(map[key]?.typeName ?? "null")")
                    }
                    terms.append((key, w))
                }
            case .array(let list)?:
                for item in list {
                    guard let s = item.stringValue else { throw fail("\(name): 'terms' must list strings, not \(item.typeName)") }
                    terms.append((s, 1.0))
                }
            case nil: throw fail("\(name) needs 'terms', a mapping of term to weight")
            case let other?: throw fail("\(name): 'terms' must be a mapping of term to weight, not \(other.typeName)")
            }
            for t in terms where t.term.split(separator: " ").isEmpty || t.term.split(separator: " ").count > 2 {
                throw fail("\(name): term '\(t.term)' must be one or two words")
            }
            guard !terms.isEmpty else { throw fail("\(name) has no terms") }
            out.append(TopicDefinition(code: code, label: label, terms: terms))
        }
        return out
    }
}
