/// The options a request carries: the manifest's defaults, overridden by the configuration.
///
/// Typed reads throw when an option has the wrong type, so that a misconfigured plugin
/// answers with a clear error instead of guessing.
public struct PluginOptions: Sendable {
    /// Every option, as JSON.
    public let values: [String: JSONValue]

    /// The options of one request.
    public init(_ values: [String: JSONValue]) {
        self.values = values
    }

    /// The raw value of `key`, if given.
    public subscript(key: String) -> JSONValue? { values[key] }

    /// An integer option, or `fallback` when absent.
    public func int(_ key: String, default fallback: Int) throws -> Int {
        guard let v = values[key], v != .null else { return fallback }
        guard let i = v.intValue else { throw PluginKitError("option '\(key)' must be an integer, not \(v.typeName)") }
        return i
    }

    /// A number option, or `fallback` when absent.
    public func double(_ key: String, default fallback: Double) throws -> Double {
        guard let v = values[key], v != .null else { return fallback }
        guard let d = v.doubleValue else { throw PluginKitError("option '\(key)' must be a number, not \(v.typeName)") }
        return d
    }

    /// A Boolean option, or `fallback` when absent.
    public func bool(_ key: String, default fallback: Bool) throws -> Bool {
        guard let v = values[key], v != .null else { return fallback }
        guard let b = v.boolValue else { throw PluginKitError("option '\(key)' must be true or false, not \(v.typeName)") }
        return b
    }

    /// A string option, or `fallback` when absent.
    public func string(_ key: String, default fallback: String) throws -> String {
        guard let v = values[key], v != .null else { return fallback }
        guard let s = v.stringValue else { throw PluginKitError("option '\(key)' must be a string, not \(v.typeName)") }
        return s
    }
}
