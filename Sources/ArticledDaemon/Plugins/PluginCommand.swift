/// How a manifest says its plugin starts.
///
/// Either an argument list run without a shell (`command: [python3, -u, sentiment.py]`), or the
/// name of a Swift executable built with articled (`swift_product: articled-readability`), found
/// in the folder of the running `articled` binary. `PluginLaunch` turns this into a checked path.
public enum PluginCommand: Sendable, Equatable {
    /// An argument vector; the first element is the program.
    case arguments([String])
    /// A Swift executable product built beside `articled`.
    case swiftProduct(String)
}
