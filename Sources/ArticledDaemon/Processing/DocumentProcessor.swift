import ArticledCore
import Glibc
import Logging
import Synchronization

/// Takes one inbox file from claim to outbox: read, run the pipeline, write the result
/// durably, and only then move the original away; any failure sends the original and the
/// reason to `outbox/failed/`.
final class DocumentProcessor: Sendable {
    let layout: OutboxLayout
    let work: WorkFolder
    private let logger: Logger
    private let settings: Mutex<ProcessingSettings>
    private let seen: SeenContent
    private let stageGate: AsyncGate

    /// A processor running at most `concurrency` documents through the pipeline at once.
    init(layout: OutboxLayout, work: WorkFolder, settings: ProcessingSettings, logger: Logger, concurrency: Int = 1) {
        self.layout = layout
        self.work = work
        self.logger = logger
        self.settings = Mutex(settings)
        self.seen = SeenContent(file: work.root + "/seen-ids")
        self.stageGate = AsyncGate(limit: concurrency)
    }

    /// The pipeline documents run through now.
    var pipeline: Pipeline { settings.withLock { $0.pipeline } }

    /// Replaces the pipeline and rules for the documents that start after this call.
    func update(_ newSettings: ProcessingSettings) {
        settings.withLock { $0 = newSettings }
    }

    /// Claims and processes the inbox file at `path`; nil if another event claimed it first.
    func handle(path: String) async -> ProcessingOutcome? {
        let start = ContinuousClock().now
        let reader = currentReader
        // Claimed and read in one trip to an I/O thread.
        let claimed: Result<(ClaimedFile, Result<Document, InputRejection>)?, FileSystemError> = await IOThreads.run { [work] in
            Result { () throws(FileSystemError) in
                guard let claim = try work.claim(path) else { return nil }
                return (claim, Self.read(claim, with: reader))
            }
        }
        switch claimed {
        case .success(nil): return nil
        case .success(let (claim, read)?): return await handle(claim, read: read, start: start)
        case .failure(let error):
            logger.error("cannot claim file", metadata: ["file": "\(path)", "error": "\(error)"])
            return .stuck
        }
    }

    /// Finishes a claim a previous run left: processed again once; set aside in
    /// `outbox/failed/` if a run already retried it and stopped again (a file that crashes or
    /// hangs the daemon must not stop it at every start).
    func resume(_ claim: ClaimedFile) async -> ProcessingOutcome {
        if claim.wasRetried {
            logger.error("set aside a file the daemon stopped on twice", metadata: ["file": "\(claim.relativePath)"])
            return await fail(claim, stage: "daemon",
                              message: "the daemon stopped twice while processing this file (a crash, a kill or a hang); it was set aside so that it cannot stop the daemon again",
                              id: nil, start: ContinuousClock().now)
        }
        let marked: Result<ClaimedFile, FileSystemError> = await IOThreads.run { [work] in
            Result { () throws(FileSystemError) in try work.markRetry(claim) }
        }
        switch marked {
        case .success(let retried): return await handle(retried)
        case .failure(let error):
            logger.warning("cannot mark a resumed file; processing it unmarked", metadata: ["file": "\(claim.relativePath)", "error": "\(error)"])
            return await handle(claim)
        }
    }

    /// Processes a claimed file to its end.
    func handle(_ claim: ClaimedFile) async -> ProcessingOutcome {
        let start = ContinuousClock().now
        let reader = currentReader
        let read = await IOThreads.run { Self.read(claim, with: reader) }
        return await handle(claim, read: read, start: start)
    }

    /// The reader for the settings now in force.
    private var currentReader: InputReader { InputReader(maxBytes: settings.withLock { $0.maxFileBytes }) }

    /// The document of a claimed file, or why it is not an article.
    private static func read(_ claim: ClaimedFile, with reader: InputReader) -> Result<Document, InputRejection> {
        Result { () throws(InputRejection) in try reader.read(path: claim.path, fileName: claim.fileName) }
    }

    /// Runs a claimed file's document through the pipeline, writes its result, then moves the
    /// original away.
    private func handle(_ claim: ClaimedFile, read: Result<Document, InputRejection>,
                        start: ContinuousClock.Instant) async -> ProcessingOutcome {
        let current = settings.withLock { $0 }
        var document: Document
        switch read {
        case .failure(let rejection):
            return await fail(claim, stage: "input", message: rejection.reason, id: nil, start: start)
        case .success(let d):
            document = d
        }
        if current.skipDuplicates && seen.contains(document.id) {
            let moved = await IOThreads.run { [self, id = document.id] in dispose(claim, id: id, policy: current.originals) }
            logger.info("skipped duplicate", metadata: ["file": "\(claim.relativePath)", "id": "\(document.id)"])
            return moved ? .duplicate : .stuck
        }
        do {
            document = try await stageGate.run { [document] () async throws(StageError) -> Document in
                var working = document
                try await current.pipeline.run(&working)
                return working
            }
        } catch {
            return await fail(claim, stage: error.stage, message: error.message, id: document.id, start: start)
        }
        let result = JSONWriter.bytes(document.resultJSON(processedAt: Timestamp.now()), newline: true)
        let target = layout.resultPath(for: claim.relativePath)
        let id = document.id
        // Written and the original moved away in one trip to an I/O thread. fsync of the result
        // and its folder (0.25 ms here; one syncfs for a batch measured 3 to 70 ms).
        let written: Result<Bool, FileSystemError> = await IOThreads.run { [self] in
            Result { () throws(FileSystemError) -> Bool in
                try DurableFile.write(result, to: target)
                // Seen as soon as its result is visible: a copy dropped from then on is a
                // duplicate, even while this original is still being moved away.
                if current.skipDuplicates { seen.insert(id) }
                return dispose(claim, id: id, policy: current.originals)
            }
        }
        switch written {
        case .failure(let error):
            return await fail(claim, stage: "write", message: "cannot write the result: \(error)", id: id, start: start)
        case .success(false):
            return .stuck
        case .success(true):
            logger.info("processed", metadata: [
                "file": "\(claim.relativePath)", "id": "\(id.prefix(16))",
                "ms": "\(Self.milliseconds(since: start))", "outcome": "ok",
            ])
            return .done
        }
    }

    /// Moves (or deletes) the original after its result is safe; false if it could not.
    /// Runs on an I/O thread.
    private func dispose(_ claim: ClaimedFile, id: String, policy: Configuration.OriginalsPolicy) -> Bool {
        do throws(FileSystemError) {
            switch policy {
            case .delete:
                guard unlink(claim.path) == 0 else { throw FileSystemError("unlink", claim.path) }
            case .keep:
                // No flush: a move lost in a crash leaves the file claimed, and it is
                // processed again (deterministically) at the next start.
                let target = layout.originalPath(for: claim.relativePath)
                if try !DurableFile.move(claim.path, to: target, sync: false) {
                    let other = OutboxLayout.alternative(target, id: id)
                    if try !DurableFile.move(claim.path, to: other, sync: false) {
                        // The same content is kept there already.
                        guard unlink(claim.path) == 0 else { throw FileSystemError("unlink", claim.path) }
                    }
                }
            }
            work.release(claim)
            return true
        } catch {
            logger.error("result written but the original could not be moved; it stays claimed and is retried at the next start",
                         metadata: ["file": "\(claim.relativePath)", "error": "\(error)"])
            return false
        }
    }

    /// Writes the failure report, then moves the original beside it.
    private func fail(_ claim: ClaimedFile, stage: String, message: String, id: String?,
                      start: ContinuousClock.Instant) async -> ProcessingOutcome {
        var report: [String: JSONValue] = [
            "file": .string(claim.fileName),
            "path": .string(claim.relativePath),
            "stage": .string(stage),
            "error": .string(message),
            "time": .string(Timestamp.now()),
        ]
        if let id { report["id"] = .string(id) }
        let bytes = JSONWriter.bytes(.object(report), newline: true)
        let paths = layout.failedPaths(for: claim.relativePath)
        let placed: Result<String, FileSystemError> = await IOThreads.run { () -> Result<String, FileSystemError> in
            Result { () throws(FileSystemError) -> String in
                var original = paths.original
                var reportPath = paths.report
                if FileSignature(path: original) != nil {
                    // An earlier failure of the same name is kept: this one goes beside it.
                    let suffix = id ?? "\(Timestamp.now())"
                    original = OutboxLayout.alternative(original, id: suffix)
                    reportPath = DurableFile.parentFolder(original) + "/" + OutboxLayout.fitting(DurableFile.fileName(original), suffix: ".error.json")
                }
                try DurableFile.write(bytes, to: reportPath)
                return original
            }
        }
        var error: FileSystemError?
        switch placed {
        case .failure(let e): error = e
        case .success(let original):
            error = await IOThreads.run { [work] () -> FileSystemError? in
                do throws(FileSystemError) {
                    if try !DurableFile.move(claim.path, to: original, sync: false) {
                        throw FileSystemError("move", original, code: EEXIST)
                    }
                    work.release(claim)
                    return nil
                } catch {
                    return error
                }
            }
        }
        if let error {
            logger.error("cannot write the failure report; the file stays claimed and is retried at the next start",
                         metadata: ["file": "\(claim.relativePath)", "stage": "\(stage)", "reason": "\(message)", "error": "\(error)"])
            return .stuck
        }
        logger.error("failed", metadata: [
            "file": "\(claim.relativePath)", "stage": "\(stage)", "reason": "\(message)",
            "ms": "\(Self.milliseconds(since: start))", "outcome": "failed",
        ])
        return .failed(stage: stage)
    }

    private static func milliseconds(since start: ContinuousClock.Instant, _ clock: ContinuousClock = ContinuousClock()) -> String {
        let d = clock.now - start
        let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        return String(Double(Int(ms * 100)) / 100)
    }
}
