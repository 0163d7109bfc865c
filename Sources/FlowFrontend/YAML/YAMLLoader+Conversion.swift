import FlowCore
import Yams

extension YAMLLoader {
    /// Copies a Yams node into a `YAMLNode`, dropping entries whose key `DuplicateKeyRecovery`
    /// renamed, and stopping when the document expands past the node budget.
    func convert(_ node: Node, file: String, budget: inout Int, sink: DiagnosticSink) -> YAMLNode? {
        budget -= 1
        guard budget >= 0 else {
            sink.report(.yamlSyntax, "the document's aliases expand it to more nodes than it has bytes (over "
                            + "\(nodeBudget) nodes); write the repeated parts out, or use fewer levels of aliases",
                        at: location(of: node, file: file))
            return nil
        }
        switch node {
        case .scalar(let scalar):
            return .scalar(self.scalar(scalar, file: file))
        case .mapping(let mapping):
            var entries: [(key: YAMLScalar, value: YAMLNode)] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    sink.report(.wrongType, "a mapping key must be a plain name, not \(Self.shape(key))",
                                at: location(of: key, file: file))
                    continue
                }
                if keyScalar.string.hasPrefix(DuplicateKeyRecovery.renamedPrefix) { continue }
                guard let converted = convert(value, file: file, budget: &budget, sink: sink) else { return nil }
                entries.append((self.scalar(keyScalar, file: file), converted))
            }
            return .mapping(YAMLMapping(entries: entries, location: location(of: node, file: file)))
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            for item in sequence {
                guard let converted = convert(item, file: file, budget: &budget, sink: sink) else { return nil }
                items.append(converted)
            }
            return .sequence(YAMLSequence(items: items, location: location(of: node, file: file)))
        case .alias:
            // Yams' composer resolves aliases itself; an unresolved one is unusable here.
            sink.report(.yamlSyntax, "unresolved YAML alias", at: location(of: node, file: file))
            return nil
        }
    }

    private func scalar(_ scalar: Node.Scalar, file: String) -> YAMLScalar {
        let tagName = scalar.tag.description
        let isLocalTag = tagName.hasPrefix("!") && !tagName.hasPrefix("!!") && tagName != "!"
        let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            || scalar.style == .literal || scalar.style == .folded
        return YAMLScalar(
            text: scalar.string, tag: isLocalTag ? tagName : nil, isQuoted: quoted || tagName == "!",
            location: location(ofMark: scalar.mark, file: file))
    }

    private func location(of node: Node, file: String) -> SourceLocation {
        location(ofMark: node.mark, file: file)
    }

    private func location(ofMark mark: Mark?, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0)
    }

    private static func shape(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        default: "a scalar"
        }
    }
}
