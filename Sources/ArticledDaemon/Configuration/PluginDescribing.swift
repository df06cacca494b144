/// What a plugin stage tells `articled stages` about itself.
public protocol PluginDescribing {
    /// The plugin's folder.
    var pluginPath: String { get }
}
