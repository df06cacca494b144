import Testing
@testable import ArticledStages

/// A press release's dateline names the wire that carries it.
@Suite struct ReleaseWireTests {
    @Test func theWireInTheDatelineIsThePublisher() {
        #expect(WireCredit.releaseWire(inLead: "SÃO PAULO--(BUSINESS WIRE)--Acme today announced a new plant.") == "Business Wire")
        #expect(WireCredit.releaseWire(inLead: "NEW YORK, April 9, 2024 /PRNewswire/ -- Acme said on Tuesday…") == "PR Newswire")
    }

    @Test func aLeadWithoutACreditNamesNoWire() {
        #expect(WireCredit.releaseWire(inLead: "The wire service said nothing (as usual) about the business.") == nil)
        #expect(WireCredit.releaseWire(inLead: "") == nil)
    }
}
