import ArticledCore

/// A stage that holds something to release when the daemon stops, such as plugin processes.
public protocol StoppableStage: Stage {
    /// Releases what the stage holds; called once no document runs through it any more.
    func stop() async
}
