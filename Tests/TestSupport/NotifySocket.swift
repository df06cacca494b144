import Foundation
import Glibc

/// A datagram socket the test binds, standing in for systemd's notification socket: it
/// records each message with the time it arrived.
public final class NotifySocket {
    /// The value for `$NOTIFY_SOCKET`: a path, or `@name` for an abstract socket.
    public let address: String
    private let fd: Int32
    private let path: String?

    /// Binds a socket in `folder` (a path socket) or in the abstract namespace.
    public init(abstract: Bool, folder: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno)!) }
        var bytes: [UInt8]
        if abstract {
            let name = "articled-test-\(UUID().uuidString.prefix(12))"
            address = "@" + name
            path = nil
            bytes = [0] + Array(name.utf8)
        } else {
            let p = folder + "/notify.sock"
            address = p
            path = p
            bytes = Array(p.utf8)
        }
        var sa = sockaddr_un()
        sa.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &sa.sun_path) { raw in
            for (i, b) in bytes.enumerated() { raw[i] = b }
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + (abstract ? 0 : 1))
        let bound = withUnsafePointer(to: &sa) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0 else { throw POSIXError(.init(rawValue: errno)!) }
    }

    deinit {
        close(fd)
        if let path { unlink(path) }
    }

    /// Every message received so far, in order, with the time it arrived.
    public private(set) var received: [(message: String, at: Date)] = []

    /// Receives whatever arrives until `condition` holds on all messages so far, for at most
    /// `seconds`; returns whether it held.
    @discardableResult
    public func collect(within seconds: Double = 20, until condition: ([String]) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition(received.map(\.message)) {
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return false }
            if let message = receive(timeout: min(left, 0.5)) { received.append((message, Date())) }
        }
        return true
    }

    /// The messages received so far.
    public var messages: [String] { received.map(\.message) }

    /// The next datagram, waiting at most `timeout` seconds; nil if none came.
    public func receive(timeout: Double = 5) -> String? {
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&pfd, 1, Int32(timeout * 1000)) == 1 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n], as: UTF8.self)
    }
}
