import ArgumentParser
import ArticledCore
import ArticledDaemon
import Glibc

/// `articled process`: process the given files once and exit.
struct ProcessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process",
        abstract: "Process the given files once with the configured pipeline; '-' reads standard input and writes the result to standard output.",
        discussion: "The inputs are not moved. Exit status: 0 when every file gave a result, 1 when one failed, 2 for bad usage or configuration."
    )

    @OptionGroup var options: ConfigurationOptions
    @Option(help: "Where results go (default: the configured outbox).") var outbox: String?
    @Argument(help: "Article files, or '-' for standard input.") var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one file, or '-' for standard input") }
    }

    func run() async throws {
        signal(SIGPIPE, SIG_IGN)
        let configuration = try options.load()
        let pipeline = try options.pipeline(configuration)
        let processor = FileProcessor(pipeline: pipeline, maxFileBytes: configuration.maxFileBytes)
        let target = outbox ?? configuration.outbox
        var failed = 0
        for file in files {
            do {
                if file == "-" {
                    let bytes = readStandardInput()
                    let name = "stdin." + InputFormat(sniffing: bytes).rawValue
                    let result = try await processor.result(ofBytes: bytes, name: name)
                    FileHandleOutput.standardOutput(result)
                } else {
                    let result = try await processor.result(ofFile: file)
                    let path = try processor.write(result, for: String(file.split(separator: "/").last ?? ""), outbox: target)
                    FileHandleOutput.standardError("\(file) -> \(path)")
                }
            } catch {
                failed += 1
                FileHandleOutput.standardError("articled: \(error)")
            }
        }
        if failed > 0 { throw ExitCode(1) }
    }

    private func readStandardInput() -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let r = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, 65536) }
            if r < 0 && errno == EINTR { continue }
            if r <= 0 { break }
            bytes += chunk[0..<r]
        }
        return bytes
    }
}
