/// A light English stemmer: possessives, plurals, `-ed`, `-ing`, final `e`, doubled consonants.
///
/// It is not Porter's: it only needs to map the inflections news text uses onto one key
/// (`sanctions`/`sanction`, `voted`/`votes`/`voting`/`vote`) on both sides of a lookup, and to
/// run in place on bytes that are already lower case.
enum WordStemmer {
    /// Shortens the lower-case word in `buffer[0..<count]` to its stem, in place; returns the
    /// stem's length.
    static func stemLength(_ buffer: inout [UInt8], count: Int) -> Int {
        buffer.withUnsafeMutableBufferPointer { stemLength($0.baseAddress!, count: count) }
    }

    /// Shortens the lower-case word at `w[0..<count]` to its stem, in place; returns its length.
    @inline(__always)
    static func stemLength(_ w: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        var n = count
        @inline(__always) func at(_ back: Int) -> UInt8 { w[n - back] }
        @inline(__always) func ends(_ a: UInt8) -> Bool { n >= 1 && at(1) == a }
        @inline(__always) func ends(_ a: UInt8, _ b: UInt8) -> Bool { n >= 2 && at(2) == a && at(1) == b }
        @inline(__always) func ends(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool { n >= 3 && at(3) == a && at(2) == b && at(1) == c }
        let e: UInt8 = 0x65, s: UInt8 = 0x73, i: UInt8 = 0x69, d: UInt8 = 0x64, y: UInt8 = 0x79
        if n > 4 && ends(i, e, s) {
            n -= 2; w[n - 1] = y
        } else if n >= 4 && ends(s, s) && at(3) == e && at(4) == s {
            n -= 2
        } else if n > 3 && ends(s) && !ends(s, s) && !ends(0x75, s) && !ends(i, s) {
            n -= 1
        }
        if n > 5 && ends(i, 0x6E, 0x67) {
            n -= 3
        } else if n > 4 && ends(i, e, d) {
            n -= 2; w[n - 1] = y
        } else if n > 4 && ends(e, d) && !ends(e, e, d) {
            n -= 2
        }
        if n > 3 && ends(e) { n -= 1 }
        if n > 3 {
            let a = w[n - 1]
            if a == w[n - 2] && isConsonant(a) && a != 0x6C && a != s && a != 0x7A { n -= 1 }
        }
        return n
    }

    /// Whether `b` is a lower-case ASCII consonant.
    @inline(__always)
    private static func isConsonant(_ b: UInt8) -> Bool {
        b >= 0x61 && b <= 0x7A && b != 0x61 && b != 0x65 && b != 0x69 && b != 0x6F && b != 0x75
    }
}
