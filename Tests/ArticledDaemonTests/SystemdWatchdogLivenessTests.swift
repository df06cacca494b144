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
        liveness.begin(worker: 0, file: "a.txt", at: start)
        #expect(liveness.verdict(at: start.advanced(by: .seconds(9))) == .alive)
    }

    @Test func aWorkerHeldByOneDocumentBeyondTheLimitIsStuck() {
        let liveness = WorkLiveness(limit: .seconds(10))
        let start = clock.now
        liveness.begin(worker: 0, file: "fast.txt", at: start.advanced(by: .seconds(5)))
        liveness.begin(worker: 1, file: "slow.txt", at: start)
        #expect(liveness.verdict(at: start.advanced(by: .seconds(12))) == .stuckDocument(file: "slow.txt", seconds: 12))
    }

    @Test func aFinishedDocumentNoLongerCounts() {
        let liveness = WorkLiveness(limit: .seconds(10))
        let start = clock.now
        liveness.begin(worker: 0, file: "a.txt", at: start)
        liveness.end(worker: 0)
        #expect(liveness.verdict(at: start.advanced(by: .seconds(60))) == .alive)
    }

    @Test func aWorkerStartingANewDocumentResetsItsClock() {
        let liveness = WorkLiveness(limit: .seconds(10))
        let start = clock.now
        liveness.begin(worker: 0, file: "a.txt", at: start)
        liveness.begin(worker: 0, file: "b.txt", at: start.advanced(by: .seconds(8)))
        #expect(liveness.verdict(at: start.advanced(by: .seconds(15))) == .alive)
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
