import ArticledCore

/// Finds the people, organizations and locations an article names.
struct EntityRecognizer {
    func recognize(_ text: String) -> [Entity] { [] }
}
