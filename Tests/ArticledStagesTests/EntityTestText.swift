import ArticledCore
@testable import ArticledStages

/// The entities of a short text, as (type, mentions) by name (shared by the entity tests).
func recognized(_ text: String) -> [String: (Entity.Kind, Int)] {
    var out: [String: (Entity.Kind, Int)] = [:]
    for e in EntityRecognizer().recognize(text) { out[e.name] = (e.type, e.mentions) }
    return out
}

/// The names of `names` that `text` does not give as entities of `kind` (empty when all are).
func names(_ names: [String], notRecognizedAs kind: Entity.Kind, in text: String) -> [String] {
    let found = recognized(text)
    return names.filter { found[$0]?.0 != kind }
}
