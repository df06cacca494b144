import ArticledCore

/// Finds the headline, standfirst, byline, date, outlet and language of an article.
///
/// Reads the lines cleanup set aside before and after the body (never the body's own
/// dates or names), the cleaned text for the language, and for HTML pages the `<meta>` tags
/// for what the visible page does not say.
struct MetadataExtractor {
    /// Sets title, subtitle, authors, published, publisher and language of `document`.
    func extract(into document: inout Document) {
        let front = document.frontMatter
        let datelines = PublicationDateFinder.datelines(front)
        let (title, subtitle) = HeadlineFinder.find(front: front, raw: document.raw, datelines: datelines)
        document.title = title ?? HeadlineFinder.labelledTitle(front)
        document.subtitle = subtitle
        document.authors = AuthorFinder.authors(front: front, title: document.title, datelines: datelines)
        if document.authors.isEmpty { document.authors = AuthorFinder.creditedReporters(back: document.backMatter) }
        document.published = PublicationDateFinder.date(front: front, back: document.backMatter, datelines: datelines)
        let lead = document.text.prefix { $0 != "\n" }
        document.publisher = PublisherFinder.publisher(front: front, back: document.backMatter, lead: String(lead),
                                                       datelines: datelines.map { $0 != nil })
        document.language = LanguageGuesser.language(of: document.text.isEmpty ? front.joined(separator: " ") : document.text)
        if document.format == .html { fillFromMetaTags(&document) }
    }

    /// Fills what the visible page did not say from its `<meta>` tags.
    private func fillFromMetaTags(_ document: inout Document) {
        let tags = HTMLMetaTags.read(document.raw)
        guard !tags.isEmpty else { return }
        if document.title == nil, let title = tags["og:title"] ?? tags["twitter:title"], !title.isEmpty { document.title = title }
        if let value = tags["article:published_time"] ?? tags["datepublished"] ?? tags["date"], let date = DateParser.find(in: value) {
            // The page's own date-time also completes a visible date of the same day that gave no time.
            if document.published == nil || (document.published?.count == 10 && date.iso.count > 10 && date.iso.hasPrefix(document.published ?? "")) {
                document.published = date.iso
            }
        }
        // The site's own name is surer than a copyright holder or a domain guessed from the page.
        if let site = tags["og:site_name"], !site.isEmpty { document.publisher = site }
        if document.authors.isEmpty, let author = tags["author"] ?? tags["article:author"], !author.contains("/"),
           let names = BylineParser.explicitNames(in: "By " + author), !names.isEmpty {
            document.authors = names
        }
    }
}
