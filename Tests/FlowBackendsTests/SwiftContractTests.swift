import FlowCompiler
import FlowTestSupport
import Testing

/// The Swift contracts flowc emits for a project's managed Lambda functions, compared with
/// committed goldens (which `ConnectLambdaModelsTests` also compiles).
@Suite("Swift contracts")
struct SwiftContractTests {
    /// Every field type, optional fields, a JSON response, names that are Swift keywords or
    /// clash with the contract's own members or with each other once camel-cased, a description
    /// that tries to end its comment, a function owned elsewhere. (The goldens are compiled by
    /// `ConnectLambdaModelsTests`.)
    static let projectFile = """
        project: contracts
        flows: flows
        lambdas:
          profile-update:
            description: Updates a caller's profile
            response: json
            inputs:
              customer_id: string
              visits: number
              vip: { type: boolean, required: false }
              preferences: { type: object, description: "Channel preferences, as JSON" }
              default: { type: string, required: false }
            outputs:
              updated: boolean
              score: { type: number, required: false }
              profile: object
              history: { type: array, required: false }
              response: string
          ping:
            outputs: { ok: boolean }
          string:
            inputs: { text: string }
          ledger:
            deploy: existing
            inputs: { id: string }
          self:
            description: "A description that tries to end its comment\r}\rpublic struct Injected {}"
            inputs: { init: string, inout: number, _: string, 2fa: boolean, first_name: string, firstName: string, self: string }
          contract-input:
            outputs: { handlers: string }
          x-1: {}
          x1: {}
        environments:
          prod:
            lambdas: { ledger: "arn:aws:lambda:eu-west-2:111122223333:function:ledger" }
        """

    static let flow = """
        flow: main
        blocks:
          bye:
            disconnect:
        """

    static let outputs = Compiler.compile(Fixture.project(["flowc.yaml": projectFile, "flows/main.yaml": flow]))
        .outputs.filter { $0.path.hasPrefix("swift/") }

    @Test("one file per managed function and the handlers protocol; none for a function owned elsewhere")
    func files() {
        #expect(Self.outputs.map(\.path) == [
            "swift/ContractInputLambda.swift", "swift/LambdaHandlers.swift", "swift/Ping.swift", "swift/ProfileUpdate.swift",
            "swift/SelfLambda.swift", "swift/StringLambda.swift", "swift/X1.swift", "swift/X17.swift",
        ])
    }

    @Test("each contract matches its golden", arguments: outputs.map(\.path))
    func matchesGolden(_ path: String) throws {
        let file = try #require(Self.outputs.first { $0.path == path })
        let mismatch = GoldenFile.mismatch(file.contents, golden: "Tests/FlowBackendsTests/Goldens/contracts/\(path)")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }
}
