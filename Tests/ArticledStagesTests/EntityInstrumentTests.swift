import ArticledCore
import Testing
@testable import ArticledStages

/// Names of things that are no bodies: rates, taxes, permits, laws, and acronyms of ordinary
/// words; and the titles of county members before their names.
@Suite struct EntityInstrumentTests {
    @Test func shipsNamesAreNoPeopleBodiesOrPlaces() {
        let e = recognized("The Singapore-flagged tanker Marlin Grace collided with the general cargo ship MV Al Noor. "
            + "LÉ Niamh was refitted, and the tug Nathan E. Stewart sank. Lagos-based carrier Skyview Air was grounded.")
        #expect(["Marlin Grace", "MV Al Noor", "Al Noor", "MV", "LÉ Niamh", "Nathan E. Stewart"].allSatisfy { e[$0] == nil })
        #expect(e["Skyview Air"]?.0 == .organization)
    }

    @Test func currenciesDrugsReportsAndMachinesInCapitalsAreNoBodies() {
        let e = recognized("Profit rose to Rs 1,842 crore, according to the FIR. Police seized 140 grams of MDMA, and voters "
            + "reported EVM faults after consulting the TMO. Revenue from BFSI clients fell.")
        #expect(["Rs", "FIR", "MDMA", "EVM", "TMO", "BFSI"].allSatisfy { e[$0] == nil })
    }

    @Test func aRateARatioAPermitOrATaxIsNoBodyNorIsItsAcronym() {
        let e = recognized("""
        The Central Bank of Nigeria retained the Monetary Policy Rate (MPR) at 27.5 per cent and kept the Cash Reserve Ratio (CRR) \
        at 50 per cent. The MPR has been unchanged since September. The Zimbabwean Exemption Permit (ZEP) lapses in December \
        and the Local Property Tax will rise.
        """)
        #expect(e["Central Bank of Nigeria"]?.0 == .organization)
        for name in ["Monetary Policy Rate", "MPR", "Cash Reserve Ratio", "CRR", "Zimbabwean Exemption Permit", "ZEP", "Local Property Tax"] {
            #expect(e[name] == nil, "\(name)")
        }
    }

    @Test func anAcronymTheTextSpellsInSmallLettersIsNoBody() {
        let e = recognized("Hackers used a flaw in virtual private network (VPN) appliances, and the VPN maker Fortinet issued a patch. "
                           + "Banks trimmed fixed deposit (FD) rates. The Independent Electoral and Boundaries Commission (IEBC) met.")
        #expect(e["VPN"] == nil && e["FD"] == nil)
        #expect(e["Independent Electoral and Boundaries Commission"]?.0 == .organization)
    }

    @Test func aCountyMembersTitleIsNoPartOfTheirNameAndTheirWardIsAPlace() {
        let e = recognized("Ruaraka MCA Fatuma Hassan Guyo accused the executive. Majority Leader Samuel Kiprono, the MCA for Kariobangi North, disagreed.")
        #expect(e["Fatuma Hassan Guyo"]?.0 == .person)
        #expect(e["Ruaraka MCA Fatuma"] == nil && e["MCA"] == nil)
        #expect(e["Kariobangi North"]?.0 == .location)
    }

    @Test func anIndexsTitleNamesNoBody() {
        let e = recognized("Kenya fell to 117th in the 2025 World Press Freedom Index published by Reporters Without Borders. The Hang Seng Index fell.")
        #expect(e["World Press"] == nil && e["World Press Freedom Index"] == nil && e["Hang Seng Index"] == nil)
        #expect(e["Reporters Without Borders"]?.0 == .organization)
    }
}
