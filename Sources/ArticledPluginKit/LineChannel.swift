import Glibc


/// Newline-delimited JSON over the process's stdin and stdout, with plain `read`/`write`.
///
/// A plugin process does nothing else while it waits for a request, so blocking reads are
/// right here. Each reply is written whole and at once (no buffering left for a flush).
struct LineChannel {
    private var buffer: [UInt8] = []
    private var start = 0
    private var closed = false
    /// Where the search for the next newline resumes, so that a long line is scanned once.
    private var scanned = 0

    /// The next non-empty line without its newline, or nil at end of input.
    mutating func readLine() -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            if let newline = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                scanned = start
                if start > 1 << 20 { buffer.removeSubrange(..<start); start = 0; scanned = 0 }
                if line.isEmpty { continue }
                return line
            }
            scanned = buffer.count
            if closed {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            let n = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { closed = true; continue }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }

    /// Writes `value` as one line on stdout.
    func write(_ value: JSONValue) {
        let bytes = JSONWriter.bytes(value, newline: true)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            done += n
        }
    }

    /// Writes `message` as one line on stderr, which the daemon logs under the plugin's name.
    func writeError(_ message: String) {
        let bytes = Array((message + "\n").utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
