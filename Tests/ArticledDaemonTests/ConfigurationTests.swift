import ArticledCore
import Testing
@testable import ArticledDaemon

@Suite struct ConfigurationTests {
    @Test func withoutAFileTheDefaultsWatchInboxAndWriteOutboxWithTheBuiltInChain() {
        let c = Configuration()
        #expect(c.inbox == "inbox" && c.outbox == "outbox")
        #expect(c.stages.map(\.name) == ["cleanup", "extract", "tag", "summarize"])
        #expect(c.maxFileBytes == 10 * 1024 * 1024)
        #expect(c.originals == .keep && c.skipDuplicates == false && c.durableWrites)
        #expect(c.effectiveConcurrency >= 1)
        #expect(c.effectiveWorkFolder == "inbox/.articled")
    }

    @Test func settingsAreReadAndRelativePathsAnchoredAtTheFile() throws {
        let c = try Configuration(yaml: """
            inbox: in
            outbox: /srv/out
            settle_ms: 50
            concurrency: 3
            originals: delete
            skip_duplicates: true
            stages:
              - cleanup
              - name: extract
              - name: summarize
                options: {sentences: 2}
                on_error: skip
            """, file: "/etc/articled/articled.yaml")
        #expect(c.inbox == "/etc/articled/in")
        #expect(c.outbox == "/srv/out")
        #expect(c.settleMilliseconds == 50 && c.concurrency == 3 && c.originals == .delete && c.skipDuplicates)
        #expect(c.stages.map(\.name) == ["cleanup", "extract", "summarize"])
        #expect(c.stages[2].onError == .skip)
        #expect(c.stages[2].options == .object(["sentences": .int(2)]))
    }

    @Test(arguments: [
        ("inbx: x", "unknown setting 'inbx'"),
        ("settle_ms: soon", "'settle_ms' must be an integer"),
        ("originals: shred", "'originals' must be one of keep, delete"),
        ("stages: []", "'stages' must be a non-empty list"),
        ("stages:\n  - name: tag\n    colour: red", "unknown setting 'stages[0].colour'"),
        ("stages:\n  - options: {}", "'stages[0].name' is missing"),
        ("concurrency: -1", "'concurrency' must be between"),
        ("inbox: [unclosed", "not valid YAML"),
    ])
    func aBadConfigurationIsRefusedWithAMessageNamingTheSetting(yaml: String, expected: String) {
        do {
            _ = try Configuration(yaml: yaml, file: "articled.yaml")
            Issue.record("accepted: \(yaml)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
            #expect(error.description.hasPrefix("articled.yaml: "))
        }
    }

    @Test func theFactoryRefusesAnUnknownStageAndAWrongOrder() throws {
        let factory = PipelineFactory()
        var unknown = Configuration()
        unknown.stages = [StageConfiguration(name: "cleanup"), StageConfiguration(name: "sentiment")]
        #expect(throws: ConfigurationError.self) { try factory.make(unknown) }
        do { _ = try factory.make(unknown) } catch { #expect(error.description.contains("unknown stage 'sentiment'")) }

        var misordered = Configuration()
        misordered.stages = [StageConfiguration(name: "summarize"), StageConfiguration(name: "cleanup")]
        do {
            _ = try factory.make(misordered)
            Issue.record("accepted summarize before cleanup")
        } catch {
            #expect(error.description.contains("'summarize' needs 'text'"))
            #expect(error.description.contains("'cleanup'"))
        }
    }

    @Test func aBuiltInStagesUnknownOptionIsRefused() {
        var c = Configuration()
        c.stages = [StageConfiguration(name: "cleanup"), StageConfiguration(name: "summarize", options: .object(["sentencez": .int(2)]))]
        #expect(throws: ConfigurationError.self) { try PipelineFactory().make(c) }
    }

    @Test func pluginSettingsOnABuiltInStageAreRefused() {
        var c = Configuration()
        c.stages = [StageConfiguration(name: "cleanup", instances: 2)]
        #expect(throws: ConfigurationError.self) { try PipelineFactory().make(c) }
    }
}
