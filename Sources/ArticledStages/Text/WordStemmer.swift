/// A light English stemmer: possessives, plurals, `-ed`, `-ing`, final `e`, doubled consonants.
///
/// It is not Porter's: it only needs to map the inflections news text uses onto one key
/// (`sanctions`/`sanction`, `voted`/`votes`/`voting`/`vote`) on both sides of a lookup, and to
/// run in place on bytes that are already lower case.
enum WordStemmer {
    /// Shortens the lower-case word in `buffer[0..<count]` to its stem, in place; returns the
    /// stem's length.
    static func stemLength(_ buffer: inout [UInt8], count: Int) -> Int {
        var n = count
        func ends(_ s: StaticString) -> Bool {
            let len = s.utf8CodeUnitCount
            guard n >= len else { return false }
            let p = s.utf8Start
            for i in 0..<len where buffer[n - len + i] != p[i] { return false }
            return true
        }
        if n > 4 && ends("ies") {
            n -= 2; buffer[n - 1] = 0x79  // y
        } else if ends("sses") {
            n -= 2
        } else if n > 3 && ends("s") && !ends("ss") && !ends("us") && !ends("is") {
            n -= 1
        }
        if n > 5 && ends("ing") {
            n -= 3
        } else if n > 4 && ends("ied") {
            n -= 2; buffer[n - 1] = 0x79
        } else if n > 4 && ends("ed") && !ends("eed") {
            n -= 2
        }
        if n > 3 && ends("e") { n -= 1 }
        if n > 3 {
            let a = buffer[n - 1], b = buffer[n - 2]
            if a == b && isConsonant(a) && a != 0x6C && a != 0x73 && a != 0x7A { n -= 1 }
        }
        return n
    }

    @inline(__always)
    private static func isConsonant(_ b: UInt8) -> Bool {
        b >= 0x61 && b <= 0x7A && b != 0x61 && b != 0x65 && b != 0x69 && b != 0x6F && b != 0x75
    }
}
