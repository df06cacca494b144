import ArticledCore

/// One entry of the configuration's `stages` list: a built-in or plugin stage and its settings.
public struct StageConfiguration: Sendable, Equatable {
    /// The stage's name: a built-in (`cleanup`) or a plugin folder's name.
    public var name: String
    /// The stage's own options, checked by the stage.
    public var options: JSONValue?
    /// What happens to a document when this stage fails on it.
    public var onError: Pipeline.ErrorPolicy
    /// Plugin stages: how many processes serve the stage in parallel.
    public var instances: Int?
    /// Plugin stages: how long one document may take, in milliseconds.
    public var timeoutMilliseconds: Int?

    public init(name: String, options: JSONValue? = nil, onError: Pipeline.ErrorPolicy = .fail,
                instances: Int? = nil, timeoutMilliseconds: Int? = nil) {
        self.name = name
        self.options = options
        self.onError = onError
        self.instances = instances
        self.timeoutMilliseconds = timeoutMilliseconds
    }

    /// Reads an entry: a bare name, or a mapping with `name` and its settings.
    init(_ value: JSONValue, file: String?, path: String) throws(ConfigurationError) {
        if let name = value.stringValue {
            self.init(name: name)
            return
        }
        var reader = try SettingsReader(value, file: file, path: path)
        guard let name = try reader.string("name") else { throw reader.fail("name", "is missing") }
        self.init(name: name)
        options = reader.value("options")
        onError = try reader.choice("on_error", Pipeline.ErrorPolicy.self) ?? .fail
        instances = try reader.int("instances", in: 1...64)
        timeoutMilliseconds = try reader.int("timeout_ms", in: 1...3_600_000)
        try reader.finish()
    }
}
