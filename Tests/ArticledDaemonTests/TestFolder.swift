import Foundation

/// A fresh folder for one test, removed when the test ends (the suite instance that holds it goes).
final class TestFolder: Sendable {
    let path: String

    init(_ label: String = "articled-test") throws {
        path = NSTemporaryDirectory() + "\(label)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `text` to `relative`, creating folders; returns the full path.
    @discardableResult
    func write(_ text: String, to relative: String) throws -> String {
        let target = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: target))
        return target
    }
}
