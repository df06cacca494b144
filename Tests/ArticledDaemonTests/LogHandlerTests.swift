import Logging
import Testing
@testable import ArticledDaemon

/// `ConsoleLogHandler`'s lines: journal-ready under systemd, readable on a terminal.
@Suite struct LogHandlerTests {
    @Test func underTheJournalALineStartsWithItsSyslogPriorityAndHasNoTimestamp() {
        let line = ConsoleLogHandler.line(level: .error, message: "failed", metadata: ["stage": "extract", "file": "a b.txt"],
                                          journal: true, timestamp: "")
        #expect(line == "<3>failed file=\"a b.txt\" stage=extract\n")
    }

    @Test func everyLevelMapsToItsSyslogPriority() {
        let expected: [(Logger.Level, Int)] = [(.trace, 7), (.debug, 7), (.info, 6), (.notice, 5), (.warning, 4), (.error, 3), (.critical, 2)]
        for (level, priority) in expected {
            #expect(ConsoleLogHandler.priority(level) == priority)
            #expect(ConsoleLogHandler.line(level: level, message: "m", metadata: [:], journal: true, timestamp: "").hasPrefix("<\(priority)>m"))
        }
    }

    @Test func onATerminalALineStartsWithTheTimeAndTheLevel() {
        let line = ConsoleLogHandler.line(level: .notice, message: "watching", metadata: ["inbox": "/srv/in"],
                                          journal: false, timestamp: "2026-11-22T10:25:32.123Z")
        #expect(line == "2026-11-22T10:25:32.123Z notice watching inbox=/srv/in\n")
        #expect(!line.hasPrefix("<"))
    }

    @Test func oneEventIsOneLineEvenWithLineBreaksInItsMessageOrValues() {
        let line = ConsoleLogHandler.line(level: .warning, message: "two\nlines", metadata: ["file": "x\n<3>forged"],
                                          journal: true, timestamp: "")
        #expect(line == "<4>two\\nlines file=\"x\\n<3>forged\"\n")
        #expect(line.filter { $0 == "\n" }.count == 1)
    }

    @Test func theHandlerKeepsItsLevelAndMetadata() {
        var handler = ConsoleLogHandler(label: "t", level: .warning, journal: true)
        handler[metadataKey: "unit"] = "articled"
        #expect(handler.logLevel == .warning)
        #expect(handler[metadataKey: "unit"] == "articled")
    }
}
