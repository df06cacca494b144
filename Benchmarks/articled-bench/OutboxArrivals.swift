import Foundation
import Glibc
import Synchronization

/// When each result appeared in the outbox, seen through inotify by the benchmark itself.
///
/// The daemon renames every result into place, so an `IN_MOVED_TO` of `<name>.json` in the
/// outbox is the moment a user could read it: latency is that time minus the drop's.
final class OutboxArrivals: Sendable {
    private let arrivals = Mutex<[String: UInt64]>([:])
    private let fd: Int32

    /// Starts watching `folder` (which must exist) on a thread of its own.
    init(folder: String) throws {
        fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0, inotify_add_watch(fd, folder, UInt32(IN_MOVED_TO)) >= 0 else {
            throw BenchmarkError("cannot watch \(folder)")
        }
        let thread = Thread { [self] in self.read() }
        thread.start()
    }

    /// The monotonic time (ns) at which `name` arrived, if it has.
    func time(of name: String) -> UInt64? { arrivals.withLock { $0[name] } }

    /// How many results have arrived.
    var count: Int { arrivals.withLock { $0.count } }

    private func read() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { return }
            let now = Monotonic.nanoseconds()
            var offset = 0
            var names: [String] = []
            buffer.withUnsafeBytes { raw in
                while offset < n {
                    let length = Int(raw.load(fromByteOffset: offset + 12, as: UInt32.self))
                    let start = offset + 16
                    let nameBytes = raw[start..<(start + length)].prefix { $0 != 0 }
                    names.append(String(decoding: nameBytes, as: UTF8.self))
                    offset = start + length
                }
            }
            arrivals.withLock { for name in names where name.hasSuffix(".json") { $0[name] = now } }
        }
    }
}
