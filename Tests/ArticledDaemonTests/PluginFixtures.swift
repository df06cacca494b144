import ArticledCore
import Foundation
import Testing
@testable import ArticledDaemon

/// The test plugins under `Tests/Fixtures/plugins/` and a quick way to run a document through one.
enum PluginFixtures {
    /// `Tests/Fixtures/plugins`, absolute.
    static let folder: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/plugins").path

    /// Fast back-off so that tests reach "down" in well under a second.
    static let fastSupervision = PluginSupervision(firstBackoff: .milliseconds(10), longestBackoff: .milliseconds(40),
                                                   failuresBeforeDown: 3, startTimeout: .seconds(20))

    /// The plugin stage `name` from the fixtures, with `entry`'s settings.
    static func stage(_ name: String, onError: Pipeline.ErrorPolicy = .fail, options: JSONValue? = nil,
                      instances: Int? = nil, timeoutMilliseconds: Int? = nil) throws -> PluginStage {
        var configuration = Configuration()
        configuration.pluginFolders = [folder]
        configuration.inbox = "/nonexistent/inbox"
        configuration.outbox = "/nonexistent/outbox"
        let entry = StageConfiguration(name: name, options: options, onError: onError, instances: instances,
                                       timeoutMilliseconds: timeoutMilliseconds)
        let stage = try PluginLocator(supervision: fastSupervision).stage(for: entry, in: configuration)
        return try #require(stage as? PluginStage)
    }

    /// A pipeline of the one plugin stage `stage` with `onError`.
    static func pipeline(_ stage: PluginStage, onError: Pipeline.ErrorPolicy = .fail) throws -> Pipeline {
        try Pipeline(steps: [Pipeline.Step(stage, onError: onError)])
    }

    /// A fresh document whose raw text is `raw`.
    static func document(_ raw: String, name: String = "story.txt") -> Document {
        Document(id: String(repeating: "a", count: 64), sourceFile: name, format: .text, raw: raw)
    }
}
