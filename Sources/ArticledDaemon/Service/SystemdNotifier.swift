import Glibc

/// Speaks systemd's notify protocol (sd_notify(3)) over `$NOTIFY_SOCKET`, without libsystemd.
///
/// One datagram per message of `KEY=VALUE` lines; a socket path starting with `@` is an
/// abstract socket. Without `$NOTIFY_SOCKET` (not under systemd) every call does nothing.
public struct SystemdNotifier: Sendable {
    private let socketPath: String?
    /// Half the watchdog interval, when systemd asked for keep-alive pings for this process.
    public let watchdogInterval: Duration?

    /// A notifier for the socket and watchdog settings in `environment`.
    public init(environment: [String: String]) {
        socketPath = environment["NOTIFY_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
        if let usec = environment["WATCHDOG_USEC"].flatMap(Int.init), usec > 0,
           environment["WATCHDOG_PID"].map({ Int32($0) == getpid() }) ?? true {
            watchdogInterval = .microseconds(usec / 2)
        } else {
            watchdogInterval = nil
        }
    }

    /// Whether there is a socket to talk to.
    public var isActive: Bool { socketPath != nil }

    /// Sends `message` (one or more `KEY=VALUE` lines); returns whether it was sent.
    @discardableResult
    public func send(_ message: String) -> Bool {
        guard let path = socketPath else { return false }
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var pathBytes = Array(path.utf8)
        if pathBytes.first == UInt8(ascii: "@") { pathBytes[0] = 0 }
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard pathBytes.count < capacity || (pathBytes.first == 0 && pathBytes.count <= capacity) else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in pathBytes.enumerated() { raw[i] = b }
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + pathBytes.count + (pathBytes.first == 0 ? 0 : 1))
        let bytes = Array(message.utf8)
        let sent = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in
                bytes.withUnsafeBytes { sendto(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL), sa, length) }
            }
        }
        return sent == bytes.count
    }

    /// `READY=1` with a status line.
    public func ready(status: String) { send("READY=1\nSTATUS=\(status)") }
    /// A status line for `systemctl status`.
    public func status(_ status: String) { send("STATUS=\(status)") }
    /// `STOPPING=1`.
    public func stopping() { send("STOPPING=1") }
    /// `WATCHDOG=1`: the daemon's loop is alive.
    public func watchdog() { send("WATCHDOG=1") }
    /// `RELOADING=1` with the monotonic time systemd needs to match it.
    public func reloading() {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        send("RELOADING=1\nMONOTONIC_USEC=\(Int(ts.tv_sec) * 1_000_000 + ts.tv_nsec / 1000)")
    }
}
