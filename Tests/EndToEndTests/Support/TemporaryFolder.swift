import Foundation

/// A fresh folder under the system's temporary folder, removed when the test ends.
final class TemporaryFolder {
    let path: String

    init(_ label: String = "articled") throws {
        let base = (NSTemporaryDirectory() as NSString).appendingPathComponent("\(label)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        path = base
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// `path/relative`.
    func callAsFunction(_ relative: String) -> String { (path as NSString).appendingPathComponent(relative) }

    /// Writes `text` to `relative`, creating folders.
    @discardableResult
    func write(_ text: String, to relative: String) throws -> String {
        try write(Data(text.utf8), to: relative)
    }

    /// Writes `data` to `relative`, creating folders.
    @discardableResult
    func write(_ data: Data, to relative: String) throws -> String {
        let target = self(relative)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: target))
        return target
    }

    /// The regular files below `relative`, as paths relative to it, sorted; hidden ones included.
    func files(under relative: String) -> [String] {
        let root = self(relative)
        guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
        var out: [String] = []
        while let item = e.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: (root as NSString).appendingPathComponent(item), isDirectory: &isDir), !isDir.boolValue {
                out.append(item)
            } else if let attrs = try? FileManager.default.attributesOfItem(atPath: (root as NSString).appendingPathComponent(item)),
                      attrs[.type] as? FileAttributeType == .typeSymbolicLink {
                out.append(item)
            }
        }
        return out.sorted()
    }
}
