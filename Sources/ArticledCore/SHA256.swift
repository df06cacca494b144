import CSHA256Blocks

/// SHA-256 (FIPS 180-4) of a byte buffer, for a document's `id`.
///
/// A few dozen lines of our own instead of swift-crypto: the daemon needs one hash, and
/// swift-crypto would add BoringSSL to every build. On a processor with the SHA extensions the
/// blocks go through them (`CSHA256Blocks`, six times faster: 39 -> 6 µs for an 8.8 KB article);
/// elsewhere through the Swift code below. Both are tested against the standard vectors.
public enum SHA256 {
    /// Whether this processor's SHA extensions compress the blocks.
    static let hasBlockInstructions = articled_sha256_blocks_available() == 1

    /// The round constants, shared with the C blocks.
    private static var k: UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(start: articled_sha256_round_constants(), count: 64) }

    /// The lower-case hex digest of `bytes`.
    public static func hex<C: Collection<UInt8>>(_ bytes: C) -> String {
        let digest = hash(bytes)
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in digest {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The 32-byte digest of `bytes`.
    public static func hash<C: Collection<UInt8>>(_ bytes: C) -> [UInt8] {
        hash(bytes, instructions: hasBlockInstructions)
    }

    /// The digest of `bytes`, through the SHA extensions or not (tests compare both).
    static func hash<C: Collection<UInt8>>(_ bytes: C, instructions: Bool) -> [UInt8] {
        let digest = bytes.withContiguousStorageIfAvailable { hash(buffer: $0, instructions: instructions) }
            ?? Array(bytes).withUnsafeBufferPointer { hash(buffer: $0, instructions: instructions) }
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for v in digest { for s in [24, 16, 8, 0] { out.append(UInt8(truncatingIfNeeded: v >> UInt32(s))) } }
        return out
    }

    /// The eight words of the digest of `message`: its whole blocks read in place, the last
    /// one or two padded in a small buffer of their own.
    private static func hash(buffer message: UnsafeBufferPointer<UInt8>, instructions: Bool) -> [UInt32] {
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        let whole = message.count / 64 * 64
        var tail = Array(message[whole...])
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bitLength = UInt64(message.count) &* 8
        for i in (0..<8).reversed() { tail.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8))) }
        if instructions {
            h.withUnsafeMutableBufferPointer { h in
                if whole > 0 { articled_sha256_blocks(h.baseAddress!, message.baseAddress!, whole / 64) }
                tail.withUnsafeBufferPointer { articled_sha256_blocks(h.baseAddress!, $0.baseAddress!, $0.count / 64) }
            }
            return h
        }
        h.withUnsafeMutableBufferPointer { h in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                if whole > 0 { compress(UnsafeBufferPointer(rebasing: message[..<whole]), into: h, w: w, k: k) }
                tail.withUnsafeBufferPointer { compress($0, into: h, w: w, k: k) }
            }
        }
        return h
    }

    /// Runs the compression function over every 64-byte block of `blocks`.
    @inline(__always)
    private static func compress(_ blocks: UnsafeBufferPointer<UInt8>, into h: UnsafeMutableBufferPointer<UInt32>,
                                 w: UnsafeMutableBufferPointer<UInt32>, k: UnsafeBufferPointer<UInt32>) {
        let m = blocks.baseAddress!
        var chunk = 0
        while chunk < blocks.count {
            for i in 0..<16 {
                let j = chunk + i * 4
                w[i] = UInt32(m[j]) << 24 | UInt32(m[j + 1]) << 16 | UInt32(m[j + 2]) << 8 | UInt32(m[j + 3])
            }
            for i in 16..<64 {
                let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
                let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
            for i in 0..<64 {
                let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                let ch = (e & f) ^ (~e & g)
                let t1 = hh &+ s1 &+ ch &+ k[i] &+ w[i]
                let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                let maj = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ maj
                (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
            }
            h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d
            h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
            chunk += 64
        }
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
