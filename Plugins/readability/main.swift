// The example Swift plugin: readability figures of the cleaned text (see Plugins/README.md).
import ArticledPluginKit

ArticledPlugin.run(name: "readability", version: "1.0.0") { document, options in
    let figures = ReadabilityFigures(text: document.text)
    let decimals = try options.int("decimals", default: 1)
    document.extras["readability"] = .object([
        "flesch_reading_ease": .double(figures.fleschReadingEase.rounded(decimals: decimals)),
        "words_per_sentence": .double(figures.wordsPerSentence.rounded(decimals: decimals)),
        "syllables_per_word": .double(figures.syllablesPerWord.rounded(decimals: decimals)),
    ])
}
