import Testing
@testable import ArticledStages

/// The features lines are judged by.
@Suite struct CleanupLineFeaturesTests {
    @Test func endings() {
        #expect(LineFeatures("“This is a war.”").endsTerminal)
        #expect(!LineFeatures("This is not a").endsTerminal)
        #expect(LineFeatures("This is not a").endsFunctionWord)
        #expect(!LineFeatures("He met the minister").endsFunctionWord)
        #expect(LineFeatures("the EU-").endsHyphenatedWord)
        #expect(!LineFeatures("prices rose -").endsHyphenatedWord)
        #expect(LineFeatures("To contact us visit:").endsColon)
        #expect(LineFeatures("conflict. This is a war.").startsLowercase)
        #expect(LineFeatures("Šešelgytė said").startsUppercase)
    }

    @Test func credits() {
        #expect(LineFeatures("Ships in port. Photograph: Alexei Druzhinin/AP").credit)
        #expect(LineFeatures("IMAGE SOURCE: GETTY IMAGES").credit)
        #expect(LineFeatures("Image caption,").labelOnly)
        #expect(LineFeatures("A rally in Kyiv (Jane Doe/Reuters)").credit)
        #expect(!LineFeatures("The photograph, taken in 1972, shows the harbour.").credit)
        #expect(!LineFeatures("He told Reuters on Monday that the talks had failed.").credit)
        #expect(!LineFeatures("An AP/NORC poll showed support falling.").credit)
        #expect(!LineFeatures("Getty, the museum, bought the painting.").credit)
        #expect(LineFeatures("Soldiers rest near Kharkiv on Monday. Reuters").credit)
        #expect(LineFeatures("Soldiers rest near Kharkiv on Monday (AFP)").credit)
        #expect(LineFeatures("People wade through water in Sindh province [Reuters]").credit)
        #expect(LineFeatures("President Biden speaks in Washington. (AP Photo/Evan Vucci)").credit)
        #expect(!LineFeatures("LONDON (Reuters) - Oil prices rose on Monday.").credit)
        #expect(!LineFeatures("The story was first reported by Reuters").credit)
        #expect(LineFeatures("RESCUE. Coast guards carry a resident through floodwaters. Photo by Zalrian Sayat/Rappler").credit)
        #expect(!LineFeatures("On Monday police released a photo by a witness").credit)
        #expect(LineFeatures("Aerial footage shows the damage in Greenfield on Tuesday. (Photo courtesy: Iowa DOT)").credit)
        #expect(!LineFeatures("The photo was published courtesy of the family, who asked for privacy.").credit)
    }

    @Test func junk() {
        #expect(LineFeatures("Advertisement").isJunk)
        #expect(LineFeatures("Keywords").isJunk)
        #expect(LineFeatures("Share").isJunk && LineFeatures("Comments").isJunk && LineFeatures("Print").isJunk)
        #expect(LineFeatures("Placeholder while loading article actions").isJunk)
        #expect(LineFeatures("You did not use the site, Click here to remain logged. Timeout: 60 second").isJunk)
        #expect(LineFeatures("!-- Google tag (gtag.js) -->").isJunk)
        #expect(LineFeatures("window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}").isJunk)
        #expect(LineFeatures("This article is more than 2 years old").isJunk)
        #expect(LineFeatures("Social Sharing").isJunk && LineFeatures("X").isJunk)
        #expect(LineFeatures("abc.net.au/news/coles-electronic-shelf-labels-rollout/105012346").isJunk)
        #expect(!LineFeatures("and/or").isJunk && !LineFeatures("Bengaluru-based").isJunk)
        #expect(LineFeatures("We use cookies to improve your experience. By continuing you accept our cookie policy.").isJunk)
    }

    @Test func proseIsNotJunk() {
        #expect(!LineFeatures("“It was difficult,” said a senior US official.").isJunk)
        #expect(!LineFeatures("Facebook and Twitter said they would share data with the regulator on Monday.").isJunk)
        #expect(!LineFeatures("This story began in 1998, when a farmer found a coin in his field.").isJunk)
        #expect(!LineFeatures("The regulator said sites must ask users to accept cookies before tracking them.").isJunk)
        #expect(!LineFeatures("Liverpool 2 Chelsea 1").isJunk)
        #expect(!LineFeatures("Social media firms must verify users' ages, the regulator said on Friday.").isJunk)
    }

    @Test func aCaptionClosingOnAnAgencyAndPhotographerInBracketsIsACredit() {
        #expect(LineFeatures("Liang Wenhao holds talks with Salma Mwinyi in Beijing, May 22, 2026. (Xinhua/Zhai Jianlan)").credit)
        #expect(!LineFeatures("A poll by Reuters/Ipsos found support for the plan fell in May.").credit)
    }

    @Test(arguments: [
        "Evacuees wait to register at Prospera Place in Kelowna early Saturday. (Marcus Leblanc/Okanagan Daily Record)",
        "Parents hold signs in the gallery on Tuesday night. (Jordan Beaulieu/The Valley Ledger)",
        "A resident walks past houses destroyed by the typhoon in Virac on Saturday. (PCT Photo / Rommel Ba?ez)",
        "Ahmad Faizal bin Rahman (centre) arrives at the Shah Alam court complex on Monday. Straits Monitor/Hafiz Sulaiman",
        "Chief Executive Joost van der Meulen (C) celebrates with staff at the listing. NORTHSEA/Femke de Wit",
        "Rosa Delgado at Cobalt Loop's facility outside Reno. (Courtesy of Cobalt Loop)",
        "Courtesy of dataLoom",
    ])
    func aCaptionClosingOnAnyOutletsCreditIsACredit(_ line: String) {
        #expect(LineFeatures(line).credit)
    }

    @Test(arguments: [
        "Support for the plan fell to 38% in May, according to a Reuters/Ipsos poll.",
        "The deal was first reported by the Financial Times (FT).",
        "He thanked the crews. (They had worked through the night.)",
        "Courtesy of the council, the fountain was repaired last year and reopened on Monday.",
        "The tariff hit steel and aluminium. Prices rose in and/or around the port",
        "Funding was approved for Northern Regional Health Authority/Provincial Government Finance Unit",
    ])
    func prosEndingInBracketsOrSlashesIsNoCredit(_ line: String) {
        #expect(!LineFeatures(line).credit)
    }
}
