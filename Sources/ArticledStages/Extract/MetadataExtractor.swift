import ArticledCore

/// Finds the headline, standfirst, byline, date, outlet and language of an article.
///
/// Reads the lines cleanup set aside before and after the body (never the body's own
/// dates or names) and the cleaned text for the language.
struct MetadataExtractor {
    /// Sets title, subtitle, authors, published, publisher and language of `document`.
    func extract(into document: inout Document) {
        let front = document.frontMatter
        let datelines = PublicationDateFinder.datelines(front)
        let (title, subtitle) = HeadlineFinder.find(front: front, raw: document.raw, datelines: datelines)
        document.title = title
        document.subtitle = subtitle
        document.authors = AuthorFinder.authors(front: front, title: title, datelines: datelines)
        document.published = PublicationDateFinder.date(front: front, back: document.backMatter, datelines: datelines)
        document.publisher = PublisherFinder.publisher(front: front, back: document.backMatter)
        document.language = LanguageGuesser.language(of: document.text.isEmpty ? front.joined(separator: " ") : document.text)
    }
}
