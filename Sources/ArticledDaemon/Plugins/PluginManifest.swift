import ArticledCore
import Foundation

/// A plugin's `plugin.yaml`: who it is, how it starts, what it needs and adds, its defaults.
///
/// Read strictly (unknown keys are errors), like the configuration, so that a typo in a
/// manifest is reported by `articled check` instead of silently changing behaviour.
public struct PluginManifest: Sendable, Equatable {
    /// The plugin's name; must equal its folder's name and the name it gives in the handshake.
    public var name: String
    /// The plugin's version, recorded in results; must equal the version of the handshake.
    public var version: String
    /// How the plugin is started (see `PluginCommand`).
    public var command: PluginCommand
    /// Keys that must be present before the plugin runs.
    public var needs: Set<DocumentKey>
    /// Keys the plugin sets.
    public var adds: Set<DocumentKey>
    /// Every option the plugin takes, with its default; the configuration may override these only.
    public var options: [String: JSONValue]
    /// How long one document may take, unless the configuration says otherwise.
    public var timeoutMilliseconds: Int

    /// The per-document timeout when neither the manifest nor the configuration gives one.
    public static let defaultTimeoutMilliseconds = 5000

    /// Reads the manifest at `file`, the folder's name being the plugin's expected name.
    public static func load(file: String) throws(ConfigurationError) -> PluginManifest {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ConfigurationError(file: file, message: "cannot be read")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ConfigurationError(file: file, message: "is not UTF-8 text")
        }
        let folder = (file as NSString).deletingLastPathComponent
        return try PluginManifest(yaml: text, file: file, folderName: (folder as NSString).lastPathComponent)
    }

    /// Reads manifest text; `folderName` is the name the manifest must declare.
    public init(yaml text: String, file: String?, folderName: String) throws(ConfigurationError) {
        var r = try SettingsReader(try YAMLDocument.parse(text, file: file), file: file, path: "")
        guard let name = try r.string("name") else { throw r.fail("name", "is missing") }
        guard name == folderName else { throw r.fail("name", "is '\(name)' but the plugin's folder is '\(folderName)'") }
        guard let versionValue = r.value("version") else { throw r.fail("version", "is missing") }
        guard let version = versionValue.stringValue, !version.isEmpty else {
            throw r.fail("version", "must be a string (quote it: version: \"1.0\"), not \(versionValue.typeName)")
        }
        let argv = try r.strings("command")
        let product = try r.string("swift_product")
        switch (argv, product) {
        case (let argv?, nil):
            guard !argv.isEmpty, !argv[0].isEmpty else { throw r.fail("command", "must name a program") }
            command = .arguments(argv)
        case (nil, let product?):
            guard !product.isEmpty, !product.contains("/") else { throw r.fail("swift_product", "must be an executable's bare name") }
            command = .swiftProduct(product)
        case (nil, nil):
            throw r.fail("command", "is missing (or give 'swift_product')")
        case (.some, .some):
            throw r.fail("command", "and 'swift_product' exclude each other")
        }
        self.name = name
        self.version = version
        needs = Set((try r.strings("needs") ?? []).map(DocumentKey.init(rawValue:)))
        adds = Set((try r.strings("adds") ?? []).map(DocumentKey.init(rawValue:)))
        if let o = r.value("options") {
            guard let object = o.objectValue else { throw r.fail("options", "must be a mapping of option names to defaults") }
            options = object
        } else {
            options = [:]
        }
        timeoutMilliseconds = try r.int("timeout_ms", in: 1...3_600_000) ?? Self.defaultTimeoutMilliseconds
        try r.finish()
    }

    /// The options one document is sent: the defaults, overridden by the configuration's.
    ///
    /// - Throws: when the configuration names an option the manifest does not declare.
    public func mergedOptions(_ configured: JSONValue?) throws(PluginOptionError) -> JSONValue {
        var merged = options
        switch configured {
        case nil, .null?: break
        case .object(let o)?:
            for key in o.keys.sorted() {
                guard options[key] != nil else {
                    let known = options.keys.sorted().joined(separator: ", ")
                    throw PluginOptionError(message: "unknown option '\(key)'" + (known.isEmpty ? " (this plugin takes none)" : " (known: \(known))"))
                }
                merged[key] = o[key]
            }
        case let other?:
            throw PluginOptionError(message: "options must be a mapping, not \(other.typeName)")
        }
        return .object(merged)
    }
}
