import Foundation
import Logging

/// Logs what a plugin writes to stderr, line by line, under the plugin's name.
///
/// A dedicated thread per process does the blocking reads, so that a chatty or silent plugin
/// never holds a thread of the cooperative pool; the thread ends when the process's stderr
/// closes (the process and its group are gone).
enum PluginLog {
    /// Reads `fd` until end of file on a thread of its own, logging each line; closes `fd`.
    static func follow(_ fd: Int32, logger: Logger) {
        let thread = Thread {
            var pending: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 8192)
            while true {
                let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                pending.append(contentsOf: chunk[0..<n])
                while let newline = pending.firstIndex(of: 0x0A) {
                    emit(pending[..<newline], logger)
                    pending.removeSubrange(...newline)
                }
                if pending.count > 16384 {
                    emit(pending[...], logger)
                    pending.removeAll()
                }
            }
            if !pending.isEmpty { emit(pending[...], logger) }
            close(fd)
        }
        thread.name = "articled.plugin-stderr"
        thread.start()
    }

    /// Logs one line, unless it is blank.
    private static func emit(_ line: ArraySlice<UInt8>, _ logger: Logger) {
        let text = String(decoding: line, as: UTF8.self)
        guard !text.allSatisfy(\.isWhitespace) else { return }
        logger.info("\(text)", metadata: ["stream": "stderr"])
    }
}
