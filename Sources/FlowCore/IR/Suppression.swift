/// A rule silenced on one block, with the author's reason (required, so that every silenced
/// finding explains itself in review).
public struct Suppression: Sendable, Hashable {
    /// The rule's id, for example `silent_failure`.
    public var rule: String
    public var reason: String
    /// Where the suppression is written.
    public var location: SourceLocation

    public init(rule: String, reason: String, at location: SourceLocation) {
        self.rule = rule
        self.reason = reason
        self.location = location
    }
}
