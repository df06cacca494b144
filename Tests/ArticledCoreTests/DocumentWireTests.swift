import Testing
@testable import ArticledCore

@Suite struct DocumentWireTests {
    func sample() -> Document {
        var d = Document(id: "abc", sourceFile: "a.txt", format: .markdown, raw: "# T\n\nBody.")
        d.title = "T"
        d.text = "Body."
        d.entities = [Entity(name: "Ada Lovelace", type: .person, mentions: 2)]
        d.quotes = [Quote(text: "Hi", speaker: nil)]
        d.topics = [Topic(code: "medtop:13000000", label: "science and technology", score: 0.5)]
        d.keywords = [Keyword(term: "engine", score: 0.3)]
        d.summary = ["Body."]
        return d
    }

    @Test func theResultHasEveryContractKey() {
        let json = sample().resultJSON(processedAt: "2026-01-01T00:00:00Z").objectValue ?? [:]
        #expect(Set(json.keys) == Set(Document.resultKeys))
        #expect(json["schema_version"] == .int(1))
        #expect(json["subtitle"] == .null)
    }

    @Test func aPluginReplyThatOnlyAddsKeysIsAccepted() throws {
        var wire = sample().wireJSON.objectValue!
        wire["sentiment"] = .double(0.7)
        wire["title"] = .string("New title")
        let back = try Document(wire: .object(wire), replacing: sample())
        #expect(back.title == "New title")
        #expect(back.extras["sentiment"] == .double(0.7))
        #expect(back.resultJSON(processedAt: "x")["sentiment"] == .double(0.7))
    }

    @Test func theDatelineTravelsToAPluginAndBackButStaysOutOfTheResult() throws {
        var doc = sample()
        doc.dateline = "BOSTON (AP)"
        let wire = doc.wireJSON
        #expect(wire["dateline"] == .string("BOSTON (AP)"))
        let back = try Document(wire: wire, replacing: doc)
        #expect(back.dateline == "BOSTON (AP)")
        #expect(back.extras["dateline"] == nil)
        #expect(back.resultJSON(processedAt: "x")["dateline"] == nil)
    }

    @Test func aReplyThatRemovesAContractKeyIsAViolationNamingIt() {
        var wire = sample().wireJSON.objectValue!
        wire.removeValue(forKey: "entities")
        #expect(throws: ContractViolation(key: "entities", problem: "is missing")) {
            try Document(wire: .object(wire), replacing: sample())
        }
    }

    @Test func aReplyThatRetypesAContractKeyIsAViolation() {
        var wire = sample().wireJSON.objectValue!
        wire["authors"] = .string("Ada")
        #expect(throws: ContractViolation.self) { try Document(wire: .object(wire), replacing: sample()) }
        var nested = sample().wireJSON.objectValue!
        nested["entities"] = .array([.object(["name": .string("X"), "type": .string("person")])])
        #expect(throws: ContractViolation(key: "entities[0].mentions", problem: "is missing")) {
            try Document(wire: .object(nested), replacing: sample())
        }
    }

    @Test func aReplyMayNotChangeTheId() {
        var wire = sample().wireJSON.objectValue!
        wire["id"] = .string("other")
        #expect(throws: ContractViolation.self) { try Document(wire: .object(wire), replacing: sample()) }
    }
}
