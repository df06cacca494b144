/// Recognizes a picture's credit closing its caption, whoever the outlet is:
/// `… on Saturday. (Marcus Leblanc/Okanagan Daily Record)`, `… (PCT Photo / Rommel Ba?ez)`,
/// `… on Monday. Straits Monitor/Hafiz Sulaiman`, `… (Courtesy of Cobalt Loop)`, and a credit line
/// of its own, `Courtesy of dataLoom`.
///
/// A body paragraph does not end so: its last sentence ends in punctuation, and a slash between
/// names ("Reuters/Ipsos") sits inside a sentence, not after its full stop.
enum PictureCredit {
    /// Whether the line `bytes` is a caption closing on a credit, or a courtesy credit alone.
    static func closesCaption(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        // "Photo | File", "PHOTO | AFP", "Photo | Winnie Atieno | Nation Media Group" on a line of their own, over the caption.
        if n >= 8, n <= 60, isBarredCredit(bytes) { return true }
        guard n >= 12 else { return false }
        // "[Safaricom chief executive Peter Ndegwa in Nairobi on May 9, 2024. PHOTO | LUCY WANJIRU | NMG]": a caption in brackets.
        if bytes[0] == 0x5B, bytes[n - 1] == 0x5D { return closesCaption(UnsafeBufferPointer(rebasing: bytes[1..<(n - 1)])) }
        // "Photo | Courtesy National Museums of Kenya: The newly described …", "Photo / NIWA: Hundreds of …":
        // the label, its credit and a colon before the caption.
        if opensWithPhotoCredit(bytes) { return true }
        if startsWithCourtesy(bytes) { return true }
        // "… at the Sydney Opera House last year.Credit: Janie Barrett": the label glued to the caption's full stop.
        if let dot = (max(0, n - 48)..<(n - 9)).last(where: { bytes[$0] == 0x2E }), dot > 10, ASCIIByte.isLower(bytes[dot - 1]) || ASCIIByte.isDigit(bytes[dot - 1]),
           ASCIIByte.equalsFolded(UnsafeBufferPointer(rebasing: bytes[(dot + 1)..<(dot + 8)]), "credit:"), bytes[dot + 1] == 0x43 {
            return true
        }
        let last = bytes[n - 1]
        guard last == 0x29 || ASCIIByte.isLetterLike(last) else { return false }
        if last == 0x29 {
            // The bracket that opens the credit, and the sentence ended before it (or nothing:
            // "(Gabriel Fontaine / Casco Bay Herald)" on a line of its own).
            var open = n - 2
            while open > 0 && n - open < 90 && bytes[open] != 0x28 && bytes[open] != 0x29 { open -= 1 }
            guard bytes[open] == 0x28, open == 0 || (open > 2 && bytes[open - 1] == 0x20 && endsSentence(bytes, before: open - 1)) else {
                return false
            }
            let inner = UnsafeBufferPointer(rebasing: bytes[(open + 1)..<(n - 1)])
            return isCourtesy(inner) || isNameSlashName(inner) || isPhotoByline(inner) || isSubmitted(inner) || isBarredCredit(inner)
                || (open > 0 && isOutletAndName(inner)) || (open > 0 && isOutletPhoto(inner))
        }
        // "… in Montreal on Feb. 16.CHRISTINNE MUSCHI/The Globe and Mail": a photographer and outlet
        // glued to the caption's full stop.
        if let dot = (max(1, n - 70)..<(n - 5)).last(where: { bytes[$0] == 0x2E && ASCIIByte.isUpper(bytes[$0 + 1]) }), dot > 20,
           ASCIIByte.isLower(bytes[dot - 1]) || ASCIIByte.isDigit(bytes[dot - 1]),
           isNameSlashName(UnsafeBufferPointer(rebasing: bytes[(dot + 1)..<n]), atLeast: 3) {
            return true
        }
        // "… in Lore Utara on Wednesday.AP": an agency's name glued to the caption's full stop.
        if let dot = (max(0, n - 16)..<n).last(where: { bytes[$0] == 0x2E }), dot > 20, dot + 2 < n,
           ASCIIByte.isLower(bytes[dot - 1]), ASCIIByte.isUpper(bytes[dot + 1]),
           (dot + 1..<n).allSatisfy({ ASCIIByte.isUpper(bytes[$0]) || ASCIIByte.isLower(bytes[$0]) }),
           isAgency(bytes[(dot + 1)..<n]) {
            return true
        }
        // "… on Monday. Straits Monitor/Hafiz Sulaiman": the words after the last full stop.
        var start = n - 1
        while start > 0 && n - start < 70 && !(bytes[start] == 0x20 && endsSentence(bytes, before: start)) { start -= 1 }
        // "Jessica Hurd/Hartford Sentinel" under its caption: a credit line of its own, a name of
        // two words or more on one side ("AC/DC" is no credit).
        if start == 0, n < 70, isNameSlashName(bytes, atLeast: 3) { return true }
        guard start > 0, bytes[start] == 0x20, endsSentence(bytes, before: start) else { return false }
        // "… at Ridgeview Arena. Staff photo by Lenny Akers", "… on March 26. PHOTO | AFP".
        let tail = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<n])
        return isNameSlashName(tail) || isPhotoByline(tail) || isBarredCredit(tail) || isSlashedInitials(tail) || isBarredNames(tail)
            || (isPhotographersName(tail) && !followsTitle(bytes, dot: start - 1))
    }

    /// `| Evans Habil | Nation Media Group` after a caption's full stop: the photographer (a given
    /// name first) and the outlet between bars, each part a few capitalized words, perhaps after
    /// a label (`| Photo | Evans Habil | Nation Media Group`).
    private static func isBarredNames(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard s.count <= 80, s.first == 0x7C else { return false }
        var parts = s.split(separator: 0x7C).map { $0.split(separator: 0x20) }
        // "| Photo | Francis Nderitu | Nation Media Group": the label first.
        if parts.count == 3, parts[0].count == 1, ["photo", "photos", "file"].contains(String(decoding: parts[0][0].map(ASCIIByte.lower), as: UTF8.self)) {
            parts.removeFirst()
        }
        // (A footer's links are no credit: "© 2023 Gauteng Mercury. All rights reserved. | Privacy | PAIA Manual".)
        guard parts.count == 2, let name = parts[0].first else { return false }
        let outlet = parts[1].map { Substring(decoding: $0, as: UTF8.self) }
        guard BylineParser.isGivenName(String(decoding: name, as: UTF8.self)) || BylineParser.isOutletName(outlet) else { return false }
        return parts.allSatisfy { words in
            (1...4).contains(words.count) && words.allSatisfy { ASCIIByte.isUpper($0[$0.startIndex]) }
        }
    }

    /// Whether the full stop at `dot` closes a short capitalized word, a title's abbreviation
    /// ("Prof.", "Dr.", "Gen.") that a name follows, not a sentence.
    private static func followsTitle(_ bytes: UnsafeBufferPointer<UInt8>, dot: Int) -> Bool {
        var k = dot
        while k > 0 && bytes[k - 1] != 0x20 { k -= 1 }
        return dot - k <= 4 && ASCIIByte.isUpper(bytes[k])
    }

    /// `Eamon Gallagher` after a caption's full stop: a photographer's name without a label, two
    /// or three capitalized words, the first a given name. A paragraph ends on punctuation.
    private static func isPhotographersName(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        let words = s.split(separator: 0x20)
        guard (2...3).contains(words.count), words.allSatisfy({ word in
            ASCIIByte.isUpper(word[word.startIndex]) && word.allSatisfy { ASCIIByte.isLetterLike($0) || $0 == 0x2D || $0 == 0x27 }
        }) else { return false }
        return BylineParser.isGivenName(String(decoding: words[0], as: UTF8.self))
    }

    /// `ABC News: Che Chorley`, `ABC Rural: Tom Karatzas`: the outlet and its photographer, in
    /// brackets after the caption's sentence; capitalized words without digits on each side.
    private static func isOutletAndName(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard s.count <= 50, let colon = s.firstIndex(of: 0x3A), colon + 2 < s.count, s[colon + 1] == 0x20 else { return false }
        let outlet = s[..<colon].split(separator: 0x20), name = s[(colon + 2)...].split(separator: 0x20)
        func capitalized(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            guard let first = word.first, ASCIIByte.isUpper(first) else { return false }
            return !word.contains(where: ASCIIByte.isDigit)
        }
        return (1...3).contains(outlet.count) && (2...4).contains(name.count) && outlet.allSatisfy(capitalized) && name.allSatisfy(capitalized)
    }

    /// `Submitted by Kelly Arsenault`, `Supplied`: a reader's or a family's picture, in brackets.
    private static func isSubmitted(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        (s.starts(with: "Submitted".utf8) || s.starts(with: "Supplied".utf8)) && s.count <= 50 && s.split(separator: 0x20).count <= 5
    }

    /// Whether the line is a short credit that opens with its label and a colon, a bar or a slash
    /// ("Photo: RNZ / Mere Tawhiri", "Photo | File", "Photo / George Heard"), which the caption
    /// under it belongs to.
    static func isLabelledCredit(_ text: String, _ f: LineFeatures) -> Bool {
        f.credit && f.words <= 8 && (text.utf8.prefix(16).contains { $0 == 0x3A || $0 == 0x7C }
                                     || text.hasPrefix("Photo / ") || text.hasPrefix("Picture / ") || text.hasPrefix("Image / "))
    }

    /// Whether the line opens with "Photo", "Image" or "Picture", a bar or a slash, and a credit
    /// of at most eight words up to a colon, or the credit's next part after another bar
    /// ("PHOTO | FILE | NMG  University of …"): a caption under its credit's label.
    private static func opensWithPhotoCredit(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard s.count >= 12 else { return false }
        let head = s.prefix(10).map(ASCIIByte.lower)
        guard let label = ["photo | ", "photo / ", "image | ", "image / ", "picture | "].first(where: { head.starts(with: $0.utf8) }) else { return false }
        let rest = s[label.utf8.count...]
        // "PHOTO | FILE | NMG  University of Nairobi students protest …": the credit's parts, then the caption.
        if let bar = rest.prefix(40).firstIndex(of: 0x7C), bar > rest.startIndex, s[bar - 1] == 0x20, bar + 1 < s.count, s[bar + 1] == 0x20 {
            return true
        }
        // "PHOTO | AFP Residents of Mathare salvage …": an agency's name, then the caption.
        if let space = rest.prefix(8).firstIndex(of: 0x20), space > rest.startIndex + 1, space + 1 < s.count, ASCIIByte.isUpper(s[space + 1]),
           rest[..<space].allSatisfy(ASCIIByte.isUpper),
           isAgency(rest[..<space]) {
            return true
        }
        guard let colon = rest.prefix(80).firstIndex(of: 0x3A), colon + 1 < s.count, s[colon + 1] == 0x20 else { return false }
        let credit = s[label.utf8.count..<colon]
        return credit.split(separator: 0x20).count <= 8 && credit.first.map(ASCIIByte.isUpper) == true
    }

    /// `/CFM`, `/AFP`: an outlet's or agency's initials after a slash, closing a caption.
    private static func isSlashedInitials(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        s.count >= 3 && s.count <= 7 && s[0] == 0x2F && s.dropFirst().allSatisfy(ASCIIByte.isUpper)
    }

    /// `PHOTO | AFP`, `PHOTO | DENNIS ONSONGO | NMG`, `File photo | Reuters`: the word "photo" and
    /// a bar before the credit.
    private static func isBarredCredit(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard s.count <= 60, let bar = s.firstIndex(of: 0x7C), bar >= 5 else { return false }
        let label = s[..<bar].map(ASCIIByte.lower)
        let words = label.split(separator: 0x20)
        guard let last = words.last, words.count <= 2, last.elementsEqual("photo".utf8) || last.elementsEqual("photos".utf8) else { return false }
        return s.split(separator: 0x20).count <= 9
    }

    /// Whether the line `bytes` closes its caption with a file picture's note: "… substation.
    /// Courier file photo.", "… in 2019. (File photo)".
    static func closesWithFilePhoto(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x29 || bytes[end - 1] == 0x2A || bytes[end - 1] == 0x20 { end -= 1 }
        let marker: StaticString = "file photo"
        let m = marker.utf8CodeUnitCount
        guard end >= m + 10 else { return false }
        for k in 0..<m where ASCIIByte.lower(bytes[end - m + k]) != marker.utf8Start[k] { return false }
        // The note stands after a sentence, or in brackets: "… substation. Courier file photo."
        var k = end - m - 1
        while k > 0 && end - m - k < 40 && bytes[k] != 0x28 && !(bytes[k] == 0x20 && endsSentence(bytes, before: k)) { k -= 1 }
        return k > 0 && (bytes[k] == 0x28 || endsSentence(bytes, before: k))
    }

    /// Whether the text before `space` ends a sentence (a full stop, not an initial's).
    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, before space: Int) -> Bool {
        guard space >= 3 else { return false }
        let b = bytes[space - 1]
        if b == 0x2E {
            // "Gov. Ma." or "J.": a capital alone before the full stop is an initial.
            return !(ASCIIByte.isUpper(bytes[space - 2]) && (bytes[space - 3] == 0x20 || bytes[space - 3] == 0x2E))
        }
        return b == 0x21 || b == 0x3F
    }

    /// `Marcus Leblanc/Okanagan Daily Record`, `PCT Photo / Rommel Ba?ez`, `NORTHSEA/Femke de Wit`:
    /// one to four capitalized words on each side of one slash (name particles allowed).
    /// `atLeast` is the fewest words both sides hold together.
    private static func isNameSlashName(_ s: UnsafeBufferPointer<UInt8>, atLeast: Int = 2) -> Bool {
        guard let slash = s.firstIndex(of: 0x2F), s[(slash + 1)...].firstIndex(of: 0x2F) == nil else { return false }
        guard let before = capitalizedWords(UnsafeBufferPointer(rebasing: s[..<slash])),
              let after = capitalizedWords(UnsafeBufferPointer(rebasing: s[(slash + 1)...])) else { return false }
        return (1...4).contains(before) && (1...4).contains(after) && before + after >= atLeast
    }

    /// The number of words in `s` when each begins with a capital (or is a lower-case name
    /// particle such as "de" or "van"), or nil.
    private static func capitalizedWords(_ s: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var capitals = 0
        for word in s.split(separator: 0x20) {
            guard let first = word.first else { continue }
            count += 1
            if ASCIIByte.isUpper(first) || first >= 0xC3 { capitals += 1; continue }
            guard word.count <= 3, word.allSatisfy(ASCIIByte.isLower) else { return nil }
        }
        return capitals > 0 ? count : nil
    }

    /// `Bulletin file photo by Sam Oyelaran`, `Express photo by Suresh Gowda`, `Photo: Jane Roe`:
    /// at most eight words, with "photo by", "photograph by", "picture by" or "photo:" before a
    /// capitalized name.
    private static func isPhotoByline(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        // (On bytes, without copies: it runs for the end of every line.)
        guard s.count >= 8, s.count <= 80, s.lazy.filter({ $0 == 0x20 }).count <= 7 else { return false }
        for marker in photoMarkers where marker.count <= s.count {
            for at in 0...(s.count - marker.count) where at == 0 || s[at - 1] == 0x20 {
                guard ASCIIByte.lower(s[at]) == marker[0],
                      (1..<marker.count).allSatisfy({ ASCIIByte.lower(s[at + $0]) == marker[$0] }) else { continue }
                var k = at + marker.count
                while k < s.count && s[k] == 0x20 { k += 1 }
                if k < s.count && (ASCIIByte.isUpper(s[k]) || s[k] >= 0xC3) { return true }
            }
        }
        return false
    }

    /// `PTI Photo`, `Reuters Pic`: an outlet's picture, in brackets after the caption's sentence;
    /// two or three capitalized words, the first an outlet's letters or an agency, the last the
    /// word for a picture.
    private static func isOutletPhoto(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard s.count <= 40 else { return false }
        let words = s.split(separator: 0x20)
        let pictureWords: [StaticString] = ["photo", "photos", "pic", "pics"]
        guard (2...3).contains(words.count), let last = words.last,
              pictureWords.contains(where: { ASCIIByte.equalsFolded(UnsafeBufferPointer(rebasing: last), $0) }) else { return false }
        // (An outlet's letters or an agency: not "See Pics".)
        let first = words[0]
        return words.allSatisfy { ASCIIByte.isUpper($0[$0.startIndex]) }
            && (first.count >= 2 && first.allSatisfy(ASCIIByte.isUpper)
                || isAgency(first))
    }

    /// Whether `word` is a photo or news agency's name ("AP", "AFP", "Reuters").
    private static func isAgency(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        CleanupVocabulary.shared.words.value(ASCIIByte.wordKey(word)) & CleanupVocabulary.agency != 0
    }

    /// What introduces a photographer's name in a credit, lower case.
    private static let photoMarkers: [[UInt8]] = ["photo by", "photos by", "photograph by", "picture by", "photo:", "photograph:", "photo from"]
        .map { Array($0.utf8) }

    /// `Courtesy of Cobalt Loop`: the word and at most five more.
    private static func isCourtesy(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard s.count >= 10, s.count <= 60, s.prefix(9).elementsEqual("Courtesy ".utf8) else { return false }
        return s.split(separator: 0x20).count <= 6
    }

    /// A line that is only a courtesy credit: `Courtesy of dataLoom`, `Courtesy: Jane Roe`.
    private static func startsWithCourtesy(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 60, bytes.prefix(8).elementsEqual("Courtesy".utf8), bytes.count > 10,
              bytes[8] == 0x3A || (bytes[8] == 0x20 && bytes[9] == 0x6F && bytes[10] == 0x66) else { return false }
        let last = bytes[bytes.count - 1]
        return last != 0x2E && bytes.split(separator: 0x20).count <= 6
    }
}
