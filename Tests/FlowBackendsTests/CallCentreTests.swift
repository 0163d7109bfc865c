import FlowTestSupport
import Foundation
import Testing

/// The repository's own call centre, as committed in `generated/connect`: big enough to be the
/// proof and the benchmark, and within Connect's limits.
@Suite("The call centre in generated/")
struct CallCentreTests {
    struct Flow {
        var name: String
        var type: String
        var actions: Int
    }

    static func flows() throws -> [Flow] {
        let directory = Repository.url("generated/connect")
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted().map { file in
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let metadata = try #require(document["Metadata"] as? [String: Any])
            // Flows name their type in the designer's metadata; modules carry Settings instead.
            let type = document["Settings"] != nil ? "contactFlowModule" : try #require(metadata["type"] as? String)
            return Flow(name: file, type: type,
                        actions: try #require(document["Actions"] as? [Any]).count)
        }
    }

    @Test("at least 300 actions over at least 8 flows and modules of at least 4 types")
    func size() throws {
        let flows = try Self.flows()
        #expect(flows.reduce(0) { $0 + $1.actions } >= 300)
        #expect(flows.count >= 8)
        #expect(Set(flows.map(\.type)).count >= 4)
        #expect(flows.contains { $0.type == "contactFlowModule" })
    }

    @Test("every flow within Connect's 250 actions, and one above 120")
    func limits() throws {
        let flows = try Self.flows()
        for flow in flows { #expect(flow.actions <= 250, "\(flow.name) has \(flow.actions) actions") }
        #expect(flows.contains { $0.actions > 120 })
    }
}
