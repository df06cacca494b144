/// An input the daemon has taken out of the inbox by renaming it into its work folder.
///
/// While claimed, no other event can start a second processing of the same file; after a
/// crash, claimed files are found again and processed from the start.
struct ClaimedFile: Sendable, Equatable {
    /// The claim's private folder in the work folder.
    var claimFolder: String
    /// The input's path relative to the inbox (`sub/article.txt`).
    var relativePath: String

    /// The claimed file's current path.
    var path: String { claimFolder + "/" + relativePath }
    /// The input's file name, with extension, without folders.
    var fileName: String { DurableFile.fileName(relativePath) }

    /// The suffix of a claim folder whose file is being retried after a previous run stopped
    /// while processing it.
    static let retrySuffix = ".retry"

    /// Whether a previous run already retried this file and stopped again before finishing it:
    /// the file may crash or hang the daemon, and is not tried a third time.
    var wasRetried: Bool { claimFolder.hasSuffix(Self.retrySuffix) }
}
