import ConnectLambdaModels
import Foundation
import Testing

/// Reading parameters as a contract types them, and writing responses as Connect validates them.
@Suite("Contract values")
struct ContractValueTests {
    let parameters: ConnectParameters = ["phone": "+447700900123", "count": " 42 ", "vip": "TRUE", "bad": "four", "prefs": #"{"sms": true}"#]

    @Test("typed reads, and a clear error naming the parameter")
    func reads() throws {
        #expect(try parameters.string("phone") == "+447700900123")
        #expect(try parameters.number("count") == 42)
        #expect(try parameters.boolean("vip"))
        #expect(try parameters.json("prefs") == .object(["sms": .bool(true)]))
        #expect(try parameters.optionalNumber("absent") == nil)
        #expect(throws: ContractError.missingParameter("absent")) { try parameters.string("absent") }
        #expect(throws: ContractError.invalidParameter("bad", value: "four", expected: "a number")) { try parameters.number("bad") }
        #expect(throws: ContractError.invalidParameter("bad", value: "four", expected: "true or false")) { try parameters.optionalBoolean("bad") }
        #expect(ContractError.missingParameter("phone").description == "the flow passed no parameter 'phone', which the contract requires")
    }

    @Test("a number is decimal and finite: not nan, inf or hexadecimal", arguments: ["nan", "inf", "0x10", "1_000", "١٢"])
    func notANumber(_ text: String) {
        #expect(throws: ContractError.self) { try ConnectParameters(["n": text]).number("n") }
    }

    @Test("a string map carries text; a missing optional output is left out; JSON keeps types")
    func responses() throws {
        let fields: [String: JSONValue] = ["found": .bool(true), "balance": .number(12.5), "count": .number(3), "note": .null, "name": .string("Ann")]
        let flat = String(decoding: try ConnectResponse(fields, type: .stringMap).encoded(), as: UTF8.self)
        #expect(flat == #"{"balance":"12.5","count":"3","found":"true","name":"Ann"}"#)
        let json = String(decoding: try ConnectResponse(fields, type: .json).encoded(), as: UTF8.self)
        #expect(json == #"{"balance":12.5,"count":3,"found":true,"name":"Ann"}"#)
    }

    @Test("a number that is not finite is an error, not a null or a 'nan'", arguments: [Double.nan, .infinity, -.infinity])
    func notFiniteOutput(_ number: Double) {
        for type in [ConnectResponseType.stringMap, .json] {
            #expect(throws: InvalidResponse(field: "score")) { try ConnectResponse(["score": .number(number)], type: type).encoded() }
            #expect(throws: InvalidResponse(field: "nested")) {
                try ConnectResponse(["nested": .object(["deep": .array([.number(number)])])], type: type).encoded()
            }
        }
    }
}
