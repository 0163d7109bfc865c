import FlowCore
import Foundation

/// Readable, unique flowc block names for an imported flow's actions.
///
/// A friendly Identifier that is already a valid block name is kept; an opaque one (a UUID) is
/// replaced by a name saying what the block does: the first words of its prompt, the attribute
/// it sets, the resource it uses, the value it compares.
public enum BlockNamer {
    /// Longest name made up from a block's content.
    static let wordLimit = 4

    public static func names(for graph: FlowGraph) -> [BlockID: String] {
        var names: [BlockID: String] = [:]
        var taken = Set<String>()
        for block in graph.blocks where names[block.id] == nil {
            let base = candidate(for: block)
            var name = base, serial = 2
            while taken.contains(name) {
                name = "\(base)-\(serial)"
                serial += 1
            }
            taken.insert(name)
            names[block.id] = name
        }
        return names
    }

    static func candidate(for block: Block) -> String {
        let identifier = block.id.rawValue
        if !isOpaque(identifier) {
            let cleaned = kebab(identifier)
            if !cleaned.isEmpty { return cleaned }
        }
        return kebab(describe(block)).nonEmpty ?? kebab(block.action)
    }

    /// UUIDs and other identifiers with no words in them.
    static func isOpaque(_ identifier: String) -> Bool {
        identifier.range(of: #"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"#,
                         options: .regularExpression) != nil
            || identifier.filter(\.isLetter).count < 2
    }

    /// A few words about what the block does.
    static func describe(_ block: Block) -> String {
        let text = ["Text", "SSML"].compactMap { block.parameters[$0]?.scalarText }.first
        let reference = block.parameters.values.flatMap(\.references).first?.name
        switch block.action {
        case "MessageParticipant": return text.map(words) ?? reference.map { "play \($0)" } ?? "play"
        case "GetParticipantInput", "ConnectParticipantWithLexBot": return "ask " + (text.map(words) ?? "")
        case "UpdateContactAttributes":
            if case .object(let attributes)? = block.parameters["Attributes"], let key = attributes.keys.sorted().first {
                return "set \(key)"
            }
            return "set attributes"
        case "Compare": return "check " + (block.parameters["ComparisonValue"]?.scalarText?.split(separator: ".").last.map(String.init) ?? "")
        case "InvokeLambdaFunction": return reference.map { "call \($0)" } ?? "call lambda"
        case "UpdateContactTargetQueue", "TransferContactToQueue": return "to " + (reference ?? "queue")
        case "TransferToFlow", "InvokeFlowModule": return "to " + (reference ?? "flow")
        case "DisconnectParticipant": return "disconnect"
        default: return block.action
        }
    }

    /// The first words of a text, without `$.` paths and markup.
    static func words(_ text: String) -> String {
        let plain = text.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
        return plain.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "$" && $0 != "." })
            .filter { !$0.hasPrefix("$") }.prefix(wordLimit).joined(separator: " ")
    }

    /// `Say Hello, World!` → `say-hello-world`, `GetParticipantInput` → `get-participant-input`:
    /// lower-case ASCII words joined by `-`, starting with a letter, at most 40 characters.
    public static func kebab(_ text: String) -> String {
        var words: [String] = [], current = ""
        var previous: Character?
        for character in text {
            let isWordCharacter = character.isASCII && (character.isLetter || character.isNumber)
            let camelBoundary = character.isUppercase && (previous?.isLowercase ?? false)
            if !isWordCharacter || camelBoundary, !current.isEmpty {
                words.append(current)
                current = ""
            }
            if isWordCharacter { current.append(Character(character.lowercased())) }
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        var result = ""
        for word in words where result.count + word.count < 40 {
            result += (result.isEmpty ? "" : "-") + word
        }
        if let first = result.first, !first.isLetter { result = "b-" + result }
        return result
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
