import Foundation
import Testing
import ArticledTestSupport

/// The real binary speaking systemd's notify protocol to a socket the test binds.
@Suite struct ServiceNotifyTests {
    /// The index of the first message at or after `start` that satisfies `match`.
    static func index(_ messages: [String], from start: Int = 0, _ match: (String) -> Bool) -> Int? {
        guard start < messages.count else { return nil }
        return messages[start...].firstIndex(where: match)
    }

    @Test func readyWatchdogStatusReloadingAndStoppingArriveInOrder() async throws {
        let folder = try TemporaryFolder("notify")
        let socket = try NotifySocket(abstract: false, folder: folder.path)
        let daemon = try await DaemonProcess(folder: folder, configuration: "concurrency: 1\n",
                                       environment: ["NOTIFY_SOCKET": socket.address, "WATCHDOG_USEC": "400000"])

        // READY=1 first, with a status line.
        #expect(socket.collect { $0.contains { $0.hasPrefix("READY=1") } }, "\(socket.messages)\n\(daemon.log)")
        #expect(socket.messages.first?.hasPrefix("READY=1\nSTATUS=") == true, "\(socket.messages)")

        // WATCHDOG=1 every half interval (200 ms): about ten in two seconds. Messages are
        // timed when the test reads them, so what queued up before the window is drained first.
        socket.collect(within: 0.05) { _ in false }
        let start = Date()
        socket.collect(within: 2.2) { _ in Date().timeIntervalSince(start) >= 2 }
        let pings = socket.received.filter { $0.message == "WATCHDOG=1" && $0.at >= start }
        // Half the interval gives about 10; the full interval would give 5.
        #expect(pings.count >= 6 && pings.count <= 16, "\(pings.count) pings in 2 s")
        if pings.count >= 2 {
            // On average no faster than every 200 ms (single gaps depend on when the test reads).
            let average = pings.last!.at.timeIntervalSince(pings.first!.at) / Double(pings.count - 1)
            #expect(average >= 0.1 && average <= 0.32, "average gap \(average) s")
        }

        // STATUS= says what was done.
        try folder.write("Officials met on Monday to talk about trade.\n", to: "staging.txt")
        try FileManager.default.moveItem(atPath: folder("staging.txt"), toPath: daemon.inbox + "/a.txt")
        #expect(socket.collect { $0.contains { $0.hasPrefix("STATUS=") && $0.contains("done=1 failed=0 in_flight=0") } },
                "\(socket.messages.suffix(5))")

        // SIGHUP: RELOADING=1 with MONOTONIC_USEC, then READY=1.
        let beforeReload = socket.messages.count
        daemon.signal(SIGHUP)
        #expect(socket.collect { Self.index($0, from: beforeReload) { $0.hasPrefix("READY=1") } != nil })
        let reloading = Self.index(socket.messages, from: beforeReload) { $0.hasPrefix("RELOADING=1") }
        let readyAgain = Self.index(socket.messages, from: beforeReload) { $0.hasPrefix("READY=1") }
        #expect(reloading != nil && readyAgain != nil && reloading! < readyAgain!, "\(socket.messages[beforeReload...])")
        if let reloading { #expect(socket.messages[reloading].contains("\nMONOTONIC_USEC=")) }

        // SIGTERM: STOPPING=1, nothing after it, exit 0.
        let beforeStop = socket.messages.count
        #expect(await daemon.stop() == 0)
        socket.collect(within: 0.5) { _ in false }
        let after = Array(socket.messages[beforeStop...])
        #expect(after.last == "STOPPING=1", "\(after)")
        #expect(after.filter { $0 == "STOPPING=1" }.count == 1)
    }

    @Test func anAbstractNotifySocketIsUsedToo() async throws {
        let folder = try TemporaryFolder("notify-abstract")
        let socket = try NotifySocket(abstract: true, folder: folder.path)
        let daemon = try await DaemonProcess(folder: folder, environment: ["NOTIFY_SOCKET": socket.address])
        #expect(socket.collect { $0.contains { $0.hasPrefix("READY=1") } }, "\(daemon.log)")
        #expect(await daemon.stop() == 0)
        #expect(socket.collect { $0.contains("STOPPING=1") })
        // Without WATCHDOG_USEC there is no keep-alive.
        #expect(!socket.messages.contains("WATCHDOG=1"))
    }

    @Test func withoutNotifySocketTheDaemonRunsAndStopsAsUsual() async throws {
        let folder = try TemporaryFolder("notify-none")
        let daemon = try await DaemonProcess(folder: folder)
        #expect(await daemon.stop() == 0)
        #expect(daemon.log.contains("stopped"))
    }
}
