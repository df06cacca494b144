import Glibc

/// How many files wait in the inbox and how long the oldest has waited, read from the folder.
///
/// A file's arrival is its change time (`ctime`): writing it and renaming it into the inbox
/// both set it, while its modification time may be much older than its arrival.
struct InboxBacklog: Sendable, Equatable {
    /// Files waiting (hidden and temporary names excluded, as the daemon ignores them).
    var files: Int
    /// Seconds since the oldest waiting file arrived; 0 when none waits.
    var oldestAgeSeconds: Double

    /// Walks `inbox`, skipping `excluded` folders (the daemon's work folder), at `now`
    /// (seconds since the epoch).
    static func measure(inbox: String, excluding excluded: Set<String>, now: Double? = nil) -> InboxBacklog {
        let listing = DirectoryWalker.walk(inbox, excluding: excluded)
        var oldest: Double?
        var count = 0
        for path in listing.files {
            var st = stat()
            guard lstat(path, &st) == 0 else { continue }  // claimed meanwhile
            count += 1
            let changed = Double(st.st_ctim.tv_sec) + Double(st.st_ctim.tv_nsec) / 1e9
            oldest = min(oldest ?? changed, changed)
        }
        let clock = now ?? Self.wallClock()
        return InboxBacklog(files: count, oldestAgeSeconds: oldest.map { max(0, (clock - $0).rounded()) } ?? 0)
    }

    /// Seconds since the epoch.
    static func wallClock() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
