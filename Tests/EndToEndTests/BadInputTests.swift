import Foundation
import Testing

/// Bad input never stops the daemon: each file gets a result or a failure report with a reason.
@Suite struct BadInputTests {
    func report(_ daemon: DaemonProcess, _ name: String) throws -> [String: Any] {
        let path = daemon.outbox + "/failed/" + name + ".error.json"
        return try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
    }

    @Test func eachBadInputEndsWithAClearReasonAndTheDaemonKeepsServing() async throws {
        let folder = try TemporaryFolder("bad")
        let daemon = try await DaemonProcess(folder: folder, configuration: "max_file_bytes: 2000\ndurable_writes: false\n")
        let staging = folder("staging")
        try Drop.rename("", as: "empty.txt", into: daemon.inbox, staging: staging)
        try folder.write(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]), to: "staging/bin")
        rename(folder("staging/bin"), daemon.inbox + "/binary.txt")
        try folder.write(Data("Caf\u{E9} society met.".utf8.map { $0 }.prefix(3) + [0xE9] + Array(" society met on Monday.".utf8)), to: "staging/latin")
        rename(folder("staging/latin"), daemon.inbox + "/latin1.txt")
        try Drop.rename(String(repeating: "Long text. ", count: 300), as: "huge.txt", into: daemon.inbox, staging: staging)
        try folder.write("the secret target", to: "secret.txt")
        try FileManager.default.createSymbolicLink(atPath: daemon.inbox + "/link.txt", withDestinationPath: folder("secret.txt"))
        try Drop.rename(Drop.article(1), as: "new\nline.txt", into: daemon.inbox, staging: staging)
        let longName = String(repeating: "n", count: 251) + ".txt"
        try Drop.rename(Drop.article(2), as: longName, into: daemon.inbox, staging: staging)
        try Drop.rename("%PDF-1.4 not an article", as: "paper.pdf", into: daemon.inbox, staging: staging)

        #expect(await eventually { daemon.failures.count == 5 && daemon.results.count == 3 }, "\(daemon.failures) \(daemon.results)\n\(daemon.log)")
        #expect(try report(daemon, "empty.txt")["error"] as? String == "is empty")
        #expect((try report(daemon, "binary.txt")["error"] as? String)?.contains("binary") == true)
        #expect((try report(daemon, "huge.txt")["error"] as? String)?.contains("over the limit of 2000") == true)
        #expect(try report(daemon, "link.txt")["error"] as? String == "is a symbolic link; links are never followed")
        #expect((try report(daemon, "paper.pdf")["error"] as? String)?.contains("unsupported file type") == true)
        #expect(try report(daemon, "empty.txt")["stage"] as? String == "input")
        #expect(try report(daemon, "empty.txt")["time"] is String)
        // The originals are kept beside their reports, untouched; the link is still a link.
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: daemon.outbox + "/failed/link.txt") == folder("secret.txt"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: daemon.outbox + "/failed/binary.txt")) == Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]))

        let latin = try daemon.result("latin1")
        #expect((latin["warnings"] as? [String])?.contains("input is not valid UTF-8; read as Windows-1252") == true)
        #expect(try daemon.result("new\nline")["source_file"] as? String == "new\nline.txt")
        #expect(daemon.results.contains { $0.hasPrefix(String(repeating: "n", count: 200)) })

        try Drop.rename(Drop.article(3), as: "after.txt", into: daemon.inbox, staging: staging)
        #expect(await eventually { daemon.results.contains("after.json") }, "the daemon stopped serving")
        #expect(await daemon.stop() == 0)
    }
}
