import ArgumentParser

/// Every benchmark in one run: the stages in-process, then the daemon end to end, whose
/// summary line (`bench: …`) ends the output.
struct AllBenchmarks: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all",
        abstract: "Run `stages`, then `e2e`, on the same articles (the default)."
    )

    @Option(name: [.customShort("n"), .long], help: "Passes over the articles in `stages`.") var iterations = 200
    @Option(help: "The articled binary (build it with -c release).") var binary = ".build/release/articled"
    @Argument(help: "Article files (e.g. ../shared/samples/seeds/*.txt).") var files: [String]

    func run() async throws {
        let stages = try StagesBenchmark.parse(["-n", "\(iterations)"] + files)
        try await stages.run()
        print()
        let endToEnd = try EndToEndBenchmark.parse(["--binary", binary] + files)
        try await endToEnd.run()
    }
}
