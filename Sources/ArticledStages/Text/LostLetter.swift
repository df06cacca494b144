/// Tells a `?` that stands for a letter lost to an earlier encoding from a question mark.
///
/// Text that went through a character set without accents keeps a `?` for each letter it
/// lost: inside a word ("Adom?nas", "Ib??ez"), where a question mark never stands, and also at
/// a name's end ("Jos? Mart?nez", "Aoife N? Bhriain") or start ("?tienne"), where one could. Those
/// two are read as lost letters only in a text that lost letters inside words too.
enum LostLetter {
    /// Whether a `?` that could close a quotation opened before `i` follows in its paragraph: after
    /// a word or a comma or full stop, before a space, punctuation or the paragraph's end.
    static func closesQuotationLater(_ bytes: UnsafeBufferPointer<UInt8>, after i: Int) -> Bool {
        var k = i + 1
        while k < bytes.count && bytes[k] != 0x0A {
            if bytes[k] == 0x3F, k > i + 1 {
                let after: UInt8 = k + 1 < bytes.count ? bytes[k + 1] : 0x0A
                let before = bytes[k - 1]
                if (after == 0x20 || after == 0x0A || after == 0x2C || after == 0x2E || after == 0x3B || after == 0x3A || after == 0x29)
                    && before != 0x20 { return true }
            }
            k += 1
        }
        return false
    }

    /// Whether `bytes` hold a `?` between two letters, the mark of a text that lost letters.
    static func marksText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 1
        while i + 1 < n {
            if bytes[i] == 0x3F, endsLetter(bytes, before: i), isLetter(bytes[i + 1]), !isInAddress(bytes, at: i) { return true }
            i += 1
        }
        return false
    }

    /// Whether the `?` at `i` is a web address's query ("story?id=3"): its word holds a slash,
    /// an equals sign or a full stop.
    private static func isInAddress(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        var k = i
        while k > 0 && bytes[k - 1] != 0x20 && bytes[k - 1] != 0x0A && i - k < 200 {
            k -= 1
            if bytes[k] == 0x2F || bytes[k] == 0x2E { return true }
        }
        k = i + 1
        while k < bytes.count && bytes[k] != 0x20 && bytes[k] != 0x0A && k - i < 200 {
            if bytes[k] == 0x3D || bytes[k] == 0x26 { return true }
            k += 1
        }
        return false
    }

    /// Whether the `?` at `i` ends a name's word that lost its last letter: the word from
    /// `wordStart` is capitalized and short ("Jos", "Andr", "N"), inside its sentence, and a
    /// capitalized word follows.
    static func endsName(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, wordStart: Int) -> Bool {
        // The last part of a hyphenated name counts ("Marc-Andr?").
        var partStart = i
        while partStart > wordStart && bytes[partStart - 1] != 0x2D { partStart -= 1 }
        guard i > partStart, i - partStart <= 6, i + 2 < bytes.count, bytes[i + 1] == 0x20,
              ASCIIByte.isUpper(bytes[partStart]), ASCIIByte.isUpper(bytes[i + 2]) || bytes[i + 2] == 0x3F else { return false }
        guard (partStart..<i).allSatisfy({ ASCIIByte.isUpper(bytes[$0]) || ASCIIByte.isLower(bytes[$0]) || bytes[$0] >= 0x80 }) else { return false }
        // A word opening its sentence is a question's ("Why? Nobody knows"); a name's inside one.
        var k = wordStart
        while k > 0 && bytes[k - 1] == 0x20 { k -= 1 }
        guard k > 0 else { return false }
        let before = bytes[k - 1]
        return before != 0x0A && before != 0x2E && before != 0x21 && before != 0x3F && before != 0x22 && before != 0x9C
    }

    /// Whether the `?` at `i` ends a name's word that lost its last letter even in a text that
    /// lost none inside words: the word is shaped as `endsName` wants, and with the `?` read as one
    /// plain letter it is a given name ("Jos? Almeida" as "Jose", "Niccol? Ferretti" as "Niccolo"),
    /// which no question ends on while a capitalized word goes on; as it stands it is none.
    static func endsGivenName(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, wordStart: Int) -> Bool {
        guard endsName(bytes, at: i, wordStart: wordStart) else { return false }
        var h = HashedWordTable.seed
        for k in wordStart..<i { h = HashedWordTable.mix(h, bytes[k]) }
        // "Is it Tom? Yes.": a word that is a given name as it stands ends a question.
        let table = EntityLexicon.shared.table
        return !table.facts(h).contains(.givenName) && completesGivenName(stem: h, in: table)
    }

    /// Whether the `?` at `i`, between a word's letters and a closing "s", is a lost apostrophe
    /// ("Russia?s Ministry", "the party?s leader"), not a lost letter of a name ("Tom?s" as
    /// "Tomás", "Nicol?s", "Jes?s"): with one plain letter in its place, the word is no name.
    static func isLostApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, wordStart: Int) -> Bool {
        var h = HashedWordTable.seed
        for k in wordStart..<i { h = HashedWordTable.mix(h, bytes[k]) }
        let table = EntityLexicon.shared.table
        return !plainLetters.contains { letter in
            let word = HashedWordTable.mix(HashedWordTable.mix(h, letter), bytes[i + 1])
            guard let v = table.value(word) else { return false }
            return !v.facts.isDisjoint(with: [.givenName, .familyFirst, .surnameWord]) || v.place >= 0
        }
    }

    /// Whether the word hashed as `stem` (its bytes before a lost last letter) is a given name
    /// once one plain letter ends it ("Jos" as "Jose"), in the word lists of `table`.
    static func completesGivenName(stem: UInt64, in table: HashedWordTable) -> Bool {
        plainLetters.contains { table.facts(HashedWordTable.mix(stem, $0)).contains(.givenName) }
    }

    /// The plain letters an accented letter lost at a name's end most often was (é, á, ó, í, ú, ç, ñ).
    private static let plainLetters: [UInt8] = Array("eaoiucn".utf8)

    /// Where the word ending just before `i` starts: after the last space or line break, at most
    /// twenty bytes back.
    static func wordStart(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int) -> Int {
        var w = i
        while w > 0, bytes[w - 1] != 0x20, bytes[w - 1] != 0x0A, i - w <= 20 { w -= 1 }
        return w
    }

    /// Whether the run of `?` at `i` goes on with a letter ("Ib??ez", not "Really??").
    static func runEndsInLetter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        var j = i
        while j < bytes.count && bytes[j] == 0x3F { j += 1 }
        return j < bytes.count && isLetter(bytes[j])
    }

    /// Whether the `?` at `i` opens a word that lost its capital ("?tienne"): at the start of a
    /// word, before a lower-case letter.
    static func opensWord(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + 1 < bytes.count, ASCIIByte.isLower(bytes[i + 1]) else { return false }
        guard i > 0 else { return true }
        let before = bytes[i - 1]
        return before == 0x20 || before == 0x0A || before == 0x28 || before == 0x22 || before == 0x9C
    }

    /// Whether `b` is an ASCII letter or opens a two-byte letter (Latin, Greek, Cyrillic), not
    /// punctuation such as a curly quotation mark.
    private static func isLetter(_ b: UInt8) -> Bool { ASCIIByte.isUpper(b) || ASCIIByte.isLower(b) || (b >= 0xC3 && b <= 0xDF) }

    /// Whether the character ending just before `i` is a letter ("ü" of "Kitzbü?", not "”").
    private static func endsLetter(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        let b = bytes[i - 1]
        if b < 0x80 { return ASCIIByte.isUpper(b) || ASCIIByte.isLower(b) }
        return b < 0xC0 && i >= 2 && bytes[i - 2] >= 0xC3 && bytes[i - 2] <= 0xDF
    }
}
