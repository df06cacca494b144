import Foundation
import Glibc
import Testing
import ArticledTestSupport
@testable import ArticledDaemon

/// The notify protocol (sd_notify(3)) as `SystemdNotifier` speaks it, against a socket the test binds.
@Suite struct SystemdNotifierTests {
    @Test func messagesArriveOnAPathSocketAsKeyValueLines() throws {
        let folder = try TestFolder()
        let socket = try NotifySocket(abstract: false, folder: folder.path)
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": socket.address])
        #expect(notifier.isActive)
        notifier.ready(status: "watching /in")
        notifier.status("done=1 failed=0 in_flight=0")
        notifier.stopping()
        #expect(socket.receive() == "READY=1\nSTATUS=watching /in")
        #expect(socket.receive() == "STATUS=done=1 failed=0 in_flight=0")
        #expect(socket.receive() == "STOPPING=1")
    }

    @Test func anAtSignMeansAnAbstractSocket() throws {
        let folder = try TestFolder()
        let socket = try NotifySocket(abstract: true, folder: folder.path)
        #expect(socket.address.hasPrefix("@"))
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": socket.address])
        #expect(notifier.send("READY=1"))
        #expect(socket.receive() == "READY=1")
        // Nothing was created on disk under that name.
        #expect(!FileManager.default.fileExists(atPath: String(socket.address.dropFirst())))
    }

    @Test func reloadingCarriesTheMonotonicClockInMicroseconds() throws {
        let folder = try TestFolder()
        let socket = try NotifySocket(abstract: false, folder: folder.path)
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": socket.address])
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        let before = Int(ts.tv_sec) * 1_000_000 + ts.tv_nsec / 1000
        notifier.reloading()
        let message = try #require(socket.receive())
        let lines = message.split(separator: "\n")
        #expect(lines.first == "RELOADING=1")
        let usec = try #require(lines.first { $0.hasPrefix("MONOTONIC_USEC=") }.flatMap { Int($0.dropFirst(15)) })
        #expect(usec >= before && usec < before + 5_000_000)
    }

    @Test func theWatchdogIntervalIsHalfOfWatchdogUsec() {
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": "@x", "WATCHDOG_USEC": "400000"])
        #expect(notifier.watchdogInterval == .milliseconds(200))
        let ours = SystemdNotifier(environment: ["NOTIFY_SOCKET": "@x", "WATCHDOG_USEC": "400000", "WATCHDOG_PID": "\(getpid())"])
        #expect(ours.watchdogInterval == .milliseconds(200))
    }

    @Test func aWatchdogMeantForAnotherProcessIsNotOurs() {
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": "@x", "WATCHDOG_USEC": "400000", "WATCHDOG_PID": "\(getpid() + 1)"])
        #expect(notifier.watchdogInterval == nil)
        #expect(SystemdNotifier(environment: ["NOTIFY_SOCKET": "@x"]).watchdogInterval == nil)
        #expect(SystemdNotifier(environment: ["NOTIFY_SOCKET": "@x", "WATCHDOG_USEC": "0"]).watchdogInterval == nil)
    }

    @Test func withoutNotifySocketNothingIsSent() {
        let notifier = SystemdNotifier(environment: [:])
        #expect(!notifier.isActive)
        #expect(!notifier.send("READY=1"))
        #expect(!SystemdNotifier(environment: ["NOTIFY_SOCKET": ""]).isActive)
    }

    @Test func aSocketNobodyListensOnIsNotAnError() throws {
        let folder = try TestFolder()
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": folder.path + "/nobody.sock"])
        #expect(!notifier.send("READY=1"))
    }
}
