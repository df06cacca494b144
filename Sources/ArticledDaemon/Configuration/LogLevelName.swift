/// The log levels a configuration may name.
enum LogLevelName: String, CaseIterable {
    case trace, debug, info, notice, warning, error, critical
}
