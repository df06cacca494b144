import ArgumentParser
import ArticledCore
import CAllocationCounter
import Foundation

/// Time and allocations per article of each built-in stage, and the whole pipeline's rate.
struct StagesBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "Per stage: time and allocations per article; the whole pipeline in-process on one core and on all cores."
    )

    @Option(name: [.customShort("n"), .long], help: "Passes over the articles.") var iterations = 200
    @Argument(help: "Article files (e.g. ../shared/samples/seeds/*.txt).") var files: [String]

    func run() async throws {
        let pipeline = try ArticleFiles.pipeline()
        let documents = try files.map(ArticleFiles.document)
        let bytes = documents.reduce(0) { $0 + $1.raw.utf8.count } / max(1, documents.count)
        // Warm up: word lists load once, on first use.
        for d in documents { var doc = d; try await pipeline.run(&doc) }

        let clock = ContinuousClock()
        var time: [String: Duration] = [:]
        var allocations: [String: UInt64] = [:]
        for _ in 0..<iterations {
            for d in documents {
                var doc = d
                for step in pipeline.steps {
                    let before = articled_allocation_count()
                    let start = clock.now
                    try await step.stage.process(&doc)
                    time[step.stage.name, default: .zero] += clock.now - start
                    allocations[step.stage.name, default: 0] += articled_allocation_count() - before
                }
            }
        }
        let runs = Double(iterations * documents.count)
        print("articles: \(documents.count), mean \(bytes) bytes, \(iterations) passes")
        var total = 0.0
        for name in pipeline.stageNames {
            let ms = Self.milliseconds(time[name, default: .zero]) / runs
            total += ms
            let label = name.padding(toLength: 10, withPad: " ", startingAt: 0)
            print("stage \(label)" + String(format: " %8.4f ms/article %9.1f allocations/article", ms, Double(allocations[name, default: 0]) / runs))
        }
        print(String(format: "stages total     %8.4f ms/article", total))

        let single = try await rate(pipeline, documents, tasks: 1)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let all = try await rate(pipeline, documents, tasks: cores)
        print(String(format: "pipeline in-process: %.0f articles/s on one core, %.0f articles/s on %d cores", single, all, cores))
    }

    private func rate(_ pipeline: Pipeline, _ documents: [Document], tasks: Int) async throws -> Double {
        let perTask = max(1, iterations / 2) * documents.count
        let clock = ContinuousClock()
        let start = clock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<tasks {
                group.addTask {
                    for i in 0..<perTask {
                        var doc = documents[i % documents.count]
                        try await pipeline.run(&doc)
                    }
                }
            }
            try await group.waitForAll()
        }
        return Double(perTask * tasks) / (Self.milliseconds(clock.now - start) / 1000)
    }

    static func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }
}
