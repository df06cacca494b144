@_exported import ArticledCore

/// Turns a function on a document into a complete articled plugin executable.
///
/// `ArticledPlugin.run` answers the daemon's handshake with the plugin's name and version,
/// then reads one request per line, decodes its document, calls `transform`, and writes the
/// changed document back; an error thrown by `transform` (or a request it cannot read)
/// becomes an `{"id": …, "error": …}` reply and the loop goes on. It returns (exits 0) when
/// the daemon closes stdin. A plugin's `main.swift` is then a few lines:
///
/// ```swift
/// import ArticledPluginKit
/// ArticledPlugin.run(name: "shout", version: "1.0") { document, options in
///     document.extras["shout"] = .string(document.title?.uppercased() ?? "")
/// }
/// ```
public enum ArticledPlugin {
    /// The protocol version this kit speaks.
    public static let protocolVersion = 1

    /// Serves the protocol on stdin and stdout with `transform` until stdin closes.
    public static func run(name: String, version: String,
                           _ transform: (inout Document, PluginOptions) throws -> Void) {
        var channel = LineChannel()
        guard let first = channel.readLine() else { return }
        guard let hello = try? JSONParser.parse(first), hello["protocol"]?.intValue == protocolVersion else {
            channel.writeError("\(name): unsupported handshake \(String(decoding: first.prefix(200), as: UTF8.self))")
            return
        }
        channel.write(.object(["name": .string(name), "version": .string(version), "protocol": .int(protocolVersion)]))
        while let line = channel.readLine() {
            channel.write(reply(to: line, transform))
        }
    }

    /// The reply to one request line.
    static func reply(to line: [UInt8], _ transform: (inout Document, PluginOptions) throws -> Void) -> JSONValue {
        guard let request = try? JSONParser.parse(line), let id = request["id"] else {
            return .object(["id": .null, "error": .string("the request is not a JSON object with an id")])
        }
        do {
            guard let wire = request["document"] else { throw PluginKitError("the request has no document") }
            var document = try decode(wire)
            try transform(&document, PluginOptions(request["options"]?.objectValue ?? [:]))
            return .object(["id": id, "document": document.wireJSON])
        } catch {
            return .object(["id": id, "error": .string(String(describing: error))])
        }
    }

    /// A document from its wire form, as the daemon sends it.
    static func decode(_ wire: JSONValue) throws -> Document {
        guard let id = wire["id"]?.stringValue, let source = wire["source_file"]?.stringValue,
              let raw = wire["raw"]?.stringValue else {
            throw PluginKitError("the document lacks id, source_file or raw")
        }
        let format = wire["format"]?.stringValue.flatMap(InputFormat.init(rawValue:)) ?? .text
        return try Document(wire: wire, replacing: Document(id: id, sourceFile: source, format: format, raw: raw))
    }
}
