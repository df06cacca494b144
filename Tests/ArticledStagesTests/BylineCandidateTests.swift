import Testing
@testable import ArticledStages

/// The cheap test every line passes before the byline rules read it: `by` among its first three
/// words, an `author` label, or a first word ending in a colon.
@Suite struct BylineCandidateTests {
    @Test(arguments: ["By Jane Doe", "BY JANE DOE", "by: Jane Doe", "Author: Jane Doe", "Authors Jane Doe and John Roe",
                      "Photo: AP", "Written by Jane Doe", "Live coverage by Jane Doe", "By"])
    func linesThatMayBeBylines(_ line: String) {
        #expect(BylineParser.mayBeByline(line), "\(line)")
    }

    @Test(arguments: ["", "Bye for now", "Authority figures say so", "Story and text by Jane Doe",
                      "Jobs figures surprised economists on Friday, by a wide margin", "Standby power"])
    func linesThatCannotBe(_ line: String) {
        #expect(!BylineParser.mayBeByline(line), "\(line)")
    }
}
