import Foundation

/// Waits until `condition` holds, checking every `interval` seconds, for at most `seconds`.
///
/// The daemon's results appear asynchronously; a test waits for the state it expects with a
/// deadline instead of sleeping for a guessed time. It suspends between checks (never
/// blocks a thread), so tests running in parallel don't starve each other. Returns whether
/// the condition held.
@discardableResult
func eventually(within seconds: Double = 20, every interval: Double = 0.02, _ condition: () throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        try? await Task.sleep(for: .milliseconds(Int(interval * 1000)))
    }
    return try condition()
}
