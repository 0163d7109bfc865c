import FlowCore

/// `set_recording:` sets call recording and Contact Lens analytics
/// (UpdateContactRecordingAndAnalyticsBehavior, voice).
///
///     record:
///       set_recording:
///         record: [agent, customer]    # [] stops recording
///         ivr: true                    # record the automated part too
///         analytics:
///           language: en-US
///           modes: [real_time]         # real_time, post_contact, automated_interaction
///           redaction: true
///           sentiment: true
///         on_channel_mismatch: route   # a contact on another channel (chat); default: next
///       next: route
///
/// The action page says its `ChannelMismatch` branch ("the media channel that initiated the
/// contact is not the same as the one defined in the action") must always be defined
/// (https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactrecordingandanalyticsbehavior.html;
/// corpus 068 has it on every instance, going where the block's success goes). Voice settings
/// do not apply to a chat, so by default such a contact carries on at `next`.
struct SetRecordingForm: SingleActionForm {
    static let keyword = "set_recording"
    static let participants = ["agent": "Agent", "customer": "Customer"]
    static let modes = ["real_time": "RealTime", "post_contact": "PostContact", "automated_interaction": "AutomatedInteraction"]

    let voiceBehavior: [String: ParameterValue]
    let onChannelMismatch: Located<String>?

    init?(_ value: YAMLNode, context: ReadContext) {
        let sink = context.sink
        guard let reader = context.reader(value, for: Self.keyword, known: ["record", "ivr", "analytics", "on_channel_mismatch"])
        else { return nil }
        onChannelMismatch = reader.string("on_channel_mismatch")
        let recorded = Self.words(reader.sequence("record"), for: "record", mapping: Self.participants, sink: sink)
        var recording: [String: ParameterValue] = ["RecordedParticipants": .list(recorded.map(ParameterValue.string))]
        if let ivr = reader.bool("ivr") { recording["IVRRecordingBehavior"] = .string(ivr.value ? "Enabled" : "Disabled") }
        var behavior: [String: ParameterValue] = ["VoiceRecordingBehavior": .object(recording)]
        if let analytics = reader.mapping("analytics") {
            behavior["VoiceAnalyticsBehavior"] = Self.analytics(analytics, sink: sink)
        }
        voiceBehavior = behavior
    }

    private static func analytics(_ mapping: YAMLMapping, sink: ScopedSink) -> ParameterValue {
        let reader = MappingReader(mapping, subject: "'analytics'", sink: sink)
        reader.finish(known: ["language", "modes", "redaction", "sentiment"])
        let flag = { (on: Bool) in ParameterValue.string(on ? "True" : "False") }
        var behavior: [String: ParameterValue] = ["Enabled": flag(true)]
        behavior["AnalyticsLanguage"] = .string(reader.requiredString("language", "for example en-US")?.value ?? "en-US")
        let modes = words(reader.sequence("modes"), for: "modes", mapping: Self.modes, sink: sink)
        behavior["AnalyticsModes"] = .list((modes.isEmpty ? ["PostContact"] : modes).map(ParameterValue.string))
        behavior["ConversationalAnalyticsRedactionConfiguration"] = .object(["Enabled": flag(reader.bool("redaction")?.value ?? false)])
        behavior["SentimentConfiguration"] = .object(["Enabled": flag(reader.bool("sentiment")?.value ?? true)])
        return .object(behavior)
    }

    /// Friendly words of a list, as their Connect spellings.
    private static func words(_ list: YAMLSequence?, for key: String, mapping: [String: String], sink: ScopedSink) -> [String] {
        (list?.items ?? []).compactMap { item in
            sink.choice(item, for: key, from: mapping.keys.sorted()).map { mapping[$0.value]! }
        }
    }

    var entryAction: String { "UpdateContactRecordingAndAnalyticsBehavior" }

    func parameters(_ builder: FlowBuilder, sink: ScopedSink) -> [String: ParameterValue] {
        ["VoiceBehavior": .object(voiceBehavior)]
    }

    /// `ChannelMismatch` to `on_channel_mismatch`, else to where `next` goes.
    func outcomes(_ builder: FlowBuilder, of block: BlockDeclaration, sink: ScopedSink) -> [Outcome] {
        [builder.outcome(.error("ChannelMismatch"), to: onChannelMismatch ?? block.next, sink: sink)].compactMap { $0 }
    }
}
