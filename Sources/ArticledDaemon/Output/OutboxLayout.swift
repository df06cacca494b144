import ArticledCore

/// Where results, kept originals and failures go in the outbox (CONTRACT.md).
///
/// `<relative folder>/<name>.json` for results, `originals/<relative path>` and
/// `failed/<relative path>` (+ `.error.json`) for inputs. A name that would exceed the
/// 255-byte limit of a file name is shortened, keeping a hash of the whole name so that
/// two long names never meet.
struct OutboxLayout: Sendable {
    let root: String

    var failedFolder: String { root + "/failed" }
    var originalsFolder: String { root + "/originals" }

    /// The result's path for an input at `relativePath` in the inbox.
    func resultPath(for relativePath: String) -> String {
        let (folder, name) = split(relativePath)
        return root + folder + "/" + Self.fitting(Self.stem(name), suffix: ".json")
    }

    /// Where a kept original goes.
    func originalPath(for relativePath: String) -> String {
        let (folder, name) = split(relativePath)
        return originalsFolder + folder + "/" + Self.fitting(name, suffix: "")
    }

    /// Where a failed original goes, and its report.
    func failedPaths(for relativePath: String) -> (original: String, report: String) {
        let (folder, name) = split(relativePath)
        let base = failedFolder + folder + "/"
        return (base + Self.fitting(name, suffix: ""), base + Self.fitting(name, suffix: ".error.json"))
    }

    /// An alternative path for a file when `path` is taken by a different one: `stem-<id>.ext`.
    static func alternative(_ path: String, id: String) -> String {
        let folder = DurableFile.parentFolder(path)
        let name = DurableFile.fileName(path)
        let stem = stem(name)
        let ext = name.utf8.count > stem.utf8.count ? String(name.dropFirst(stem.count)) : ""
        return folder + "/" + fitting(stem + "-" + id.prefix(12), suffix: ext)
    }

    /// `name` without its last extension (`a.b.txt` → `a.b`; `.txt` stays whole).
    static func stem(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// `name + suffix`, shortened to fit a file name's 255 bytes when needed.
    static func fitting(_ name: String, suffix: String) -> String {
        let limit = 255
        if name.utf8.count + suffix.utf8.count <= limit { return name + suffix }
        let hash = "~" + SHA256.hex(Array(name.utf8)).prefix(16)
        var kept = ""
        var bytes = 0
        let room = limit - suffix.utf8.count - hash.utf8.count
        for scalar in name.unicodeScalars {
            let n = String(scalar).utf8.count
            if bytes + n > room { break }
            kept.unicodeScalars.append(scalar)
            bytes += n
        }
        return kept + hash + suffix
    }

    private func split(_ relativePath: String) -> (folder: String, name: String) {
        let folder = DurableFile.parentFolder(relativePath)
        return (folder == "." ? "" : "/" + folder, DurableFile.fileName(relativePath))
    }
}
