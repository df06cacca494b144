/// A stage's options from the configuration, read with types and defaults.
///
/// Options are strict: a key the stage does not know is an error (`finish()`), so that a
/// typo in `articled.yaml` is reported rather than silently ignored.
public struct StageOptions: Sendable {
    /// An option of the wrong type, out of range, or unknown.
    public struct Invalid: Error, Sendable, CustomStringConvertible {
        public var stage: String
        public var message: String
        public var description: String { "stage '\(stage)': \(message)" }
    }

    public let stage: String
    public let values: [String: JSONValue]
    private var read: Set<String> = []

    /// Options for `stage`; `values` is the configuration's `options` object (nil for none).
    public init(stage: String, values: JSONValue?) throws(Invalid) {
        self.stage = stage
        switch values {
        case nil, .null?: self.values = [:]
        case .object(let o)?: self.values = o
        case let other?: throw Invalid(stage: stage, message: "options must be a mapping, not \(other.typeName)")
        }
    }

    /// An integer option within `range`.
    public mutating func int(_ key: String, default value: Int, in range: ClosedRange<Int> = Int.min...Int.max) throws(Invalid) -> Int {
        read.insert(key)
        guard let v = values[key] else { return value }
        guard let i = v.intValue else { throw Invalid(stage: stage, message: "option '\(key)' must be an integer, not \(v.typeName)") }
        guard range.contains(i) else { throw Invalid(stage: stage, message: "option '\(key)' must be in \(range.lowerBound)...\(range.upperBound), not \(i)") }
        return i
    }

    /// A number option within `range`.
    public mutating func double(_ key: String, default value: Double, in range: ClosedRange<Double> = -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude) throws(Invalid) -> Double {
        read.insert(key)
        guard let v = values[key] else { return value }
        guard let d = v.doubleValue else { throw Invalid(stage: stage, message: "option '\(key)' must be a number, not \(v.typeName)") }
        guard range.contains(d) else { throw Invalid(stage: stage, message: "option '\(key)' must be in \(range.lowerBound)...\(range.upperBound), not \(d)") }
        return d
    }

    /// A Boolean option.
    public mutating func bool(_ key: String, default value: Bool) throws(Invalid) -> Bool {
        read.insert(key)
        guard let v = values[key] else { return value }
        guard let b = v.boolValue else { throw Invalid(stage: stage, message: "option '\(key)' must be true or false, not \(v.typeName)") }
        return b
    }

    /// A string option.
    public mutating func string(_ key: String, default value: String) throws(Invalid) -> String {
        read.insert(key)
        guard let v = values[key] else { return value }
        guard let s = v.stringValue else { throw Invalid(stage: stage, message: "option '\(key)' must be a string, not \(v.typeName)") }
        return s
    }

    /// An option of any JSON shape, for the stage to interpret; nil when absent.
    public mutating func raw(_ key: String) -> JSONValue? {
        read.insert(key)
        return values[key]
    }

    /// Throws if the configuration named an option that was never read.
    public func finish() throws(Invalid) {
        let unknown = Set(values.keys).subtracting(read).sorted()
        guard unknown.isEmpty else {
            throw Invalid(stage: stage, message: "unknown option\(unknown.count > 1 ? "s" : "") \(unknown.map { "'\($0)'" }.joined(separator: ", "))"
                          + (read.isEmpty ? " (this stage takes none)" : " (known: \(read.sorted().joined(separator: ", ")))"))
        }
    }
}
