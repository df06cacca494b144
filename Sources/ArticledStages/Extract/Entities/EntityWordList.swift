import Foundation

/// Reads the entity word lists from the package resources, as bytes.
///
/// Found like every word list (`ResourceFile`), but each line's bytes are handed out without
/// building Strings: loading is one pass per file.
enum EntityWordList {
    /// Calls `body` with the bytes of each non-comment, non-blank line of the word list `name`;
    /// writes a message on stderr when the file is missing.
    static func forEachLine(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let data = ResourceFile.data(name) else { return }
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                var last = end
                while last > start && (bytes[last - 1] == 0x0D || bytes[last - 1] == 0x20) { last -= 1 }
                if last > start && bytes[start] != 0x23 {
                    body(UnsafeBufferPointer(rebasing: bytes[start..<last]))
                }
                start = end + 1
            }
        }
    }
}
