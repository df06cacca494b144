import ArticledCore
import Glibc
import Logging

/// One of a plugin stage's `instances`: a process (started on demand) and the thread that talks to it.
///
/// Every blocking step (spawn, handshake, writing a request, waiting for its reply) runs on
/// the slot's own thread (`PluginThread`), so that a slow plugin holds that thread and never
/// one of Swift's cooperative pool. The pool hands a slot to one document at a time.
final class PluginSlot: @unchecked Sendable {
    private let thread: PluginThread
    private let launch: PluginLaunch
    private let manifest: PluginManifest
    private let logger: Logger
    private var process: PluginProcess?
    private var nextID = 0

    /// Slot `index` of the plugin `manifest`, started with `launch`, logging to `logger`.
    init(index: Int, launch: PluginLaunch, manifest: PluginManifest, logger: Logger) {
        thread = PluginThread(name: "articled.plugin.\(manifest.name).\(index)")
        self.launch = launch
        self.manifest = manifest
        var logger = logger
        logger[metadataKey: "instance"] = "\(index)"
        self.logger = logger
    }

    /// Sends `document` and returns the plugin's reply; a failure that kills the process is
    /// thrown after the process (and its group) has been killed and reaped.
    ///
    /// - Parameter notBefore: when a process must be started, the earliest time (back-off).
    func send(_ document: JSONValue, options: JSONValue, timeoutMilliseconds: Int, startTimeout: Duration,
              notBefore: ContinuousClock.Instant?) async throws(PluginFailure) -> PluginProtocol.Reply {
        let result: Result<PluginProtocol.Reply, PluginFailure> = await withCheckedContinuation { continuation in
            thread.async {
                continuation.resume(returning: Result { () throws(PluginFailure) -> PluginProtocol.Reply in
                    try self.exchange(document, options: options, timeoutMilliseconds: timeoutMilliseconds,
                                      startTimeout: startTimeout, notBefore: notBefore)
                })
            }
        }
        return try result.get()
    }

    /// Starts a process and completes the handshake, then stops it: what `articled check` does.
    func probe(startTimeout: Duration) async throws(PluginFailure) {
        let result: Result<Void, PluginFailure> = await withCheckedContinuation { continuation in
            thread.async {
                continuation.resume(returning: Result { () throws(PluginFailure) in
                    _ = try self.running(startTimeout: startTimeout, notBefore: nil)
                    self.stop()
                })
            }
        }
        try result.get()
    }

    /// Starts the process and completes the handshake, keeping it for the documents to come.
    func start(startTimeout: Duration) async throws(PluginFailure) {
        let result: Result<Void, PluginFailure> = await withCheckedContinuation { continuation in
            thread.async {
                continuation.resume(returning: Result { () throws(PluginFailure) in
                    _ = try self.running(startTimeout: startTimeout, notBefore: nil)
                })
            }
        }
        try result.get()
    }

    /// Kills the process, if any, once its current work is done, and waits until it has.
    func stopAndWait() async {
        await withCheckedContinuation { continuation in
            thread.async {
                self.stop()
                continuation.resume()
            }
        }
    }

    /// Kills the process, if any, on the slot's thread once its current work is done.
    func stopSoon() {
        thread.async { self.stop() }
    }

    /// Kills the process, if any; the next document starts a fresh one. On the slot's thread only.
    private func stop() {
        process?.finish()
        process = nil
    }

    /// One request and its reply on the live process; kills the process on a failure that requires it.
    private func exchange(_ document: JSONValue, options: JSONValue, timeoutMilliseconds: Int, startTimeout: Duration,
                          notBefore: ContinuousClock.Instant?) throws(PluginFailure) -> PluginProtocol.Reply {
        let process = try running(startTimeout: startTimeout, notBefore: notBefore)
        nextID += 1
        let id = nextID
        let request = PluginProtocol.request(id: id, document: document, options: options)
        do throws(PluginFailure) {
            // The plugin's time starts once the request is ready to be written.
            let deadline = ContinuousClock.now.advanced(by: .milliseconds(timeoutMilliseconds))
            let line = try process.exchange(request, deadline: deadline, timeoutMilliseconds: timeoutMilliseconds)
            return try PluginProtocol.reply(line, id: id)
        } catch {
            let how = process.finish()
            self.process = nil
            logger.warning("plugin process killed", metadata: ["reason": "\(error)", "pid": "\(process.pid)", "exit": "\(how)"])
            throw error
        }
    }

    /// The live process, started (after `notBefore`) and greeted if there is none.
    private func running(startTimeout: Duration, notBefore: ContinuousClock.Instant?) throws(PluginFailure) -> PluginProcess {
        if let process { return process }
        if let notBefore, ContinuousClock.now < notBefore {
            let wait = ContinuousClock.now.duration(to: notBefore)
            var request = timespec(tv_sec: Int(wait.components.seconds), tv_nsec: Int(wait.components.attoseconds / 1_000_000_000))
            var remaining = timespec()
            while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
        }
        let started = try PluginProcess.start(launch, logger: logger)
        do throws(PluginFailure) {
            let deadline = ContinuousClock.now.advanced(by: startTimeout)
            let reply = try started.exchange(PluginProtocol.handshake(plugin: manifest.name), deadline: deadline,
                                             timeoutMilliseconds: milliseconds(startTimeout))
            try PluginProtocol.checkHandshake(reply, manifest: manifest)
        } catch {
            let how = started.finish()
            let failure: PluginFailure = if case .timedOut = error { .startFailed("no handshake within \(milliseconds(startTimeout)) ms") } else { error }
            logger.warning("plugin failed to start", metadata: ["reason": "\(failure)", "exit": "\(how)"])
            throw failure
        }
        logger.info("plugin process started", metadata: ["pid": "\(started.pid)", "version": "\(manifest.version)"])
        process = started
        return started
    }

    /// A duration in whole milliseconds, for messages.
    private func milliseconds(_ d: Duration) -> Int { Int(d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000) }
}
