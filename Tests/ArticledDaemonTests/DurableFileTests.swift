import Foundation
import Testing
@testable import ArticledDaemon

/// Writes and moves on a real folder: folders are made on first use, nothing is replaced,
/// and a failed move leaves the source where it was.
@Suite struct DurableFileTests {
    let folder: TestFolder
    var root: String { folder.path }

    init() throws { folder = try TestFolder("articled-durable") }

    func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    @Test func aWriteMakesItsMissingFoldersAndLeavesNoTemporaryFile() throws {
        let path = root + "/out/world/asia/story.json"
        try DurableFile.write(Array("{}\n".utf8), to: path)
        #expect(contents(path) == "{}\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/out/world/asia") == ["story.json"])
    }

    @Test func aWriteReplacesTheFileThere() throws {
        let path = root + "/r.json"
        try DurableFile.write(Array("old".utf8), to: path)
        try DurableFile.write(Array("new".utf8), to: path)
        #expect(contents(path) == "new")
    }

    @Test func aMoveMakesItsMissingFolders() throws {
        let source = root + "/a.txt"
        try "A".write(toFile: source, atomically: false, encoding: .utf8)
        #expect(try DurableFile.move(source, to: root + "/originals/sub/a.txt"))
        #expect(contents(root + "/originals/sub/a.txt") == "A")
        #expect(!FileManager.default.fileExists(atPath: source))
    }

    @Test func aMoveNeverReplacesAFile() throws {
        try "A".write(toFile: root + "/a.txt", atomically: false, encoding: .utf8)
        try "B".write(toFile: root + "/b.txt", atomically: false, encoding: .utf8)
        #expect(try !DurableFile.move(root + "/a.txt", to: root + "/b.txt"))
        #expect(contents(root + "/a.txt") == "A")
        #expect(contents(root + "/b.txt") == "B")
    }

    @Test func aMoveOfAMissingFileFailsAndMakesNoFolder() throws {
        #expect(throws: FileSystemError.self) { try DurableFile.move(root + "/gone.txt", to: root + "/new/gone.txt") }
        #expect(!FileManager.default.fileExists(atPath: root + "/new"))
    }
}
