/// One step of the pipeline: reads some keys of a document and adds others.
///
/// Built-in stages and plugin stages look the same to the pipeline. A stage declares what
/// it `needs` and what it `adds`, so that a configuration that puts a stage before the one
/// that feeds it is refused at start, not discovered on the first article.
public protocol Stage: Sendable {
    /// The name used in the configuration and in the result's `pipeline` (`"cleanup"`).
    var name: String { get }
    /// The stage's version, recorded in every result it touches.
    var version: String { get }
    /// Keys that must be present before this stage runs.
    var needs: Set<DocumentKey> { get }
    /// Keys this stage sets.
    var adds: Set<DocumentKey> { get }
    /// Processes one document in place; throws to fail the document at this stage.
    func process(_ document: inout Document) async throws
}
