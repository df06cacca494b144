import Glibc

extension dirent {
    /// The entry's name, from the fixed-size `d_name` field `readdir(3)` fills.
    var name: String {
        withUnsafePointer(to: d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
    }
}
