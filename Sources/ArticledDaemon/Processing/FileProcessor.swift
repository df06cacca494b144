import ArticledCore

/// Processes files given on the command line once, with the daemon's pipeline and rules,
/// without touching the inputs (`articled process`).
public struct FileProcessor: Sendable {
    /// Why one file produced no result.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var stage: String
        public var message: String
        public var description: String { "\(file): \(stage == "input" ? "" : "stage '\(stage)' failed: ")\(message)" }
    }

    private let pipeline: Pipeline
    private let reader: InputReader

    /// A processor running `pipeline`, refusing inputs over `maxFileBytes`.
    public init(pipeline: Pipeline, maxFileBytes: Int) {
        self.pipeline = pipeline
        self.reader = InputReader(maxBytes: maxFileBytes)
    }

    /// The result of the file at `path`, as the UTF-8 JSON the outbox holds.
    public func result(ofFile path: String) async throws(Failure) -> [UInt8] {
        let name = DurableFile.fileName(path)
        let document: Document
        do {
            document = try reader.read(path: path, fileName: name)
        } catch {
            throw Failure(file: path, stage: "input", message: error.reason)
        }
        return try await run(document, file: path)
    }

    /// The result of `bytes` read from standard input, as if from a file named `name`.
    public func result(ofBytes bytes: [UInt8], name: String) async throws(Failure) -> [UInt8] {
        let document: Document
        do {
            let ext = name.dropFirst(OutboxLayout.stem(name).count + 1)
            document = try reader.document(bytes: bytes, fileName: name, format: InputFormat(fileExtension: String(ext)) ?? .text)
        } catch {
            throw Failure(file: name, stage: "input", message: error.reason)
        }
        return try await run(document, file: name)
    }

    /// Writes `result` for an input named `fileName` into `outbox`, atomically; returns its path.
    public func write(_ result: [UInt8], for fileName: String, outbox: String) throws -> String {
        let path = OutboxLayout(root: outbox).resultPath(for: fileName)
        try DurableFile.write(result, to: path)
        return path
    }

    private func run(_ input: Document, file: String) async throws(Failure) -> [UInt8] {
        var document = input
        do {
            try await pipeline.run(&document)
        } catch {
            throw Failure(file: file, stage: error.stage, message: error.message)
        }
        return JSONWriter.bytes(document.resultJSON(processedAt: Timestamp.now()), newline: true)
    }
}
