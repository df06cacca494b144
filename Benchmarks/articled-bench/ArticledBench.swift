import ArgumentParser

/// `articled-bench`: how fast articled is, and where the time goes (README, "Benchmarks").
@main
struct ArticledBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articled-bench",
        abstract: "Benchmarks of articled: the stages in-process, and the daemon end to end.",
        subcommands: [AllBenchmarks.self, StagesBenchmark.self, EndToEndBenchmark.self, ResultsCommand.self],
        defaultSubcommand: AllBenchmarks.self
    )
}
