import FlowCore
import Foundation

/// Readable, unique flowc block names for an imported flow's actions.
///
/// A friendly Identifier that is already a valid block name is kept; an opaque one (a UUID) is
/// replaced by a name saying what the block does: the first words of its prompt, the attribute
/// it sets, the resource it uses, the value it compares. When that name is taken, a longer one
/// says more (more words, the resource, where the block leads) before a number is added. Each
/// block costs a few set lookups, so naming stays linear in the flow.
public enum BlockNamer {
    /// Words in a name made up from a block's content, and in its longer form.
    static let wordLimit = 4, longWordLimit = 8

    public static func names(for graph: FlowGraph) -> [BlockID: String] {
        var names: [BlockID: String] = [:]
        var taken = Set<String>(), nextSerial: [String: Int] = [:]
        let index = graph.blockIndex
        for block in graph.blocks where names[block.id] == nil {
            let next = block.outcomes.first.flatMap { index[$0.target] }.map { graph.blocks[$0] }
            let choices = candidates(for: block, next: next)
            var name = choices.first { !taken.contains($0) } ?? ""
            if name.isEmpty {
                let base = choices[0]
                var serial = nextSerial[base] ?? 2
                while taken.contains("\(base)-\(serial)") { serial += 1 }
                name = "\(base)-\(serial)"
                nextSerial[base] = serial + 1
            }
            taken.insert(name)
            names[block.id] = name
        }
        return names
    }

    /// Names for a block, best first: its own, then longer ones that tell it from others.
    static func candidates(for block: Block, next: Block?) -> [String] {
        let base = candidate(for: block)
        guard isOpaque(block.id.rawValue) || base.isEmpty else { return [base] }
        var choices = [base, kebab(describe(block, words: longWordLimit))]
        if let reference = block.parameters.values.flatMap(\.references).first?.name, !base.contains(reference) {
            choices.append(kebab("\(describe(block)) \(reference)"))
        }
        if let next { choices.append(kebab("\(describe(block)) then \(describe(next))")) }
        var seen = Set<String>()
        let named = choices.filter { !$0.isEmpty && seen.insert($0).inserted }
        // A type with no letters or digits (`""`, `"_"`) describes nothing: the block is a `block`.
        return named.isEmpty ? ["block"] : named
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
        isUUID(identifier) || identifier.filter(\.isLetter).count < 2
    }

    /// Whether `text` is a UUID as Connect writes identifiers: 8-4-4-4-12 hexadecimal digits.
    static func isUUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        return bytes.indices.allSatisfy { index in
            switch index {
            case 8, 13, 18, 23: bytes[index] == UInt8(ascii: "-")
            default: (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
                || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(bytes[index] | 0x20)
            }
        }
    }

    /// A few words (at most `words` from a text) about what the block does.
    static func describe(_ block: Block, words limit: Int = wordLimit) -> String {
        let text = ["Text", "SSML"].compactMap { block.parameters[$0]?.scalarText }.first
        let words = { (text: String) in Self.words(text, limit: limit) }
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
    static func words(_ text: String, limit: Int = wordLimit) -> String {
        Markup.removingTags(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "$" && $0 != "." })
            .filter { !$0.hasPrefix("$") }.prefix(limit).joined(separator: " ")
    }

    /// `Say Hello, World!` → `say-hello-world`, `GetParticipantInput` → `get-participant-input`:
    /// lower-case ASCII words joined by `-`, starting with a letter, at most 40 characters, cut
    /// after the last whole word that fits.
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
        for word in words {
            guard result.count + word.count < 40 else { break }
            result += (result.isEmpty ? "" : "-") + word
        }
        if let first = result.first, !first.isLetter { result = "b-" + result }
        return result
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
