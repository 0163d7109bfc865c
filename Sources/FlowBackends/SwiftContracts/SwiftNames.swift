/// Swift names for what flowc.yaml names: types from function names (`customer-lookup` →
/// `CustomerLookup`), members from input and output names (`first_name` → `firstName`), each a
/// valid identifier that cannot clash with a Swift keyword or with the types a contract uses.
enum SwiftNames {
    /// `customer-lookup` → `CustomerLookup`; `Lambda` is added to a name Swift or the contract
    /// library already uses (`string` → `StringLambda`).
    static func typeName(_ name: String) -> String {
        let words = self.words(name)
        var type = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        if type.isEmpty || type.first!.isNumber { type = "L" + type }
        return reservedTypes.contains(type) ? type + "Lambda" : type
    }

    /// Type names for `names`, in order, unique: one that would repeat an earlier one (`x-1` and
    /// `x1` are both `X1`) gets its position.
    static func typeNames(_ names: [String]) -> [String] {
        var taken = Set<String>()
        return names.enumerated().map { position, name in
            var type = typeName(name)
            if taken.contains(type) { type += "\(position + 1)" }
            taken.insert(type)
            return type
        }
    }

    /// `first_name`, `first-name`, `FirstName` → `firstName`; a keyword gets `Value` after it
    /// (`default` → `defaultValue`), and a name with no letter or digit in it is `field`.
    static func memberName(_ name: String) -> String {
        let words = self.words(name)
        var member = (words.first.map { $0.prefix(1).lowercased() + $0.dropFirst() } ?? "")
            + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        if member.isEmpty { member = "field" }
        if member.first!.isNumber { member = "n" + member }
        return keywords.contains(member) ? member + "Value" : member
    }

    /// Member names for `names`, in order, unique: one of `reserved` (a member the type already
    /// has) gets `Field` after it (`responseField`), one that would repeat an earlier name its
    /// position (`firstName2`).
    static func memberNames(_ names: [String], reserved: Set<String> = []) -> [String] {
        var taken = reserved
        return names.enumerated().map { position, name in
            var member = memberName(name)
            if reserved.contains(member) { member += "Field" }
            if taken.contains(member) { member += "\(position + 1)" }
            taken.insert(member)
            return member
        }
    }

    /// The ASCII letter-and-digit runs of a name, keeping camel-case humps as they are.
    private static func words(_ name: String) -> [String] {
        name.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
    }

    private static let reservedTypes: Set = [
        "String", "Int", "Double", "Bool", "Data", "Date", "Array", "Dictionary", "Optional", "Error", "Result",
        "Never", "Task", "Duration", "Sendable", "Equatable", "Hashable", "Codable", "JSONValue", "ContactData",
        "ContactFlowEvent", "ConnectParameters", "ConnectResponse", "ConnectResponseType", "ContractError",
        "InvocationContext", "LambdaLogger", "AnyConnectHandler", "LambdaHandlers", "Channel", "InitiationMethod",
        "Foundation", "ConnectLambdaModels", "LambdaContracts", "ConnectLambdaContract", "ContractInput", "ContractOutput",
        "TimeLimit", "Self", "Any", "Type", "Protocol", "Handler", "Input", "Output", "Swift", "Sendable",
    ]

    /// Words Swift reserves, and members every type has (`self`, `init`, `Type`).
    private static let keywords: Set = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static",
        "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else",
        "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "false",
        "is", "nil", "self", "super", "throws", "true", "try", "Any", "Self", "Type", "await", "async", "some", "any",
        "Protocol", "consume", "borrowing", "consuming", "copy", "discard", "each", "isolated", "nonisolated", "sending",
    ]
}
