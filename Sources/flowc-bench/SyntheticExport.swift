import FlowCompiler
import Foundation

/// Connect exports to import, the way the designer writes them: opaque UUID identifiers.
enum SyntheticExport {
    /// The Connect JSON of a compiled synthetic project, every identifier replaced by a UUID so
    /// that the importer has to name every block.
    static func files(of compilation: Compilation) -> [SourceFile] {
        var serial = 0
        return compilation.outputs.filter { $0.path.hasPrefix("connect/") && $0.path.hasSuffix(".json") }.map { output in
            let json = try! JSONSerialization.jsonObject(with: Data(output.contents.utf8))
            var uuids: [String: String] = [:]
            let renamed = rename(json) { identifier in
                if let uuid = uuids[identifier] { return uuid }
                serial += 1
                uuids[identifier] = uuid(serial)
                return uuids[identifier]!
            }
            let data = try! JSONSerialization.data(withJSONObject: renamed, options: [.sortedKeys])
            let name = String(output.path.dropFirst("connect/".count))
            return SourceFile(path: "export/\(name)", relativePath: name, contents: data)
        }
    }

    /// One flow of `count` prompts in a chain, then a disconnect: far past Connect's limit, to
    /// show that one huge flow costs no more per action than many small ones.
    static func chain(_ count: Int) -> SourceFile {
        let actions = (1...count).map { index -> [String: Any] in
            guard index < count else { return ["Identifier": uuid(index), "Type": "DisconnectParticipant", "Parameters": [:], "Transitions": [:]] }
            return [
                "Identifier": uuid(index), "Type": "MessageParticipant",
                "Parameters": ["Text": "Please hold while we look that up"],
                "Transitions": ["NextAction": uuid(index + 1),
                                "Errors": [["ErrorType": "NoMatchingError", "NextAction": uuid(index + 1)]]],
            ]
        }
        let flow: [String: Any] = ["Version": "2019-10-30", "StartAction": uuid(1), "Actions": actions]
        let data = try! JSONSerialization.data(withJSONObject: flow, options: [.sortedKeys])
        return SourceFile(path: "export/chain.json", relativePath: "chain.json", contents: data)
    }

    private static func uuid(_ serial: Int) -> String {
        "00000000-0000-4000-8000-" + String(format: "%012x", serial)
    }

    /// `json` with every identifier (an action's, or one a transition names) passed through `uuid`.
    private static func rename(_ json: Any, key: String? = nil, _ uuid: (String) -> String) -> Any {
        switch json {
        case let object as [String: Any]:
            var renamed: [String: Any] = [:]
            for (name, value) in object where name != "Metadata" { renamed[name] = rename(value, key: name, uuid) }
            return renamed
        case let array as [Any]:
            return array.map { rename($0, uuid) }
        case let text as String where ["Identifier", "NextAction", "StartAction"].contains(key):
            return uuid(text)
        default:
            return json
        }
    }
}
