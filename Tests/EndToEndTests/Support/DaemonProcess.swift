import Foundation

/// A real `articled run` process on a folder of its own, for tests that drive the daemon
/// from outside: files dropped, signals sent, results read.
final class DaemonProcess {
    let folder: TemporaryFolder
    let process = Process()
    let logPath: String

    var inbox: String { folder("inbox") }
    var outbox: String { folder("outbox") }

    /// Starts `articled run` in `folder` with `configuration` (YAML) written to `articled.yaml`,
    /// and waits until it logs that it is watching.
    init(folder: TemporaryFolder, configuration: String? = nil, arguments: [String] = [],
         environment: [String: String] = [:], waitForReady: Bool = true) async throws {
        self.folder = folder
        if let configuration { try folder.write(configuration, to: "articled.yaml") }
        logPath = folder("daemon.log")
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: ArticledBinary.path)
        process.arguments = ["run"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NOTIFY_SOCKET")
        env.removeValue(forKey: "JOURNAL_STREAM")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let log = FileHandle(forWritingAtPath: logPath)!
        process.standardError = log
        process.standardOutput = log
        try process.run()
        if waitForReady {
            guard await eventually(within: 30, { log_().contains("watching") || !process.isRunning }), process.isRunning else {
                throw DaemonError("daemon did not start: \(log_())")
            }
        }
    }

    private func log_() -> String { log }

    /// Everything the daemon logged so far.
    var log: String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    }

    /// Sends `signal` to the daemon.
    func signal(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Whether every thread of the daemon has stopped (state `T` in `/proc`), as SIGSTOP leaves
    /// them some time after `kill` returns.
    var isStopped: Bool {
        let tasks = "/proc/\(process.processIdentifier)/task"
        guard let threads = try? FileManager.default.contentsOfDirectory(atPath: tasks), !threads.isEmpty else { return false }
        return threads.allSatisfy { thread in
            guard let stat = try? String(contentsOfFile: "\(tasks)/\(thread)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("T")
        }
    }

    /// SIGTERM, then waits for the exit; returns the exit status.
    @discardableResult
    func stop() async -> Int32 {
        if process.isRunning { signal(SIGTERM) }
        return await waitForExit()
    }

    /// Waits (off the cooperative pool) until the daemon has exited; returns its status.
    @discardableResult
    func waitForExit() async -> Int32 {
        let p = process
        return (try? await offPool { p.waitUntilExit(); return p.terminationStatus }) ?? -1
    }

    /// SIGKILL: the crash a power cut or the OOM killer causes.
    func crash() async {
        signal(SIGKILL)
        await waitForExit()
    }

    /// The result files in the outbox (not originals, not failures), relative to it.
    var results: [String] {
        folder.files(under: "outbox").filter { $0.hasSuffix(".json") && !$0.hasPrefix("failed/") && !$0.hasPrefix("originals/") && !$0.contains("/.") && !$0.hasPrefix(".") }
    }

    /// How many results the outbox's top folder holds: a cheap count for tests of thousands of files.
    var topLevelResultCount: Int {
        guard let dir = opendir(outbox) else { return 0 }
        defer { closedir(dir) }
        var count = 0
        while let entry = readdir(dir) {
            let isJSON = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }.hasSuffix(".json")
            if isJSON { count += 1 }
        }
        return count
    }

    /// The daemon's peak resident memory so far, in MiB (VmHWM).
    var peakMemoryMiB: Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kb / 1024
    }

    /// The failure reports in `outbox/failed/`.
    var failures: [String] {
        folder.files(under: "outbox/failed").filter { $0.hasSuffix(".error.json") }
    }

    /// The result for `name` (without extension) parsed as JSON.
    func result(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: (outbox as NSString).appendingPathComponent(name + ".json")))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}

/// A test's failure to drive the daemon.
struct DaemonError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
