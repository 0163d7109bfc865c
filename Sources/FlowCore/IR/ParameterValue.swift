/// A parameter value of a Connect action, before references are bound to an environment.
///
/// Connect parameters are mostly strings (numbers and booleans written as strings, as the
/// designer does), lists and objects; some parameters (a view's data, counts in older exports)
/// hold real JSON numbers and booleans, which are kept as such. A reference to a resource, flow
/// or module stays symbolic until an emitter binds it to an ARN or a `${...}` placeholder.
public indirect enum ParameterValue: Sendable, Hashable {
    case string(String)
    /// A JSON number, as written.
    case number(String)
    case bool(Bool)
    case null
    case list([ParameterValue])
    case object([String: ParameterValue])
    case reference(ResourceReference)

    /// The value's text when it is a string, number or boolean.
    public var scalarText: String? {
        switch self {
        case .string(let text), .number(let text): text
        case .bool(let value): value ? "true" : "false"
        default: nil
        }
    }

    /// Every reference inside the value, depth first.
    public var references: [ResourceReference] {
        switch self {
        case .string, .number, .bool, .null: []
        case .reference(let reference): [reference]
        case .list(let items): items.flatMap(\.references)
        case .object(let members): members.keys.sorted().flatMap { members[$0]!.references }
        }
    }
}

/// A named thing a flow uses that lives outside it: declared in `flowc.yaml` (queues, hours,
/// Lambda functions, prompts, Lex bots) or another flow or module of the project.
public struct ResourceReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var kind: ResourceKind
    public var name: String

    public init(_ kind: ResourceKind, _ name: String) {
        self.kind = kind
        self.name = name
    }

    /// The `${...}` placeholder name used when no environment binds the reference, for
    /// Terraform's `templatefile`: `queue_billing`, `flow_main_ivr`.
    public var placeholder: String {
        "\(kind.rawValue)_\(name.replacingOccurrences(of: "-", with: "_"))"
    }

    public var description: String { "\(kind.noun) '\(name)'" }

    public static func < (lhs: ResourceReference, rhs: ResourceReference) -> Bool {
        (lhs.kind.rawValue, lhs.name) < (rhs.kind.rawValue, rhs.name)
    }
}

/// The kinds of things a flow can refer to by name.
public enum ResourceKind: String, Sendable, Hashable, CaseIterable {
    case queue
    case hours
    case lambda
    case prompt
    case lexBot = "lex_bot"
    case flow
    case module

    /// The section of `flowc.yaml` (or of an environment) that declares this kind.
    public var section: String {
        switch self {
        case .queue: "queues"
        case .hours: "hours"
        case .lambda: "lambdas"
        case .prompt: "prompts"
        case .lexBot: "lex_bots"
        case .flow: "flows"
        case .module: "modules"
        }
    }

    /// The word used in messages.
    public var noun: String {
        switch self {
        case .queue: "queue"
        case .hours: "hours of operation"
        case .lambda: "Lambda function"
        case .prompt: "prompt"
        case .lexBot: "Lex bot"
        case .flow: "flow"
        case .module: "module"
        }
    }

    /// Kinds declared as resources in `flowc.yaml` (flows and modules are declared by files).
    public static let declaredInProject: [ResourceKind] = [.queue, .hours, .lambda, .prompt, .lexBot]
}
