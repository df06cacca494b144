import ArgumentParser
import ArticledDaemon

/// `articled`: the command line of the daemon (CONTRACT.md, "Command line").
@main
struct Articled: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articled",
        abstract: "Turns news articles dropped into a folder into clean, structured JSON.",
        subcommands: [RunCommand.self, ProcessCommand.self, StagesCommand.self, CheckCommand.self]
    )

    /// Parses and runs the command; usage errors exit with 2, as the contract says.
    static func main() async {
        let command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            FileHandleOutput.standardError(fullMessage(for: error))
            exit(withError: ExitCode(2))
        }
        do {
            if var async = command as? any AsyncParsableCommand {
                try await async.run()
            } else {
                var sync = command
                try sync.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
