/// A person, organization or location named in an article.
public struct Entity: Sendable, Equatable, Hashable {
    /// The kind of thing an entity is; the contract's types plus any a plugin adds.
    public struct Kind: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { self.rawValue = value }
        public static let person: Kind = "person"
        public static let organization: Kind = "organization"
        public static let location: Kind = "location"
    }

    /// The fullest form of the name used in the text (`"Xi Jinping"`, not `"Xi"`).
    public var name: String
    public var type: Kind
    /// How often the entity is mentioned, under any of its forms.
    public var mentions: Int

    public init(name: String, type: Kind, mentions: Int) {
        self.name = name
        self.type = type
        self.mentions = mentions
    }
}
