import Testing
@testable import ArticledCore

@Suite struct StageOptionsTests {
    @Test func knownOptionsAreReadWithTheirTypesAndDefaults() throws {
        var options = try StageOptions(stage: "summarize", values: .object(["sentences": .int(5)]))
        #expect(try options.int("sentences", default: 3) == 5)
        #expect(try options.bool("lead", default: true) == true)
        try options.finish()
    }

    @Test func anUnknownOptionIsAnErrorNamingIt() throws {
        var options = try StageOptions(stage: "summarize", values: .object(["sentence": .int(5)]))
        _ = try options.int("sentences", default: 3)
        #expect(throws: StageOptions.Invalid.self) { try options.finish() }
        do { try options.finish() } catch { #expect(error.description.contains("'sentence'")) }
    }

    @Test func aWrongTypeOrRangeIsAnError() throws {
        var options = try StageOptions(stage: "s", values: .object(["n": .string("three"), "m": .int(0)]))
        #expect(throws: StageOptions.Invalid.self) { _ = try options.int("n", default: 3) }
        #expect(throws: StageOptions.Invalid.self) { _ = try options.int("m", default: 3, in: 1...10) }
    }

    @Test func optionsMustBeAMapping() {
        #expect(throws: StageOptions.Invalid.self) { _ = try StageOptions(stage: "s", values: .array([])) }
    }
}
