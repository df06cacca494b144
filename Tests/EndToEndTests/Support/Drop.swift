import Foundation

/// Ways a user's tools put a file into the inbox.
enum Drop {
    /// Writes `text` beside the inbox, then renames it in (complete at once).
    static func rename(_ text: String, as relative: String, into inbox: String, staging: String) throws {
        let staged = staging + "/" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: staged))
        let target = inbox + "/" + relative
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard Foundation.rename(staged, target) == 0 else { throw DaemonError("rename into \(target) failed") }
    }

    /// Writes `text` directly into the inbox (closed after writing: taken once settled).
    static func write(_ text: String, as relative: String, into inbox: String) throws {
        let target = inbox + "/" + relative
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        // open(2) and write(2) in place: no temporary name, no rename (Foundation may do both).
        let fd = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw DaemonError("cannot create \(target)") }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Foundation.write(fd, $0.baseAddress, $0.count) }) == bytes.count else {
            throw DaemonError("short write to \(target)")
        }
    }

    /// A small article whose body names `n`, so every result differs.
    static func article(_ n: Int) -> String {
        "Report number \(n)\n\nBy Test Writer\n\nOfficials in Lisbon said on Monday that report \(n) was filed. \"It is complete,\" said Maria Costa.\n\nThe ministry will publish it next week.\n"
    }
}
