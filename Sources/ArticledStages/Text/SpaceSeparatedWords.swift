/// The words of a line's UTF-8 bytes, split on spaces (a run of spaces makes no empty word),
/// as byte ranges: how the line rules walk a line's words without copying it.
struct SpaceSeparatedWords: Sequence, IteratorProtocol {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    /// The words of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The next word's byte range, or nil at the end of the line.
    mutating func next() -> Range<Int>? {
        while position < bytes.count && bytes[position] == 0x20 { position += 1 }
        guard position < bytes.count else { return nil }
        let start = position
        while position < bytes.count && bytes[position] != 0x20 { position += 1 }
        return start..<position
    }
}
