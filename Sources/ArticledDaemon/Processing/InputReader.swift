import ArticledCore
import Glibc

/// Reads an input file into a fresh `Document`, refusing what is not an article.
///
/// The file is opened with `O_NOFOLLOW | O_NONBLOCK`, so a symbolic link is refused
/// without its target ever being read and a FIFO cannot hang the daemon. Empty, binary,
/// oversized and unsupported files are refused with a reason a user can act on; text that
/// is not valid UTF-8 is read as Windows-1252, with a warning.
struct InputReader: Sendable {
    var maxBytes: Int

    /// The document for the file at `path`, whose name in the inbox was `fileName`.
    func read(path: String, fileName: String) throws(InputRejection) -> Document {
        let stem = OutboxLayout.stem(fileName)
        let ext = stem.count < fileName.count ? String(fileName.dropFirst(stem.count + 1)) : ""
        let format: InputFormat
        if ext.isEmpty {
            format = .text
        } else if let f = InputFormat(fileExtension: ext) {
            format = f
        } else {
            throw InputRejection(reason: "unsupported file type '.\(ext)': articled reads .txt, .md, .markdown, .html and .htm")
        }

        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ELOOP { throw InputRejection(reason: "is a symbolic link; links are never followed") }
            throw InputRejection(reason: "cannot be opened: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw InputRejection(reason: "cannot be examined: \(String(cString: strerror(errno)))") }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw InputRejection(reason: "is not a regular file") }
        let size = Int(st.st_size)
        guard size > 0 else { throw InputRejection(reason: "is empty") }
        guard size <= maxBytes else {
            throw InputRejection(reason: "is \(size) bytes, over the limit of \(maxBytes) (max_file_bytes)")
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let r = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, size - filled) }
            if r < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            if r < 0 { throw InputRejection(reason: "cannot be read: \(String(cString: strerror(errno)))") }
            if r == 0 { break }
            filled += r
        }
        if filled < size { bytes.removeSubrange(filled...) }
        return try document(bytes: bytes, fileName: fileName, format: format)
    }

    /// The document for input `bytes`, refusing binary content. Text that is an HTML page
    /// (a page saved as `.txt`) is read as HTML.
    func document(bytes: [UInt8], fileName: String, format: InputFormat) throws(InputRejection) -> Document {
        guard !bytes.isEmpty else { throw InputRejection(reason: "is empty") }
        let format = format == .text && InputFormat(sniffing: bytes) == .html ? .html : format
        var controls = 0
        for b in bytes {
            if b == 0 { throw InputRejection(reason: "is binary (it contains NUL bytes), not text") }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
        }
        if controls * 20 > bytes.count {
            throw InputRejection(reason: "is binary (\(controls) control bytes in \(bytes.count)), not text")
        }
        let id = SHA256.hex(bytes)
        var warnings: [String] = []
        var content = bytes
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content.removeFirst(3) }
        let text: String
        if let valid = String(validating: content, as: UTF8.self) {
            text = valid
        } else {
            text = Windows1252.decode(content)
            warnings.append("input is not valid UTF-8; read as Windows-1252")
        }
        guard text.utf8.contains(where: { $0 > 0x20 }) else { throw InputRejection(reason: "holds only white space") }
        var document = Document(id: id, sourceFile: fileName, format: format, raw: text)
        document.warnings = warnings
        return document
    }
}
