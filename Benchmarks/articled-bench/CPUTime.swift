/// CPU time a process used, split as the kernel accounts it.
struct CPUTime {
    var user: Double
    var kernel: Double
    var total: Double { user + kernel }

    static func - (a: CPUTime, b: CPUTime) -> CPUTime {
        CPUTime(user: a.user - b.user, kernel: a.kernel - b.kernel)
    }
}
