import Foundation

/// What a finished `articled` command printed and returned.
struct CommandResult {
    var status: Int32
    var standardOutput: String
    var standardError: String

    /// Runs `articled` with `arguments` in `folder` and waits for it.
    static func run(_ arguments: [String], in folder: String, input: Data? = nil) async throws -> CommandResult {
        try await offPool { try runBlocking(arguments, in: folder, input: input) }
    }

    private static func runBlocking(_ arguments: [String], in folder: String, input: Data?) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ArticledBinary.path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus,
                             standardOutput: String(decoding: outData, as: UTF8.self),
                             standardError: String(decoding: errData, as: UTF8.self))
    }
}
