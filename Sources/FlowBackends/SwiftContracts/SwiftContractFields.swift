import FlowCore

/// How one declared input or output is written in Swift.
struct SwiftField {
    let field: LambdaContract.Field
    let member: String

    /// The property's type: `String`, `Double`, `Bool`, or `JSONValue` for `object` and
    /// `array`; optional when the field is declared `required: false`.
    var type: String {
        let base = switch field.type {
        case .string: "String"
        case .number: "Double"
        case .boolean: "Bool"
        case .object, .array: "JSONValue"
        }
        return field.isRequired ? base : base + "?"
    }

    /// The property's declaration, after its description.
    func declaration(indent: String) -> [String] {
        let description = field.description.map { docComment($0, indent: indent) } ?? []
        return description + ["\(indent)public var \(member): \(type)"]
    }

    /// The initialiser's parameter: optional ones default to nil.
    var parameter: String { "\(label): \(type)\(field.isRequired ? "" : " = nil")" }

    /// The member, as an argument label (members are never keywords: see `SwiftNames`).
    var label: String { member }

    /// Reads the field from `parameters` (`ConnectParameters`).
    var reading: String {
        let accessor = switch field.type {
        case .string: "string"
        case .number: "number"
        case .boolean: "boolean"
        case .object, .array: "json"
        }
        if field.isRequired { return "try parameters.\(accessor)(\(literal(field.name)))" }
        let optional = "optional" + accessor.prefix(1).uppercased() + accessor.dropFirst()
        return field.type == .string ? "parameters.\(optional)(\(literal(field.name)))" : "try parameters.\(optional)(\(literal(field.name)))"
    }

    /// The field as a `JSONValue` in the response.
    var value: String {
        let wrap: (String) -> String = { value in
            switch field.type {
            case .string: ".string(\(value))"
            case .number: ".number(\(value))"
            case .boolean: ".bool(\(value))"
            case .object, .array: value
            }
        }
        guard !field.isRequired else { return wrap("self." + label) }
        let mapped = field.type.isNested ? "self.\(label)" : "self.\(label).map { \(wrap("$0")) }"
        return "\(mapped) ?? .null"
    }

    static func fields(_ fields: [LambdaContract.Field], reserved: Set<String> = []) -> [SwiftField] {
        zip(fields, SwiftNames.memberNames(fields.map(\.name), reserved: reserved)).map(SwiftField.init)
    }
}

/// The contract's `Input`: the declared inputs, read from `Details.Parameters`.
struct SwiftContractInput {
    let fields: [SwiftField]

    init(_ inputs: [LambdaContract.Field]) { fields = SwiftField.fields(inputs) }

    var lines: [String] {
        var lines = [
            "    /// What flows pass the function (`Details.Parameters`), read as flowc.yaml types it.",
            "    public struct Input: ContractInput, Equatable {",
        ]
        lines += fields.flatMap { $0.declaration(indent: "        ") }
        lines += fields.isEmpty ? [] : [""]
        lines += memberwiseInit(fields)
        lines += ["", "        public init(parameters: ConnectParameters) throws(ContractError) {"]
        lines += fields.map { "            \($0.member) = \($0.reading)" }
        lines += ["        }", "    }"]
        return lines
    }
}

/// The contract's `Output`: exactly the declared outputs, encoded as `response:` says.
struct SwiftContractOutput {
    let fields: [SwiftField]
    let response: LambdaResponseType

    init(_ outputs: [LambdaContract.Field], response: LambdaResponseType?) {
        fields = SwiftField.fields(outputs, reserved: ["response"])
        // Connect's flat string map when flowc.yaml declares no `response:`.
        self.response = response ?? .stringMap
    }

    var lines: [String] {
        var lines = [
            "    /// What the function answers; flows read each as `$.External.NAME`.",
            "    public struct Output: ContractOutput, Equatable {",
        ]
        lines += fields.flatMap { $0.declaration(indent: "        ") }
        lines += fields.isEmpty ? [] : [""]
        lines += memberwiseInit(fields)
        lines += ["", "        public var response: ConnectResponse {"]
        let type = response == .json ? ".json" : ".stringMap"
        if fields.isEmpty {
            lines.append("            ConnectResponse([:], type: \(type))")
        } else {
            lines.append("            ConnectResponse([")
            lines += fields.map { "                \(literal($0.field.name)): \($0.value)," }
            lines.append("            ], type: \(type))")
        }
        lines += ["        }", "    }"]
        return lines
    }
}

/// `public init(a: String, b: Double? = nil) { self.a = a; … }`.
private func memberwiseInit(_ fields: [SwiftField]) -> [String] {
    guard !fields.isEmpty else { return ["        public init() {}"] }
    return ["        public init(\(fields.map(\.parameter).joined(separator: ", "))) {"]
        + fields.map { "            self.\($0.label) = \($0.member)" }
        + ["        }"]
}
