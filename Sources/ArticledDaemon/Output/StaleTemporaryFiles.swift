import Glibc

/// Removes the temporary files that a killed daemon left half-written in the outbox.
///
/// `DurableFile` writes under `.articled-<pid>-<n>.tmp` and renames into place; a crash
/// between the two leaves the temporary file, which is hidden and never a result. At start
/// the outbox is swept once for such names.
enum StaleTemporaryFiles {
    /// Deletes every `.articled-*.tmp` file below `root`; returns how many.
    @discardableResult
    static func sweep(_ root: String) -> Int {
        var removed = 0
        var stack = [root]
        while let folder = stack.popLast() {
            guard let dir = opendir(folder) else { continue }
            while let entry = readdir(dir) {
                let name = entry.pointee.name
                if name == "." || name == ".." { continue }
                let path = folder + "/" + name
                if entry.pointee.d_type == UInt8(DT_DIR) {
                    stack.append(path)
                } else if name.hasPrefix(".articled-") && name.hasSuffix(".tmp") {
                    if unlink(path) == 0 { removed += 1 }
                }
            }
            closedir(dir)
        }
        return removed
    }
}
