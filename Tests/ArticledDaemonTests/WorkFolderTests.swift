import Foundation
import Testing
@testable import ArticledDaemon

/// Claims on a real folder: a claim takes the file out of the inbox into a slot folder that
/// the next claim reuses, and a run's leftovers are found by the next one.
@Suite struct WorkFolderTests {
    let folder: TestFolder
    var root: String { folder.path }
    var inbox: String { root + "/inbox" }
    var claimed: String { inbox + "/.articled/claimed" }

    init() throws {
        folder = try TestFolder("articled-work")
        try FileManager.default.createDirectory(atPath: folder.path + "/inbox", withIntermediateDirectories: true)
    }

    func work() throws -> WorkFolder {
        let work = WorkFolder(root: inbox + "/.articled", inbox: inbox)
        try work.prepare()
        return work
    }

    @discardableResult
    func drop(_ relative: String, _ text: String = "Body.") throws -> String {
        let path = inbox + "/" + relative
        try FileManager.default.createDirectory(atPath: DurableFile.parentFolder(path), withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    func claimFolders() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: claimed).sorted()
    }

    /// Moves a claimed file out, as the processor does once its result is written.
    func finish(_ claim: ClaimedFile, _ work: WorkFolder) throws {
        try FileManager.default.removeItem(atPath: claim.path)
        work.release(claim)
    }

    @Test func aClaimTakesTheFileOutOfTheInboxKeepingItsRelativePath() throws {
        let work = try work()
        let path = try drop("story.txt", "Hello.")
        let claim = try #require(try work.claim(path))
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(claim.relativePath == "story.txt")
        #expect(claim.path.hasPrefix(claimed + "/"))
        #expect(try String(contentsOfFile: claim.path, encoding: .utf8) == "Hello.")
    }

    @Test func theNextClaimReusesTheFolderOfAFinishedOne() throws {
        let work = try work()
        let first = try #require(try work.claim(try drop("a.txt")))
        try finish(first, work)
        #expect(try claimFolders() == [DurableFile.fileName(first.claimFolder)], "the slot's folder stays for the next claim")
        for name in ["b.txt", "c.txt", "d.txt"] {
            let claim = try #require(try work.claim(try drop(name)))
            #expect(claim.claimFolder == first.claimFolder)
            try finish(claim, work)
        }
        #expect(try claimFolders().count == 1)
    }

    @Test func anInboxWithAccentsInItsPathReusesItsSlotsToo() throws {
        let inbox = root + "/revue de presse – été"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        let work = WorkFolder(root: inbox + "/.articled", inbox: inbox)
        try work.prepare()
        var folders: Set<String> = []
        for name in ["a.txt", "b.txt"] {
            try "Body.".write(toFile: inbox + "/" + name, atomically: false, encoding: .utf8)
            let claim = try #require(try work.claim(inbox + "/" + name))
            folders.insert(claim.claimFolder)
            try finish(claim, work)
        }
        #expect(folders.count == 1)
    }

    @Test func claimsInFlightTogetherHaveFoldersOfTheirOwn() throws {
        let work = try work()
        let a = try #require(try work.claim(try drop("same.txt", "A")))
        let b = try #require(try work.claim(try drop("same.txt", "B")))
        #expect(a.claimFolder != b.claimFolder)
        #expect(try String(contentsOfFile: a.path, encoding: .utf8) == "A")
        #expect(try String(contentsOfFile: b.path, encoding: .utf8) == "B")
    }

    @Test func aFileInASubfolderLeavesNoEmptySubfoldersBehind() throws {
        let work = try work()
        let claim = try #require(try work.claim(try drop("world/asia/story.txt")))
        #expect(claim.relativePath == "world/asia/story.txt")
        try finish(claim, work)
        #expect(try FileManager.default.contentsOfDirectory(atPath: claim.claimFolder).isEmpty)
        let next = try #require(try work.claim(try drop("top.txt")))
        #expect(next.claimFolder == claim.claimFolder)
    }

    @Test func aFileGoneBeforeItsClaimIsNoClaimAndFreesTheSlot() throws {
        let work = try work()
        #expect(try work.claim(inbox + "/never-there.txt") == nil)
        let claim = try #require(try work.claim(try drop("real.txt")))
        #expect(try claimFolders() == [DurableFile.fileName(claim.claimFolder)])
    }

    @Test func aSlotFolderRemovedBehindTheDaemonsBackIsMadeAgain() throws {
        let work = try work()
        let first = try #require(try work.claim(try drop("a.txt")))
        try finish(first, work)
        try FileManager.default.removeItem(atPath: first.claimFolder)
        let path = try drop("b.txt")
        let claim = try #require(try work.claim(path))
        #expect(FileManager.default.fileExists(atPath: claim.path))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func theNextRunFindsWhatWasLeftClaimedAndClearsEmptySlots() throws {
        let crashed = try work()
        let left = try #require(try crashed.claim(try drop("sub/left.txt")))
        let done = try #require(try crashed.claim(try drop("done.txt")))
        try finish(done, crashed)
        let next = try work()
        let unfinished = next.unfinishedClaims()
        #expect(unfinished == [left])
        #expect(try claimFolders() == [DurableFile.fileName(left.claimFolder)], "the empty slot is removed")
        try finish(left, next)
        #expect(try claimFolders().isEmpty, "another run's claim folder is removed with its file")
    }
}
