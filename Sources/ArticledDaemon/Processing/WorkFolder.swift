import Glibc
import Synchronization

/// The daemon's private folder inside the inbox, where files are claimed.
///
/// A claim renames the input to `claimed/<token>-<slot>/<relative path>`: one atomic step on
/// the inbox's own file system that makes the file the daemon's alone, and keeps the relative
/// path so that a restart after a crash can finish the job.
///
/// A slot is a claim folder this run reuses once its file has moved out: one folder per
/// document in flight, made once, instead of a folder made and removed for every document
/// (on ext4 without a journal, every removed folder also slows the next file creations, which
/// step over recently freed inodes).
final class WorkFolder: Sendable {
    let root: String
    let inbox: String
    private let claimed: String
    private let token: String
    /// Work folders made by this process, so that two never share a token.
    private static let instances = Atomic<Int>(0)
    /// Slots whose folders exist and are empty, and the number of slots made so far.
    private let slots = Mutex<(free: [Int], made: Int)>(([], 0))

    init(root: String, inbox: String) {
        self.root = root
        self.inbox = inbox
        self.claimed = root + "/claimed"
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        let instance = Self.instances.wrappingAdd(1, ordering: .relaxed).newValue
        self.token = "\(ts.tv_sec)\(ts.tv_nsec / 1000)-\(getpid())-\(instance)"
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
        let slot = slots.withLock { slots -> Int in
            if let slot = slots.free.popLast() { return slot }
            slots.made += 1
            return slots.made
        }
        let claim = ClaimedFile(claimFolder: slotFolder(slot), relativePath: relative)
        let destination = claim.path
        var code: Int32 = 0
        if rename(path, destination) != 0 {
            code = errno
            // The folder (a new slot's, or a subfolder's) is made on first use, as results' are.
            if code == ENOENT && access(path, F_OK) == 0 {
                do throws(FileSystemError) {
                    try DurableFile.makeFolders(DurableFile.parentFolder(destination))
                } catch {
                    release(claim)
                    throw error
                }
                code = rename(path, destination) == 0 ? 0 : errno
            }
        }
        guard code != 0 else { return claim }
        release(claim)
        if code == ENOENT { return nil }
        throw FileSystemError("claim (rename)", path, code: code)
    }

    /// Removes a claim's (now empty) folders once its file has been moved out; a slot's own
    /// folder stays, for the next claim.
    func release(_ claim: ClaimedFile) {
        let slot = slotNumber(of: claim)
        let keep = slot == nil ? claim.claimFolder.utf8.count : claim.claimFolder.utf8.count + 1
        var folder = DurableFile.parentFolder(claim.path)
        while folder.utf8.count >= keep {
            if rmdir(folder) != 0 { break }
            folder = DurableFile.parentFolder(folder)
        }
        if let slot { slots.withLock { $0.free.append(slot) } }
    }

    /// The folder of this run's claim slot `slot`.
    private func slotFolder(_ slot: Int) -> String {
        claimed + "/\(token)-\(slot)"
    }

    /// The slot of `claim` if it is one of this run's, nil for a claim left by another run.
    private func slotNumber(of claim: ClaimedFile) -> Int? {
        let prefix = claimed + "/\(token)-"
        guard claim.claimFolder.hasPrefix(prefix),
              let slot = Int(Substring(claim.claimFolder.utf8.dropFirst(prefix.utf8.count))),
              claim.claimFolder == slotFolder(slot) else { return nil }
        return slot
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
