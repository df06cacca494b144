/// A configuration's `options` for a plugin stage that the plugin's manifest does not declare.
///
/// The factory reports it with the configuration file and the entry (`stages[3]`), like an
/// unknown option of a built-in stage.
public struct PluginOptionError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, naming the option.
    public var message: String

    /// The message alone.
    public var description: String { message }
}
