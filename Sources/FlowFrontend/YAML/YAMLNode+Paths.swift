import FlowCore

extension YAMLNode {
    /// Where each `$.` path written anywhere in this node (keys included) starts: the first
    /// place, when a path is written twice. Positions inside a one-line scalar are exact;
    /// paths in a multi-line scalar point at the scalar. Linear in the node's text.
    func pathLocations() -> [String: SourceLocation] {
        var locations: [String: SourceLocation] = [:]
        collectPaths(into: &locations)
        return locations
    }

    private func collectPaths(into locations: inout [String: SourceLocation]) {
        switch self {
        case .scalar(let scalar): scalar.collectPaths(into: &locations)
        case .sequence(let sequence): sequence.items.forEach { $0.collectPaths(into: &locations) }
        case .mapping(let mapping):
            for (key, value) in mapping.entries {
                key.collectPaths(into: &locations)
                value.collectPaths(into: &locations)
            }
        }
    }
}

extension YAMLScalar {
    fileprivate func collectPaths(into locations: inout [String: SourceLocation]) {
        for (path, offset) in AttributePath.scan(text) where locations[path.text] == nil {
            var location = self.location
            if !text.contains("\n"), location.column > 0 {
                location.column += offset + (isQuoted ? 1 : 0)
            }
            locations[path.text] = location
        }
    }
}
