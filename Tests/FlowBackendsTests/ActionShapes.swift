import Foundation

/// The parameter names and error types of actions, per action type, as a set of Connect
/// flow-language documents writes them. GetParticipantInput counts as two types, `[store]` and
/// `[menu]`, since storing input changes its parameters and errors.
struct ActionShapes {
    /// One action of a document: its type key, identifier, parameter names and error types.
    struct Action {
        var key: String
        var identifier: String
        var parameters: Set<String>
        var errors: Set<String>
    }

    private var parameters: [String: [String: Int]] = [:]
    private var errors: [String: [String: Int]] = [:]
    private var instances: [String: Int] = [:]

    /// How many actions were read.
    var count: Int { instances.values.reduce(0, +) }

    init(_ documents: [String]) {
        for action in documents.flatMap(Self.actions) {
            instances[action.key, default: 0] += 1
            for name in action.parameters { parameters[action.key, default: [:]][name, default: 0] += 1 }
            for name in action.errors { errors[action.key, default: [:]][name, default: 0] += 1 }
        }
    }

    func hasSeen(parameter: String, in key: String) -> Bool { parameters[key]?[parameter] != nil }
    func hasSeen(error: String, in key: String) -> Bool { errors[key]?[error] != nil }

    /// The parameters every instance of the type has.
    func alwaysCarried(parametersOf key: String) -> [String] { always(parameters[key], key) }
    /// The error types every instance of the type has a branch for.
    func alwaysCarried(errorsOf key: String) -> [String] { always(errors[key], key) }

    private func always(_ counts: [String: Int]?, _ key: String) -> [String] {
        (counts ?? [:]).filter { $0.value == instances[key] }.keys.sorted()
    }

    /// The actions of one flow-language document (none when it is not one).
    static func actions(in json: String) -> [Action] {
        guard let document = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let actions = document["Actions"] as? [[String: Any]]
        else { return [] }
        return actions.map { action in
            let parameters = action["Parameters"] as? [String: Any] ?? [:]
            var key = action["Type"] as? String ?? "?"
            if key == "GetParticipantInput" {
                key += "\(parameters["StoreInput"] ?? "")".lowercased() == "true" ? " [store]" : " [menu]"
            }
            let transitions = action["Transitions"] as? [String: Any] ?? [:]
            let errors = (transitions["Errors"] as? [[String: Any]] ?? []).compactMap { $0["ErrorType"] as? String }
            return Action(key: key, identifier: action["Identifier"] as? String ?? "?", parameters: Set(parameters.keys),
                          errors: Set(errors))
        }
    }
}
