import ArgumentParser
import ArticledCore
import ArticledDaemon

/// `articled stages`: the configured pipeline, stage by stage; plugin stages are marked as
/// such, with their folder, timeout and number of processes (nothing is started).
struct StagesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List the stages of the configured pipeline, built-in and plugin, with versions."
    )

    @OptionGroup var options: ConfigurationOptions

    func run() async throws {
        let configuration = try options.load()
        let pipeline = try options.pipeline(configuration)
        for step in pipeline.steps {
            let stage = step.stage
            var kind = (stage as? any PluginDescribing).map { "plugin \($0.pluginPath)" } ?? "built-in"
            if let plugin = stage as? PluginStage {
                kind += ", timeout \(plugin.timeoutMilliseconds) ms, \(plugin.instances) instance\(plugin.instances == 1 ? "" : "s")"
            }
            print("\(stage.name) \(stage.version) (\(kind)) needs: \(stage.needs.sorted().map(\.rawValue).joined(separator: ",")) adds: \(stage.adds.sorted().map(\.rawValue).joined(separator: ",")) on_error: \(step.onError.rawValue)")
        }
    }
}
