import ArticledCore
import Testing
@testable import ArticledDaemon

/// `WorkLiveness`: what decides whether the watchdog keep-alive is sent.
@Suite struct SystemdWatchdogLivenessTests {
    let clock = ContinuousClock()

    @Test func idleWorkersAreAlive() {
        let liveness = WorkLiveness(limit: .seconds(10))
        #expect(liveness.verdict() == .alive)
    }

    @Test func aDocumentWithinTheLimitIsAlive() {
        let liveness = WorkLiveness(limit: .seconds(10))
        let start = clock.now
        _ = liveness.begin(file: "a.txt", at: start)
        #expect(liveness.verdict(at: start.advanced(by: .seconds(9))) == .alive)
    }

    @Test func aWorkerHeldByOneDocumentBeyondTheLimitIsStuck() {
        let liveness = WorkLiveness(limit: .seconds(10))
        let start = clock.now
        _ = liveness.begin(file: "fast.txt", at: start.advanced(by: .seconds(5)))
        _ = liveness.begin(file: "slow.txt", at: start)
        #expect(liveness.verdict(at: start.advanced(by: .seconds(12))) == .stuckDocument(file: "slow.txt", seconds: 12))
    }

    @Test func aFinishedDocumentNoLongerCounts() {
        let liveness = WorkLiveness(limit: .seconds(10))
        let start = clock.now
        let token = liveness.begin(file: "a.txt", at: start)
        liveness.end(token)
        #expect(liveness.verdict(at: start.advanced(by: .seconds(60))) == .alive)
    }

    @Test func aDocumentStartedLaterHasItsOwnClock() {
        let liveness = WorkLiveness(limit: .seconds(10))
        let start = clock.now
        let first = liveness.begin(file: "a.txt", at: start)
        liveness.end(first)
        let second = liveness.begin(file: "b.txt", at: start.advanced(by: .seconds(8)))
        #expect(liveness.verdict(at: start.advanced(by: .seconds(15))) == .alive)
        #expect(liveness.verdict(at: start.advanced(by: .seconds(19))) == .stuckDocument(file: "b.txt", seconds: 11))
        liveness.end(second)
        #expect(liveness.verdict(at: start.advanced(by: .seconds(19))) == .alive)
    }

    @Test func aWatcherThatEndedStopsTheKeepAlive() {
        let liveness = WorkLiveness(limit: .seconds(10))
        liveness.watcherStopped()
        #expect(liveness.verdict() == .watcherEnded)
    }

    @Test func theLimitGrowsWithThePluginTimeouts() {
        var configuration = Configuration()
        configuration.stages = [StageConfiguration(name: "cleanup")]
        #expect(WorkLiveness.limit(for: configuration) == .seconds(120))
        configuration.stages.append(StageConfiguration(name: "ner", timeoutMilliseconds: 90_000))
        #expect(WorkLiveness.limit(for: configuration) == .seconds(300))
    }
}
