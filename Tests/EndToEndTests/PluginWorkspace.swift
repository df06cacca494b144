import Foundation

/// A daemon folder with test plugins copied into `plugins/`, and the YAML that uses them.
///
/// Each test gets its own copy, so tests run in parallel without sharing plugin folders.
enum PluginWorkspace {
    /// `Tests/Fixtures/plugins`.
    static let fixtures: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/plugins").path

    /// The repository's `Plugins/` folder (the examples).
    static let examples: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Plugins").path

    /// Copies the fixture plugins `names` into `folder/plugins/`.
    static func install(_ names: [String], into folder: TemporaryFolder, from source: String = fixtures) throws {
        try FileManager.default.createDirectory(atPath: folder("plugins"), withIntermediateDirectories: true)
        for name in names {
            try FileManager.default.copyItem(atPath: source + "/" + name, toPath: folder("plugins/" + name))
        }
    }

    /// A configuration running `cleanup` then the plugin stage given as a YAML flow mapping.
    static func configuration(plugin: String) -> String {
        """
        settle_ms: 50
        durable_writes: false
        plugin_folders: [plugins]
        stages:
          - cleanup
          - \(plugin)

        """
    }

    /// Drops `text` into the daemon's inbox as `name`, written aside and renamed in.
    static func drop(_ text: String, as name: String, into daemon: DaemonProcess) throws {
        let staging = daemon.folder("staging-" + name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: staging))
        try FileManager.default.moveItem(atPath: staging, toPath: daemon.inbox + "/" + name)
    }

    /// The failure report for `file` in the daemon's `outbox/failed/`.
    static func failure(_ file: String, in daemon: DaemonProcess) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: daemon.outbox + "/failed/" + file + ".error.json"))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }
}
