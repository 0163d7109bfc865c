@testable import FlowFrontend
import FlowCore
import Testing

@Suite("Condition syntax")
struct ConditionParserTests {
    @Test("valid conditions", arguments: [
        ("VIP", Condition(.equals, ["VIP"])),
        ("== \"press 9\"", Condition(.equals, ["press 9"])),
        ("== ''", Condition(.equals, [""])),
        ("> 5", Condition(.numberGreaterThan, ["5"])),
        (">= 2.5", Condition(.numberGreaterOrEqualTo, ["2.5"])),
        ("< -1", Condition(.numberLessThan, ["-1"])),
        ("<= 10", Condition(.numberLessOrEqualTo, ["10"])),
        ("starts with 'GOLD'", Condition(.textStartsWith, ["GOLD"])),
        ("ends with x", Condition(.textEndsWith, ["x"])),
        ("contains \"a \\\"quoted\\\" word\"", Condition(.textContains, ["a \"quoted\" word"])),
    ])
    func valid(_ text: String, _ expected: Condition) throws {
        #expect(try ConditionParser.parse(text).get() == expected)
    }

    @Test("invalid conditions", arguments: ["", "> gold", "== 'open", "== 'a' b", "<="])
    func invalid(_ text: String) {
        #expect(throws: ConditionSyntaxError.self) { try ConditionParser.parse(text).get() }
    }
}
