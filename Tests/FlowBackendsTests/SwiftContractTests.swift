import FlowCompiler
import FlowTestSupport
import Testing

/// The Swift contracts flowc emits for a project's managed Lambda functions, compared with
/// committed goldens (which `ConnectLambdaModelsTests` also compiles).
@Suite("Swift contracts")
struct SwiftContractTests {
    /// Every field type, optional fields, a JSON response, names that are Swift keywords or
    /// clash with the contract's own members, a function owned elsewhere.
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
            "swift/LambdaHandlers.swift", "swift/Ping.swift", "swift/ProfileUpdate.swift", "swift/StringLambda.swift",
        ])
    }

    @Test("each contract matches its golden", arguments: outputs.map(\.path))
    func matchesGolden(_ path: String) throws {
        let file = try #require(Self.outputs.first { $0.path == path })
        let mismatch = GoldenFile.mismatch(file.contents, golden: "Tests/FlowBackendsTests/Goldens/contracts/\(path)")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }
}
