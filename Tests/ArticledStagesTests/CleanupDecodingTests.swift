import Testing
@testable import ArticledStages

/// Byte-level decoding rules of cleanup: mojibake, spaces, HTML, entities.
@Suite struct CleanupDecodingTests {
    /// Runs a byte transformation on a string.
    private func apply(_ f: ([UInt8]) -> [UInt8], _ s: String) -> String {
        String(decoding: f(Array(s.utf8)), as: UTF8.self)
    }

    @Test func repairsWindows1252Mojibake() {
        #expect(apply(MojibakeRepair.repair, "Europeâ€™s cafÃ© â€œnowâ€\u{9D}") == "Europe’s café “now”")
        #expect(apply(MojibakeRepair.repair, "JosÃ© GarcÃ­a") == "José García")
    }

    @Test func repairsClosingQuoteWhoseLastByteWasDropped() {
        #expect(apply(MojibakeRepair.repair, "â€œWe will,â€ he said") == "“We will,” he said")
    }

    @Test func leavesGenuineAccentsAlone() {
        let text = "Ångström, Ñandú, Ça va, São Paulo, Ã alone, naïve"
        #expect(apply(MojibakeRepair.repair, text) == text)
        #expect(!MojibakeRepair.mayContainMojibake(Array("Café in Zürich".utf8)))
    }

    @Test func leavesAnAccentedCapitalBeforeAnApostropheAloneInTextWithoutMojibake() {
        // "É’" would decode to "ɒ" (C9 92), "Ñ”" to "є": read alone, they are what they say.
        let text = "she told RTÉ’s Six One News that ESPAÑA” was the word"
        #expect(apply(MojibakeRepair.repair, text) == text)
        // In text that is mojibake elsewhere, such a lead is repaired ("Ð¿Ñ€" → "пр").
        #expect(apply(MojibakeRepair.repair, "cafÃ© and Ð¿Ñ€") == "café and пр")
    }

    @Test func normalizesOddSpacesAndCollapsesRuns() {
        let s = "a\u{A0}b\u{2009}c\u{200B}d\u{FEFF}e  \t f \r\nnext\u{AD}line  "
        #expect(apply(SpaceNormalizer.normalize, s) == "a b cde f\nnextline")
    }

    @Test func composesToNFC() {
        #expect(apply(SpaceNormalizer.normalize, "S\u{30C}es\u{30C}elgyte\u{301}") == "Še\u{161}elgyt\u{E9}")
    }

    @Test func stripsHTMLTagsScriptsAndEntities() {
        let html = "<html><head><title>T</title><script>var a = 1 < 2;</script></head><body><nav>Home</nav>"
            + "<h1>Big &amp; bold</h1><p>Caf&eacute; &#8220;open&#x201D;&nbsp;now</p><!-- gtag --><p>Two<br>lines</p></body></html>"
        let text = apply(HTMLStripper.strip, html)
        #expect(!text.contains("var a"))
        #expect(!text.contains("Home"))
        #expect(!text.contains("gtag"))
        #expect(text.contains("Big & bold"))
        #expect(text.contains("Café “open”\u{A0}now"))
        #expect(text.contains("Two\nlines"))
    }

    @Test func decodesEveryLatinLetterReference() {
        let html = "<p>Marie-&Egrave;ve C&ocirc;t&eacute; of the S&ucirc;ret&eacute; du Qu&eacute;bec, "
            + "Rivi&egrave;re des Mille &Icirc;les, &Agrave; la carte, Duch&ecirc;ne, &Scaron;e&scaron;elgyt&#279;, "
            + "&Lstrok;&oacute;d&zacute;, &aring;, &oslash;, &thorn;, &alpha; &le; &beta;</p>"
        let text = apply(HTMLStripper.strip, html)
        #expect(text.contains("Marie-Ève Côté of the Sûreté du Québec, Rivière des Mille Îles, À la carte, Duchêne, Šešelgytė, Łódź, å, ø, þ, α ≤ β"))
        #expect(apply(HTMLEntities.decode, "&notaname; &amp") == "&notaname; &amp")
    }

    @Test func aLineBreakInsideAParagraphIsASpace() {
        let text = apply(HTMLStripper.strip, "<p>\"It is famous for cancelling,\" he said.\n\"I would not be surprised.\"</p><div>One\nTwo</div>")
        #expect(text.contains("he said. \"I would not be surprised.\""))
        #expect(text.contains("One\nTwo"))
    }

    @Test func elementsSetSideBySideKeepTheirTextsApart() {
        let text = apply(HTMLStripper.strip, "<p><a href=\"/a\">Sam Roe</a><span class=\"role\">Senior Reporter</span></p>")
        #expect(text.contains("Sam Roe Senior Reporter"))
        #expect(apply(HTMLStripper.strip, "<p>A <b>bold</b> word and <i>some</i>thing</p>").contains("A bold word and something"))
    }

    @Test func dropsAPicturesCaptionWithoutCluesInItsWording() {
        let html = "<p>The river rose.</p><figure><img src=\"a.jpg\"><figcaption>The Cape Fear River near Lock and Dam No. 1 in Bladen County.</figcaption></figure><p>Then it fell.</p>"
        let text = apply(HTMLStripper.strip, html)
        #expect(!text.contains("Bladen"))
        #expect(text.contains("The river rose.") && text.contains("Then it fell."))
    }

    @Test func keepsTextThatOnlyLooksLikeMarkup() {
        #expect(apply(HTMLStripper.strip, "<p>3 < 5 and AT&T rose</p>").contains("3 < 5 and AT&T rose"))
    }
}
