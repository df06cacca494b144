/// What the inbox's watcher reports to the daemon.
enum InboxEvent: Sendable, Equatable {
    /// A file was renamed into the inbox: it is complete and can be taken at once.
    case renamedIn(String)
    /// A file was closed after writing (or seen by a scan): take it once it has settled.
    case written(String)
    /// A folder appeared (created, moved in or renamed): scan it, files may be there already.
    case folderAppeared(String)
    /// Events were lost (the kernel's queue overflowed): rescan the whole inbox.
    case overflow
}
