/// Recognizes a video or audio player set among the paragraphs, as saved pages keep its text:
/// its label (`WATCH | Why measles is spreading:`), the clip's title and age (`2 hours ago`),
/// its length (`Duration 2:14`, `Audio | 7:32 | Saskatoon Morning`) and the line describing
/// the clip after it; a video's "Show Caption" / "Hide Caption" buttons over its title, description
/// and credit. None of it is the story's text.
enum MediaPlayerBlock {
    /// Which of `lines` belong to a player: the length line, the label above it (three lines
    /// up at most, five over short lines) and what lies between, and the one short (or dated)
    /// line describing the clip after it (none after a player's position, "00:00 / 07:12").
    static func marks(_ lines: [ArticleLine]) -> [Bool] {
        var out = [Bool](repeating: false, count: lines.count)
        // "Show Caption" / "Hide Caption" over the clip's title, description and credit, in their block.
        for k in lines.indices.dropLast() where lines[k].text == "Show Caption" && lines[k + 1].text == "Hide Caption" {
            var j = k
            while j < lines.count, j - k < 6, lines[j].block == lines[k].block, lines[j].features.words <= 40 {
                out[j] = true
                j += 1
            }
        }
        for k in lines.indices where lines[k].features.words <= 6 && lines[k].features.digits >= 3 && isLength(lines[k].text) {
            out[k] = true
            // Up to the label, over the clip's title and age.
            // (Five lines up when the lines between are short: "WATCH | …" / "2:14" / the title / "3 months ago".)
            if let label = (max(0, k - 3)..<k).last(where: { isLabel(lines[$0].text) })
                ?? (max(0, k - 5)..<max(0, k - 3)).last(where: { j in
                    isLabel(lines[j].text) && (j + 1..<k).allSatisfy { lines[$0].features.words <= 15 && !lines[$0].features.endsPeriod }
                }) {
                for j in label..<k { out[j] = true }
            } else {
                var j = k - 1
                while j >= 0, k - j <= 2, isAge(lines[j].text) || (lines[j].features.words <= 12 && !lines[j].features.endsTerminal) {
                    out[j] = true
                    j -= 1
                }
            }
            // The clip's description, when the length line is a video's or an audio's alone.
            // (A clip's description is short, or dated: a longer line is the story going on.)
            if k + 1 < lines.count, !isPosition(lines[k].text), lines[k + 1].features.words <= 25 || (lines[k + 1].features.words <= 40 && lines[k + 1].text.contains("Posted ")),
               !lines[k + 1].isHeading,
               !isLength(lines[k + 1].text), !(lines[k + 1].text.first.map { "\"“'‘".contains($0) } ?? false) {
                out[k + 1] = true
            }
        }
        return out
    }

    /// `Duration 2:14`, `Duration: 1:02:30`, `Audio | 7:32 | Saskatoon Morning`, `Video | 2:05`, `00:00 / 07:12`.
    static func isLength(_ text: String) -> Bool {
        if isPosition(text) { return true }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "|" })
        guard (2...6).contains(words.count), let first = words.first?.lowercased() else { return false }
        let label = first.hasSuffix(":") ? String(first.dropLast()) : first
        guard label == "duration" || (label == "audio" || label == "video") && text.contains("|") else { return false }
        return isClockLength(words[1])
    }

    /// Whether `text` is a player's position at its start over the clip's length: "00:00 /
    /// 07:12" (not a schedule's "9:30 / 10:30"). It describes no clip, so the line after it is
    /// not the clip's description.
    static func isPosition(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count == 3 && (words[0] == "0:00" || words[0] == "00:00") && words[1] == "/" && isClockLength(words[2])
    }

    /// `2:14`, `12:05`, `1:02:30`.
    private static func isClockLength(_ word: Substring) -> Bool {
        let parts = word.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return false
        }
        return parts.dropFirst().allSatisfy { $0.count == 2 }
    }

    /// `WATCH | Why measles is spreading in Ontario:`, `Watch: …`, `LISTEN | …`.
    private static func isLabel(_ text: String) -> Bool {
        let head = text.prefix(8).lowercased()
        return ["watch |", "watch:", "listen |", "listen:", "video |", "video:"].contains { head.hasPrefix($0) }
    }

    /// `2 hours ago`, `3 days ago`, `1 minute ago`.
    private static func isAge(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count == 3, words[2].lowercased() == "ago", Int(words[0]) != nil else { return false }
        return ["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months"].contains(words[1].lowercased())
    }
}
