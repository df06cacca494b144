extension Document {
    /// The contract's result keys, in the order CONTRACT.md lists them.
    public static let resultKeys: [String] = [
        "schema_version", "id", "source_file", "processed_at", "title", "subtitle", "authors",
        "published", "publisher", "language", "text", "entities", "quotes", "topics", "keywords",
        "summary", "stats", "pipeline", "warnings",
    ]

    /// The result as written to the outbox (CONTRACT.md), with plugin keys beside it.
    ///
    /// - Parameter processedAt: the ISO 8601 time the result is written.
    public func resultJSON(processedAt: String) -> JSONValue {
        var object = extras
        for (key, value) in contractMembers() { object[key] = value }
        object["schema_version"] = .int(1)
        object["processed_at"] = .string(processedAt)
        return .object(object)
    }

    /// The document as sent to a plugin: the result's keys (but the clock readings), plus the
    /// working keys `raw`, `format`, `front_matter`, `back_matter` and `dateline`.
    public var wireJSON: JSONValue {
        var object = extras
        for (key, value) in contractMembers() { object[key] = value }
        object["raw"] = .string(raw)
        object["format"] = .string(format.rawValue)
        object["front_matter"] = .array(frontMatter.map(JSONValue.string))
        object["back_matter"] = .array(backMatter.map(JSONValue.string))
        if let dateline { object["dateline"] = .string(dateline) }
        return .object(object)
    }

    private func contractMembers() -> [String: JSONValue] {
        [
            "id": .string(id),
            "source_file": .string(sourceFile),
            "title": title.map(JSONValue.string) ?? .null,
            "subtitle": subtitle.map(JSONValue.string) ?? .null,
            "authors": .array(authors.map(JSONValue.string)),
            "published": published.map(JSONValue.string) ?? .null,
            "publisher": publisher.map(JSONValue.string) ?? .null,
            "language": .string(language),
            "text": .string(text),
            "entities": .array(entities.map {
                .object(["name": .string($0.name), "type": .string($0.type.rawValue), "mentions": .int($0.mentions)])
            }),
            "quotes": .array(quotes.map {
                .object(["text": .string($0.text), "speaker": $0.speaker.map(JSONValue.string) ?? .null])
            }),
            "topics": .array(topics.map {
                .object(["code": .string($0.code), "label": .string($0.label), "score": .double(Self.round($0.score))])
            }),
            "keywords": .array(keywords.map {
                .object(["term": .string($0.term), "score": .double(Self.round($0.score))])
            }),
            "summary": .array(summary.map(JSONValue.string)),
            "stats": .object([
                "words": .int(stats.words),
                "reading_minutes": .int(stats.readingMinutes),
                "sentences": .int(stats.sentences),
                "paragraphs": .int(stats.paragraphs),
                "characters": .int(stats.characters),
            ]),
            "pipeline": .array(pipeline.map {
                .object(["stage": .string($0.stage), "version": .string($0.version), "ms": .double(Self.round($0.ms))])
            }),
            "warnings": .array(warnings.map(JSONValue.string)),
        ]
    }

    /// Scores and times are rounded to four decimals so that results stay readable and stable.
    static func round(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }

    /// Reads a document back from its wire form, as a plugin returns it.
    ///
    /// Every contract key must be present with its type; `id` and `source_file` must not
    /// change. Keys outside the contract and the working keys become `extras`.
    public init(wire json: JSONValue, replacing original: Document) throws(ContractViolation) {
        guard case .object(var o) = json else {
            throw ContractViolation(key: "document", problem: "is \(json.typeName), not an object")
        }
        self = original
        let reader = WireReader()
        for key in ["schema_version", "processed_at"] { o.removeValue(forKey: key) }
        id = try reader.string(o, "id")
        sourceFile = try reader.string(o, "source_file")
        guard id == original.id else { throw ContractViolation(key: "id", problem: "was changed") }
        guard sourceFile == original.sourceFile else { throw ContractViolation(key: "source_file", problem: "was changed") }
        title = try reader.optionalString(o, "title")
        subtitle = try reader.optionalString(o, "subtitle")
        authors = try reader.strings(o, "authors")
        published = try reader.optionalString(o, "published")
        publisher = try reader.optionalString(o, "publisher")
        language = try reader.string(o, "language")
        text = try reader.string(o, "text")
        entities = try reader.objects(o, "entities").enumerated().map { i, e throws(ContractViolation) in
            let path = "entities[\(i)]"
            return Entity(name: try reader.string(e, "name", in: path),
                          type: .init(rawValue: try reader.string(e, "type", in: path)),
                          mentions: try reader.int(e, "mentions", in: path))
        }
        quotes = try reader.objects(o, "quotes").enumerated().map { i, q throws(ContractViolation) in
            Quote(text: try reader.string(q, "text", in: "quotes[\(i)]"),
                  speaker: try reader.optionalString(q, "speaker", in: "quotes[\(i)]"))
        }
        topics = try reader.objects(o, "topics").enumerated().map { i, t throws(ContractViolation) in
            let path = "topics[\(i)]"
            return Topic(code: try reader.string(t, "code", in: path), label: try reader.string(t, "label", in: path),
                         score: try reader.double(t, "score", in: path))
        }
        keywords = try reader.objects(o, "keywords").enumerated().map { i, k throws(ContractViolation) in
            Keyword(term: try reader.string(k, "term", in: "keywords[\(i)]"),
                    score: try reader.double(k, "score", in: "keywords[\(i)]"))
        }
        summary = try reader.strings(o, "summary")
        let s = try reader.object(o, "stats")
        stats.words = try reader.int(s, "words", in: "stats")
        stats.readingMinutes = try reader.int(s, "reading_minutes", in: "stats")
        warnings = try reader.strings(o, "warnings")
        // The pipeline's record is the daemon's to keep: a plugin may not rewrite it.
        _ = try reader.objects(o, "pipeline")
        if let r = o["raw"]?.stringValue { raw = r }
        if let f = o["front_matter"]?.arrayValue { frontMatter = f.compactMap(\.stringValue) }
        if let b = o["back_matter"]?.arrayValue { backMatter = b.compactMap(\.stringValue) }
        if let d = o["dateline"] { dateline = d.stringValue }
        for key in Self.resultKeys + ["raw", "format", "front_matter", "back_matter", "dateline"] { o.removeValue(forKey: key) }
        extras = o
    }
}

/// Typed access to the members of a wire document, throwing `ContractViolation`.
private struct WireReader {
    func value(_ o: [String: JSONValue], _ key: String, in path: String?) throws(ContractViolation) -> JSONValue {
        guard let v = o[key] else { throw ContractViolation(key: name(key, path), problem: "is missing") }
        return v
    }

    func name(_ key: String, _ path: String?) -> String { path.map { "\($0).\(key)" } ?? key }

    func wrong(_ key: String, _ path: String?, _ v: JSONValue, _ expected: String) -> ContractViolation {
        ContractViolation(key: name(key, path), problem: "is \(v.typeName), not \(expected)")
    }

    func string(_ o: [String: JSONValue], _ key: String, in path: String? = nil) throws(ContractViolation) -> String {
        let v = try value(o, key, in: path)
        guard let s = v.stringValue else { throw wrong(key, path, v, "string") }
        return s
    }

    func optionalString(_ o: [String: JSONValue], _ key: String, in path: String? = nil) throws(ContractViolation) -> String? {
        let v = try value(o, key, in: path)
        if v == .null { return nil }
        guard let s = v.stringValue else { throw wrong(key, path, v, "string or null") }
        return s
    }

    func int(_ o: [String: JSONValue], _ key: String, in path: String? = nil) throws(ContractViolation) -> Int {
        let v = try value(o, key, in: path)
        guard let i = v.intValue else { throw wrong(key, path, v, "integer") }
        return i
    }

    func double(_ o: [String: JSONValue], _ key: String, in path: String? = nil) throws(ContractViolation) -> Double {
        let v = try value(o, key, in: path)
        guard let d = v.doubleValue else { throw wrong(key, path, v, "number") }
        return d
    }

    func strings(_ o: [String: JSONValue], _ key: String) throws(ContractViolation) -> [String] {
        let v = try value(o, key, in: nil)
        guard let items = v.arrayValue else { throw wrong(key, nil, v, "array") }
        var out: [String] = []
        for (i, item) in items.enumerated() {
            guard let s = item.stringValue else { throw wrong("\(key)[\(i)]", nil, item, "string") }
            out.append(s)
        }
        return out
    }

    func object(_ o: [String: JSONValue], _ key: String) throws(ContractViolation) -> [String: JSONValue] {
        let v = try value(o, key, in: nil)
        guard let m = v.objectValue else { throw wrong(key, nil, v, "object") }
        return m
    }

    func objects(_ o: [String: JSONValue], _ key: String) throws(ContractViolation) -> [[String: JSONValue]] {
        let v = try value(o, key, in: nil)
        guard let items = v.arrayValue else { throw wrong(key, nil, v, "array") }
        var out: [[String: JSONValue]] = []
        for (i, item) in items.enumerated() {
            guard let m = item.objectValue else { throw wrong("\(key)[\(i)]", nil, item, "object") }
            out.append(m)
        }
        return out
    }
}
