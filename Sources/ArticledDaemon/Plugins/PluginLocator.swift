import ArticledCore
import Foundation

/// Finds plugin stages for configuration entries: `<plugin folder>/<name>/plugin.yaml`.
///
/// This is the `PipelineFactory.PluginResolver` of the daemon and the command line. Only
/// folders listed in `plugin_folders` are searched, a name must be a plain folder name, and a
/// plugin folder inside the inbox or outbox is refused: nothing users drop is ever executed.
public struct PluginLocator: Sendable {
    /// How the stages it makes pace restarts.
    public var supervision: PluginSupervision

    /// A locator whose stages use `supervision`.
    public init(supervision: PluginSupervision = PluginSupervision()) {
        self.supervision = supervision
    }

    /// The resolver to give `PipelineFactory`.
    public var resolver: PipelineFactory.PluginResolver {
        let locator = self
        return { entry, configuration in try locator.stage(for: entry, in: configuration) }
    }

    /// The plugin stage for `entry`, or nil when no plugin folder holds `<name>/plugin.yaml`.
    public func stage(for entry: StageConfiguration, in configuration: Configuration) throws -> (any Stage)? {
        guard let file = Self.manifestFile(named: entry.name, in: configuration.pluginFolders) else { return nil }
        let folder = (file as NSString).deletingLastPathComponent
        let real = PluginLaunch.realPath(folder) ?? folder
        for (setting, path) in [("inbox", configuration.inbox), ("outbox", configuration.outbox)] {
            let target = PluginLaunch.realPath(path) ?? (path as NSString).standardizingPath
            if real == target || PluginLaunch.isInside(real, target) {
                throw ConfigurationError(file: file, message: "plugins may not live in the \(setting) (\(path)): nothing dropped there is ever executed")
            }
        }
        let manifest = try PluginManifest.load(file: file)
        let launch = try PluginLaunch(manifest: manifest, folder: folder, file: file)
        return try PluginStage(manifest: manifest, launch: launch, entry: entry, supervision: supervision)
    }

    /// The first `<folder>/<name>/plugin.yaml` that exists, in the order of `folders`.
    public static func manifestFile(named name: String, in folders: [String]) -> String? {
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else { return nil }
        for folder in folders {
            let file = ((folder as NSString).appendingPathComponent(name) as NSString).appendingPathComponent("plugin.yaml")
            if FileManager.default.fileExists(atPath: file) { return file }
        }
        return nil
    }
}
