/// The Connect action catalogue: one table that the frontend, analyses and emitters all read.
///
/// Source: `shared/reference/connect-flow-language.md` §2 (per-action pages of the Connect flow
/// language reference) and its §2.5 permission matrix. Where the reference says a permission is
/// not stated, the action is allowed (flowc does not invent restrictions); module content follows
/// the inbound-flow column, as the reference suggests.
public enum ActionCatalogue {
    /// The spec for a Connect action type, or nil when the type is unknown.
    public static func spec(for type: String) -> ActionSpec? { byType[type] }

    /// Every known action type, sorted.
    public static var allTypes: [String] { byType.keys.sorted() }

    /// Every spec, sorted by type.
    public static var all: [ActionSpec] { allTypes.map { byType[$0]! } }

    private static let byType: [String: ActionSpec] = Dictionary(
        uniqueKeysWithValues: table.map { ($0.type, $0) })

    // Flow-kind shorthands, as in the reference's permission matrix.
    private static let IN = FlowKind.flow(.contactFlow), CQ = FlowKind.flow(.customerQueue)
    private static let CH = FlowKind.flow(.customerHold), CW = FlowKind.flow(.customerWhisper)
    private static let AH = FlowKind.flow(.agentHold), AW = FlowKind.flow(.agentWhisper)
    private static let OW = FlowKind.flow(.outboundWhisper), AT = FlowKind.flow(.agentTransfer)
    private static let QT = FlowKind.flow(.queueTransfer), MOD = FlowKind.module
    private static let everywhere = Set(FlowKind.allCases)
    /// Inbound, customer queue and the two transfer flows, plus modules: the common "not
    /// hold, not whisper" set.
    private static let routing: Set<FlowKind> = [IN, CQ, AT, QT, MOD]

    private static let prompt = [
        ParameterSpec("PromptId", .wholeValuePath), ParameterSpec("Text"), ParameterSpec("SSML"),
        ParameterSpec("Media"),
    ]
    private static let queueOrAgent = [
        ParameterSpec("QueueId", .wholeValuePath), ParameterSpec("AgentId", .wholeValuePath),
    ]
    private static let profile = [ParameterSpec("ProfileRequestData"), ParameterSpec("ProfileResponseData")]
    private static let dtmfKeys = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#"]

    private static func action(
        _ type: String, _ block: String, _ parameters: [ParameterSpec] = [],
        conditions: ConditionRule = .none, errors: [String] = [], required: [String] = [], designer: [String] = [],
        exit: FlowExit = .continues, in allowed: Set<FlowKind> = everywhere
    ) -> ActionSpec {
        ActionSpec(
            type: type, block: block, parameters: parameters, conditions: conditions, errors: errors,
            requiredErrors: required, designerErrors: designer, exit: exit, allowedIn: allowed)
    }

    private static let table: [ActionSpec] = flowControl + participant + interactions + contact

    private static let flowControl: [ActionSpec] = [
        action("CheckHoursOfOperation", "Check hours of operation", [ParameterSpec("HoursOfOperationId", .wholeValuePath)],
               conditions: .required(["True", "False"]), errors: ["NoMatchingError"], in: routing),
        action("CheckMetricData", "Check queue status", [ParameterSpec("MetricType", required: true, .staticOnly)] + queueOrAgent,
               conditions: .any, errors: ["NoMatchingCondition", "NoMatchingError"], in: routing),
        action("CheckOutboundCallStatus", "Check call progress",
               conditions: .equalsOnly(operands: ["CallAnswered", "VoicemailBeep", "VoicemailNoBeep", "NotDetected"]),
               errors: ["NoMatchingError"]),
        action("CheckVoiceId", "Check Voice ID", [ParameterSpec("CheckVoiceIdOption", required: true, .staticOnly)],
               conditions: .equalsOnly(operands: nil), errors: ["NoMatchingError"]),
        action("Compare", "Check contact attributes", [ParameterSpec("ComparisonValue", required: true, .wholeValuePath)],
               conditions: .any, errors: ["NoMatchingCondition"]),
        action("DistributeByPercentage", "Distribute by percentage",
               conditions: .any, errors: ["NoMatchingCondition"], in: routing.union([OW])),
        action("EndFlowExecution", "End flow / Resume", exit: .terminal, in: [CQ, CW, AW, OW]),
        action("GetMetricData", "Get queue metrics", queueOrAgent + [ParameterSpec("QueueChannel")],
               errors: ["NoMatchingError"]),
        action("Loop", "Loop", [ParameterSpec("LoopCount", required: true, .wholeValuePath)],
               conditions: .required(["ContinueLooping", "DoneLooping"])),
        action("StartVoiceIdStream", "Set Voice ID", errors: ["NoMatchingError"]),
        action("TransferToFlow", "Transfer to flow", [ParameterSpec("ContactFlowId", required: true, .wholeValuePath)],
               errors: ["NoMatchingError"], exit: .leavesFlowOnSuccess, in: [IN, AT, QT, MOD]),
        // NoMatchingError: every instance in the corpus has it (037, 038, 039, 065, 066).
        action("UpdateFlowAttributes", "Set contact attributes (flow)", [ParameterSpec("FlowAttributes", required: true)],
               errors: ["NoMatchingError"]),
        action("UpdateFlowLoggingBehavior", "Set logging behavior",
               [ParameterSpec("FlowLoggingBehavior", required: true, .staticOnly)]),
        action("UpdateRoutingCriteria", "Set routing criteria", [ParameterSpec("RoutingCriteria", required: true)],
               errors: ["NoMatchingError"], in: routing),
        action("Wait", "Wait",
               [ParameterSpec("TimeoutSeconds", .wholeValuePath), ParameterSpec("TimeLimitSeconds", .wholeValuePath),
                ParameterSpec("Events", .staticOnly)],
               conditions: .equalsOnly(operands: ["WaitCompleted", "CustomerReturned", "BotParticipantDisconnected"]),
               errors: ["NoMatchingError", "ParticipantNotFound"]),
    ]

    private static let participant: [ActionSpec] = [
        action("ConnectParticipantWithLexBot", "Get customer input (Lex)",
               prompt + ["LexV2Bot", "LexBot", "LexSessionAttributes", "LexInitilizationData", "LexTimeoutSeconds"]
                   .map { ParameterSpec($0) },
               conditions: .equalsOnly(operands: nil),
               errors: ["InputTimeLimitExceeded", "NoMatchingCondition", "NoMatchingError"], in: routing),
        action("DisconnectParticipant", "Disconnect / hang up", exit: .terminal),
        action("GetParticipantInput", "Get customer input / Store customer input",
               prompt + [ParameterSpec("InputTimeLimitSeconds", .staticOnly), ParameterSpec("StoreInput", .staticOnly),
                         ParameterSpec("InputValidation", .staticOnly), ParameterSpec("InputEncryption"),
                         ParameterSpec("DTMFConfiguration", .staticOnly)],
               conditions: .equalsOnly(operands: dtmfKeys),
               errors: ["InputTimeLimitExceeded", "InvalidPhoneNumber", "NoMatchingCondition", "NoMatchingError"],
               in: routing),
        action("MessageParticipant", "Play prompt", prompt, errors: ["NoMatchingError"],
               in: routing.union([CW, AW, OW])),
        action("MessageParticipantIteratively", "Loop prompts",
               [ParameterSpec("Messages", required: true), ParameterSpec("InterruptFrequencySeconds", .staticOnly),
                ParameterSpec("ContinueMessagingDuringInterrupt", .staticOnly)],  // the latter seen in exports
               conditions: .equalsOnly(operands: ["MessagesInterrupted"]), errors: ["NoMatchingError"], in: [CQ, CH, AH]),
        action("ShowView", "Show view",
               ["ViewResource", "InvocationTimeLimitSeconds", "ViewData", "SensitiveDataConfiguration"].map { ParameterSpec($0) },
               conditions: .any, errors: ["NoMatchingCondition", "NoMatchingError", "TimeLimitExceeded"], in: [IN, CQ, MOD]),
        action("TransferParticipantToThirdParty", "Transfer to phone number",
               [ParameterSpec("ThirdPartyPhoneNumber", required: true),
                ParameterSpec("ThirdPartyConnectionTimeLimitSeconds", .wholeValuePath),
                ParameterSpec("ThirdPartyConnectionTimeoutSeconds", .wholeValuePath),
                ParameterSpec("ContinueFlowExecution", .staticOnly), ParameterSpec("ThirdPartyDTMFDigits", .wholeValuePath),
                ParameterSpec("CallerId")],
               errors: ["CallFailed", "ConnectionTimeLimitExceeded", "NoMatchingError"], in: routing),
    ]

    private static let interactions: [ActionSpec] = [
        action("InvokeLambdaFunction", "AWS Lambda function",
               [ParameterSpec("LambdaFunctionARN", required: true), ParameterSpec("InvocationTimeLimitSeconds", .staticOnly),
                ParameterSpec("InvocationType", .staticOnly), ParameterSpec("LambdaInvocationAttributes"),
                ParameterSpec("ResponseValidation", .staticOnly)],
               errors: ["NoMatchingError"]),
        action("CreateCallbackContact", "Create callback",
               queueOrAgent + [ParameterSpec("InitialCallDelaySeconds", .staticOnly),
                               ParameterSpec("MaximumConnectionAttempts", .staticOnly),
                               ParameterSpec("RetryDelaySeconds", .staticOnly)],
               errors: ["NoMatchingError"], in: routing),
        action("CreateCustomerProfile", "Customer profiles", profile, errors: ["NoMatchingError"]),
        action("GetCustomerProfile", "Customer profiles", profile,
               errors: ["MultipleFoundError", "NoneFoundError", "NoMatchingError"]),
        action("UpdateCustomerProfile", "Customer profiles", profile, errors: ["NoMatchingError"]),
        action("AssociateContactToCustomerProfile", "Customer profiles", profile, errors: ["NoMatchingError"]),
        action("GetCustomerProfileObject", "Customer profiles", profile, errors: ["NoneFoundError", "NoMatchingError"]),
        action("GetCalculatedAttributesForCustomerProfile", "Customer profiles", profile,
               errors: ["NoneFoundError", "NoMatchingError"]),
    ]

    private static let contact: [ActionSpec] = [
        action("CompleteOutboundCall", "Call phone number", [ParameterSpec("CallerId", .wholeValuePath)], in: [OW]),
        action("CreateCase", "Cases",
               ["LinkContactToCase", "ContactToLink", "CaseTemplateId", "CaseRequestFields"].map { ParameterSpec($0) },  // ContactToLink: seen in exports
               errors: ["ContactNotLinked", "NoMatchingError"]),
        action("GetCase", "Cases",
               ["LinkContactToCase", "GetLastUpdatedCase", "CustomerId", "CaseRequestFields", "CaseResponseFields"]
                   .map { ParameterSpec($0) },
               errors: ["ContactNotLinked", "MultipleFound", "NoneFound", "NoMatchingError"]),
        action("UpdateCase", "Cases", ["LinkContactToCase", "CaseId", "CaseRequestFields"].map { ParameterSpec($0) },
               errors: ["ContactNotLinked", "NoMatchingError"]),
        action("CreateTask", "Create task",
               [ParameterSpec("ContactFlowId", .wholeValuePath)]
                   + ["Attributes", "Name", "Description", "References", "DelaySeconds", "ScheduledTime", "TaskTemplateId"]
                   .map { ParameterSpec($0) },
               errors: ["NoMatchingError"]),
        action("CreateWisdomSession", "Amazon Q in Connect", [ParameterSpec("WisdomAssistantArn", required: true)],
               errors: ["NoMatchingError"]),
        // QueueAtCapacity: every TransferContactToQueue in the corpus (23) has the branch ("At capacity").
        action("DequeueContactAndTransferToQueue", "Transfer to queue (customer queue flow)", queueOrAgent,
               errors: ["QueueAtCapacity", "NoMatchingError"], designer: ["QueueAtCapacity"], exit: .leavesFlowOnSuccess, in: [CQ]),
        action("EndFlowModuleExecution", "Return", exit: .terminal, in: [MOD]),
        action("InvokeFlowModule", "Invoke module", [ParameterSpec("FlowModuleId", required: true)],
               conditions: .any, errors: ["NoMatchingCondition", "NoMatchingError"], in: [IN]),  // conditions: a module's custom branches
        action("StartOutboundChatContact", "Send message",
               ["SourceEndpoint", "DestinationEndpoint", "ContactFlowArn", "ContactSubtype", "InitialSystemMessage",
                "RelatedContact"].map { ParameterSpec($0) },
               errors: ["NoMatchingError"]),
        action("TagContact", "Contact tags", [ParameterSpec("Tags", required: true)]),
        action("UnTagContact", "Contact tags", [ParameterSpec("TagKeys", required: true, .staticOnly)],
               errors: ["NoMatchingError"]),
        action("TransferContactToAgent", "Transfer to agent", exit: .terminal, in: [AT, QT]),
        action("TransferContactToQueue", "Transfer to queue", errors: ["QueueAtCapacity", "NoMatchingError"],
               designer: ["QueueAtCapacity"], exit: .leavesFlowOnSuccess, in: [IN, AT, QT, MOD]),
        action("UpdateContactAttributes", "Set contact attributes",
               [ParameterSpec("Attributes", required: true), ParameterSpec("TargetContact", .staticOnly)],
               errors: ["NoMatchingError"]),
        action("UpdateContactCallbackNumber", "Set callback number",
               [ParameterSpec("CallbackNumber", required: true, .wholeValuePath)],
               errors: ["InvalidCallbackNumber", "CallbackNumberNotDialable"], in: routing),
        action("UpdateContactData", "Set contact attributes",
               ["Name", "Description", "LanguageCode", "CustomerId", "References", "IsVoiceIdStreamingEnabled",
                "IsVoiceAuthenticationEnabled", "IsFraudDetectionEnabled", "VoiceAuthenticationThreshold",
                "VoiceAuthenticationResponseTime", "FraudDetectionThreshold", "WatchlistId", "WisdomSessionArn",
                "TargetContact"].map { ParameterSpec($0) },
               errors: ["NoMatchingError"]),
        action("UpdateContactEventHooks", "Set event flow / hold / whisper / customer queue flow",
               [ParameterSpec("EventHooks"), ParameterSpec("EventHooksConfiguration")],  // the latter seen in exports
               errors: ["NoMatchingError"]),
        action("UpdateContactMediaProcessing", "Set recording, analytics and processing behavior (chat)",
               [ParameterSpec("ChatProcessor", .staticOnly)], errors: ["ChannelMismatch", "NoMatchingError"]),
        action("UpdateContactMediaStreamingBehavior", "Start / stop media streaming",
               [ParameterSpec("MediaStreamingState", required: true, .staticOnly), ParameterSpec("Participants", .staticOnly),
                ParameterSpec("MediaStreamType", .staticOnly)],
               errors: ["NoMatchingError"], in: routing.union([CW, AW, OW])),
        action("UpdateContactRecordingBehavior", "Set recording and analytics behavior (legacy)",
               [ParameterSpec("RecordingBehavior", .staticOnly), ParameterSpec("AnalyticsBehavior")],
               in: routing.union([OW])),
        // ChannelMismatch "must always be defined" (contact-actions-updatecontactrecordingandanalyticsbehavior).
        action("UpdateContactRecordingAndAnalyticsBehavior", "Set recording, analytics and processing behavior",
               ["VoiceBehavior", "ChatBehavior", "ScreenRecordingBehavior"].map { ParameterSpec($0) },
               errors: ["ChannelMismatch", "InFlightRedactionConfigurationFailed", "NoMatchingError"],
               required: ["ChannelMismatch"]),
        action("ResumeContact", "Resume contact", errors: ["NoMatchingError"]),
        action("UpdateContactRoutingBehavior", "Change routing priority / age",
               [ParameterSpec("QueuePriority", .staticOnly), ParameterSpec("QueueTimeAdjustmentSeconds", .staticOnly),
                ParameterSpec("RoutingProficiencies")],
               in: [IN, MOD]),
        action("UpdateContactTargetQueue", "Set working queue", queueOrAgent, errors: ["NoMatchingError"],
               in: [IN, AT, QT, MOD]),
        action("UpdateContactTextToSpeechVoice", "Set voice",
               [ParameterSpec("TextToSpeechVoice", required: true), ParameterSpec("TextToSpeechEngine"),
                ParameterSpec("TextToSpeechStyle")],
               errors: ["NoMatchingError"]),
        action("UpdatePreviousContactParticipantState", "Hold customer or agent",
               [ParameterSpec("PreviousContactParticipantState", required: true)], errors: ["NoMatchingError"],
               in: [IN, AT, QT, MOD]),
    ]
}
