/// Recognizes the box of key points some sites set above or inside a story (`Summary`,
/// `Key points`, `What you need to know:`, `In short:`) with its items: a digest of the
/// article, not its text, and no standfirst.
enum KeyPointsBox {
    /// Labels of such boxes, lower case, without a final colon.
    static let labels: Set<String> = ["summary", "key points", "in short", "what you need to know", "key takeaways",
                                      "at a glance", "story highlights", "tl;dr"]

    /// Labels that name such a box only above the story: inside it, they announce a list that
    /// is part of the story ("Key facts:" after a paragraph).
    static let openingLabels: Set<String> = ["highlights", "the big picture", "quick read", "the short version", "what we know",
                                             "key facts"]

    /// Labels that open a line of their own point ("What's next? The bill returns …").
    static let inlineLabels = ["What's next?", "What’s next?"]

    /// Which of `lines` belong to a key-points box in the first `window` lines: the label, then
    /// the items after it, in its block or, when the label stands alone, in the next block: list
    /// items, or short lines, six at most (or one long line without a full stop, the points the
    /// joiner of broken lines made one). A list the story itself announces ("Key facts:" after
    /// a paragraph) stays.
    static func marks(_ lines: [ArticleLine], window: Int) -> [Bool] {
        var out = [Bool](repeating: false, count: lines.count)
        var k = 0
        let end = min(lines.count, window)
        var storyBegun = false
        // Paragraphs of running text seen: a standfirst may stand above an unlabelled box.
        var proseLines = 0
        while k < end {
            let line = lines[k]
            // "In short:" (alone, or with its first point after it) over points a blank line
            // apart, down to "What's next?": the whole box, however its points stand.
            if let next = closingNextLabel(after: k, in: lines) {
                for j in k..<next { out[j] = true }
                if isNextLabel(lines[next]) {
                    k = markNextPoint(at: next, in: lines, &out)
                } else {
                    out[next] = true
                    k = next + 1
                }
                continue
            }
            if line.features.words <= 6 && !line.isListItem, let key = labelKey(line.text),
               labelKeys.contains(key) || (!storyBegun && openingLabelKeys.contains(key)) {
                out[k] = true
                var j = k + 1
                let block = j < lines.count && lines[j].block == line.block ? line.block : line.block + 1
                var items = 0
                // (A page's list items may stand a blank line apart: they go on while items do.)
                while j < lines.count, items < 6,
                      lines[j].block == block || (lines[j].isListItem && lines[j - 1].isListItem && j - 1 > k),
                      lines[j].isListItem || lines[j].features.words <= 35
                        // (Points without full stops that the joiner of broken lines made one line.)
                        || (items == 0 && !lines[j].features.endsTerminal && lines[j].features.words <= 120) {
                    // "What's next?" closes the box with its one point; the story follows it.
                    if isNextLabel(lines[j]) { break }
                    out[j] = true
                    items += 1
                    j += 1
                }
                if j < lines.count, isNextLabel(lines[j]) { j = markNextPoint(at: j, in: lines, &out) }
                k = j
                continue
            }
            // Two to five sentences in a block of their own above the story, each told again below.
            if proseLines <= 1, let size = unlabelledDigest(at: k, in: lines) {
                for j in k..<(k + size) { out[j] = true }
                k += size
                continue
            }
            // "What's next?" alone, over its one point.
            if isNextLabel(line) {
                k = markNextPoint(at: k, in: lines, &out)
                continue
            }
            if (4...40).contains(line.features.words), inlineLabels.contains(where: { line.text.hasPrefix($0) }) {
                out[k] = true
            } else if line.features.isProse && !line.isListItem && !line.features.isJunk {
                storyBegun = true
                proseLines += 1
            }
            k += 1
        }
        return out
    }

    /// The number of lines of a box of points without a label starting at `k` ("eThekwini
    /// Municipality has confirmed a ransomware attack on its billing system." / "The RansomHub
    /// group claims to have stolen 1.2TB of residents' data." / …), or nil: two to five short
    /// sentences, one a line, making a block (or a list) of their own right above a long
    /// paragraph, each sharing two longer words with the paragraphs under them. A lead broken
    /// at its sentences runs longer or repeats nothing.
    private static func unlabelledDigest(at k: Int, in lines: [ArticleLine]) -> Int? {
        let block = lines[k].block, listed = lines[k].isListItem
        guard k == 0 || (listed ? !lines[k - 1].isListItem : lines[k - 1].block != block) else { return nil }
        var end = k
        while end < lines.count, end - k < 6, listed ? lines[end].isListItem : lines[end].block == block {
            let f = lines[end].features
            guard f.endsPeriod, f.startsUppercase || lines[end].text.utf8.first.map(ASCIIByte.isLower) == true, (5...30).contains(f.words), !lines[end].isHeading,
                  !lines[end].text.utf8.contains(0x22), !lines[end].text.containsBytes(of: "\u{201C}") else { return nil }
            end += 1
        }
        guard (2...5).contains(end - k), end < lines.count, lines[end].features.words >= 25, lines[end].features.endsTerminal else { return nil }
        func longWords(_ text: String) -> Set<String> {
            Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).filter { $0.count >= 5 }.map(String.init))
        }
        var below = Set<String>()
        for line in lines[end..<min(lines.count, end + 12)] { below.formUnion(longWords(line.text)) }
        for line in lines[k..<end] where longWords(line.text).intersection(below).count < 2 { return nil }
        return end - k
    }

    /// The line of "What's next?" (alone or opening its point) within five lines under a
    /// key-points label at `k` ("In short:", or "In short: The centre has closed early."), or nil.
    private static func closingNextLabel(after k: Int, in lines: [ArticleLine]) -> Int? {
        let text = lines[k].text
        guard !lines[k].isListItem, let colon = text.utf8.firstIndex(of: 0x3A), text.utf8.distance(from: text.utf8.startIndex, to: colon) <= 24,
              let key = labelKey(String(text[..<colon])), labelKeys.contains(key) else { return nil }
        for j in (k + 1)..<min(lines.count, k + 6) {
            if isNextLabel(lines[j]) || inlineLabels.contains(where: { lines[j].text.hasPrefix($0) }) { return j }
            if lines[j].features.words > 35 || lines[j].isHeading { return nil }
        }
        return nil
    }

    /// Whether the line is "What's next?" alone: the label of a box's last point.
    private static func isNextLabel(_ line: ArticleLine) -> Bool {
        line.features.words <= 3 && !line.isListItem && labelKey(line.text) == nextLabelKey
    }

    /// Marks the "What's next?" label at `k` and the one point under it (a line of 35 words at
    /// most); the index after them.
    private static func markNextPoint(at k: Int, in lines: [ArticleLine], _ out: inout [Bool]) -> Int {
        out[k] = true
        guard k + 1 < lines.count, lines[k + 1].features.words <= 35, !lines[k + 1].isHeading else { return k + 1 }
        out[k + 1] = true
        return k + 2
    }

    /// The key of "What's next?".
    private static let nextLabelKey = ASCIIByte.wordKey("what's next".utf8)

    /// The keys of `labels` and `openingLabels`: their letters, case folded (see `ASCIIByte.wordKey`).
    private static let labelKeys = Set(labels.map { ASCIIByte.wordKey($0.utf8) })
    private static let openingLabelKeys = Set(openingLabels.map { ASCIIByte.wordKey($0.utf8) })

    /// The key of `text` as a label, its letters case folded; nil when it cannot be one (a cheap
    /// test of its first letter).
    private static func labelKey(_ text: String) -> UInt64? {
        guard let first = text.utf8.first, [0x53, 0x73, 0x4B, 0x6B, 0x49, 0x69, 0x57, 0x77, 0x41, 0x61, 0x48, 0x68, 0x54, 0x74, 0x51, 0x71].contains(first)
        else { return nil }
        return ASCIIByte.wordKey(text.utf8)
    }
}
