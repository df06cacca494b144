import Glibc

/// What a file looks like from outside: its size and modification time, without opening it.
///
/// A file written in place is taken only once its signature has stayed the same for the
/// settle time, so that writers that open a file several times are not cut off.
struct FileSignature: Equatable, Sendable {
    var size: Int64
    var modified: Int64
    var isRegular: Bool

    /// The signature of the file at `path` (not following a symbolic link), or nil if it is gone.
    init?(path: String) {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        size = Int64(st.st_size)
        modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        isRegular = (st.st_mode & S_IFMT) == S_IFREG
    }
}
