import ArgumentParser
import ArticledDaemon

/// `--config`, shared by every command.
struct ConfigurationOptions: ParsableArguments {
    @Option(name: .long, help: "The configuration file (default: ./articled.yaml if present, else built-in defaults).")
    var config: String?

    /// The configuration, or exit 2 with the reason.
    func load() throws -> Configuration {
        do {
            return try Configuration.resolve(explicit: config)
        } catch {
            FileHandleOutput.standardError("articled: configuration error: \(error)")
            throw ExitCode(2)
        }
    }

    /// The checked pipeline of `configuration`, or exit 2 with the reason.
    func pipeline(_ configuration: Configuration) throws -> Pipeline {
        do {
            return try StageCatalog.factory.make(configuration)
        } catch {
            FileHandleOutput.standardError("articled: configuration error: \(error)")
            throw ExitCode(2)
        }
    }
}

import ArticledCore
