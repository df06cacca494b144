/// The inbox's naming rules (CONTRACT.md): which names are never picked up.
///
/// Hidden and temporary names are where writers put a file before renaming it into place,
/// so they must never be taken, however complete they look.
public enum InboxNames {
    private static let temporarySuffixes = ["~", ".tmp", ".part", ".swp", ".crdownload"]

    /// Whether the daemon ignores a file or folder of this name (one path component).
    public static func isIgnored(_ name: String) -> Bool {
        if name.hasPrefix(".") { return true }
        let lower = name.lowercased()
        return temporarySuffixes.contains { lower.hasSuffix($0) }
    }

    /// Whether any component of a path relative to the inbox is ignored.
    public static func isIgnored(relativePath: String) -> Bool {
        relativePath.split(separator: "/").contains { isIgnored(String($0)) }
    }
}
