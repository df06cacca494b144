import Glibc
import Logging

/// Writes log lines to standard error: readable on a terminal, journal-ready under systemd.
///
/// Under systemd (`JOURNAL_STREAM` set) a line carries no timestamp of its own (the journal
/// adds one) and starts with a syslog priority (`<3>` error … `<7>` debug), so that
/// `journalctl -p err` works. On a terminal: `2026-11-22T10:25:32.123Z info message key=value`.
public struct ConsoleLogHandler: LogHandler {
    /// The lowest level written.
    public var logLevel: Logger.Level
    /// Metadata added to every line of this handler.
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let journal: Bool

    /// A handler for `label`; `journal` defaults to whether `JOURNAL_STREAM` is set.
    public init(label: String, level: Logger.Level = .info, journal: Bool = getenv("JOURNAL_STREAM") != nil) {
        self.label = label
        self.logLevel = level
        self.journal = journal
    }

    /// One metadata value of this handler.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// The syslog priority of a level.
    public static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: return 7
        case .info: return 6
        case .notice: return 5
        case .warning: return 4
        case .error: return 3
        case .critical: return 2
        }
    }

    /// Writes one event as one line to standard error.
    public func log(event: LogEvent) {
        let text = Self.line(level: event.level, message: event.message.description,
                             metadata: metadata.merging(event.metadata ?? [:]) { _, new in new },
                             journal: journal, timestamp: journal ? "" : Timestamp.now())
        _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    }

    /// The line an event becomes, newline included.
    ///
    /// Journal mode: `<N>message key=value`, the priority prefix that journald turns into the
    /// entry's priority, and no timestamp. Terminal mode: `TIME level message key=value`.
    /// Metadata is sorted by key; a newline in the message is escaped, so that one event is
    /// always one line (and one journal entry with its priority).
    static func line(level: Logger.Level, message: String, metadata: Logger.Metadata,
                     journal: Bool, timestamp: String) -> String {
        var line = journal ? "<\(priority(level))>" : "\(timestamp) \(level) "
        line += message.contains(where: \.isNewline) ? escapedMessage(message) : message
        for key in metadata.keys.sorted() {
            line += " \(key)=\(quoted("\(metadata[key]!)"))"
        }
        line += "\n"
        return line
    }

    /// `message` with its line breaks written as `\n`, `\r`.
    private static func escapedMessage(_ message: String) -> String {
        var out = ""
        for scalar in message.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A value as it appears in a line: quoted when it has spaces, control characters escaped,
    /// so that a file name with a newline cannot forge a log line.
    static func quoted(_ value: String) -> String {
        var needsQuotes = value.isEmpty
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"; needsQuotes = true
            case "\r": out += "\\r"; needsQuotes = true
            case "\t": out += "\\t"; needsQuotes = true
            case "\"": out += "\\\""; needsQuotes = true
            case "\\": out += "\\\\"
            case " ": out += " "; needsQuotes = true
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return needsQuotes ? "\"\(out)\"" : out
    }
}
