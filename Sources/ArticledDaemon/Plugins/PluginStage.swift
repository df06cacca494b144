import ArticledCore
import Logging

/// A stage served by a plugin process: the document goes out as JSON, comes back checked.
///
/// The reply replaces the document only if it keeps every key of the contract with its type
/// (`Document(wire:replacing:)`); a plugin may add keys and change values. Failures become
/// errors of this stage, so the pipeline applies the stage's `on_error` to them.
public struct PluginStage: Stage, PluginDescribing, LongRunningStage {
    /// The manifest's name.
    public let name: String
    /// The manifest's version (the handshake must agree).
    public let version: String
    /// The manifest's `needs`.
    public let needs: Set<DocumentKey>
    /// The manifest's `adds`.
    public let adds: Set<DocumentKey>
    /// The plugin's folder.
    public let pluginPath: String
    /// How long one document may take.
    public let timeoutMilliseconds: Int
    /// How many processes serve the stage.
    public let instances: Int
    private let options: JSONValue
    private let supervision: PluginSupervision
    private let pool: PluginPool

    /// The stage for the plugin `manifest` in `folder`, with a configuration entry's settings.
    public init(manifest: PluginManifest, launch: PluginLaunch, entry: StageConfiguration,
                supervision: PluginSupervision = PluginSupervision()) throws(PluginOptionError) {
        name = manifest.name
        version = manifest.version
        needs = manifest.needs
        adds = manifest.adds
        pluginPath = launch.folder
        timeoutMilliseconds = entry.timeoutMilliseconds ?? manifest.timeoutMilliseconds
        instances = entry.instances ?? 1
        options = try manifest.mergedOptions(entry.options)
        var supervision = supervision
        supervision.startTimeout = max(supervision.startTimeout, .milliseconds(timeoutMilliseconds))
        self.supervision = supervision
        var logger = Logger(label: "articled.plugin")
        logger[metadataKey: "plugin"] = "\(manifest.name)"
        let slots = (0..<instances).map { PluginSlot(index: $0, launch: launch, manifest: manifest, logger: logger) }
        pool = PluginPool(name: manifest.name, slots: slots, supervision: supervision, logger: logger)
    }

    /// Sends `document` to a free process of the plugin and takes its checked reply.
    ///
    /// - Throws: `PluginFailure` (timeout, crash, garbage, error reply, broken contract, down).
    public func process(_ document: inout Document) async throws {
        let (slot, notBefore) = try await pool.acquire()
        let reply: PluginProtocol.Reply
        do throws(PluginFailure) {
            reply = try await slot.send(document.wireJSON, options: options, timeoutMilliseconds: timeoutMilliseconds,
                                        startTimeout: supervision.startTimeout, notBefore: notBefore)
        } catch {
            await pool.release(slot, after: error)
            throw error
        }
        await pool.release(slot, after: nil)
        switch reply {
        case .error(let message):
            throw PluginFailure.pluginError(message)
        case .document(let json):
            do {
                document = try Document(wire: json, replacing: document)
            } catch {
                throw PluginFailure.contractBroken(error.description)
            }
        }
    }

    /// Starts the stage's plugin processes and completes their handshakes.
    public func start() async throws {
        try await pool.startAll()
    }

    /// Kills the stage's plugin processes and waits until they are gone.
    public func stop() async {
        await pool.stopAll()
    }

    /// Starts a process and completes the handshake (`articled check`).
    public func check() async throws(PluginFailure) {
        try await pool.probe()
    }

    /// Whether too many failures in a row have stopped the stage.
    public var isDown: Bool {
        get async { await pool.isDown }
    }
}
