import CLinux
import Foundation
import Logging

/// One running plugin program: its process group and its three pipes.
///
/// Why posix_spawn and not swift-subprocess: swift-subprocess 1.0.2 can start a child in a
/// process group of its own, but it scopes the child to the closure of one `run` call
/// (structured concurrency) and hands out its streams as async sequences; a plugin must outlive
/// any one document and any one task, be killed with its whole group at an arbitrary moment by
/// whichever document timed out, and be replaced, and articled would take on a new dependency. `posix_spawn` with `POSIX_SPAWN_SETPGROUP`
/// (through the small C shim in CLinux) gives exactly that in a few lines, and lets the child
/// start with default signal actions although the daemon ignores SIGPIPE.
///
/// Not thread-safe: a `PluginSlot` uses it from its own thread only. Reads and writes
/// are non-blocking and wait in `poll(2)` with the document's deadline, on that thread,
/// never on a thread of Swift's cooperative pool. stderr is read by a dedicated thread that
/// logs each line under the plugin's name.
final class PluginProcess: @unchecked Sendable {
    /// The child's id, also its process group's id.
    let pid: pid_t
    private let input: Int32
    private let output: Int32
    private var buffer: [UInt8] = []
    /// How much of `buffer` is known to hold no newline, so that a long line is scanned once.
    private var scanned = 0
    /// How the process ended, once it has been reaped.
    private var ending: String?

    /// Wraps a spawned child and our ends of its pipes.
    private init(pid: pid_t, input: Int32, output: Int32) {
        self.pid = pid
        self.input = input
        self.output = output
    }

    /// Ignores SIGPIPE for the whole daemon, once: writing to a plugin that has just died must
    /// give EPIPE (a failure of that plugin), never kill articled. `articled run` and `process`
    /// ignore it already; this covers `check` and any other caller. Children get the default
    /// action back (POSIX_SPAWN_SETSIGDEF).
    private static let ignoreBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    /// Starts `launch` in a new process group, its stderr logged to `logger`.
    static func start(_ launch: PluginLaunch, logger: Logger) throws(PluginFailure) -> PluginProcess {
        ignoreBrokenPipes
        let executable = try launch.executable()
        var stdinPipe: [Int32] = [-1, -1], stdoutPipe: [Int32] = [-1, -1], stderrPipe: [Int32] = [-1, -1]
        guard articled_pipe_cloexec(&stdinPipe) == 0 else { throw .startFailed("pipe: \(String(cString: strerror(errno)))") }
        guard articled_pipe_cloexec(&stdoutPipe) == 0 else {
            closeAll(stdinPipe)
            throw .startFailed("pipe: \(String(cString: strerror(errno)))")
        }
        guard articled_pipe_cloexec(&stderrPipe) == 0 else {
            closeAll(stdinPipe + stdoutPipe)
            throw .startFailed("pipe: \(String(cString: strerror(errno)))")
        }
        var pid: pid_t = 0
        let rc = withCStrings(launch.arguments) { argv in
            withCStrings(launch.environment) { envp in
                articled_spawn_in_group(&pid, executable, argv, envp, launch.folder, stdinPipe[0], stdoutPipe[1], stderrPipe[1])
            }
        }
        close(stdinPipe[0]); close(stdoutPipe[1]); close(stderrPipe[1])
        guard rc == 0 else {
            closeAll([stdinPipe[1], stdoutPipe[0], stderrPipe[0]])
            throw .startFailed("\(executable): \(String(cString: strerror(rc)))")
        }
        _ = fcntl(stdinPipe[1], F_SETFL, fcntl(stdinPipe[1], F_GETFL) | O_NONBLOCK)
        _ = fcntl(stdoutPipe[0], F_SETFL, fcntl(stdoutPipe[0], F_GETFL) | O_NONBLOCK)
        PluginLog.follow(stderrPipe[0], logger: logger)
        return PluginProcess(pid: pid, input: stdinPipe[1], output: stdoutPipe[0])
    }

    /// Writes `line` and returns the next non-empty line the plugin prints, without its newline.
    ///
    /// - Throws: `timedOut` past `deadline`, `exited` when the plugin closes its stdout.
    func exchange(_ line: [UInt8], deadline: ContinuousClock.Instant, timeoutMilliseconds: Int) throws(PluginFailure) -> [UInt8] {
        var written = 0
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            if written == line.count, let reply = takeLine() { return reply }
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { throw .timedOut(milliseconds: timeoutMilliseconds) }
            let ms = Int32(clamping: left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1)
            var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0)]
            if written < line.count { fds.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), ms)
            if ready < 0 && errno == EINTR { continue }
            guard ready >= 0 else { throw .exited("could not be waited for: \(String(cString: strerror(errno)))") }
            if fds[0].revents != 0 {
                let n = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
                if n == 0 { throw .exited(finish()) }
                if n > 0 {
                    buffer.append(contentsOf: chunk[0..<n])
                    if buffer.count > PluginProtocol.maximumLineBytes { throw .garbage("printed a line longer than \(PluginProtocol.maximumLineBytes) bytes") }
                } else if errno != EAGAIN && errno != EINTR {
                    throw .exited(finish())
                }
            }
            if fds.count > 1 && fds[1].revents != 0 {
                let n = line.withUnsafeBytes { write(input, $0.baseAddress! + written, $0.count - written) }
                if n > 0 { written += n } else if errno != EAGAIN && errno != EINTR { throw .exited(finish()) }
            }
        }
    }

    /// The next complete non-empty line in the buffer, removed from it.
    private func takeLine() -> [UInt8]? {
        while let newline = buffer[scanned...].firstIndex(of: 0x0A) {
            var line = Array(buffer[..<newline])
            buffer.removeSubrange(...newline)
            scanned = 0
            if line.last == 0x0D { line.removeLast() }
            if !line.isEmpty { return line }
        }
        scanned = buffer.count
        return nil
    }

    /// Kills the whole process group, reaps the child and closes the pipes; returns how it ended.
    @discardableResult
    func finish() -> String {
        if let ending { return ending }
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        close(input)
        close(output)
        let code = articled_exit_code(status)
        let signal = articled_exit_signal(status)
        let how = code >= 0 ? "exited with status \(code)" : signal == SIGKILL ? "was killed" : "was killed by signal \(signal)"
        ending = how
        return how
    }

    /// A process nobody uses any more (its stage was replaced by a reload) is killed and reaped.
    deinit { finish() }

    /// Closes every valid descriptor of `fds`.
    private static func closeAll(_ fds: [Int32]) {
        for fd in fds where fd >= 0 { close(fd) }
    }

    /// Calls `body` with a NULL-terminated C array of `strings`.
    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for p in pointers { free(p) } }
        return body(pointers)
    }
}
