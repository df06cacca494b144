import Foundation
import Testing
@testable import ArticledCore

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func digestsMatchTheStandardVectors(input: String, digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
        #expect(hex(SHA256.hash(Array(input.utf8), instructions: false)) == digest, "the Swift blocks")
        if SHA256.hasBlockInstructions {
            #expect(hex(SHA256.hash(Array(input.utf8), instructions: true)) == digest, "the SHA extensions")
        }
    }

    private func hex(_ digest: [UInt8]) -> String {
        digest.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    @Test func aMillionAsMatchesTheLongVector() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(bytes) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(hex(SHA256.hash(bytes, instructions: false)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func theSHAExtensionsAreUsedWhereTheProcessorHasThem() throws {
        let cpu = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
        let flags = cpu.split(separator: "\n").first { $0.hasPrefix("flags") }.map { $0.split(separator: " ") } ?? []
        #expect(SHA256.hasBlockInstructions == (flags.contains("sha_ni") && flags.contains("sse4_1")))
    }

    /// Lengths around one and two blocks, where the padding takes one block or two, checked
    /// against Python's hashlib on the bytes 0, 1, 2, … modulo 251.
    @Test(arguments: [
        (55, "463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59"),
        (56, "da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562"),
        (63, "29af2686fd53374a36b0846694cc342177e428d1647515f078784d69cdb9e488"),
        (64, "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108"),
        (65, "4bfd2c8b6f1eec7a2afeb48b934ee4b2694182027e6d0fc075074f2fabb31781"),
        (119, "da18797ed7c3a777f0847f429724a2d8cd5138e6ed2895c3fa1a6d39d18f7ec6"),
        (120, "f52b23db1fbb6ded89ef42a23ce0c8922c45f25c50b568a93bf1c075420bbb7c"),
        (128, "471fb943aa23c511f6f72f8d1652d9c880cfa392ad80503120547703e56a2be5"),
        (8800, "f8c10bff6dbf08131c327fae2ceab11d98f246b0b342d04b0b4871983512f3f5"),
    ])
    func lengthsAroundTheBlockBoundaryMatchAReference(length: Int, digest: String) {
        let bytes = (0..<length).map { UInt8($0 % 251) }
        #expect(SHA256.hex(bytes) == digest)
        #expect(hex(SHA256.hash(bytes, instructions: false)) == digest, "the Swift blocks")
        if SHA256.hasBlockInstructions {
            #expect(hex(SHA256.hash(bytes, instructions: true)) == digest, "the SHA extensions")
        }
        #expect(SHA256.hex(bytes.lazy.map { $0 }) == digest, "a collection without contiguous storage")
    }

    @Test func inputsAroundTheBlockBoundaryHashDifferently() {
        let digests = Set((54...66).map { SHA256.hex([UInt8](repeating: 7, count: $0)) })
        #expect(digests.count == 13)
    }
}
