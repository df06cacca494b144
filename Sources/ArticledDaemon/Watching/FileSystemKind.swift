import CLinux

/// Whether a folder lies on a file system whose changes inotify may not see.
///
/// inotify reports only changes made through the local kernel: on NFS, CIFS/SMB or FUSE,
/// files written by another machine raise no event, so the daemon polls there instead.
enum FileSystemKind {
    /// The name of the network file system `path` is on, or nil for a local one.
    static func networkFileSystem(at path: String) -> String? {
        let type = articled_filesystem_type(path)
        guard type != -1 else { return nil }
        switch UInt64(bitPattern: Int64(type)) & 0xFFFF_FFFF {
        case 0x6969: return "NFS"
        case 0xFF53_4D42: return "CIFS"
        case 0xFE53_4D42: return "SMB2"
        case 0x517B: return "SMB"
        case 0x6573_5546: return "FUSE"
        case 0x0102_1997: return "9P"
        case 0x0BD0_0BD0: return "Lustre"
        case 0x47504653: return "GPFS"
        default: return nil
        }
    }
}
