/// Limits of the Connect flow language that the emitter, the analyses and the tests share
/// (reference §1.3 and §4).
public enum ConnectLimits {
    /// Longest action `Identifier`.
    public static let identifierLength = 50
    /// Characters an `Identifier` must not contain.
    public static let forbiddenIdentifierCharacters: Set<Character> = [
        "%", ":", "(", "\\", "/", ")", "=", "$", ",", ";", "[", "]", "{", "}",
    ]
    /// Whole strings an `Identifier` must not be (JavaScript object member names).
    public static let forbiddenIdentifiers: Set<String> = [
        "__proto__", "constructor", "__defineGetter__", "__defineSetter__", "toString", "hasOwnProperty",
        "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "valueOf",
    ]
    /// Most actions in one flow or module.
    public static let actionsPerFlow = 250
    /// Synchronous Lambda timeout range, in seconds.
    public static let lambdaTimeout = 1...8
    /// Most operands of one condition.
    public static let conditionOperands = 10

    /// Why Connect would reject `identifier`, or nil when it accepts it.
    public static func identifierProblem(_ identifier: String) -> String? {
        if identifier.isEmpty { return "is empty" }
        if identifier.count > identifierLength { return "is \(identifier.count) characters long; Connect allows \(identifierLength)" }
        if forbiddenIdentifiers.contains(identifier) { return "is a reserved name" }
        if let bad = identifier.first(where: forbiddenIdentifierCharacters.contains) { return "contains '\(bad)'" }
        return nil
    }
}
