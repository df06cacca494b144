import ArticledCore

/// Assigns IPTC Media Topics and key phrases.
public struct TagStage: Stage {
    public let name = "tag"
    public let version = "0.1.0"
    public let needs: Set<DocumentKey> = [.text, .entities]
    public let adds: Set<DocumentKey> = [.topics, .keywords]

    public init(options: inout StageOptions) throws(StageOptions.Invalid) {}

    public init() {}

    public func process(_ document: inout Document) async throws {}
}
