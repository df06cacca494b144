/// A direct quotation and who said it.
public struct Quote: Sendable, Equatable, Hashable {
    /// The words inside the quotation marks.
    public var text: String
    /// The speaker's fullest name, or nil when the text does not say.
    public var speaker: String?

    public init(text: String, speaker: String?) {
        self.text = text
        self.speaker = speaker
    }
}
