import FlowAnalysis
import FlowCompiler
import FlowTestSupport
import Foundation
import Testing

/// Every action flowc emits has the shape of the same action in real exports: the corpus
/// (`../shared/corpus`, current format) teaches, per action type (GetParticipantInput split by
/// store mode), the parameter names and error types Connect writes. An emitted action fails when
/// it uses one never seen, or lacks one every real instance carries, unless `DocumentedShapes`
/// names the AWS page that allows it.
@Suite("Emitted actions have the shapes of real exports")
struct ConnectShapeTests {
    /// What flowc emits: the committed call centre, the examples (placeholders and the `prod`
    /// environment) and every clean rule example.
    static let emitted: [(origin: String, json: String)] = {
        var files: [(String, String)] = []
        let generated = Repository.url("generated/connect")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: generated.path))?.sorted() ?? [] where name.hasSuffix(".json") {
            files.append(("generated/connect/\(name)", (try? String(contentsOf: generated.appendingPathComponent(name), encoding: .utf8)) ?? ""))
        }
        if let examples = try? Repository.sources("Examples") {
            let build = Compiler.compile(examples, options: CompileOptions(environment: "prod"))
            files += (build.outputs + build.environmentOutputs).filter { $0.path.hasPrefix("connect/") }.map { ("Examples/\($0.path)", $0.contents) }
        }
        for rule in RuleRegistry.rules {
            for example in rule.info.examples where !example.triggers {
                guard case .flowLanguage(let sources) = example.source else { continue }
                var project = Dictionary(uniqueKeysWithValues: sources.map { ($0.key == "flowc.yaml" ? $0.key : "flows/\($0.key)", $0.value) })
                if project["flowc.yaml"] == nil { project["flowc.yaml"] = RuleExample.project }
                let build = Compiler.compile(Fixture.project(project))
                files += build.outputs.filter { $0.path.hasPrefix("connect/") }.map { ("\(rule.info.id) example '\(example.title)'", $0.contents) }
            }
        }
        return files
    }()

    static let real = ActionShapes(Corpus.entries.filter(\.isFlowLanguage).compactMap {
        try? String(contentsOf: Corpus.url($0.file), encoding: .utf8)
    })

    @Test("the corpus and the emitted flows are there")
    func sources() {
        #expect(Self.real.count > 1_000)
        #expect(Self.emitted.count > 20)
    }

    @Test("no emitted action uses a parameter or an error type that neither real exports nor AWS's pages have")
    func nothingUnseen() {
        for (origin, json) in Self.emitted {
            for action in ActionShapes.actions(in: json) {
                let documented = DocumentedShapes.allowed[action.key]
                for parameter in action.parameters where !Self.real.hasSeen(parameter: parameter, in: action.key)
                    && documented?.parameters.contains(parameter) != true {
                    Issue.record("\(origin): \(action.key) '\(action.identifier)' has parameter \(parameter), never seen in a real \(action.key)")
                }
                for error in action.errors where !Self.real.hasSeen(error: error, in: action.key) && documented?.errors.contains(error) != true {
                    Issue.record("\(origin): \(action.key) '\(action.identifier)' has error branch \(error), never seen in a real \(action.key)")
                }
            }
        }
    }

    @Test("every emitted action carries what every real instance of its type carries")
    func nothingMissing() {
        for (origin, json) in Self.emitted {
            for action in ActionShapes.actions(in: json) {
                let exempt = DocumentedShapes.notAlwaysCarried[action.key] ?? []
                for parameter in Self.real.alwaysCarried(parametersOf: action.key) where !action.parameters.contains(parameter) && !exempt.contains(parameter) {
                    Issue.record("\(origin): \(action.key) '\(action.identifier)' lacks parameter \(parameter), which every real one has")
                }
                for error in Self.real.alwaysCarried(errorsOf: action.key) where !action.errors.contains(error) && !exempt.contains(error) {
                    Issue.record("\(origin): \(action.key) '\(action.identifier)' lacks error branch \(error), which every real one has")
                }
            }
        }
    }

    @Test("every emitted module is laid out as the module exports in the corpus are")
    func modules() throws {
        let realModules = Corpus.entries.filter { $0.format == "module" }.compactMap { entry -> [String: Any]? in
            guard let data = try? Data(contentsOf: Corpus.url(entry.file)) else { return nil }
            return try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        }
        #expect(realModules.count >= 5)
        let topLevel = Set(realModules.flatMap(\.keys))
        let settings = Set(realModules.compactMap { ($0["Settings"] as? [String: Any]).map { Array($0.keys) } }.joined())
        let metadata = Set(realModules.compactMap { ($0["Metadata"] as? [String: Any]).map { Array($0.keys) } }.joined())
        let emittedModules = Self.emitted.compactMap { origin, json -> (String, [String: Any])? in
            guard let document = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
                document["Actions"] is [Any], (document["Actions"] as! [[String: Any]]).contains(where: { $0["Type"] as? String == "EndFlowModuleExecution" })
            else { return nil }
            return (origin, document)
        }
        #expect(emittedModules.count >= 3)
        for (origin, module) in emittedModules {
            #expect(Set(module.keys) == topLevel, "\(origin)")
            let moduleSettings = try #require(module["Settings"] as? [String: Any], "\(origin)")
            #expect(Set(moduleSettings.keys) == settings, "\(origin)")
            let transitions = (moduleSettings["Transitions"] as? [[String: Any]])?.compactMap { $0["ReferenceName"] as? String }
            #expect(transitions == ["Success", "Error"], "\(origin)")
            #expect(Set((module["Metadata"] as? [String: Any] ?? [:]).keys).isSubset(of: metadata), "\(origin)")
        }
    }
}
