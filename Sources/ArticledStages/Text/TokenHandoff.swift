import Synchronization

/// Hands the words of a text from the tag stage to the summarize stage, so that a document's
/// text is tokenized once in the pipeline instead of twice.
///
/// The tag stage offers the tokens of the text it worked on; the summarize stage takes them
/// back if its text is the same (compared by content, so a stage in between that changes the
/// text simply makes the summarizer tokenize again). An entry is taken once and the store keeps
/// only the newest few, so nothing accumulates and no document reuses another's work.
enum TokenHandoff {
    private static let entries = Mutex<[(text: String, tokens: [WordToken])]>([])
    /// How many texts may wait at once (documents processed in parallel).
    private static let capacity = 4

    /// Leaves the tokens of `text` for a later stage.
    static func offer(_ text: String, _ tokens: [WordToken]) {
        entries.withLock { list in
            if list.count >= capacity { list.removeFirst(list.count - capacity + 1) }
            list.append((text, tokens))
        }
    }

    /// The tokens left for `text`, removed from the store; nil if there are none.
    static func take(_ text: String) -> [WordToken]? {
        entries.withLock { list in
            guard let i = list.lastIndex(where: { $0.text == text }) else { return nil }
            return list.remove(at: i).tokens
        }
    }
}
