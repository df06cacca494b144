/// Writes the metrics as a text file for node_exporter's textfile collector.
///
/// The file is replaced atomically (temporary name, rename), so the collector never reads a
/// half-written file, and only when the rendering changed, so an idle daemon does not write.
final class MetricsFile: Sendable {
    /// Where the file goes (node_exporter reads `*.prom` files in its textfile folder).
    let path: String
    private let lastWritten = LastValue()

    /// A writer for `path`.
    init(path: String) {
        self.path = path
    }

    /// Writes `text` unless it is what was written last; returns whether it wrote.
    @discardableResult
    func write(_ text: String) throws(FileSystemError) -> Bool {
        guard lastWritten.replace(with: text) else { return false }
        do {
            try DurableFile.write(Array(text.utf8), to: path, mode: 0o644)
        } catch {
            lastWritten.forget()
            throw error
        }
        return true
    }
}
