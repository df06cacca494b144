/// How the processing of one inbox file ended.
enum ProcessingOutcome: Sendable, Equatable {
    /// The result is in the outbox.
    case done
    /// The original and its report are in `outbox/failed/`.
    case failed(stage: String)
    /// The content was processed before and `skip_duplicates` is on.
    case duplicate
    /// Nothing could be written; the file stays claimed and is retried at the next start.
    case stuck
}
