/// Finds a news agency credited the way wire copy does it: in the dateline that opens the body
/// (`SANTIAGO, June 12 (Reuters) -`, `AUSTIN, Texas (AP) —`, `(CNN) —`), or on a line of its own
/// in the headline block next to the dateline (`AFP`) or before a dash (`CNN —`).
enum WireCredit {
    /// Agencies known by name (`cleanup-agencies.txt`), lower case.
    static let agencies: Set<String> = Set(ResourceFile.lines("cleanup-agencies.txt").map { $0.lowercased() })

    /// Dashes that end a dateline.
    static let dashes: Set<Substring> = ["-", "--", "—", "–"]

    /// The credit in parentheses within the dateline that opens `lead`, or nil: only capitalized
    /// words or numbers come before it, and a dash follows it (or it opens the paragraph).
    static func agency(inLead lead: String) -> String? {
        guard lead.utf8.prefix(120).contains(0x28) else { return nil }  // no parenthesis, no credit
        let tokens = Array(lead.prefix(200).split(separator: " ", maxSplits: 12).prefix(12))
        guard let open = tokens.firstIndex(where: { $0.hasPrefix("(") }), open <= 8 else { return nil }
        guard let close = tokens[open...].firstIndex(where: { $0.hasSuffix(")") }), close - open <= 2 else { return nil }
        let before = tokens[..<open]
        guard before.allSatisfy({ ($0.first?.isUppercase ?? false) || ($0.first?.isNumber ?? false) }) else { return nil }
        let after = close + 1 < tokens.count ? tokens[close + 1] : ""
        guard open == 0 || dashes.contains(after) else { return nil }
        var words = tokens[open...close].map { Substring($0) }
        words[0] = words[0].dropFirst()
        words[words.count - 1] = words[words.count - 1].dropLast()
        guard words.allSatisfy({ w in (w.first?.isUppercase ?? false) && w.allSatisfy { $0.isLetter || $0 == "." || $0 == "&" || $0 == "-" } }) else { return nil }
        return words.joined(separator: " ")
    }

    /// Press-release wires as their datelines credit them (`SÃO PAULO--(BUSINESS WIRE)--`,
    /// `NEW YORK, April 9, 2024 /PRNewswire/ --`), and the name each goes by.
    static let releaseWires: [(credit: String, name: String)] = [
        ("(BUSINESS WIRE)", "Business Wire"), ("/PRNewswire/", "PR Newswire"), ("/PRNewswire-", "PR Newswire"),
        ("(GLOBE NEWSWIRE)", "GlobeNewswire"), ("/CNW/", "CNW"), ("/EINPresswire/", "EIN Presswire"),
        ("(ACCESSWIRE)", "ACCESSWIRE"), ("(Newsfile Corp.", "Newsfile"), ("/PRNewswire Asia/", "PR Newswire"),
    ]

    /// The press-release wire that the dateline opening `lead` credits, or nil: such a page is the
    /// wire's, whatever company the release is from.
    static func releaseWire(inLead lead: String) -> String? {
        let head = String(lead.prefix(160))
        guard head.utf8.contains(0x2F) || head.utf8.contains(0x28)
            || head.containsBytes(of: "WIRE") || head.containsBytes(of: "wire") else { return nil }
        return releaseWires.first { head.containsBytes(of: $0.credit) }?.name
    }

    /// An agency alone on a headline-block line (`AFP`, `Reuters`, `CNN —`) that sits next to a
    /// dateline, ends with a dash, or (a known agency) opens the page, or nil. `datelines` marks the lines that are datelines.
    static func agencyLine(_ front: [String], datelines: [Bool]?) -> String? {
        for (i, line) in front.enumerated() where line.utf8.count <= 14 {
            var tokens = line.split(separator: " ")
            let dashed = tokens.count == 2 && dashes.contains(tokens[1])
            if dashed { tokens.removeLast() }
            guard tokens.count == 1, let word = tokens.first else { continue }
            let acronym = (2...6).contains(word.count) && word.allSatisfy { $0.isUppercase && $0.isLetter }
            guard acronym || (agencies.contains(word.lowercased()) && word.first?.isUppercase == true) else { continue }
            let marks = datelines ?? PublicationDateFinder.datelines(front).map { $0 != nil }
            let besideDate = (i > 0 && marks[i - 1]) || (i + 1 < front.count && marks[i + 1])
            // A known agency heading the page ("Bloomberg") is its masthead.
            let masthead = i == 0 && agencies.contains(word.lowercased())
            if dashed || besideDate || masthead { return String(word) }
        }
        return nil
    }
}
