import FlowCore
import Foundation

/// What a block says to the caller. Written as a string (text, or SSML when it starts with
/// `<speak>`), a `!prompt NAME` tag, or a mapping with exactly one of `text`, `ssml`, `prompt`
/// (a prompt declared in flowc.yaml, or a `$.` path to one) and `audio` (an S3 URI).
enum Prompt: Sendable {
    case text(String)
    case ssml(String)
    case prompt(Located<String>)
    case dynamicPrompt(String)
    case audio(String)

    static let keys = ["text", "ssml", "prompt", "audio"]

    init?(_ node: YAMLNode, for key: String, sink: ScopedSink) {
        switch node {
        case .scalar(let scalar) where scalar.tag == "!prompt":
            self = .prompt(Located(scalar.text, at: scalar.location))
        case .scalar:
            guard let text = sink.string(node, for: key) else { return nil }
            self = Prompt.classify(text.value)
        case .mapping(let mapping):
            let present = mapping.entries.filter { Prompt.keys.contains($0.key.text) }
            MappingReader(mapping, subject: "'\(key)'", sink: sink).finish(known: Prompt.keys)
            guard present.count == 1, let (choice, value) = present.first,
                let text = sink.string(value, for: choice.text)
            else {
                sink.report(present.isEmpty ? .missingKey : .ambiguousBlock,
                            "'\(key)' needs exactly one of \(Prompt.keys.joined(separator: ", "))", at: mapping.location)
                return nil
            }
            switch choice.text {
            case "text": self = .text(text.value)
            case "ssml": self = .ssml(text.value)
            case "audio": self = .audio(text.value)
            default: self = text.value.hasPrefix("$.") ? .dynamicPrompt(text.value) : .prompt(text)
            }
        case .sequence:
            sink.report(.wrongType, "'\(key)' must be a prompt (a string or a mapping), found a list", at: node.location)
            return nil
        }
    }

    private static func classify(_ text: String) -> Prompt {
        text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<speak>") ? .ssml(text) : .text(text)
    }

    /// The Connect prompt parameters (`Text`, `SSML`, `PromptId` or `Media`).
    func parameters(_ builder: FlowBuilder, sink: ScopedSink) -> [String: ParameterValue] {
        switch self {
        case .text(let text): return ["Text": .string(text)]
        case .ssml(let ssml): return ["SSML": .string(ssml)]
        case .dynamicPrompt(let path): return ["PromptId": .string(path)]
        case .audio(let uri):
            return ["Media": .object(["Uri": .string(uri), "SourceType": .string("S3"), "MediaType": .string("Audio")])]
        case .prompt(let name):
            return builder.reference(.prompt, name, sink: sink).map { ["PromptId": $0] } ?? [:]
        }
    }
}
