import Glibc

/// Lists the files under a folder, recursively, without following symbolic links.
///
/// Used for the rescans at start and after an inotify overflow, for new subfolders, and by
/// the poller. Hidden and temporary names are skipped, folders and files alike.
enum DirectoryWalker {
    /// What a walk found: files (and symlinks, reported so that they can be refused) and folders.
    struct Listing {
        var files: [String] = []
        var folders: [String] = []
    }

    /// The non-ignored files and folders below `root` (absolute paths), skipping `excluded` folders.
    static func walk(_ root: String, excluding excluded: Set<String> = []) -> Listing {
        var listing = Listing()
        var stack = [root]
        while let folder = stack.popLast() {
            guard let dir = opendir(folder) else { continue }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = entry.pointee.name
                if name == "." || name == ".." || InboxNames.isIgnored(name) { continue }
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                var kind = entry.pointee.d_type
                if kind == UInt8(DT_UNKNOWN) {
                    var st = stat()
                    guard lstat(path, &st) == 0 else { continue }
                    kind = (st.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
                }
                if kind == UInt8(DT_DIR) {
                    if excluded.contains(path) { continue }
                    listing.folders.append(path)
                    stack.append(path)
                } else {
                    listing.files.append(path)
                }
            }
        }
        listing.files.sort()
        listing.folders.sort()
        return listing
    }
}
