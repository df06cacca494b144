import ArticledCore

/// Makes a `StageOptions.Invalid` with a message of the stage's own.
///
/// `StageOptions.Invalid` has no public initializer outside ArticledCore; its fields are
/// public and mutable, so the error of an ill-formed options value is taken and re-worded
/// (no change to the core needed).
enum OptionError {
    /// An options error for `stage` saying `message`.
    static func make(stage: String, message: String) -> StageOptions.Invalid {
        do {
            _ = try StageOptions(stage: stage, values: .null)
            _ = try StageOptions(stage: stage, values: .bool(false))
        } catch {
            var e = error
            e.message = message
            return e
        }
        preconditionFailure("StageOptions accepted a Boolean as options")
    }
}
