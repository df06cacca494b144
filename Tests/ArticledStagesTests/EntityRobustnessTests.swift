import ArticledCore
import Testing
@testable import ArticledStages

/// Runs the whole entity and quote path on `text`; must not trap.
private func run(_ text: String) -> ([Entity], [Quote]) {
    var tokens = ArticleTokenizer.tokenize(text)
    tokens.annotate(with: .shared)
    let spans = QuotationScanner.scan(&tokens)
    let analysis = EntityRecognizer().analyze(tokens)
    return (analysis.entities, QuoteFinder().quotes(in: tokens, spans: spans, analysis: analysis))
}

@Suite struct EntityRobustnessTests {
    @Test(arguments: [
        "", " ", "\n\n\n", "“", "”", "\"", "“”", "\"\"\"", "’s", "'s", "U.S.", "A.", "-", "--", "?", "(NATO)",
        "NATO (", "Mr.", "Mr. ", "“Unclosed quote at the end", "End with possessive Russia’",
        "Emoji 🎉 and CJK 习近平 and Arabic محمد", "Ünïcödé Ärzte in Zürich said “Grüße an alle hier”",
        "\u{00A0}\u{00A0}", "Dr. . . Smith", "X-", "-X", "A-B-C-D", "al-", "O'", "’’’", "St.", "(", ")",
        "said", "“a,” he said, “b", "“One two three four,” he said.", "IMAGE SOURCE: GETTY IMAGES",
    ])
    func edgeInputsDoNotTrap(_ text: String) {
        let (entities, quotes) = run(text)
        #expect(entities.count >= 0 && quotes.count >= 0)
    }

    @Test func randomTextsDoNotTrap() {
        var generator = SeededGenerator(seed: 42)
        let alphabet = Array("aAbBzZ .,:;?!'’“”\"()-–—\n\u{00A0}éŠ&")
        for _ in 0..<2000 {
            let n = Int.random(in: 0..<80, using: &generator)
            let text = String((0..<n).map { _ in alphabet.randomElement(using: &generator)! })
            _ = run(text)
        }
    }

    @Test func emptyTextHasNothing() {
        let (entities, quotes) = run("")
        #expect(entities.isEmpty && quotes.isEmpty)
    }

    @Test func codesAndModelNumbersAreNoNames() {
        let e = recognized("Look for the model number SM-600. The drug, known as NX-417, was tested. The tornado was rated EF-3 "
            + "and a DC-10 tanker flew. The KSE-100 index rose. The bill, SF 2140, passed. Leaders met at the G20 summit.")
        for code in ["SM-600", "NX-417", "EF-3", "DC-10", "KSE-100", "SF"] { #expect(e[code] == nil, "\(code)") }
        #expect(e["G20"]?.0 == .organization)
    }
}

/// A deterministic random number generator (SplitMix64), so the test is repeatable.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The next pseudo-random number.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
