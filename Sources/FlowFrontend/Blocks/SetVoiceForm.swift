import FlowCore
import Foundation

/// `set_voice:` picks the Polly voice for text-to-speech (UpdateContactTextToSpeechVoice).
///
///     voice:
///       set_voice: { voice: Joanna, engine: neural, style: conversational }
///       next: greeting
///
/// `set_voice: Matthew` names only the voice; an empty `set_voice:` uses the project's default
/// voice and engine.
struct SetVoiceForm: SingleActionForm {
    static let keyword = "set_voice"
    let voice: String
    let engine: String?
    let style: String?

    init?(_ value: YAMLNode, context: ReadContext) {
        let sink = context.sink
        switch value {
        case .mapping(let mapping):
            let reader = MappingReader(mapping, subject: "set_voice '\(context.block)'", sink: sink)
            reader.finish(known: ["voice", "engine", "style"])
            voice = reader.string("voice")?.value ?? context.defaults.voice
            engine = reader.node("engine").flatMap { sink.choice($0, for: "engine", from: VoiceSettings.engines) }?.value
                ?? context.defaults.voiceEngine
            style = reader.node("style").flatMap { sink.choice($0, for: "style", from: VoiceSettings.styles) }?.value
        case .scalar(let scalar) where scalar.isNull:
            (voice, engine, style) = (context.defaults.voice, context.defaults.voiceEngine, nil)
        default:
            guard let name = sink.string(value, for: Self.keyword) else { return nil }
            (voice, engine, style) = (name.value, context.defaults.voiceEngine, nil)
        }
    }

    var entryAction: String { "UpdateContactTextToSpeechVoice" }

    func parameters(_ builder: FlowBuilder, sink: ScopedSink) -> [String: ParameterValue] {
        var parameters: [String: ParameterValue] = ["TextToSpeechVoice": .string(voice)]
        if let engine { parameters["TextToSpeechEngine"] = .string(engine.capitalized) }
        if let style { parameters["TextToSpeechStyle"] = .string(style.capitalized) }
        return parameters
    }
}

/// The words `set_voice` and `defaults.voice_engine` accept.
enum VoiceSettings {
    static let engines = ["standard", "neural", "generative"]
    static let styles = ["none", "conversational", "newscaster"]
}
