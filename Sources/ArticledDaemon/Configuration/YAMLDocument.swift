import ArticledCore
import Yams

/// Reads YAML text into a `JSONValue`, so that configuration and plugin manifests are
/// checked with the same strict, typed readers.
enum YAMLDocument {
    /// The YAML document in `text` as a JSON value; an empty document is an empty mapping.
    static func parse(_ text: String, file: String?) throws(ConfigurationError) -> JSONValue {
        do {
            guard let node = try Yams.compose(yaml: text) else { return .object([:]) }
            return try convert(node, file: file)
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw ConfigurationError(file: file, message: "not valid YAML: \(error)")
        }
    }

    private static func convert(_ node: Node, file: String?) throws(ConfigurationError) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain {
                if node.null != nil { return .null }
                if let b = node.bool { return .bool(b) }
                if let i = node.int { return .int(i) }
                if let d = node.float { return .double(d) }
            }
            return .string(scalar.string)
        case .mapping(let mapping):
            var object: [String: JSONValue] = [:]
            for (key, value) in mapping {
                guard let k = key.string else {
                    throw ConfigurationError(file: file, message: "line \(key.mark?.line ?? 0): mapping keys must be strings")
                }
                object[k] = try convert(value, file: file)
            }
            return .object(object)
        case .sequence(let sequence):
            var items: [JSONValue] = []
            for item in sequence { items.append(try convert(item, file: file)) }
            return .array(items)
        case .alias:
            throw ConfigurationError(file: file, message: "YAML aliases are not supported")
        }
    }
}
