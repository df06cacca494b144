import Foundation
import Testing

/// The installation: the scripts, the unit, and an install into a temporary root.
@Suite struct ServiceInstallTests {
    /// The repository's root.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// Whether `tool` is on the PATH.
    static func has(_ tool: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }

    /// Runs `arguments[0]` with the rest; returns its status and everything it printed.
    @discardableResult
    static func shell(_ arguments: [String], in folder: String? = nil) async throws -> (status: Int32, output: String) {
        try await offPool { try shellBlocking(arguments, in: folder) }
    }

    private static func shellBlocking(_ arguments: [String], in folder: String?) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func theScriptsAreValidShell() async throws {
        for script in ["scripts/install.sh", "scripts/uninstall.sh", "systemd/check-unit.sh"] {
            let path = Self.repository + "/" + script
            #expect(FileManager.default.isExecutableFile(atPath: path), "\(script) is executable")
            let check = try await Self.shell(["sh", "-n", path])
            #expect(check.status == 0, "\(script): \(check.output)")
        }
    }

    @Test(.enabled(if: has("systemd-analyze"), "needs systemd-analyze (apt-get install systemd)"))
    func theUnitVerifiesCleanAndScoresAtMostOne() async throws {
        let check = try await Self.shell([Self.repository + "/systemd/check-unit.sh", ArticledBinary.path])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("verify: clean"))
        let score = check.output.split(separator: "\n").first { $0.contains("Overall exposure level") }
            .flatMap { $0.split(separator: " ").compactMap { Double($0) }.first }
        #expect(score != nil && score! <= 1.0, "\(check.output)")
    }

    @Test func theUnitIsANotifyServiceWithWatchdogAndNoRestartOnAConfigurationError() async throws {
        let unit = try String(contentsOfFile: Self.repository + "/systemd/articled.service", encoding: .utf8)
        let lines = Set(unit.split(separator: "\n").map(String.init))
        for expected in ["Type=notify", "Restart=on-failure", "RestartPreventExitStatus=2", "ExecReload=/bin/kill -HUP $MAINPID",
                         "PrivateNetwork=yes", "RestrictAddressFamilies=AF_UNIX", "MemoryDenyWriteExecute=yes",
                         "SystemCallFilter=@system-service", "CapabilityBoundingSet=", "StateDirectory=articled",
                         "ConfigurationDirectory=articled"] {
            #expect(lines.contains(expected), "missing \(expected)")
        }
        #expect(lines.contains { $0.hasPrefix("WatchdogSec=") })
    }

    @Test func installingIntoADestdirPutsEverythingInPlaceAndUninstallingKeepsTheData() async throws {
        let root = try TemporaryFolder("install")
        let binaryDir = (ArticledBinary.path as NSString).deletingLastPathComponent
        let install = try await Self.shell([Self.repository + "/scripts/install.sh", "--destdir", root.path, "--binary-dir", binaryDir])
        #expect(install.status == 0, "\(install.output)")

        let fm = FileManager.default
        let lib = root("usr/local/lib/articled")
        #expect(fm.isExecutableFile(atPath: lib + "/articled"))
        #expect(fm.fileExists(atPath: lib + "/articled_ArticledStages.resources/Resources"))
        #expect(try fm.destinationOfSymbolicLink(atPath: root("usr/local/bin/articled")) == "../lib/articled/articled")
        let unit = try String(contentsOfFile: root("etc/systemd/system/articled.service"), encoding: .utf8)
        #expect(unit.contains("ExecStart=/usr/local/bin/articled run --config /etc/articled/articled.yaml"))
        #expect(fm.fileExists(atPath: root("etc/articled/articled.yaml")))
        let inboxMode = (try fm.attributesOfItem(atPath: root("var/lib/articled/inbox"))[.posixPermissions] as? Int) ?? 0
        #expect(inboxMode & 0o2070 == 0o2070, "the inbox is setgid and group-writable: \(String(inboxMode, radix: 8))")
        #expect(fm.fileExists(atPath: root("var/lib/articled/outbox")))

        // The default configuration is valid.
        let check = try await CommandResult.run(["check", "--config", root("etc/articled/articled.yaml")], in: root.path)
        #expect(check.status == 0, "\(check.standardError)")

        // The installed binary, started through the symlink, runs the built-in pipeline.
        let seed = try #require(ArticledBinary.seedFiles.first)
        let run = try await Self.shell([root("usr/local/bin/articled"), "process", ArticledBinary.seedFolder + "/" + seed,
                                  "--outbox", root("out")], in: root.path)
        #expect(run.status == 0, "\(run.output)")
        #expect(!run.output.contains("is missing"), "word lists not found: \(run.output)")

        // A second install keeps the user's configuration.
        try "log_level: debug\n".write(toFile: root("etc/articled/articled.yaml"), atomically: true, encoding: .utf8)
        #expect(try await Self.shell([Self.repository + "/scripts/install.sh", "--destdir", root.path, "--binary-dir", binaryDir]).status == 0)
        #expect(try String(contentsOfFile: root("etc/articled/articled.yaml"), encoding: .utf8) == "log_level: debug\n")

        // Uninstalling removes the program and keeps the configuration and the data.
        try root.write("waiting", to: "var/lib/articled/inbox/kept.txt")
        let uninstall = try await Self.shell([Self.repository + "/scripts/uninstall.sh", "--destdir", root.path])
        #expect(uninstall.status == 0, "\(uninstall.output)")
        #expect(!fm.fileExists(atPath: lib))
        #expect((try? fm.destinationOfSymbolicLink(atPath: root("usr/local/bin/articled"))) == nil)
        #expect(!fm.fileExists(atPath: root("etc/systemd/system/articled.service")))
        #expect(fm.fileExists(atPath: root("etc/articled/articled.yaml")))
        #expect(fm.fileExists(atPath: root("var/lib/articled/inbox/kept.txt")))
    }

    /// Bundle.module must find the word lists beside the installed binary, not in the build
    /// folder it falls back to: the build folder's bundle is hidden in a private mount
    /// namespace. (Bundle.main resolves the symlink on the PATH to the binary's real folder.)
    @Test(.enabled(if: getuid() == 0 && has("unshare"), "needs root and unshare for a private mount namespace"))
    func theInstalledBinaryFindsItsWordListsBesideItselfThroughTheSymlink() async throws {
        let root = try TemporaryFolder("install-bundle")
        let binaryDir = (ArticledBinary.path as NSString).deletingLastPathComponent
        #expect(try await Self.shell([Self.repository + "/scripts/install.sh", "--destdir", root.path, "--binary-dir", binaryDir]).status == 0)
        let seed = try #require(ArticledBinary.seedFiles.first)
        let hidden = binaryDir + "/articled_ArticledStages.resources"
        let script = "mount -t tmpfs none '\(hidden)' || exit 99; cd '\(root.path)' && "
            + "PATH='\(root("usr/local/bin"))':$PATH exec articled process - < '\(ArticledBinary.seedFolder)/\(seed)' 2> stderr.txt"
        let run = try await Self.shell(["unshare", "--mount", "--propagation", "private", "sh", "-c", script])
        if run.status == 99 || run.output.hasPrefix("unshare:") {
            withKnownIssue("this machine does not allow a private mount namespace") { Issue.record(Comment(rawValue: run.output)) }
            return
        }
        let errors = (try? String(contentsOfFile: root("stderr.txt"), encoding: .utf8)) ?? ""
        #expect(run.status == 0, "\(errors)")
        #expect(!errors.contains("is missing"), "word lists not found beside the installed binary: \(errors)")
        let result = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let stages = (result?["pipeline"] as? [[String: Any]])?.compactMap { $0["stage"] as? String }
        #expect(stages == ["cleanup", "extract", "tag", "summarize"])
    }
}
