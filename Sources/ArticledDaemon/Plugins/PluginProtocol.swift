import ArticledCore

/// The messages of the plugin protocol (see `Plugins/README.md`): newline-delimited JSON.
///
/// Kept in one place so that the daemon's side reads like the specification: a handshake,
/// then one request and one reply per document, matched by `id`.
enum PluginProtocol {
    /// The protocol version the daemon speaks; sent in the handshake and in `ARTICLED_PROTOCOL`.
    static let version = 1

    /// The longest reply line accepted; a plugin that sends more is treated as printing garbage.
    static let maximumLineBytes = 256 * 1024 * 1024

    /// The daemon's first line: `{"articled":1,"plugin":"<name>","protocol":1}`.
    static func handshake(plugin: String) -> [UInt8] {
        JSONWriter.bytes(.object(["articled": .int(version), "plugin": .string(plugin), "protocol": .int(version)]), newline: true)
    }

    /// Checks the plugin's answer to the handshake: `{"name":…, "version":…, "protocol":1}`.
    static func checkHandshake(_ line: [UInt8], manifest: PluginManifest) throws(PluginFailure) {
        let reply = try parse(line)
        guard reply["protocol"]?.intValue == version else {
            throw .protocolViolation("the handshake reply must have \"protocol\": \(version); got \(excerpt(line))")
        }
        guard let name = reply["name"]?.stringValue, name == manifest.name else {
            throw .protocolViolation("the handshake reply names '\(reply["name"]?.stringValue ?? "nothing")', not '\(manifest.name)'")
        }
        guard let version = reply["version"]?.stringValue, version == manifest.version else {
            throw .protocolViolation("the handshake reply has version '\(reply["version"]?.stringValue ?? "none")', but plugin.yaml says '\(manifest.version)'")
        }
    }

    /// One request: `{"document":{…},"id":<n>,"options":{…}}`.
    static func request(id: Int, document: JSONValue, options: JSONValue) -> [UInt8] {
        JSONWriter.bytes(.object(["id": .int(id), "document": document, "options": options]), newline: true)
    }

    /// What a reply line says: a document, or the plugin's own error message.
    enum Reply: Sendable {
        case document(JSONValue)
        case error(String)
    }

    /// Reads the reply to request `id`.
    static func reply(_ line: [UInt8], id: Int) throws(PluginFailure) -> Reply {
        let object = try parse(line)
        guard object["id"]?.intValue == id else {
            throw .protocolViolation("a reply has id \(object["id"].map(JSONWriter.string) ?? "none"), expected \(id)")
        }
        if let message = object["error"] {
            return .error(message.stringValue ?? JSONWriter.string(message))
        }
        guard let document = object["document"] else {
            throw .protocolViolation("a reply has neither \"document\" nor \"error\"")
        }
        return .document(document)
    }

    /// A line as a JSON object, or the garbage failure.
    private static func parse(_ line: [UInt8]) throws(PluginFailure) -> [String: JSONValue] {
        guard let value = try? JSONParser.parse(line), let object = value.objectValue else {
            throw .garbage("printed a line that is not a JSON object on stdout: \(excerpt(line))")
        }
        return object
    }

    /// The start of a line, for messages.
    static func excerpt(_ line: [UInt8]) -> String {
        let text = String(decoding: line.prefix(120), as: UTF8.self)
        return "'" + text + (line.count > 120 ? "…'" : "'")
    }
}
