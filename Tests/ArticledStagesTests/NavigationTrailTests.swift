import Testing
@testable import ArticledStages

/// Breadcrumbs and section paths are told by their separator words, whatever the spacing.
@Suite struct NavigationTrailTests {
    @Test func separatorsCountOnlyAsWordsOfTheirOwn() {
        #expect(NavigationTrail.separatorCount("Home | News | World") == 2)
        #expect(NavigationTrail.separatorCount("Home  |  News • Sport · Weather / Local") == 4)
        #expect(NavigationTrail.separatorCount("Brexit | What now") == 1)
        #expect(NavigationTrail.separatorCount("Either/or, a||b and ||| are not separators") == 0)
        #expect(NavigationTrail.separatorCount("") == 0)
    }

    @Test func anArrowBetweenWordsMakesASectionPath() {
        #expect(NavigationTrail.isSectionPath("Voices › Thought Leaders"))
        #expect(NavigationTrail.isSectionPath("News > Politics"))
        #expect(NavigationTrail.isSectionPath("Sport » Football"))
        #expect(!NavigationTrail.isSectionPath("Brexit | What now"))
        #expect(!NavigationTrail.isSectionPath("Prices rose 5% (>inflation) last year"))
    }
}
