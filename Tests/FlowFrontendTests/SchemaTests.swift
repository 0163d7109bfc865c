import FlowCompiler
import FlowTestSupport
import Foundation
import Testing
import Yams

/// `grammar/flowc.schema.json` accepts every flow the repository carries and rejects broken ones.
@Suite("JSON Schema")
struct SchemaTests {
    static let files: [String] = {
        let enumerate = { (directory: String) -> [String] in
            let base = Repository.url(directory)
            let all = FileManager.default.enumerator(atPath: base.path)?.allObjects as? [String] ?? []
            return all.filter { $0.hasSuffix(".yaml") }.map { "\(directory)/\($0)" }
        }
        return (enumerate("Examples") + enumerate("flows-src")).sorted()
    }()

    static func validator() throws -> JSONSchemaValidator {
        let data = try Data(contentsOf: Repository.url("grammar/flowc.schema.json"))
        return JSONSchemaValidator(schema: try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]))
    }

    /// The YAML document as JSON values, the way a YAML 1.2 language server sees it.
    static func json(_ yaml: String) throws -> Any {
        try convert(try #require(try Yams.compose(yaml: yaml)))
    }

    private static func convert(_ node: Node) throws -> Any {
        switch node {
        case .scalar(let scalar):
            if scalar.style != .plain || scalar.tag.description.hasPrefix("!") && !scalar.tag.description.hasPrefix("!!") {
                return scalar.string
            }
            if ["", "~", "null"].contains(scalar.string) { return NSNull() }
            if ["true", "false"].contains(scalar.string) { return scalar.string == "true" }
            if let int = Int(scalar.string) { return int }
            if let double = Double(scalar.string), scalar.string.contains(".") { return double }
            return scalar.string
        case .mapping(let mapping):
            var object: [String: Any] = [:]
            for (key, value) in mapping { object[key.string ?? "?"] = try convert(value) }
            return object
        case .sequence(let sequence):
            return try sequence.map(convert)
        case .alias:
            return NSNull()
        }
    }

    @Test("the repository's flows and project files are valid", arguments: files)
    func repositoryFiles(_ path: String) throws {
        let text = try String(contentsOf: Repository.url(path), encoding: .utf8)
        #expect(try Self.validator().errors(in: Self.json(text)) == [])
    }

    @Test("the schema rejects what the compiler rejects", arguments: [
        "flow: a\nblocks:\n  b:\n    play: Hi\n    nxt: c\n",
        "flow: a\nblocks:\n  b:\n    play: Hi\n    disconnect:\n",
        "flow: a\nblocks:\n  b:\n    lambda: { function: f, timeout: 12 }\n    next: b\n",
        "flow: A_Bad_Name\nblocks:\n  b: { disconnect: }\n",
        "flow: a\ntype: INBOUND\nblocks:\n  b: { disconnect: }\n",
        "project: p\nqueues: { Billing: x }\n",
    ])
    func rejects(_ text: String) throws {
        #expect(try !Self.validator().errors(in: Self.json(text)).isEmpty)
    }

    @Test("the schema flowc ships (flowc schema, flowc init) is grammar/flowc.schema.json")
    func shippedSchema() throws {
        let schema = try String(contentsOf: Repository.url("grammar/flowc.schema.json"), encoding: .utf8)
        let source = """
            // Generated from grammar/flowc.schema.json by Tests/FlowFrontendTests/SchemaTests.swift; do not
            // edit: change the schema and bless with FLOWC_UPDATE_GOLDENS=1 swift test.

            /// The JSON Schema of flowc files, shipped in the binary so that `flowc init` and `flowc schema`
            /// can give editors the schema of the flowc that is installed.
            public enum FlowcSchema {
                public static let json = #\"""
            \(schema)
            \"""#
            }

            """
        let mismatch = GoldenFile.mismatch(source, golden: "Sources/FlowCompiler/Init/FlowcSchema.swift")
        #expect(mismatch == nil, "\(mismatch ?? "")")
        #expect(FlowcSchema.json == schema || GoldenFile.isUpdating)
    }

    @Test("grammar/README.md covers every form and option the schema accepts")
    func referenceCoversSchema() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Repository.url("grammar/flowc.schema.json"))) as? [String: Any])
        let reference = try String(contentsOf: Repository.url("grammar/README.md"), encoding: .utf8)
        var undocumented: [String] = []
        for (name, definition) in try #require(schema["definitions"] as? [String: Any]) {
            for option in Self.options(definition, path: name) {
                let key = String(option.split(separator: ".").last!)
                if !["`\(key)`", "`\(key):", "\(key):"].contains(where: reference.contains) { undocumented.append(option) }
            }
        }
        #expect(undocumented.sorted() == [], "in the schema but not in grammar/README.md")
    }

    /// Every property a schema fragment names, with its path, through nested objects and `oneOf`.
    private static func options(_ fragment: Any, path: String) -> [String] {
        guard let fragment = fragment as? [String: Any] else { return [] }
        var found: [String] = []
        for (key, value) in fragment["properties"] as? [String: Any] ?? [:] {
            found.append("\(path).\(key)")
            found += options(value, path: "\(path).\(key)")
        }
        for alternative in (fragment["oneOf"] as? [Any] ?? []) + (fragment["anyOf"] as? [Any] ?? []) {
            found += options(alternative, path: path)
        }
        if let items = fragment["additionalProperties"] { found += options(items, path: path) }
        if let items = fragment["items"] { found += options(items, path: path) }
        return found
    }
}
