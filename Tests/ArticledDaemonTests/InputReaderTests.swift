import Foundation
import Testing
@testable import ArticledDaemon

@Suite struct InputReaderTests {
    let reader = InputReader(maxBytes: 1000)
    let scratch: TestFolder
    var folder: String { scratch.path }

    init() throws { scratch = try TestFolder("articled-input") }

    func write(_ bytes: [UInt8], _ name: String) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func rejection(_ path: String, _ name: String) -> String? {
        do { _ = try reader.read(path: path, fileName: name); return nil } catch { return error.reason }
    }

    @Test func utf8TextBecomesADocumentWithItsHashAndFormat() throws {
        let path = write(Array("# Title\n\nBody.".utf8), "a.md")
        let doc = try reader.read(path: path, fileName: "a.md")
        #expect(doc.format == .markdown)
        #expect(doc.raw == "# Title\n\nBody.")
        #expect(doc.id.count == 64)
        #expect(doc.warnings.isEmpty)
    }

    @Test func aWebPageSavedAsTextIsReadAsHTMLAndPlainTextStaysText() throws {
        let page = try reader.read(path: write(Array("<!doctype html><html><body><p>Body.</p></body></html>".utf8), "p.txt"), fileName: "p.txt")
        #expect(page.format == .html)
        let text = try reader.read(path: write(Array("Title\n\nBody with 3 < 4 in it.".utf8), "t.txt"), fileName: "t.txt")
        #expect(text.format == .text)
    }

    @Test func anEmptyFileIsRefused() {
        #expect(rejection(write([], "e.txt"), "e.txt") == "is empty")
    }

    @Test func aFileOfOnlyWhiteSpaceIsRefused() {
        #expect(rejection(write(Array(" \n\n\t ".utf8), "w.txt"), "w.txt") == "holds only white space")
    }

    @Test func binaryContentIsRefused() {
        #expect(rejection(write([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], "img.txt"), "img.txt")?.contains("binary") == true)
    }

    @Test func aFileOverTheLimitIsRefusedSayingBothSizes() {
        let reason = rejection(write([UInt8](repeating: 65, count: 1001), "big.txt"), "big.txt")
        #expect(reason == "is 1001 bytes, over the limit of 1000 (max_file_bytes)")
    }

    @Test func anUnsupportedExtensionIsRefusedNamingTheSupportedOnes() {
        #expect(rejection(write(Array("x".utf8), "a.pdf"), "a.pdf")?.contains("unsupported file type '.pdf'") == true)
    }

    @Test func aSymbolicLinkIsRefusedAndItsTargetNeverRead() throws {
        let target = write(Array("secret".utf8), "target.txt")
        let link = folder + "/link.txt"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(rejection(link, "link.txt") == "is a symbolic link; links are never followed")
    }

    @Test func aFIFOIsRefusedWithoutBlocking() {
        let path = folder + "/pipe.txt"
        mkfifo(path, 0o600)
        #expect(rejection(path, "pipe.txt") == "is not a regular file")
    }

    @Test func invalidUTF8IsReadAsWindows1252WithAWarning() throws {
        let doc = try reader.read(path: write([0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94], "l.txt"), fileName: "l.txt")
        #expect(doc.raw == "café “q”")
        #expect(doc.warnings == ["input is not valid UTF-8; read as Windows-1252"])
    }

    @Test func aByteOrderMarkIsDroppedButCountsInTheId() throws {
        let doc = try reader.read(path: write([0xEF, 0xBB, 0xBF] + Array("Hi.".utf8), "b.txt"), fileName: "b.txt")
        #expect(doc.raw == "Hi.")
    }
}
