import Synchronization
import Testing
@testable import ArticledDaemon

@Suite struct AsyncGateTests {
    final class Peak: Sendable {
        let inside = Atomic(0)
        let most = Atomic(0)
    }

    @Test func noMoreThanTheLimitRunAtOnceAndEveryoneGetsThrough() async {
        let gate = AsyncGate(limit: 3)
        let peak = Peak()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<40 {
                group.addTask {
                    await gate.run { () async -> Void in
                        let now = peak.inside.add(1, ordering: .relaxed).newValue
                        peak.most.max(now, ordering: .relaxed)
                        try? await Task.sleep(for: .milliseconds(2))
                        peak.inside.subtract(1, ordering: .relaxed)
                    }
                }
            }
        }
        #expect(peak.most.load(ordering: .relaxed) == 3)
        #expect(peak.inside.load(ordering: .relaxed) == 0)
    }

    @Test func aThrowingBodyGivesItsPlaceBack() async {
        struct Boom: Error {}
        let gate = AsyncGate(limit: 1)
        await #expect(throws: Boom.self) { try await gate.run { () async throws(Boom) -> Int in throw Boom() } }
        let value = await gate.run { () async -> Int in 7 }
        #expect(value == 7)
    }
}
