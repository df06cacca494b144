import ArticledCore
import ArticledStages

/// Builds the checked pipeline that a configuration describes.
///
/// Built-in stages come from `BuiltinStages`; any other name is looked up as a plugin by
/// `pluginStage`, so that the daemon and the command line share one way to make stages.
public struct PipelineFactory: Sendable {
    /// Makes a plugin stage for a configuration entry, or returns nil if no plugin has that name.
    public typealias PluginResolver = @Sendable (StageConfiguration, Configuration) throws -> (any Stage)?

    private let pluginStage: PluginResolver

    /// A factory; `pluginStage` resolves names that are not built in.
    public init(pluginStage: @escaping PluginResolver = { _, _ in nil }) {
        self.pluginStage = pluginStage
    }

    /// The pipeline of `configuration`, its chain checked.
    public func make(_ configuration: Configuration) throws(ConfigurationError) -> Pipeline {
        var steps: [Pipeline.Step] = []
        for (i, entry) in configuration.stages.enumerated() {
            let stage: any Stage
            do {
                if BuiltinStages.names.contains(entry.name) {
                    if entry.instances != nil || entry.timeoutMilliseconds != nil {
                        throw ConfigurationError(file: configuration.file, message: "'stages[\(i)]' (\(entry.name)): 'instances' and 'timeout_ms' are for plugin stages only")
                    }
                    stage = try BuiltinStages.make(name: entry.name, options: entry.options)!
                } else if let plugin = try pluginStage(entry, configuration) {
                    stage = plugin
                } else {
                    let folders = configuration.pluginFolders.joined(separator: ", ")
                    throw ConfigurationError(file: configuration.file, message: "'stages[\(i)]': unknown stage '\(entry.name)': not built in (\(BuiltinStages.defaultChain.joined(separator: ", "))) and no plugin '\(entry.name)/plugin.yaml' in \(folders)")
                }
            } catch let error as ConfigurationError {
                throw error
            } catch {
                throw ConfigurationError(file: configuration.file, message: "'stages[\(i)]' (\(entry.name)): \(error)")
            }
            steps.append(Pipeline.Step(stage, onError: entry.onError))
        }
        do {
            return try Pipeline(steps: steps)
        } catch {
            throw ConfigurationError(file: configuration.file, message: error.description)
        }
    }
}
