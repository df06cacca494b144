import Foundation
import Testing

/// The daemon's log lines as the journal and a terminal see them.
@Suite struct ServiceLogTests {
    /// Runs the daemon until a file has failed, then stops it; returns its log lines.
    static func logOfAFailure(environment: [String: String]) async throws -> [Substring] {
        let folder = try TemporaryFolder("log")
        let daemon = try await DaemonProcess(folder: folder, configuration: "max_file_bytes: 100\n", environment: environment)
        try folder.write(String(repeating: "Too long for the limit. ", count: 20), to: "big.txt")
        try FileManager.default.moveItem(atPath: folder("big.txt"), toPath: daemon.inbox + "/big.txt")
        #expect(await eventually { daemon.failures.count == 1 }, "\(daemon.log)")
        #expect(await daemon.stop() == 0)
        return daemon.log.split(separator: "\n")
    }

    @Test func underSystemdLinesCarrySyslogPrioritiesAndNoTimestamp() async throws {
        let lines = try await Self.logOfAFailure(environment: ["JOURNAL_STREAM": "8:123456"])
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.hasPrefix("<") && line.dropFirst().first.map { "0"..."7" ~= $0 } == true && line.dropFirst(2).first == ">",
                    "no priority: \(line)")
            #expect(!line.contains(" info ") && !line.dropFirst(3).hasPrefix("20"), "a timestamp of our own: \(line)")
        }
        #expect(lines.contains { $0.hasPrefix("<5>watching") })
        #expect(lines.contains { $0.hasPrefix("<3>failed") }, "a failure is an error for journalctl -p err")
    }

    @Test func onATerminalLinesAreTimestampedAndNamedByLevel() async throws {
        let lines = try await Self.logOfAFailure(environment: [:])
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.hasPrefix("20") && line.dropFirst(10).first == "T", "no timestamp: \(line)")
            #expect(!line.hasPrefix("<"))
        }
        #expect(lines.contains { $0.contains("Z notice watching") })
        #expect(lines.contains { $0.contains("Z error failed") })
    }
}
