import ArgumentParser
import ArticledDaemon

/// `articled check`: validate the configuration (and its plugins) without running it.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the configuration and plugins; exit 2 with the reason if anything is wrong."
    )

    @OptionGroup var options: ConfigurationOptions

    func run() async throws {
        let configuration = try options.load()
        let pipeline = try options.pipeline(configuration)
        print("configuration OK (\(configuration.file ?? "built-in defaults")): \(pipeline.stageNames.joined(separator: " -> "))")
    }
}
