import Foundation

/// The word lists shipped in `Resources/`, read once and kept.
///
/// Lines starting with `#` are comments (source and licence); blank lines are skipped.
enum ResourceFile {
    /// The non-comment, non-blank lines of `Resources/<name>`, or an empty list (and a
    /// message on stderr) when the file is missing from the installation.
    static func lines(_ name: String) -> [Substring] {
        guard let data = data(name) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n").filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// The bytes of `Resources/<name>`, or nil (with a message on stderr) when it is missing.
    static func data(_ name: String) -> Data? {
        guard let base = Bundle.module.resourceURL else { return nil }
        // Foundation on Linux takes the bundle's `Resources/` folder as its resource folder
        // itself; elsewhere it is the bundle: look in both.
        let candidates = [base.appendingPathComponent(name), base.appendingPathComponent("Resources").appendingPathComponent(name)]
        guard let data = candidates.lazy.compactMap({ try? Data(contentsOf: $0) }).first else {
            FileHandle.standardError.write(Data("articled: word list \(name) is missing from \(base.path)\n".utf8))
            return nil
        }
        return data
    }
}
