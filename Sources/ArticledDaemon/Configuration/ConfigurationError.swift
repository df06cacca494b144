/// Why a configuration cannot be used; the message names the file and the setting.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    /// The configuration file, or nil for the built-in defaults and command-line options.
    public var file: String?
    /// What is wrong, naming the setting.
    public var message: String

    public init(file: String?, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String {
        file.map { "\($0): \(message)" } ?? message
    }
}
