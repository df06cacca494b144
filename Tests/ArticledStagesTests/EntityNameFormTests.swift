import ArticledCore
import Testing
@testable import ArticledStages

/// The entities of a short text, as (name, type, mentions).
private func entities(_ text: String) -> [String: (Entity.Kind, Int)] {
    var out: [String: (Entity.Kind, Int)] = [:]
    for e in EntityRecognizer().recognize(text) { out[e.name] = (e.type, e.mentions) }
    return out
}

/// Names in forms the plain "Given Surname" rule misses: particles, ordinary words, and
/// organizations without a marker word.
@Suite struct EntityNameFormTests {
    @Test func particleJoinsUnknownNames() {
        let e = entities("The board met Pieter de Vries on Monday. Later de Vries said little.")
        #expect(e["Pieter de Vries"]?.0 == .person)
        #expect(e["Pieter de Vries"]?.1 == 2)
        #expect(e["Vries"] == nil)
    }

    @Test func particleAloneDoesNotJoin() {
        let e = entities("Trade between Lisbon and Porto de facto stopped.")
        #expect(e.keys.allSatisfy { !$0.contains(" de") })
    }
}
