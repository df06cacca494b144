import Glibc
import Synchronization

/// The daemon's private folder inside the inbox, where files are claimed.
///
/// A claim renames the input to `claimed/<token>/<relative path>`: one atomic step on the
/// inbox's own file system that makes the file the daemon's alone, and keeps the relative
/// path so that a restart after a crash can finish the job.
final class WorkFolder: Sendable {
    let root: String
    let inbox: String
    private let claimed: String
    private let token: String
    private let counter = Atomic<UInt64>(0)

    init(root: String, inbox: String) {
        self.root = root
        self.inbox = inbox
        self.claimed = root + "/claimed"
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        self.token = "\(ts.tv_sec)\(ts.tv_nsec / 1000)-\(getpid())"
    }

    /// Creates the folder if needed.
    func prepare() throws(FileSystemError) {
        try DurableFile.makeFolders(claimed)
    }

    /// The path of an inbox file relative to the inbox, or nil if it is not inside it.
    func relativePath(of path: String) -> String? {
        let prefix = inbox.hasSuffix("/") ? inbox : inbox + "/"
        guard path.hasPrefix(prefix), path.count > prefix.count else { return nil }
        return String(path.dropFirst(prefix.count))
    }

    /// Claims the inbox file at `path`; nil if it is gone (another event claimed it first).
    func claim(_ path: String) throws(FileSystemError) -> ClaimedFile? {
        guard let relative = relativePath(of: path) else { return nil }
        let n = counter.wrappingAdd(1, ordering: .relaxed).newValue
        let claim = ClaimedFile(claimFolder: claimed + "/\(token)-\(n)", relativePath: relative)
        let destination = claim.path
        try DurableFile.makeFolders(DurableFile.parentFolder(destination))
        if rename(path, destination) != 0 {
            let code = errno
            release(claim)
            if code == ENOENT { return nil }
            throw FileSystemError("claim (rename)", path, code: code)
        }
        return claim
    }

    /// Removes a claim's (now empty) folders once its file has been moved out.
    func release(_ claim: ClaimedFile) {
        var folder = DurableFile.parentFolder(claim.path)
        while folder.count >= claim.claimFolder.count {
            if rmdir(folder) != 0 { break }
            folder = DurableFile.parentFolder(folder)
        }
    }

    /// Marks a claim left by a previous run as being retried, durably, before it is processed
    /// again: if this run stops too before finishing it, the next one sets it aside.
    func markRetry(_ claim: ClaimedFile) throws(FileSystemError) -> ClaimedFile {
        let marked = ClaimedFile(claimFolder: claim.claimFolder + ClaimedFile.retrySuffix, relativePath: claim.relativePath)
        if rename(claim.claimFolder, marked.claimFolder) != 0 {
            throw FileSystemError("mark retry (rename)", claim.claimFolder, code: errno)
        }
        try DurableFile.syncFolder(claimed)
        return marked
    }

    /// The claims a previous run left unfinished, oldest first.
    func unfinishedClaims() -> [ClaimedFile] {
        var claims: [ClaimedFile] = []
        guard let dir = opendir(claimed) else { return [] }
        var folders: [String] = []
        while let entry = readdir(dir) {
            let name = entry.pointee.name
            if name != "." && name != ".." { folders.append(claimed + "/" + name) }
        }
        closedir(dir)
        for folder in folders.sorted() {
            let files = Self.allEntries(below: folder)
            if files.isEmpty {
                release(ClaimedFile(claimFolder: folder, relativePath: "x"))
                Self.removeEmptyTree(folder)
            }
            for file in files {
                claims.append(ClaimedFile(claimFolder: folder, relativePath: String(file.dropFirst(folder.count + 1))))
            }
        }
        return claims
    }

    /// Every non-folder entry below `folder`, hidden names included (a claim keeps any name).
    private static func allEntries(below folder: String) -> [String] {
        var out: [String] = []
        var stack = [folder]
        while let current = stack.popLast() {
            guard let dir = opendir(current) else { continue }
            while let entry = readdir(dir) {
                let name = entry.pointee.name
                if name == "." || name == ".." { continue }
                let path = current + "/" + name
                var st = stat()
                guard lstat(path, &st) == 0 else { continue }
                if (st.st_mode & S_IFMT) == S_IFDIR { stack.append(path) } else { out.append(path) }
            }
            closedir(dir)
        }
        return out.sorted()
    }

    private static func removeEmptyTree(_ folder: String) {
        for sub in DirectoryWalker.walk(folder).folders.reversed() { rmdir(sub) }
        rmdir(folder)
    }
}
