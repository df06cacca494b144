import ArticledCore

/// Turns a scraped article into its clean body text: clutter removed, paragraphs repaired.
///
/// The input is decoded (HTML stripped, mojibake repaired, spaces normalized, Markdown
/// removed), broken sentences are joined, and each line is judged by its features to be
/// front matter (headline block), body, furniture or footer. Front and back matter are
/// kept for the metadata extractor; the body's paragraphs become `text`.
public struct CleanupStage: Stage {
    /// The name in the configuration.
    public let name = "cleanup"
    /// Bumped when the output for the same input changes.
    public let version = "1.0.0"
    /// Reads the input and its format.
    public let needs: Set<DocumentKey> = [.raw, .format]
    /// Sets the body, the set-aside lines, the dateline taken off the body, and warnings.
    public let adds: Set<DocumentKey> = [.text, .frontMatter, .backMatter, .dateline, .warnings]

    /// The stage takes no options; an unknown one is refused by the registry.
    public init(options: inout StageOptions) throws(StageOptions.Invalid) {}

    /// The stage with its defaults.
    public init() {}

    /// Cleans `document.raw` into `text`, `frontMatter` and `backMatter`; warns about lost characters.
    public func process(_ document: inout Document) async throws {
        let lines = BrokenLineJoiner.join(LineSplitter.lines(of: document.raw, format: document.format))
        let layout = ArticleLayout(lines: lines)
        document.frontMatter = layout.front
        document.backMatter = layout.back
        var body = layout.body
        // "<p><strong>The parrot's population has passed 250.</strong></p>" opening the story,
        // word for word the page's description: the standfirst, set as the first paragraph.
        if document.format == .html, body.count >= 2, let first = body.first, first.utf8.count <= 400 {
            let tags = HTMLMetaTags.read(document.raw)
            if let description = tags["og:description"] ?? tags["description"], HeadlineFinder.fold(description) == HeadlineFinder.fold(first) {
                document.frontMatter.append(body.removeFirst())
            }
        }
        if let first = body.first, let (dateline, rest) = WireDateline.split(first) {
            document.dateline = dateline
            body[0] = rest
        }
        let text = LostApostropheRepair.repair(GluedSentenceRepair.repair(body.joined(separator: "\n\n")))
        // The warning tells what the input lost, before the marks only one character fits are put back.
        if let warning = EncodingLossDetector.warning(for: text) {
            document.warnings.append(warning)
            document.text = LostPunctuationRepair.repair(text, reference: document.raw)
            // ("O?Callaghan to bring in new rules": the headline's names as the body spells them.)
            document.frontMatter = document.frontMatter.map {
                LostPunctuationRepair.repair(LostApostropheRepair.repair($0, reference: text), reference: document.raw)
            }
        } else {
            document.text = text
        }
    }
}
