/// Finds the quotation marks of a tokenized text and pairs them.
///
/// Curly marks pair as written; a straight mark opens when no quotation is open and closes
/// otherwise. Single curly marks (‘…’, British style) make a quotation only outside a double
/// one; inside a single one, double marks are a quotation within the quotation and ignored. A quotation still open at the end of its paragraph runs on into the next one when
/// that paragraph continues it (opens with a quotation mark, or closes one before opening any);
/// otherwise it ends with its paragraph. A closing mark with no opening one is ignored.
enum QuotationScanner {
    /// The quotation spans of `text` in order; marks every token inside one with `.inQuote`.
    static func scan(_ text: inout TokenizedText) -> [QuotationSpan] {
        var spans: [QuotationSpan] = []
        let tokens = text.tokens
        var carried: QuotationSpan?
        // Whether the quotation open (or carried) was opened by a single mark.
        var single = false
        var i = 0
        while i < tokens.count {
            var end = i
            while end < tokens.count && tokens[end].paragraph == tokens[i].paragraph { end += 1 }
            // How this paragraph treats a quotation run on from the previous one.
            var prefix: [QuotationSpan.Part] = []
            var strayCloseContinues = false
            if let c = carried {
                let continued = c.parts + [.init(open: c.open, close: c.close, closed: false)]
                let opening = single ? tokens[i].kind == .openSingleQuote
                    : tokens[i].kind == .openQuote || tokens[i].kind == .straightQuote
                if opening {
                    prefix = continued
                } else if paragraphCloses(text, i, end, single: single) {
                    prefix = continued
                    strayCloseContinues = true
                } else if !single {
                    // A ‘ never closed is an apostrophe ("‘90s"), not a quotation.
                    spans.append(c)
                }
                carried = nil
            }
            var open: Int? = strayCloseContinues ? i - 1 : nil
            if open == nil && prefix.isEmpty { single = false }
            for k in i..<end {
                switch tokens[k].kind {
                case .openSingleQuote:
                    if open == nil {
                        open = k
                        single = true
                    } else if single {
                        // Single marks do not nest: the earlier ‘ was an apostrophe ("rock 'n' roll").
                        prefix = []
                        open = k
                    }
                case .closeSingleQuote:
                    if single, let o = open {
                        spans.append(take(&prefix, o, k, closed: true))
                        open = nil
                        single = false
                    }
                case _ where single && open != nil:
                    break
                case .openQuote:
                    if let o = open { spans.append(take(&prefix, o, k - 1, closed: false)) }
                    open = k
                    single = false
                case .closeQuote:
                    if let o = open { spans.append(take(&prefix, o, k, closed: true)) }
                    open = nil
                case .straightQuote:
                    if let o = open {
                        spans.append(take(&prefix, o, k, closed: true))
                        open = nil
                    } else {
                        open = k
                        single = false
                    }
                default:
                    break
                }
            }
            if let o = open { carried = take(&prefix, o, end - 1, closed: false) }
            i = end
        }
        if let c = carried, !single { spans.append(c) }
        for s in spans {
            for p in s.parts { mark(&text, p.open, p.close) }
            mark(&text, s.open, s.close)
        }
        return spans
    }

    /// A span from `o` to `c`, carrying the earlier parts in `prefix` (which it empties).
    private static func take(_ prefix: inout [QuotationSpan.Part], _ o: Int, _ c: Int, closed: Bool) -> QuotationSpan {
        var s = QuotationSpan(open: o, close: c, closed: closed)
        s.parts = prefix
        prefix = []
        return s
    }

    /// Whether the paragraph `from..<end` closes a quotation before opening one: its first
    /// mark is a closing curly one, or a straight one written like a closing mark (right after
    /// a word or punctuation, not after a space).
    private static func paragraphCloses(_ text: TokenizedText, _ from: Int, _ end: Int, single: Bool) -> Bool {
        for k in from..<end {
            let kind = text.tokens[k].kind
            if single {
                if kind == .closeSingleQuote { return true }
                if kind == .openSingleQuote { return false }
                continue
            }
            switch kind {
            case .closeQuote: return true
            case .openQuote: return false
            case .straightQuote:
                let at = Int(text.tokens[k].start)
                return at > 0 && text.bytes[at - 1] != 0x20 && text.bytes[at - 1] != 0x0A && k != from
            default: continue
            }
        }
        return false
    }

    /// Flags the tokens of `open...close` as quoted.
    private static func mark(_ text: inout TokenizedText, _ open: Int, _ close: Int) {
        guard close >= open else { return }
        for k in max(open, 0)...close { text.tokens[k].flags.insert(.inQuote) }
    }
}
