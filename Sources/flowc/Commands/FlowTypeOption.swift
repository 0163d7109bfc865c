import ArgumentParser
import FlowCompiler

/// `--flow-type`: an API flow type name, or MODULE.
enum FlowTypeOption {
    static let names = FlowType.allCases.map(\.rawValue) + ["MODULE"]

    static func parse(_ value: String?) throws -> FlowKind? {
        guard let value else { return nil }
        if value == "MODULE" { return .module }
        guard let type = FlowType(rawValue: value) else {
            throw ValidationError("unknown flow type '\(value)'" + Suggestion.hint(for: value, in: names)
                                  + "; one of \(names.joined(separator: ", "))")
        }
        return .flow(type)
    }
}
