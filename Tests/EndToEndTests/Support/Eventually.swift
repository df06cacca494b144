import Foundation

/// Waits until `condition` holds, checking every 20 ms, for at most `seconds`.
///
/// The daemon's results appear asynchronously; a test waits for the state it expects with a
/// deadline instead of sleeping for a guessed time. Returns whether the condition held.
@discardableResult
func eventually(within seconds: Double = 20, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        usleep(20_000)
    }
    return try condition()
}
