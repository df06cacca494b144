import Foundation
import Testing
@testable import ArticledDaemon

@Suite struct SyncBarrierTests {
    @Test func concurrentWaitersAllReturnAndShareFlushes() async throws {
        let folder = NSTemporaryDirectory()
        let barrier = SyncBarrier(folder: folder)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<50 { group.addTask { try await barrier.wait() } }
            try await group.waitForAll()
        }
        // Sequential waits each get a flush of their own and still return.
        try await barrier.wait()
        try await barrier.wait()
    }

    @Test func aFolderThatCannotBeOpenedIsAnError() async {
        let barrier = SyncBarrier(folder: "/nonexistent-articled-folder")
        await #expect(throws: FileSystemError.self) { try await barrier.wait() }
    }
}
