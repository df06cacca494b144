import CLinux
import Glibc
import Synchronization

/// Writes and moves files so that a crash at any instant leaves either the old state or the
/// new one, never a partial file: temporary name, `fsync`, `rename`, `fsync` of the folder.
enum DurableFile {
    private static let counter = Atomic<UInt64>(0)

    /// This process's id, for temporary names (glibc no longer caches `getpid`).
    private static let processID = getpid()

    /// Whether writes are flushed to the disk; tests and benchmarks may turn it off.
    nonisolated(unsafe) static var syncEnabled = true

    /// Creates `path`'s folder and any missing parents.
    static func makeFolders(_ path: String) throws(FileSystemError) {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw FileSystemError("mkdir", path) }
        let parent = parentFolder(path)
        guard parent != path else { throw FileSystemError("mkdir", path) }
        try makeFolders(parent)
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw FileSystemError("mkdir", path) }
    }

    /// The folder part of `path`.
    static func parentFolder(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        if slash == path.utf8.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The last component of `path`.
    static func fileName(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    /// Writes `bytes` to `path` atomically, replacing any file there; durably unless `sync` is
    /// false (the caller must then flush the file and its folder before relying on it).
    static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644, sync: Bool = true) throws(FileSystemError) {
        let sync = sync && syncEnabled
        let folder = parentFolder(path)
        let n = counter.wrappingAdd(1, ordering: .relaxed).newValue
        let temporary = folder + "/.articled-\(processID)-\(n).tmp"
        var fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if fd < 0 && errno == ENOENT {
            // The folder is made on first use, not checked before every write.
            try makeFolders(folder)
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        }
        guard fd >= 0 else { throw FileSystemError("create", temporary) }
        var written = 0
        let failure: FileSystemError? = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let r = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if r < 0 {
                    if errno == EINTR { continue }
                    return FileSystemError("write", temporary)
                }
                written += r
            }
            if sync && fsync(fd) != 0 { return FileSystemError("fsync", temporary) }
            return nil
        }
        close(fd)
        if let failure {
            unlink(temporary)
            throw failure
        }
        guard rename(temporary, path) == 0 else {
            let error = FileSystemError("rename", path)
            unlink(temporary)
            throw error
        }
        if sync { try syncFolder(folder) }
    }

    /// Moves `source` to `destination` (durably unless `sync` is false), without replacing a
    /// file already there.
    ///
    /// - Returns: false if `destination` exists (nothing moved).
    static func move(_ source: String, to destination: String, sync: Bool = true) throws(FileSystemError) -> Bool {
        let folder = parentFolder(destination)
        var moved = articled_rename_noreplace(source, destination) == 0
        if !moved && errno == ENOENT && access(source, F_OK) == 0 {
            // The destination's folder is made on first use, not checked before every move.
            try makeFolders(folder)
            moved = articled_rename_noreplace(source, destination) == 0
        }
        if !moved {
            switch errno {
            case EEXIST: return false
            case EXDEV: try copyAcross(source, to: destination)
            case EINVAL, ENOSYS:
                // A file system without RENAME_NOREPLACE: check, then rename.
                if access(destination, F_OK) == 0 { return false }
                guard rename(source, destination) == 0 else { throw FileSystemError("rename", destination) }
            default: throw FileSystemError("rename", source)
            }
        }
        if sync {
            try syncFolder(folder)
            try syncFolder(parentFolder(source))
        }
        return true
    }

    /// Copies `source` to another file system durably, then removes it.
    private static func copyAcross(_ source: String, to destination: String) throws(FileSystemError) {
        let fd = open(source, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError("open", source) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let r = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, 65536) }
            if r < 0 && errno == EINTR { continue }
            if r < 0 { close(fd); throw FileSystemError("read", source) }
            if r == 0 { break }
            bytes += chunk[0..<r]
        }
        close(fd)
        if access(destination, F_OK) == 0 { throw FileSystemError("move", destination, code: EEXIST) }
        try write(bytes, to: destination)
        guard unlink(source) == 0 else { throw FileSystemError("unlink", source) }
    }

    /// Flushes a folder's entries (a rename is durable only once its folder is).
    static func syncFolder(_ folder: String) throws(FileSystemError) {
        guard syncEnabled else { return }
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError("open", folder) }
        defer { close(fd) }
        if fsync(fd) != 0 && errno != EINVAL { throw FileSystemError("fsync", folder) }
    }
}
