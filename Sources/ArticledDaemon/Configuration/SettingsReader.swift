import ArticledCore

/// Typed, strict access to one mapping of the configuration.
///
/// Every read marks the key as known; `finish()` then refuses any other key, so that a
/// misspelt setting is an error instead of a silently ignored line.
struct SettingsReader {
    let values: [String: JSONValue]
    let file: String?
    /// Where this mapping sits, for messages (`stages[2]`); empty at the top level.
    let path: String
    private(set) var known: Set<String> = []

    init(_ value: JSONValue, file: String?, path: String) throws(ConfigurationError) {
        guard case .object(let o) = value else {
            throw ConfigurationError(file: file, message: "\(path.isEmpty ? "the configuration" : path) must be a mapping, not \(value.typeName)")
        }
        self.values = o
        self.file = file
        self.path = path
    }

    private func name(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func fail(_ key: String, _ message: String) -> ConfigurationError {
        ConfigurationError(file: file, message: "'\(name(key))' \(message)")
    }

    mutating func value(_ key: String) -> JSONValue? {
        known.insert(key)
        if let v = values[key], v != .null { return v }
        return nil
    }

    mutating func string(_ key: String) throws(ConfigurationError) -> String? {
        guard let v = value(key) else { return nil }
        guard let s = v.stringValue else { throw fail(key, "must be a string, not \(v.typeName)") }
        return s
    }

    mutating func int(_ key: String, in range: ClosedRange<Int>) throws(ConfigurationError) -> Int? {
        guard let v = value(key) else { return nil }
        guard let i = v.intValue else { throw fail(key, "must be an integer, not \(v.typeName)") }
        guard range.contains(i) else { throw fail(key, "must be between \(range.lowerBound) and \(range.upperBound), not \(i)") }
        return i
    }

    mutating func bool(_ key: String) throws(ConfigurationError) -> Bool? {
        guard let v = value(key) else { return nil }
        guard let b = v.boolValue else { throw fail(key, "must be true or false, not \(v.typeName)") }
        return b
    }

    mutating func choice<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) throws(ConfigurationError) -> E? where E.RawValue == String {
        guard let s = try string(key) else { return nil }
        guard let e = E(rawValue: s) else {
            throw fail(key, "must be one of \(E.allCases.map { $0.rawValue }.joined(separator: ", ")), not '\(s)'")
        }
        return e
    }

    mutating func strings(_ key: String) throws(ConfigurationError) -> [String]? {
        guard let v = value(key) else { return nil }
        if let s = v.stringValue { return [s] }
        guard let items = v.arrayValue else { throw fail(key, "must be a list of strings, not \(v.typeName)") }
        var out: [String] = []
        for item in items {
            guard let s = item.stringValue else { throw fail(key, "must be a list of strings; found \(item.typeName)") }
            out.append(s)
        }
        return out
    }

    func finish() throws(ConfigurationError) {
        let unknown = Set(values.keys).subtracting(known).sorted()
        guard let first = unknown.first else { return }
        let known = self.known.sorted().joined(separator: ", ")
        throw ConfigurationError(file: file, message: "unknown setting '\(name(first))'\(unknown.count > 1 ? " (and \(unknown.count - 1) more)" : ""); known settings here: \(known)")
    }
}
