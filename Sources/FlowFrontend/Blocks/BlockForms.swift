/// The registry of block forms: every keyword a block can start with.
enum BlockForms {
    static let all: [any BlockForm.Type] = [
        PlayForm.self, MenuForm.self, StoreInputForm.self, LambdaForm.self, SetAttributesForm.self,
        BranchForm.self, SetQueueForm.self, TransferToQueueForm.self, CheckHoursForm.self, CheckQueueForm.self,
        LoopForm.self, WaitForm.self, SetVoiceForm.self, SetLoggingForm.self, SetRecordingForm.self,
        SetHooksForm.self, CallbackForm.self, SetCallbackNumberForm.self, TransferToFlowForm.self,
        InvokeModuleForm.self, ReturnForm.self, DisconnectForm.self, EndFlowForm.self, TransferToAgentForm.self,
        LoopPromptsForm.self, RatingForm.self, GenericForm.self,
    ]

    static let byKeyword: [String: any BlockForm.Type] = Dictionary(uniqueKeysWithValues: all.map { ($0.keyword, $0) })

    /// Every keyword, in registry order. (A key path such as `\.keyword` on these existential
    /// metatypes crashes the Swift 6.3 module emitter; keep the closure.)
    static let keywords: [String] = all.map { $0.keyword }
}
