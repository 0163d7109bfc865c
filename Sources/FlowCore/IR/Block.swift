/// The id of a block in the IR: the author's block name, or for parts lowered from a compound
/// block the author's name plus a dotted suffix (`main-menu.retry`).
///
/// Authored block names cannot contain a dot, so lowered ids never collide with authored ones.
public struct BlockID: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The id of a part lowered from this block.
    public func part(_ suffix: String) -> BlockID { BlockID("\(rawValue).\(suffix)") }

    public var description: String { rawValue }
    public static func < (lhs: BlockID, rhs: BlockID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One Connect action with its parameters and its outgoing transitions.
public struct Block: Sendable, Hashable {
    public var id: BlockID
    /// The Connect action type, as in the catalogue (`MessageParticipant`, …).
    public var action: String
    /// The action's parameters, by Connect parameter name.
    public var parameters: [String: ParameterValue]
    /// Outgoing transitions in emission order: the `next` transition, conditions in evaluation
    /// order, then error branches.
    public var outcomes: [Outcome]
    /// Where the author wrote the block (its name).
    public var location: SourceLocation
    /// The authored block this action was lowered from (equal to `id` for simple blocks).
    public var origin: String
    /// Rules the author silenced on this block, each with a reason.
    public var suppressions: [Suppression]
    /// Where each `$.` path the block reads is written in the source (the first place, when a
    /// path is written twice), so that findings about a read point at it.
    public var pathLocations: [String: SourceLocation]
    /// Where each contact attribute the block sets is named in the source.
    public var attributeLocations: [String: SourceLocation]

    public init(
        id: BlockID, action: String, parameters: [String: ParameterValue] = [:], outcomes: [Outcome] = [],
        location: SourceLocation, origin: String? = nil
    ) {
        self.id = id
        self.action = action
        self.parameters = parameters
        self.outcomes = outcomes
        self.location = location
        self.origin = origin ?? id.rawValue
        self.suppressions = []
        self.pathLocations = [:]
        self.attributeLocations = [:]
    }

    /// Where the path is written, else where the block is.
    public func location(ofPath path: String) -> SourceLocation { pathLocations[path] ?? location }

    /// The catalogue entry for the action, if the action type is known.
    public var spec: ActionSpec? { ActionCatalogue.spec(for: action) }

    /// Targets of every outcome, in order, with repeats.
    public var successors: [BlockID] { outcomes.map(\.target) }
}
