import ArticledCore
import Foundation
import Testing
@testable import ArticledDaemon

/// Reading `plugin.yaml` strictly, and the rule for what a plugin may run.
@Suite struct PluginManifestTests {
    static func manifest(_ yaml: String, folder: String = "demo") throws -> PluginManifest {
        try PluginManifest(yaml: yaml, file: "demo/plugin.yaml", folderName: folder)
    }

    static func launch(_ command: String) throws -> PluginLaunch {
        let manifest = try manifest("name: demo\nversion: \"1\"\ncommand: \(command)\n")
        return try PluginLaunch(manifest: manifest, folder: "/srv/plugins/demo", file: "demo/plugin.yaml")
    }

    static func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            return ""
        } catch {
            return "\(error)"
        }
    }

    @Test func aCompleteManifestIsRead() throws {
        let m = try Self.manifest("""
            name: demo
            version: "2.1"
            command: [python3, -u, run.py]
            needs: [text]
            adds: [mood]
            options: {window: 3}
            timeout_ms: 750
            """)
        #expect(m.command == .arguments(["python3", "-u", "run.py"]))
        #expect(m.needs == [.text])
        #expect(m.adds == ["mood"])
        #expect(m.options == ["window": .int(3)])
        #expect(m.timeoutMilliseconds == 750)
    }

    @Test func theNameMustMatchTheFolderAndTheVersionMustBeAString() {
        #expect(Self.message { _ = try Self.manifest("name: other\nversion: \"1\"\ncommand: [./x]\n") }.contains("is 'other' but the plugin's folder is 'demo'"))
        #expect(Self.message { _ = try Self.manifest("name: demo\nversion: 1.0\ncommand: [./x]\n") }.contains("must be a string (quote it"))
    }

    @Test func unknownKeysAndAMissingCommandAreErrors() {
        #expect(Self.message { _ = try Self.manifest("name: demo\nversion: \"1\"\ncommand: [./x]\ntimeout: 5\n") }.contains("unknown setting 'timeout'"))
        #expect(Self.message { _ = try Self.manifest("name: demo\nversion: \"1\"\n") }.contains("'command' is missing"))
        #expect(Self.message { _ = try Self.manifest("name: demo\nversion: \"1\"\ncommand: [./x]\nswift_product: y\n") }.contains("exclude each other"))
    }

    @Test func configuredOptionsOverrideDefaultsAndUnknownOnesAreRefused() throws {
        let m = try Self.manifest("name: demo\nversion: \"1\"\ncommand: [./x]\noptions: {a: 1, b: two}\n")
        #expect(try m.mergedOptions(.object(["a": .int(5)])) == .object(["a": .int(5), "b": .string("two")]))
        #expect(try m.mergedOptions(nil) == .object(["a": .int(1), "b": .string("two")]))
        #expect(Self.message { _ = try m.mergedOptions(.object(["c": .int(1)])) } == "unknown option 'c' (known: a, b)")
    }

    @Test func thePluginsOwnProgramIsResolvedInItsFolder() throws {
        let launch = try Self.launch("[./bin/run, --fast]")
        #expect(launch.program == "/srv/plugins/demo/bin/run")
        #expect(launch.arguments == ["./bin/run", "--fast"])
        #expect(launch.script == nil)
    }

    @Test func anInterpreterMustBeGivenAScriptInsideTheFolder() throws {
        #expect(try Self.launch("[python3, -u, run.py]").script == "/srv/plugins/demo/run.py")
        #expect(try Self.launch("[/usr/bin/python3, run.py]").script == "/srv/plugins/demo/run.py")
        #expect(Self.message { _ = try Self.launch("[sh, -c, 'rm -rf /']") }.contains("'-c' would run code that is not in the plugin's folder"))
        #expect(Self.message { _ = try Self.launch("[python3, -m, http.server]") }.contains("'-m' would run code"))
        #expect(Self.message { _ = try Self.launch("[python3]") }.contains("must be given a script"))
        #expect(Self.message { _ = try Self.launch("[python3, ../other/run.py]") }.contains("outside the plugin's folder"))
    }

    @Test func aProgramOutsideTheFolderIsRefused() {
        #expect(Self.message { _ = try Self.launch("[../../bin/evil]") }.contains("outside the plugin's folder"))
    }

    @Test func thePluginEnvironmentIsMinimalAndDocumented() throws {
        let names = try Self.launch("[./run]").environment.map { String($0.prefix { $0 != "=" }) }
        #expect(names == ["PATH", "LANG", "HOME", "ARTICLED_PLUGIN", "ARTICLED_PROTOCOL"])
        #expect(try Self.launch("[./run]").environment.contains("HOME=/srv/plugins/demo"))
    }

    @Test func aSymbolicLinkLeadingOutOfTheFolderIsRefusedAtStart() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("plugin-link-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/demo", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/demo/run", withDestinationPath: "/bin/true")
        let manifest = try Self.manifest("name: demo\nversion: \"1\"\ncommand: [./run]\n")
        #expect(Self.message { _ = try PluginLaunch(manifest: manifest, folder: root + "/demo", file: "demo/plugin.yaml") }
            .contains("'./run' leads outside the plugin's folder (to /"), "refused when the configuration is read")
        // A link made after the configuration was read is refused when the process starts.
        try FileManager.default.removeItem(atPath: root + "/demo/run")
        _ = FileManager.default.createFile(atPath: root + "/demo/run", contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755])
        let launch = try PluginLaunch(manifest: manifest, folder: root + "/demo", file: "demo/plugin.yaml")
        try FileManager.default.removeItem(atPath: root + "/demo/run")
        try FileManager.default.createSymbolicLink(atPath: root + "/demo/run", withDestinationPath: "/bin/true")
        #expect(throws: PluginFailure.startFailed("the command '\(launch.folder)/run' leads outside the plugin's folder")) {
            _ = try launch.executable()
        }
    }

    @Test func aPluginFolderInsideTheInboxIsRefused() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("plugin-inbox-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/inbox/evil", withIntermediateDirectories: true)
        try "name: evil\nversion: \"1\"\ncommand: [./run]\n".write(toFile: root + "/inbox/evil/plugin.yaml", atomically: true, encoding: .utf8)
        var configuration = Configuration()
        configuration.inbox = root + "/inbox"
        configuration.outbox = root + "/outbox"
        configuration.pluginFolders = [root + "/inbox"]
        let message = Self.message { _ = try PluginLocator().stage(for: StageConfiguration(name: "evil"), in: configuration) }
        #expect(message.contains("plugins may not live in the inbox"))
    }

    @Test func anUnknownNameIsNotAPluginAndPathsAreNotNames() throws {
        var configuration = Configuration()
        configuration.pluginFolders = [PluginFixtures.folder]
        #expect(try PluginLocator().stage(for: StageConfiguration(name: "no-such-plugin"), in: configuration) == nil)
        #expect(PluginLocator.manifestFile(named: "../plugins/well-behaved", in: [PluginFixtures.folder]) == nil)
        #expect(PluginLocator.manifestFile(named: "well-behaved", in: [PluginFixtures.folder]) != nil)
    }

    @Test func theBackoffDoublesUpToItsLimit() {
        let s = PluginSupervision(firstBackoff: .milliseconds(100), longestBackoff: .seconds(1), failuresBeforeDown: 5)
        #expect((0...6).map { s.backoff(after: $0) } == [.zero, .milliseconds(100), .milliseconds(200), .milliseconds(400),
                                                         .milliseconds(800), .seconds(1), .seconds(1)])
    }
}
