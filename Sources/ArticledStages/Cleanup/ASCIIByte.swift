/// Byte classes of UTF-8 text that the cleanup and metadata rules test, without decoding.
enum ASCIIByte {
    /// A space or a tab.
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    /// A space, a tab or a line break: what ends a word in running text.
    @inline(__always) static func isBreak(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 }
    /// An ASCII digit.
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    /// An ASCII capital letter.
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    /// An ASCII small letter.
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    /// An ASCII letter.
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    /// An ASCII letter, or any byte of a multi-byte character (most of which are letters in news text).
    @inline(__always) static func isLetterLike(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) || b >= 0x80 }
    /// The byte with ASCII capitals folded to small letters.
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
    /// A UTF-8 continuation byte (10xxxxxx).
    @inline(__always) static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    /// FNV-1a hash of `bytes` with ASCII case folded: a cheap, allocation-free key for word lookups.
    static func foldedHash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes {
            h ^= UInt64(lower(b))
            h &*= 0x100000001b3
        }
        return h
    }

    /// The key under which a word is looked up in the cleanup vocabulary: FNV-1a over its
    /// ASCII letters and digits only, case folded ("Sign-up:" and "signup" share a key).
    static func wordKey<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes where isUpper(b) || isLower(b) || isDigit(b) {
            h ^= UInt64(lower(b))
            h &*= 0x100000001b3
        }
        return h
    }

    /// Whether `bytes`, ASCII capitals folded to small letters, are the small-letter `word`.
    static func equalsFolded(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { w in
            for k in 0..<w.count where lower(bytes[k]) != w[k] { return false }
            return true
        }
    }

    /// The same hash as `foldedHash` for a string, used to build the lookup tables.
    static func foldedHash(_ s: Substring) -> UInt64 { foldedHash(s.utf8) }

    /// The first Unicode scalar of `bytes` starting at `i` (which must start a character) and its length.
    static func scalar(in bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int)? {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1
        guard len > 1, i + len <= bytes.count else { return nil }
        var v = UInt32(b0) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
        for k in 1..<len {
            let c = bytes[i + k]
            guard isContinuation(c) else { return nil }
            v = v << 6 | UInt32(c & 0x3F)
        }
        guard let s = Unicode.Scalar(v) else { return nil }
        return (s, len)
    }
}
