import ArticledCore
import ArticledStages
import Glibc
import Logging
import Prometheus
import ServiceLifecycle
import UnixSignals

/// The daemon: watches the inbox, processes each complete file once, writes the outbox.
///
/// Start-up order matters for "exactly once, nothing lost": claims left by a crash are
/// finished first (one at a time; a file the daemon stopped on twice goes to
/// `outbox/failed/` instead of stopping it again), then the watcher starts, then the inbox is scanned (so a file dropped
/// while the daemon was down, or between the two steps, is seen), and only then is the
/// service reported ready. A graceful shutdown stops taking files, lets the documents in
/// flight finish within the grace time and leaves everything else in the inbox.
///
/// Under systemd it speaks the notify protocol (READY, STATUS, STOPPING, RELOADING,
/// WATCHDOG); the watchdog keep-alive is sent only while the work loop makes progress
/// (see `WorkLiveness`). With `metrics_file` set it writes Prometheus metrics there.
public final class ArticleDaemon: Service, Sendable {
    /// Reads the configuration again, for a reload (SIGHUP).
    public typealias ConfigurationSource = @Sendable () throws -> Configuration

    private let configuration: Configuration
    private let factory: PipelineFactory
    private let reloadSource: ConfigurationSource?
    private let logger: Logger
    private let notifier: SystemdNotifier
    private let counters = DaemonCounters()
    private let metrics: DaemonMetrics
    private let liveness: WorkLiveness

    /// How often the metrics file is refreshed (when something changed).
    static let metricsInterval = Duration.seconds(5)

    /// A daemon for `configuration`, whose stages `factory` makes; `reloadSource` is read on SIGHUP.
    ///
    /// - Parameters:
    ///   - metricsRegistry: where the metrics are kept (the one the global `MetricsSystem`
    ///     renders into, so that metrics made elsewhere land in the same file).
    ///   - stuckLimit: how long one document may take before the watchdog keep-alive stops;
    ///     by default derived from the configured stages.
    public init(configuration: Configuration, factory: PipelineFactory, reloadSource: ConfigurationSource?,
                logger: Logger, notifier: SystemdNotifier,
                metricsRegistry: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
                stuckLimit: Duration? = nil) {
        self.configuration = configuration
        self.factory = factory
        self.reloadSource = reloadSource
        self.logger = logger
        self.notifier = notifier
        self.metrics = DaemonMetrics(registry: metricsRegistry)
        self.liveness = WorkLiveness(limit: stuckLimit ?? WorkLiveness.limit(for: configuration))
    }

    /// Runs until a graceful shutdown (SIGTERM, SIGINT); throws if the daemon cannot start
    /// (an invalid pipeline, a folder it cannot create or watch).
    public func run() async throws {
        // SIGHUP is trapped before READY=1, so that an early reload cannot kill the process.
        let reloads = await UnixSignalsSequence(trapping: .sighup)
        // The pipeline lives in the processor's settings only, so that a reload releases it
        // (and with it the plugin processes of its stages).
        var initial: Pipeline? = try factory.make(configuration)
        registerMetrics(initial!)
        let stageNames = initial?.stageNames ?? []
        DurableFile.syncEnabled = configuration.durableWrites
        let inbox = try Self.absoluteFolder(configuration.inbox)
        let outbox = try Self.absoluteFolder(configuration.outbox)
        let workRoot = configuration.workFolder.map { (try? Self.absoluteFolder($0)) ?? $0 } ?? inbox + "/.articled"
        let work = WorkFolder(root: workRoot, inbox: inbox)
        try work.prepare()
        let layout = OutboxLayout(root: outbox)
        try DurableFile.makeFolders(layout.failedFolder)
        let stale = StaleTemporaryFiles.sweep(outbox)
        if stale > 0 { logger.notice("removed temporary files a previous run left half-written", metadata: ["count": "\(stale)"]) }
        var measured: Pipeline? = MeasuredStage.measuring(initial.take()!, into: metrics)
        let processor = DocumentProcessor(layout: layout, work: work,
                                          settings: ProcessingSettings(configuration: configuration, pipeline: measured.take()!),
                                          logger: logger, concurrency: configuration.effectiveConcurrency)
        let intake = Intake(settle: .milliseconds(configuration.settleMilliseconds))
        let concurrency = configuration.effectiveConcurrency

        // 1. Claims a crash left behind, one at a time: if one of them crashes the daemon
        // again, it alone is marked as retried, and set aside at the next start.
        let unfinished = work.unfinishedClaims()
        if !unfinished.isEmpty {
            logger.notice("resuming files claimed before a stop", metadata: ["count": "\(unfinished.count)"])
            for claim in unfinished {
                let token = liveness.begin(file: claim.relativePath)
                record(await processor.resume(claim))
                liveness.end(token)
            }
        }

        // 2. The watcher, 3. the scan.
        let excluded: Set<String> = [workRoot]
        let (events, stopWatching) = try startWatching(inbox: inbox, excluding: excluded)
        let pump = Task {
            for await event in events { await self.take(event, inbox: inbox, excluded: excluded, intake: intake) }
            // The stream ends only when the watcher stops: during a shutdown, or because it failed.
            if !Task.isCancelled {
                self.logger.error("the inbox watcher stopped: new files are no longer seen (was the inbox removed?); restart the daemon",
                                  metadata: ["inbox": "\(inbox)"])
                self.liveness.watcherStopped()
            }
        }
        for file in DirectoryWalker.walk(inbox, excluding: excluded).files {
            await intake.offer(file, settled: false)
        }

        let workers = Task {
            await withDiscardingTaskGroup { group in
                // More documents in flight than run stages: the others wait on the disk meanwhile.
                for _ in 0..<Self.documentsInFlight(concurrency: concurrency) {
                    group.addTask {
                        while let path = await intake.next() {
                            self.counters.inFlight.add(1, ordering: .relaxed)
                            let token = self.liveness.begin(file: path)
                            let outcome = await processor.handle(path: path)
                            self.liveness.end(token)
                            self.counters.inFlight.subtract(1, ordering: .relaxed)
                            self.record(outcome)
                        }
                    }
                }
            }
        }
        let reloader = Task {
            for await _ in reloads { self.reload(processor: processor) }
        }
        let metricsWriter = configuration.metricsFile.map { MetricsFile(path: $0) }
        let metricsLoop = metricsWriter.map { writer in
            Task { await self.writeMetrics(to: writer, inbox: inbox, excluded: excluded) }
        }

        await BuiltinStages.warmUp()
        await startStages(of: processor.pipeline)
        logger.notice("watching", metadata: [
            "inbox": "\(inbox)", "outbox": "\(outbox)", "stages": "\(stageNames.joined(separator: ","))",
            "concurrency": "\(concurrency)",
        ])
        notifier.ready(status: "watching \(inbox); \(counters.summary)")
        // systemd's watchdog starts counting at READY=1.
        let pulse = Task { await self.keepAlive(intake: intake) }

        try? await gracefulShutdown()

        pulse.cancel()
        await pulse.value
        notifier.stopping()
        await intake.close()
        // Logged once true: a file dropped from now on stays in the inbox for the next start.
        logger.notice("stopping: no new files are taken", metadata: ["in_flight": "\(counters.inFlight.load(ordering: .relaxed))"])
        reloader.cancel()
        metricsLoop?.cancel()
        let finished = await Self.wait(for: workers, atMost: .seconds(configuration.shutdownGraceSeconds))
        if !finished {
            logger.warning("grace time over: documents in flight stay claimed and are finished at the next start",
                           metadata: ["in_flight": "\(counters.inFlight.load(ordering: .relaxed))"])
        }
        pump.cancel()
        await stopWatching()
        await Self.stopStages(of: processor.pipeline)
        if let metricsWriter {
            await metricsLoop?.value
            await writeMetricsOnce(to: metricsWriter, inbox: inbox, excluded: excluded)
        }
        logger.notice("stopped", metadata: ["done": "\(counters.done.load(ordering: .relaxed))", "failed": "\(counters.failed.load(ordering: .relaxed))"])
    }

    /// Starts inotify, or polling where inotify cannot see changes; returns the events and a stop.
    private func startWatching(inbox: String, excluding excluded: Set<String>) throws
        -> (AsyncStream<InboxEvent>, @Sendable () async -> Void)
    {
        var mode = configuration.watch
        if mode == .auto {
            if let kind = FileSystemKind.networkFileSystem(at: inbox) {
                logger.warning("the inbox is on a network file system: polling instead of inotify",
                               metadata: ["file_system": "\(kind)", "interval_ms": "\(configuration.pollIntervalMilliseconds)"])
                mode = .poll
            } else {
                mode = .inotify
            }
        }
        if mode == .inotify {
            let watcher = InboxWatcher(root: inbox, excluding: excluded)
            do {
                let events = try watcher.start()
                return (events, { await IOThreads.run { watcher.stop() } })
            } catch {
                guard configuration.watch == .auto else { throw error }
                logger.error("inotify failed; polling instead", metadata: ["error": "\(error)"])
            }
        } else if configuration.watch == .poll {
            logger.notice("polling the inbox", metadata: ["interval_ms": "\(configuration.pollIntervalMilliseconds)"])
        }
        let poller = InboxPoller(root: inbox, excluding: excluded, interval: .milliseconds(configuration.pollIntervalMilliseconds))
        return (poller.events(), {})
    }

    private func take(_ event: InboxEvent, inbox: String, excluded: Set<String>, intake: Intake) async {
        switch event {
        case .renamedIn(let path):
            await intake.offer(path, settled: true)
        case .written(let path):
            await intake.offer(path, settled: false)
        case .folderAppeared(let folder):
            for file in DirectoryWalker.walk(folder, excluding: excluded).files {
                await intake.offer(file, settled: false)
            }
        case .overflow:
            logger.warning("inotify queue overflowed: rescanning the inbox")
            for file in DirectoryWalker.walk(inbox, excluding: excluded).files {
                await intake.offer(file, settled: false)
            }
        }
    }

    /// Reads the configuration again; an invalid one is logged and the old one kept.
    private func reload(processor: DocumentProcessor) {
        guard let reloadSource else { return }
        notifier.reloading()
        do {
            let fresh = try reloadSource()
            let pipeline = try factory.make(fresh)
            registerMetrics(pipeline)
            processor.update(ProcessingSettings(configuration: fresh, pipeline: MeasuredStage.measuring(pipeline, into: metrics)))
            if fresh.inbox != configuration.inbox || fresh.outbox != configuration.outbox
                || fresh.effectiveConcurrency != configuration.effectiveConcurrency || fresh.watch != configuration.watch
                || fresh.metricsFile != configuration.metricsFile {
                logger.warning("reloaded; changes to inbox, outbox, concurrency, watch or metrics_file take effect at the next start")
            }
            logger.notice("configuration reloaded", metadata: ["stages": "\(pipeline.stageNames.joined(separator: ","))"])
        } catch {
            logger.error("reload refused; keeping the running configuration", metadata: ["error": "\(error)"])
        }
        notifier.ready(status: "reloaded; \(counters.summary)")
    }

    /// Sends the watchdog keep-alive and the status line, only while the work loop is alive.
    ///
    /// Each round first awaits the intake actor (a blocked actor stops the keep-alive by
    /// itself), then asks `WorkLiveness` whether a worker is stuck on one document or the
    /// watcher has ended; `WATCHDOG=1` is sent only when both answers are good, so systemd
    /// restarts a daemon that no longer makes progress.
    private func keepAlive(intake: Intake) async {
        guard notifier.isActive else { return }
        let interval = notifier.watchdogInterval ?? .seconds(5)
        var lastStatus = ""
        var lastVerdict = WorkLiveness.Verdict.alive
        while !Task.isCancelled {
            let backlog = await intake.backlog
            let verdict = liveness.verdict()
            var status = "\(counters.summary) backlog=\(backlog)"
            switch verdict {
            case .alive:
                break
            case .stuckDocument(let file, let seconds):
                status = "stuck on \(file) for \(seconds)s; \(status)"
            case .watcherEnded:
                status = "the inbox watcher ended; \(status)"
            }
            if verdict != lastVerdict {
                if verdict == .alive {
                    logger.notice("the work loop makes progress again")
                } else {
                    logger.error("the work loop is stuck: watchdog keep-alive withheld", metadata: ["reason": "\(verdict)"])
                }
                lastVerdict = verdict
            }
            if status != lastStatus {
                notifier.status(status)
                lastStatus = status
            }
            if verdict == .alive && notifier.watchdogInterval != nil { notifier.watchdog() }
            try? await Task.sleep(for: interval)
        }
    }

    /// Counts an outcome in the status line and the metrics.
    private func record(_ outcome: ProcessingOutcome?) {
        counters.record(outcome)
        metrics.record(outcome)
    }

    /// Shows the pipeline's stages and plugins in the metrics from the start.
    private func registerMetrics(_ pipeline: Pipeline) {
        let names = pipeline.stageNames
        metrics.register(stages: names, plugins: names.filter { !BuiltinStages.names.contains($0) })
    }

    /// Refreshes the metrics file every few seconds, when something changed.
    private func writeMetrics(to writer: MetricsFile, inbox: String, excluded: Set<String>) async {
        while !Task.isCancelled {
            await writeMetricsOnce(to: writer, inbox: inbox, excluded: excluded)
            try? await Task.sleep(for: Self.metricsInterval)
        }
    }

    /// Measures the inbox and writes the metrics file if its text changed, on the I/O threads
    /// (a walk of a large backlog must not hold a thread of the cooperative pool).
    private func writeMetricsOnce(to writer: MetricsFile, inbox: String, excluded: Set<String>) async {
        let failure: FileSystemError? = await IOThreads.run { [metrics, counters] () -> FileSystemError? in
            let backlog = InboxBacklog.measure(inbox: inbox, excluding: excluded)
            metrics.recordInbox(backlog: backlog.files, oldestAgeSeconds: backlog.oldestAgeSeconds,
                                inFlight: counters.inFlight.load(ordering: .relaxed))
            do throws(FileSystemError) {
                try writer.write(metrics.render())
                return nil
            } catch {
                return error
            }
        }
        if let failure {
            logger.warning("cannot write the metrics file", metadata: ["file": "\(writer.path)", "error": "\(failure)"])
        }
    }

    /// How many documents may be in flight for `concurrency` running stages: enough that the
    /// disk's waits (an fsync takes from a fraction of a millisecond to hundreds under load)
    /// overlap the stages' work, few enough to bound memory and file descriptors.
    static func documentsInFlight(concurrency: Int) -> Int {
        min(256, max(8, concurrency * 8))
    }

    /// Starts what the pipeline's stages keep running (plugin processes), so that READY=1 means
    /// they are up; a stage that cannot start is logged and retried by its first document.
    private func startStages(of pipeline: Pipeline) async {
        for step in pipeline.steps {
            let stage = (step.stage as? MeasuredStage)?.inner ?? step.stage
            guard let running = stage as? any LongRunningStage else { continue }
            do {
                try await running.start()
            } catch {
                logger.error("stage could not start; its documents follow on_error until it does",
                             metadata: ["stage": "\(stage.name)", "error": "\(error)"])
            }
        }
    }

    /// Releases what the pipeline's stages hold (plugin processes), once no document runs.
    private static func stopStages(of pipeline: Pipeline) async {
        for step in pipeline.steps {
            let stage = (step.stage as? MeasuredStage)?.inner ?? step.stage
            if let running = stage as? any LongRunningStage { await running.stop() }
        }
    }

    private static func wait(for task: Task<Void, Never>, atMost limit: Duration) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask { await task.value; return true }
            group.addTask { try? await Task.sleep(for: limit); return false }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }

    /// `path` made absolute and real (created if missing), so that event paths compare equal.
    static func absoluteFolder(_ path: String) throws(FileSystemError) -> String {
        try DurableFile.makeFolders(path)
        guard let resolved = realpath(path, nil) else { throw FileSystemError("realpath", path) }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
