import Glibc
import Synchronization

/// The ids (SHA-256) of contents already processed, for `skip_duplicates`.
///
/// Kept in memory and appended to a file in the work folder so that it survives restarts.
/// Losing the last few lines in a crash only means a duplicate is processed again, which is
/// harmless, so the file is not synced.
final class SeenContent: Sendable {
    private let file: String
    private let ids: Mutex<Set<String>>

    init(file: String) {
        self.file = file
        var ids = Set<String>()
        if let f = fopen(file, "r") {
            var line: UnsafeMutablePointer<CChar>?
            var capacity = 0
            while getline(&line, &capacity, f) > 0 {
                let id = String(cString: line!).trimmingSuffix()
                if id.utf8.count == 64 { ids.insert(id) }
            }
            free(line)
            fclose(f)
        }
        self.ids = Mutex(ids)
    }

    /// Whether `id` was seen before.
    func contains(_ id: String) -> Bool {
        ids.withLock { $0.contains(id) }
    }

    /// Records `id` as processed.
    func insert(_ id: String) {
        let inserted = ids.withLock { $0.insert(id).inserted }
        guard inserted else { return }
        let fd = open(file, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        let line = Array((id + "\n").utf8)
        _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }
}

extension String {
    fileprivate func trimmingSuffix() -> String {
        var s = self
        while let last = s.utf8.last, last == 0x0A || last == 0x0D || last == 0x20 { s.removeLast() }
        return s
    }
}
