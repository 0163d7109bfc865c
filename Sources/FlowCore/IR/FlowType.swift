/// The Amazon Connect flow types, by their API enum names.
public enum FlowType: String, Sendable, Hashable, CaseIterable, Comparable {
    case contactFlow = "CONTACT_FLOW"
    case customerQueue = "CUSTOMER_QUEUE"
    case customerHold = "CUSTOMER_HOLD"
    case customerWhisper = "CUSTOMER_WHISPER"
    case agentHold = "AGENT_HOLD"
    case agentWhisper = "AGENT_WHISPER"
    case outboundWhisper = "OUTBOUND_WHISPER"
    case agentTransfer = "AGENT_TRANSFER"
    case queueTransfer = "QUEUE_TRANSFER"

    public static func < (lhs: FlowType, rhs: FlowType) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What a flow file defines: a flow of some type, or a flow module.
///
/// Action permissions are stated per kind (the catalogue's `allowedIn`).
public enum FlowKind: Hashable, Sendable, Comparable, CustomStringConvertible {
    case flow(FlowType)
    case module

    /// Every kind, for tables that list permissions.
    public static let allCases: [FlowKind] = FlowType.allCases.map(FlowKind.flow) + [.module]

    /// The API name (`CONTACT_FLOW`, …) or `MODULE`.
    public var description: String {
        switch self {
        case .flow(let type): type.rawValue
        case .module: "MODULE"
        }
    }

    public static func < (lhs: FlowKind, rhs: FlowKind) -> Bool { lhs.description < rhs.description }

    /// The name the Connect designer writes in a flow's `Metadata.type`.
    public var designerName: String {
        switch self {
        case .flow(.contactFlow): "contactFlow"
        case .flow(.customerQueue): "customerQueue"
        case .flow(.customerHold): "customerHold"
        case .flow(.customerWhisper): "customerWhisper"
        case .flow(.agentHold): "agentHold"
        case .flow(.agentWhisper): "agentWhisper"
        case .flow(.outboundWhisper): "outboundWhisper"
        case .flow(.agentTransfer): "agentTransfer"
        case .flow(.queueTransfer): "queueTransfer"
        case .module: "contactFlowModule"
        }
    }

    /// The kind with this designer name, if any.
    public init?(designerName: String) {
        guard let kind = Self.allCases.first(where: { $0.designerName == designerName }) else { return nil }
        self = kind
    }
}
