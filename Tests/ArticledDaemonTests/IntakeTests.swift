import Foundation
import Testing
@testable import ArticledDaemon

@Suite struct IntakeTests {
    let scratch: TestFolder
    var folder: String { scratch.path }

    init() throws { scratch = try TestFolder("articled-intake") }

    func append(_ text: String, to path: String) throws {
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(Data(text.utf8))
            try handle.close()
        } else {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
    }

    @Test func aRenamedInFileIsReadyAtOnce() async {
        let intake = Intake(settle: .seconds(60))
        await intake.offer(folder + "/a.txt", settled: true)
        #expect(await intake.next() == folder + "/a.txt")
    }

    @Test func aWrittenFileWaitsForItsSettleTime() async throws {
        let intake = Intake(settle: .milliseconds(150))
        let path = folder + "/b.txt"
        try append("x", to: path)
        let clock = ContinuousClock()
        let start = clock.now
        await intake.offer(path, settled: false)
        #expect(await intake.next() == path)
        #expect(clock.now - start >= .milliseconds(150))
    }

    @Test func aFileStillBeingWrittenAcrossSeveralOpensIsTakenOnlyWhenItStops() async throws {
        let intake = Intake(settle: .milliseconds(200))
        let path = folder + "/slow.txt"
        try append("part 1\n", to: path)
        await intake.offer(path, settled: false)
        let writer = Task {
            for i in 2...6 {
                try await Task.sleep(for: .milliseconds(80))
                try append("part \(i)\n", to: path)
            }
        }
        let taken = await intake.next()
        try await writer.value
        #expect(taken == path)
        let content = try String(contentsOfFile: path, encoding: .utf8)
        // Taken after the writer's last append: every part is there.
        #expect(content.contains("part 6"))
    }

    @Test func aFileOfferedTwiceBeforeItIsTakenIsQueuedOnce() async {
        let intake = Intake(settle: .zero)
        await intake.offer(folder + "/c.txt", settled: true)
        await intake.offer(folder + "/c.txt", settled: true)
        await intake.offer(folder + "/d.txt", settled: true)
        #expect(await intake.next() == folder + "/c.txt")
        #expect(await intake.next() == folder + "/d.txt")
        await intake.close()
        #expect(await intake.next() == nil)
    }

    @Test func onceClosedItHandsOutNoFileEvenFromItsQueue() async {
        let intake = Intake(settle: .zero)
        await intake.offer(folder + "/e.txt", settled: true)
        await intake.offer(folder + "/f.txt", settled: true)
        #expect(await intake.next() == folder + "/e.txt")
        await intake.close()
        // f.txt stays in the inbox for the next start; a stop does not drain the backlog.
        #expect(await intake.next() == nil)
        await intake.offer(folder + "/g.txt", settled: true)
        #expect(await intake.next() == nil)
    }

    @Test func aFileThatVanishesWhileSettlingIsDropped() async throws {
        let intake = Intake(settle: .milliseconds(50))
        let path = folder + "/gone.txt"
        try append("x", to: path)
        await intake.offer(path, settled: false)
        try FileManager.default.removeItem(atPath: path)
        await intake.offer(folder + "/later.txt", settled: true)
        #expect(await intake.next() == folder + "/later.txt")
        try await Task.sleep(for: .milliseconds(120))
        #expect(await intake.backlog == 0)
    }
}
