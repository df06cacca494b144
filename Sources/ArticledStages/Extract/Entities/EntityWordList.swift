import Foundation

/// Reads the entity word lists from the package resources.
///
/// Like `ResourceFile`, but it looks both in the bundle's resource folder and in its
/// `Resources/` subfolder: on Linux, `Bundle.module.resourceURL` already ends in `Resources`.
enum EntityWordList {
    /// The non-comment, non-blank lines of the word list `name`; empty (with a message on
    /// stderr) when the file is missing.
    static func lines(_ name: String) -> [Substring] {
        guard let base = Bundle.module.resourceURL else { return [] }
        let candidates = [base.appendingPathComponent(name),
                          base.appendingPathComponent("Resources").appendingPathComponent(name)]
        for url in candidates {
            if let data = try? Data(contentsOf: url) {
                return String(decoding: data, as: UTF8.self).split(separator: "\n").filter { !$0.isEmpty && !$0.hasPrefix("#") }
            }
        }
        FileHandle.standardError.write(Data("articled: word list \(name) is missing from \(base.path)\n".utf8))
        return []
    }
}
