import Glibc

/// Lines for the user on standard output or standard error.
enum FileHandleOutput {
    static func standardError(_ message: String) {
        let line = message.hasSuffix("\n") ? message : message + "\n"
        _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    }

    static func standardOutput(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let r = bytes.withUnsafeBytes { write(1, $0.baseAddress! + offset, $0.count - offset) }
            if r <= 0 { return }
            offset += r
        }
    }
}
