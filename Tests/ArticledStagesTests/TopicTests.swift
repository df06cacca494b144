import ArticledCore
import Testing
@testable import ArticledStages

/// Topics for short texts of different domains, and user topics from the options.
struct TopicTests {
    private func topics(_ text: String, title: String? = nil, stage: TagStage = TagStage()) async throws -> [Topic] {
        var doc = Document(id: "x", sourceFile: "x.txt", format: .text, raw: text)
        doc.text = text
        doc.title = title
        try await stage.process(&doc)
        return doc.topics
    }

    @Test(arguments: [
        ("medtop:15000000", "A stoppage-time goal from the substitute striker sent the champions into the cup final. The manager praised his players after the match at the stadium."),
        ("medtop:07000000", "Hospitals are under pressure as flu cases surge. Doctors said patients were treated in corridors, and health officials urged people to get vaccinated."),
        ("medtop:02000000", "A man was sentenced to life in prison for murder. The jury found him guilty after a trial, and police said detectives traced his phone."),
        ("medtop:17000000", "Forecasters issued a weather warning for heavy snow and ice, with temperatures falling to minus 10 degrees Celsius and strong winds overnight."),
        ("medtop:04000000", "The central bank raised interest rates as inflation stayed high. Stocks fell and economists said mortgage costs would rise."),
        ("medtop:03000000", "A magnitude 6.8 earthquake killed 45 people. Rescuers dug through the rubble of collapsed homes as aftershocks shook the region."),
        ("medtop:05000000", "The plan will recruit 6,000 new teachers for schools. Pupils in poorer areas are falling behind, and university graduates will get bursaries to train."),
        ("medtop:06000000", "Deforestation in the rainforest rose to a record, alarming conservation groups; scientists warn the loss threatens wildlife and speeds climate change."),
        ("medtop:09000000", "Rail workers went on strike over pay. The union said its members were offered a wage rise below inflation, and picket lines formed."),
        ("medtop:12000000", "The pope called for peace in his Christmas message to pilgrims, and church leaders echoed his appeal to the faithful."),
        ("medtop:13000000", "Astronomers using a space telescope detected water vapour on a distant planet, the researchers reported in a scientific journal."),
        ("medtop:16000000", "Rebel forces seized the town after heavy fighting with government troops; the army launched airstrikes and artillery shelling forced civilians to flee."),
        ("medtop:11000000", "The prime minister faces a rebellion from lawmakers over the election bill. Opposition parties vowed to vote against it in parliament."),
        ("medtop:01000000", "The director's new film topped the box office, and critics praised the actors and the soundtrack before its premiere at the festival."),
        ("medtop:01000000", "Archaeologists opened the sealed tomb of a royal scribe at the necropolis, finding painted reliefs and papyrus fragments from the reign of the pharaoh."),
        ("medtop:06000000", "Wildlife officers removed a 3.8-metre crocodile from the beach after swimmers spotted the reptile near the jetty, and rangers urged people to stay out of the water."),
        ("medtop:14000000", "The number of homeless families in temporary accommodation rose, charities said, as poverty grows and social housing remains scarce."),
        ("medtop:10000000", "Our travel writer picks seaside towns for a weekend break, from boutique hotels to restaurants serving local seafood near the beach."),
        ("medtop:08000000", "A woman celebrated her 110th birthday with her family and her dog, and received a card from the king and a cake."),
        ("medtop:01000000", "The new production of the play gives the stage to its older cast. In the first half the audience laughed; the second half, in a stained football shirt, is a tragedy."),
    ])
    func bestTopicOfShortTexts(expected: String, text: String) async throws {
        let found = try await topics(text)
        #expect(found.first?.code == expected, "\(found.map(\.code))")
    }

    @Test func severalTopicsBestFirstScoresInRange() async throws {
        let found = try await topics("""
            The government imposed new sanctions on the country after its troops launched an invasion. \
            The war has driven up oil prices, and the central bank warned of a recession as markets fell. \
            Ministers met in parliament to debate military aid.
            """)
        let codes = Set(found.map(\.code))
        #expect(codes.isSuperset(of: ["medtop:16000000", "medtop:11000000", "medtop:04000000"]), "\(found)")
        #expect(found.allSatisfy { (0...1).contains($0.score) })
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.score > $1.score })
    }

    @Test func noTopicForTextWithoutEvidence() async throws {
        #expect(try await topics("").isEmpty)
        #expect(try await topics("It is what it is, and so on.").isEmpty)
    }

    @Test func userTopicsExtendTheBuiltinOnes() async throws {
        var options = try StageOptions(stage: "tag", values: .object([
            "topics": .array([.object(["code": .string("beat:chips"), "label": .string("semiconductors"),
                                       "terms": .object(["chip": .double(1.0), "foundry": .double(2.0)])])]),
        ]))
        let stage = try TagStage(options: &options)
        try options.finish()
        let found = try await topics("The foundry will make chips for carmakers. Chip output at the foundry doubles.", stage: stage)
        #expect(found.first?.code == "beat:chips")
        #expect(found.first?.label == "semiconductors")
        let sport = try await topics("The striker scored a goal in the cup final at the stadium.", stage: stage)
        #expect(sport.first?.code == "medtop:15000000")
    }

    @Test func userTopicsCanReplaceTheBuiltinOnes() async throws {
        var options = try StageOptions(stage: "tag", values: .object([
            "topics": .array([.object(["code": .string("beat:chips"), "terms": .array([.string("chip"), .string("wafer")])])]),
            "replace_builtin": .bool(true),
        ]))
        let stage = try TagStage(options: &options)
        let sport = try await topics("The striker scored a goal in the cup final at the stadium.", stage: stage)
        #expect(sport.isEmpty)
        let chips = try await topics("Wafer prices rose as chip demand grew.", stage: stage)
        #expect(chips.map(\.code) == ["beat:chips"])
        #expect(chips.first?.label == "beat:chips")
    }

    @Test func illFormedUserTopicsAreRefusedNamingTheEntry() {
        func message(_ topics: JSONValue) -> String {
            do {
                var options = try StageOptions(stage: "tag", values: .object(["topics": topics]))
                _ = try TagStage(options: &options)
                return ""
            } catch {
                return error.description
            }
        }
        #expect(message(.string("chips")).contains("must be a list"))
        #expect(message(.array([.string("chips")])).contains("entry 1"))
        #expect(message(.array([.object(["label": .string("x"), "terms": .array([.string("a")])])])).contains("'code'"))
        let badWeight = message(.array([.object(["code": .string("beat:x"), "terms": .object(["chip": .string("high")])])]))
        #expect(badWeight.contains("entry 1 ('beat:x')") && badWeight.contains("'chip'"))
        #expect(message(.array([.object(["code": .string("beat:x"), "terms": .object([:])])])).contains("no terms"))
        #expect(message(.array([.object(["code": .string("beat:x"), "terms": .array([.string("a")]), "colour": .string("red")])])).contains("'colour'"))
        let twice = JSONValue.object(["code": .string("beat:x"), "terms": .array([.string("a")])])
        #expect(message(.array([twice, twice])).contains("twice"))
    }

    @Test func replaceWithoutTopicsIsAnError() {
        #expect(throws: StageOptions.Invalid.self) {
            var options = try StageOptions(stage: "tag", values: .object(["replace_builtin": .bool(true)]))
            _ = try TagStage(options: &options)
        }
    }

    @Test func organizationsCountAsEvidence() async throws {
        var doc = Document(id: "x", sourceFile: "x.txt", format: .text, raw: "")
        doc.text = "The announcement came on Tuesday after a long meeting."
        doc.entities = [Entity(name: "Premier League", type: .organization, mentions: 3)]
        try await TagStage().process(&doc)
        #expect(doc.topics.first?.code == "medtop:15000000")
    }

    @Test func builtinModelIsBroad() {
        let model = TopicModel.builtin
        #expect(model.topics.count == 17)
        var perTopic = [Int](repeating: 0, count: 17)
        for range in model.postings { for h in model.topicTerms[range] { perTopic[h.topic] += 1 } }
        #expect(perTopic.allSatisfy { $0 >= 100 }, "\(perTopic)")
    }

    @Test func aTransportStoryIsAboutTheEconomyNotSport() async throws {
        // "run", "final", "single", "complete" and "safety" are words of any story, not of sport's.
        let found = try await topics("The metro line will run end to end by May after the final stretch completed its safety checks. "
                                     + "Commuters will get trains every four minutes, and the railway corporation said passenger numbers "
                                     + "would double from a single million a day, carrying buses' riders too.",
                                     title: "Metro line to run end to end after final safety checks")
        #expect(found.first?.code == "medtop:04000000", "\(found.map(\.code))")
    }

    @Test func aShipThatSinksIsAnAccidentNotAWar() async throws {
        let found = try await topics("The cargo vessel ran aground off the coast on Tuesday after an engine failure left it adrift. The coast "
                                     + "guard said its crew sent a mayday call before the ship began sinking, and ten sailors climbed into a "
                                     + "lifeboat. The port said shipping would resume once the wreck was cleared and an oil spill was contained.",
                                     title: "Cargo ship runs aground off Lagos coast")
        #expect(found.first?.code == "medtop:03000000", "\(found.map(\.code))")
        #expect(!found.contains { $0.code == "medtop:16000000" })
        // Figures of speech are no accidents.
        let figurative = try await topics("Teachers said morale kept sinking. United came from behind to salvage a draw, though the side "
                                          + "stays adrift of the top four, and fans were left stranded at the station in distress.",
                                          title: "Morale sinks")
        #expect(!figurative.contains { $0.code == "medtop:03000000" }, "\(figurative.map(\.code))")
    }
}
