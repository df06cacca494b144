import ArticledCore

/// A stage that keeps something running between documents, such as plugin processes: the
/// daemon starts it before it reports ready and stops it when it stops.
public protocol LongRunningStage: Stage {
    /// Starts what the stage keeps running; throws if it cannot start now.
    func start() async throws
    /// Releases what the stage holds; called once no document runs through it any more.
    func stop() async
}
