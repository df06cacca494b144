import ArgumentParser
import ArticledDaemon
import Logging

/// `articled check`: validate the configuration (and its plugins) without running it.
///
/// Each plugin stage is started once and must complete the handshake (right name, version
/// and protocol) before it is stopped again; any failure exits with status 2.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the configuration and plugins; exit 2 with the reason if anything is wrong."
    )

    @OptionGroup var options: ConfigurationOptions

    func run() async throws {
        let configuration = try options.load()
        // Plugin processes log (their stderr too) in the daemon's format, at the configured level.
        let level = Logger.Level(rawValue: configuration.logLevel) ?? .info
        LoggingSystem.bootstrap { ConsoleLogHandler(label: $0, level: level) }
        let pipeline = try options.pipeline(configuration)
        var failed = 0
        for step in pipeline.steps {
            guard let plugin = step.stage as? PluginStage else { continue }
            do {
                try await plugin.check()
                print("plugin \(plugin.name) \(plugin.version): handshake OK (\(plugin.pluginPath))")
            } catch {
                failed += 1
                FileHandleOutput.standardError("articled: plugin '\(plugin.name)' failed its check: \(error) (\(plugin.pluginPath))")
            }
        }
        guard failed == 0 else {
            FileHandleOutput.standardError("articled: \(failed) plugin\(failed == 1 ? "" : "s") cannot run: the daemon would mark \(failed == 1 ? "it" : "them") down")
            throw ExitCode(2)
        }
        print("configuration OK (\(configuration.file ?? "built-in defaults")): \(pipeline.stageNames.joined(separator: " -> "))")
    }
}
