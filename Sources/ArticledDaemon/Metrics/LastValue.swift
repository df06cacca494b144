import Synchronization

/// The last text written, to tell whether a new one differs.
final class LastValue: Sendable {
    private let value = Mutex<String?>(nil)

    /// Stores `text`; returns whether it differs from the value stored before.
    func replace(with text: String) -> Bool {
        value.withLock { current in
            guard current != text else { return false }
            current = text
            return true
        }
    }

    /// Forgets the stored value, so that the next text counts as new (after a failed write).
    func forget() {
        value.withLock { $0 = nil }
    }
}
