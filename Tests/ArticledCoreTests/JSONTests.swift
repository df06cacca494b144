import Testing
@testable import ArticledCore

@Suite struct JSONTests {
    @Test func objectsAreWrittenWithSortedKeysAndNoSpaces() {
        let value: JSONValue = .object(["b": .int(1), "a": .array([.bool(true), .null]), "c": .double(0.25)])
        #expect(JSONWriter.string(value) == #"{"a":[true,null],"b":1,"c":0.25}"#)
    }

    @Test func stringsAreEscapedSoThatNewlinesAndQuotesSurviveALine() throws {
        let value: JSONValue = .string("line 1\nline \"2\"\t\\ \u{01}")
        let text = JSONWriter.string(value)
        #expect(!text.contains("\n"))
        #expect(text == #""line 1\nline \"2\"\t\\ \u0001""#)
        #expect(try JSONParser.parse(text) == value)
    }

    @Test func parsingRoundTripsWhatTheWriterWrites() throws {
        let value: JSONValue = .object([
            "text": .string("“Curly” quotes, émigré, 中文, emoji 🎉"),
            "n": .int(-42), "x": .double(1.5e-3), "list": .array([.object([:]), .array([])]),
        ])
        #expect(try JSONParser.parse(JSONWriter.string(value)) == value)
    }

    @Test(arguments: ["\"starts with a quote", "ends with a backslash\\", "\n", "", "plain", "mid\u{7F}dle", String(repeating: "é\"", count: 100)])
    func stringsRoundTripWhereverTheEscapesFall(_ text: String) throws {
        #expect(try JSONParser.parse(JSONWriter.string(.string(text))) == .string(text))
    }

    @Test func surrogatePairEscapesDecodeToOneScalar() throws {
        #expect(try JSONParser.parse(#""\ud83c\udf89""#) == .string("🎉"))
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "nul", "\"open", "1 2", "{\"a\":1}}", "\"\\x\""])
    func malformedTextIsRejectedWithAnOffset(_ text: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(text) }
    }

    @Test func nonFiniteNumbersAreWrittenAsNull() {
        #expect(JSONWriter.string(.array([.double(.nan), .double(.infinity)])) == "[null,null]")
    }
}
