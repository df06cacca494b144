/// Why a plugin stage could not process a document.
///
/// The first group means the process can no longer be trusted: it is killed and restarted
/// (with back-off). The second group is about one document only: the process goes on.
public enum PluginFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The process could not be started (missing program, refused path, spawn error).
    case startFailed(String)
    /// The process exited or closed its output.
    case exited(String)
    /// No reply within the timeout.
    case timedOut(milliseconds: Int)
    /// A line on stdout that is not a JSON object.
    case garbage(String)
    /// Valid JSON that does not follow the protocol (wrong id, bad handshake).
    case protocolViolation(String)
    /// The plugin answered with `{"error": …}` for this document.
    case pluginError(String)
    /// The reply's document breaks the contract (a key removed or retyped).
    case contractBroken(String)
    /// Too many failures in a row: the stage no longer starts processes.
    case down(plugin: String)

    /// Whether the process must be killed and replaced after this failure.
    var killsProcess: Bool {
        switch self {
        case .pluginError, .contractBroken, .down: return false
        default: return true
        }
    }

    /// The reason as a user reads it in the log, a warning or `*.error.json`.
    public var description: String {
        switch self {
        case .startFailed(let why): return "the plugin could not be started: \(why)"
        case .exited(let how): return "the plugin \(how)"
        case .timedOut(let ms): return "the plugin did not answer within \(ms) ms and was killed"
        case .garbage(let what): return "the plugin \(what)"
        case .protocolViolation(let what): return "the plugin broke the protocol: \(what)"
        case .pluginError(let message): return message
        case .contractBroken(let what): return "the plugin's reply breaks the contract: \(what)"
        case .down(let plugin): return "plugin \(plugin) is down"
        }
    }
}
