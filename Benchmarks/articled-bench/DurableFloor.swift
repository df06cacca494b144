import Foundation
import Glibc
import Synchronization

/// The least any program must do to process a folder of files without ever losing one, with
/// no parsing and no stages: per file, claim it (rename), read it, write its result under a
/// temporary name, `fsync`, rename into place, `fsync` the folder, and only then remove the
/// original. What `cp` does not pay, and what the daemon cannot do without: the gap between
/// this floor and `cp` is the price of durability on this disk, not of articled.
struct DurableFloor {
    /// Folder of the input files (consumed: each is moved away and removed).
    let inbox: String
    /// Folder the results are written to.
    let outbox: String
    /// Folder of the claims, one name per thread.
    let claims: String
    /// Threads working at once: as many as the daemon has documents in flight, so that one
    /// file's flush overlaps another's.
    let threads: Int

    /// Processes the files `inbox/<name>` for every name in `names`; the seconds it took.
    func run(_ names: [String]) throws -> Double {
        for folder in [outbox, claims] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let next = Atomic<Int>(0)
        let failures = Atomic<Int>(0)
        let done = DispatchGroup()
        let start = Monotonic.nanoseconds()
        for t in 0..<threads {
            done.enter()
            let thread = Thread { [self] in
                var buffer = [UInt8](repeating: 0, count: 1 << 20)
                let claim = claims + "/\(t)"
                while true {
                    let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard i < names.count else { break }
                    if !process(names[i], claim: claim, temporary: outbox + "/.floor-\(t).tmp", buffer: &buffer) {
                        failures.wrappingAdd(1, ordering: .relaxed)
                    }
                }
                done.leave()
            }
            thread.start()
        }
        done.wait()
        let seconds = Double(Monotonic.nanoseconds() - start) / 1e9
        guard failures.load(ordering: .relaxed) == 0 else { throw BenchmarkError("the durable floor failed on some files") }
        return seconds
    }

    /// One file, the syscalls of a durable claim, write and removal.
    private func process(_ name: String, claim: String, temporary: String, buffer: inout [UInt8]) -> Bool {
        guard rename(inbox + "/" + name, claim) == 0 else { return false }
        let input = open(claim, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { return false }
        let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
        close(input)
        guard count >= 0 else { return false }
        let output = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard output >= 0 else { return false }
        let written = buffer.withUnsafeBytes { write(output, $0.baseAddress, count) }
        let flushed = fsync(output) == 0
        close(output)
        guard written == count, flushed else { return false }
        let stem = name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
        guard rename(temporary, outbox + "/" + stem + ".json") == 0 else { return false }
        let folder = open(outbox, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return false }
        let folderFlushed = fsync(folder) == 0
        close(folder)
        return folderFlushed && unlink(claim) == 0
    }
}
