import ArticledCore
import Testing
@testable import ArticledStages

/// The entities of a short text, as (name, type).
private func entities(_ text: String) -> [String: Entity.Kind] {
    var out: [String: Entity.Kind] = [:]
    for e in EntityRecognizer().recognize(text) { out[e.name] = e.type }
    return out
}

/// Clubs named after their city, in sports reports only.
@Suite struct EntitySportsTests {
    private static let report = "The striker scored his tenth goal of the season in the league, a 2-1 win. "

    @Test func cityAndNameIsAClubInASportsReport() {
        let e = entities(Self.report + "Manchester City moved top after Aston Villa lost.")
        #expect(e["Manchester City"] == .organization)
        #expect(e["Aston Villa"] == .organization)
    }

    @Test func aCityAloneThatOpensOneClubsNameIsThatClub() {
        let recognized = EntityRecognizer().recognize(Self.report + "On Thursday, Royal Challengers Bengaluru beat Chennai Super Kings at the stadium. "
            + "Chennai captain Ruturaj Gaikwad said his side bowled poorly. Chennai had earlier posted 186. Later, in Chennai, fans left early. "
            + "The council said Christchurch City Council would pay. Christchurch was quiet.")
        let e = Dictionary(recognized.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(e["Chennai Super Kings"]?.type == .organization && e["Chennai Super Kings"]?.mentions == 3)
        #expect(e["Chennai"]?.type == .location && e["Royal Challengers Bengaluru"]?.type == .organization)
        #expect(e["Christchurch"]?.type == .location)
    }

    @Test func clubsNamedByTheirNicknamesOrAnOpeningWord() {
        let e = entities(Self.report + "Remo Stars lead the table, while Stade Lavallois signed a winger from FC Utrecht. "
            + "Leeds drew 1-1 at Preston North End.")
        #expect(e["Remo Stars"] == .organization && e["Stade Lavallois"] == .organization && e["FC Utrecht"] == .organization)
        #expect(e["Preston North End"] == .organization && e["Utrecht"] == nil)
        #expect(entities(Self.report + "The Perth Wildcats beat the Sydney Kings.")["Perth Wildcats"] == .organization)
    }

    @Test func cityAsASideIsAClub() {
        let e = entities(Self.report + "Fans watched them beat Liverpool at home.")
        #expect(e["Liverpool"] == .organization)
    }

    @Test func aCityNamedOnceAsASideIsTheClubThroughout() {
        let e = entities(Self.report + "Leeds beat Norwich at home. Norwich went ahead early, but Leeds grew into the game.")
        #expect(e["Norwich"] == .organization)
        #expect(e["Leeds"] == .organization)
        #expect(e.count == 2)
    }

    @Test func aCountyAsASideIsAClub() {
        let e = entities("Somerset beat Surrey by an innings after declaring on 512-8, taking the last wicket in the final session of the match.")
        #expect(e["Somerset"] == .organization)
        #expect(e["Surrey"] == .organization)
    }

    @Test func aPlaceAsTheSubjectOfAPluralVerbOrBeatenByIsASide() {
        let e = entities(Self.report + "Ipswich were held to a draw, and Southampton were beaten at home by Plymouth.")
        #expect(e["Ipswich"] == .organization)
        #expect(e["Southampton"] == .organization)
        #expect(e["Plymouth"] == .organization)
    }

    @Test func outsideSportsACityStaysAPlace() {
        let e = entities("Manchester City Council approved the budget. Officials in Liverpool beat the deadline.")
        #expect(e["Liverpool"] == .location)
        #expect(e["Manchester City"] != .organization || e["Manchester City Council"] == .organization)
    }

    @Test func dateRangesDoNotMakeASportsReport() {
        var text = ArticleTokenizer.tokenize("The summit on 16-17 May ended the season of talks; the match of views was clear.")
        text.annotate(with: .shared)
        #expect(!SportsReport.matches(text))
        var report = ArticleTokenizer.tokenize("The striker scored a late goal in the league match, a 2-1 win.")
        report.annotate(with: .shared)
        #expect(SportsReport.matches(report))
    }

    @Test func givenNameThatIsACityStartsAPerson() {
        let e = entities(Self.report + "Vladimir Putin watched the game.")
        #expect(e["Vladimir Putin"] == .person)
    }

    @Test func aClubIsKnownByItsNamesFormWhateverTheTownItNames() {
        let e = entities(Self.report + "Castlebridge Athletic beat Leyton Vale, and Kestrel City signed a forward from Debreceni VSC "
            + "after Eintracht Frankfurt and VfB Stuttgart showed interest. The Westerville Youth Soccer Association agreed.")
        #expect(e["Castlebridge Athletic"] == .organization && e["Leyton Vale"] == .organization && e["Kestrel City"] == .organization)
        #expect(e["Debreceni VSC"] == .organization && e["Eintracht Frankfurt"] == .organization && e["VfB Stuttgart"] == .organization)
        #expect(e["Westerville Youth Soccer Association"] == .organization)
    }

    @Test func aPlayersSurnameAsASideIsStillThePlayer() {
        let e = entities(Self.report + "Jean-Philippe Moreau reached the final after Moreau beat Tomas Ferreyra.")
        #expect(e["Jean-Philippe Moreau"] == .person && e["Moreau"] == nil)
    }

    @Test func manyCuesWithoutAScoreMakeASportsReport() {
        let text = "The striker scored twice in the league match. The midfielder and the goalkeeper praised the coach after the fixture. "
            + "Ashford Rovers fell to Castlebridge Athletic."
        #expect(entities(text)["Ashford Rovers"] == .organization)
    }

    @Test func anEventNamedForAPersonOrAPlaceIsNoPerson() {
        let e = recognized("She won silver at the Paris Olympics and will race at the Kip Keino Classic in Nairobi. "
            + "He missed the Paris Games. Kip Keino said the meeting was the best in Africa.")
        #expect(e["Paris Olympics"] == nil && e["Kip Keino Classic"] == nil && e["Paris Games"] == nil)
        #expect(e["Kip Keino"]?.0 == .person)
    }
}
