/// An error a plugin reports for one document; its text becomes the reply's `error`.
///
/// Plugins may throw any error; this one exists so that a plain message reads well in
/// `outbox/failed/*.error.json` (its description is the message alone).
public struct PluginKitError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, for the user.
    public var message: String

    /// An error saying `message`.
    public init(_ message: String) {
        self.message = message
    }

    /// The message alone.
    public var description: String { message }
}
