import Foundation

/// Reads the entity word lists from the package resources, as bytes.
///
/// Like `ResourceFile`, but it looks both in the bundle's resource folder and in its
/// `Resources/` subfolder (on Linux, `Bundle.module.resourceURL` already ends in `Resources`),
/// and hands out each line's bytes without building Strings: loading is one pass per file.
enum EntityWordList {
    /// Calls `body` with the bytes of each non-comment, non-blank line of the word list `name`;
    /// writes a message on stderr when the file is missing.
    static func forEachLine(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let data = load(name) else { return }
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

    /// The contents of the word list `name`, or nil (with a message on stderr) when missing.
    private static func load(_ name: String) -> Data? {
        guard let base = Bundle.module.resourceURL else { return nil }
        let candidates = [base.appendingPathComponent(name),
                          base.appendingPathComponent("Resources").appendingPathComponent(name)]
        for url in candidates {
            if let data = try? Data(contentsOf: url) { return data }
        }
        FileHandle.standardError.write(Data("articled: word list \(name) is missing from \(base.path)\n".utf8))
        return nil
    }
}
