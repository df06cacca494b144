import ArgumentParser
import Foundation
import Glibc

/// The real daemon, end to end: a burst's throughput, latency at a steady rate, memory, idle
/// CPU, and two floors for scale: `cp` of the same files, and the least a program must do to
/// process them durably (`DurableFloor`).
struct EndToEndBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "e2e",
        abstract: "Drive the built daemon: burst throughput, latency at a steady rate, peak RSS, idle CPU, cp and durable floors."
    )

    @Option(help: "The articled binary (build it with -c release).") var binary = ".build/release/articled"
    @Option(help: "Files in the burst.") var count = 10_000
    @Option(help: "Offered load for the latency run, articles per second.") var rate = 200
    @Option(help: "Length of the latency run, seconds.") var seconds = 10
    @Option(help: "Idle measurement, seconds.") var idle = 10
    @Option(help: "Copies for the cp floor; the fastest counts.") var floorRuns = 3
    @Flag(help: "Turn durable writes off (they are on by default, as in production).") var noDurableWrites = false
    @Flag(help: "Keep the work folder (daemon log, outbox) and print where it is.") var keep = false
    @Argument(help: "Article files to repeat under distinct names (e.g. ../shared/samples/seeds/*.txt).") var files: [String]

    func run() async throws {
        let root = NSTemporaryDirectory() + "articled-bench-\(getpid())"
        let fm = FileManager.default
        try? fm.removeItem(atPath: root)
        defer { if keep { print("kept: \(root)") } else { try? fm.removeItem(atPath: root) } }
        let articles = try files.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        guard !articles.isEmpty else { throw BenchmarkError("name at least one article file") }
        let latencyCount = rate * seconds
        for folder in ["burst", "steady", "inbox", "outbox"] {
            try fm.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for i in 0..<count { _ = fm.createFile(atPath: root + "/burst/b\(i).txt", contents: articles[i % articles.count]) }
        for i in 0..<latencyCount { _ = fm.createFile(atPath: root + "/steady/s\(i).txt", contents: articles[i % articles.count]) }

        // The floor: cp of the same files, one folder to another; then, for scale, the same
        // copy made durable (one sync of the file system after it, where articled flushes each file).
        // The fastest of three copies: the disk here is noisy, and a slow copy would flatter the ratio.
        // The copies are removed only at the end: on ext4 without a journal, a file created
        // soon after many were removed costs more (the allocator skips recently freed inodes),
        // so removing one copy before the next would slow the next.
        var cpSeconds = Double.infinity, durableCopySeconds = Double.infinity
        for run in 0..<floorRuns {
            Self.quietDisk()
            let cpStart = Monotonic.nanoseconds()
            try Self.runToEnd("/bin/cp", ["-r", root + "/burst", root + "/floor\(run)"])
            cpSeconds = min(cpSeconds, Double(Monotonic.nanoseconds() - cpStart) / 1e9)
            try Self.runToEnd("/bin/sync", ["-f", root + "/floor\(run)"])
            durableCopySeconds = min(durableCopySeconds, Double(Monotonic.nanoseconds() - cpStart) / 1e9)
        }
        print(String(format: "floor: cp of %d files in %.3f s (%.0f files/s); with one sync after it %.3f s (fastest of %d)",
                     count, cpSeconds, Double(count) / cpSeconds, durableCopySeconds, floorRuns))

        // The durable floor: what never losing a file costs here without any processing, on
        // the first copy, with as many threads as the daemon has documents in flight.
        Self.quietDisk()
        let floorThreads = 8 * ProcessInfo.processInfo.activeProcessorCount
        let durableFloor = DurableFloor(inbox: root + "/floor0", outbox: root + "/durable-floor", claims: root + "/durable-claims",
                                        threads: floorThreads)
        let durableSeconds = try durableFloor.run((0..<count).map { "b\($0).txt" })
        print(String(format: "durable floor: claim, read, write, fsync, rename, fsync the folder, remove, on %d threads: %d files in %.3f s (%.0f files/s, %.2fx the cp floor's time)",
                     floorThreads, count, durableSeconds, Double(count) / durableSeconds, durableSeconds / cpSeconds))

        try "durable_writes: \(!noDurableWrites)\nsettle_ms: 100\n".write(toFile: root + "/articled.yaml", atomically: false, encoding: .utf8)
        let daemon = Process()
        daemon.executableURL = URL(fileURLWithPath: binary)
        daemon.arguments = ["run"]
        daemon.currentDirectoryURL = URL(fileURLWithPath: root)
        let log = root + "/daemon.log"
        _ = fm.createFile(atPath: log, contents: nil)
        daemon.standardError = FileHandle(forWritingAtPath: log)
        try daemon.run()
        defer { if daemon.isRunning { daemon.terminate(); daemon.waitUntilExit() } }
        let pid = daemon.processIdentifier
        try Self.waitFor(within: 30) { ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").contains("watching") }
        let arrivals = try OutboxArrivals(folder: root + "/outbox")

        // Idle CPU.
        let cpu0 = Self.cpuSeconds(pid)
        try await Task.sleep(for: .seconds(idle))
        let idleCPU = (Self.cpuSeconds(pid) - cpu0).total
        print(String(format: "idle: %.3f s of CPU in %d s", idleCPU, idle))

        // Burst throughput: everything renamed in at once.
        Self.quietDisk()
        let burstCPU0 = Self.cpuSeconds(pid)
        let burstStart = Monotonic.nanoseconds()
        for i in 0..<count { rename(root + "/burst/b\(i).txt", root + "/inbox/b\(i).txt") }
        try Self.waitFor(within: 600) { arrivals.count >= count }
        let burstSeconds = Double((0..<count).compactMap { arrivals.time(of: "b\($0).json") }.max()! - burstStart) / 1e9
        let throughput = Double(count) / burstSeconds
        let burstCPU = Self.cpuSeconds(pid) - burstCPU0
        print(String(format: "burst: %d articles in %.3f s: %.0f articles/s (%.2fx the cp floor's time, %.2fx the durable floor's)",
                     count, burstSeconds, throughput, burstSeconds / cpSeconds, burstSeconds / durableSeconds))
        print(String(format: "burst CPU: %.2f ms per article (user %.2f, kernel %.2f), %.2f of %d cores busy",
                     burstCPU.total * 1000 / Double(count), burstCPU.user * 1000 / Double(count), burstCPU.kernel * 1000 / Double(count),
                     burstCPU.total / burstSeconds, ProcessInfo.processInfo.activeProcessorCount))

        // Latency at a steady offered load, starting from a disk with the burst's writes flushed.
        Self.quietDisk()
        var dropped = [UInt64](repeating: 0, count: latencyCount)
        let steadyStart = Monotonic.nanoseconds()
        for i in 0..<latencyCount {
            let due = steadyStart + UInt64(i) * 1_000_000_000 / UInt64(rate)
            let now = Monotonic.nanoseconds()
            if due > now { usleep(useconds_t((due - now) / 1000)) }
            dropped[i] = Monotonic.nanoseconds()
            rename(root + "/steady/s\(i).txt", root + "/inbox/s\(i).txt")
        }
        try Self.waitFor(within: 120) { arrivals.count >= count + latencyCount }
        let latencies = (0..<latencyCount).map { Double(arrivals.time(of: "s\($0).json")! - dropped[$0]) / 1e6 }.sorted()
        let p50 = latencies[latencies.count / 2]
        let p99 = latencies[min(latencies.count - 1, latencies.count * 99 / 100)]
        print(String(format: "latency at %d articles/s over %d s: p50 %.2f ms, p99 %.2f ms, max %.2f ms", rate, seconds, p50, p99, latencies.last!))
        let stageTimes = (0..<latencyCount).compactMap { Self.stageMilliseconds(root + "/outbox/s\($0).json") }.sorted()
        if !stageTimes.isEmpty {
            print(String(format: "  of which in the stages: p50 %.2f ms, p99 %.2f ms (the rest: watching, claiming, reading, writing durably)",
                         stageTimes[stageTimes.count / 2], stageTimes[min(stageTimes.count - 1, stageTimes.count * 99 / 100)]))
        }

        let rss = Self.peakRSSMiB(pid)
        print(String(format: "peak RSS: %.1f MiB", rss))
        print(String(format: "bench: throughput=%.0f p50_ms=%.2f p99_ms=%.2f rss_mb=%.1f idle_cpu_s=%.3f floor_ratio=%.2f",
                     throughput, p50, p99, rss, idleCPU, burstSeconds / cpSeconds))
    }

    static func runToEnd(_ tool: String, _ arguments: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw BenchmarkError("\(tool) failed") }
    }

    static func waitFor(within seconds: Double, _ condition: () -> Bool) throws {
        let deadline = Monotonic.nanoseconds() + UInt64(seconds * 1e9)
        while !condition() {
            guard Monotonic.nanoseconds() < deadline else { throw BenchmarkError("timed out") }
            usleep(2_000)
        }
    }

    /// Flushes the file system and waits a moment, so that one phase's writes are not
    /// written back during the next one's measurement.
    static func quietDisk() {
        sync()
        usleep(500_000)
    }

    /// User and kernel CPU time of `pid`, from /proc/<pid>/stat.
    static func cpuSeconds(_ pid: Int32) -> CPUTime {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return CPUTime(user: 0, kernel: 0) }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        let tick = Double(sysconf(Int32(_SC_CLK_TCK)))
        return CPUTime(user: (Double(fields[11]) ?? 0) / tick, kernel: (Double(fields[12]) ?? 0) / tick)
    }

    /// The time a result says its stages took, in milliseconds (the sum of its `pipeline` entries).
    static func stageMilliseconds(_ resultPath: String) -> Double? {
        guard let data = FileManager.default.contents(atPath: resultPath),
              let result = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let stages = result["pipeline"] as? [[String: Any]] else { return nil }
        return stages.compactMap { ($0["ms"] as? NSNumber)?.doubleValue }.reduce(0, +)
    }

    static func peakRSSMiB(_ pid: Int32) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
    }
}
