import FlowCore

/// `store_input:` collects digits into `$.StoredCustomerInput` (GetParticipantInput with
/// StoreInput).
///
///     account-number:
///       store_input:
///         prompt: "Please type your account number, then press hash."
///         max_digits: 10            # or phone_number: { format: local, country: US }
///         terminator: "#"
///         on_timeout: ask-again
///       next: validate
struct StoreInputForm: SingleActionForm {
    static let keyword = "store_input"
    static let keys = ["prompt", "timeout", "max_digits", "phone_number", "terminator", "disable_cancel_key",
                       "encryption_key_id", "encryption_key", "on_timeout", "on_invalid_phone_number"]

    let prompt: Prompt
    let timeout: Int
    let validation: [String: ParameterValue]
    let dtmf: [String: ParameterValue]
    let encryption: [String: ParameterValue]
    let onTimeout: Located<String>?
    let onInvalidPhoneNumber: Located<String>?

    init?(_ value: YAMLNode, context: ReadContext) {
        let sink = context.sink
        guard let reader = context.reader(value, for: Self.keyword, known: Self.keys) else { return nil }
        guard let prompt = reader.required("prompt", "what the caller hears").flatMap({ Prompt($0, for: "prompt", sink: sink) })
        else { return nil }
        self.prompt = prompt
        timeout = reader.int("timeout", in: 1...179)?.value ?? context.defaults.inputTimeout
        validation = Self.readValidation(reader)
        var dtmf: [String: ParameterValue] = [:]
        if let terminator = reader.string("terminator") {
            if terminator.value.count > 5 || !terminator.value.allSatisfy({ "0123456789*#".contains($0) }) {
                sink.report(.invalidValue, "'terminator' must be up to 5 keys of 0-9, * and #", at: terminator.location)
            }
            dtmf["InputTerminationSequence"] = .string(terminator.value)
        }
        if let disable = reader.bool("disable_cancel_key") { dtmf["DisableCancelKey"] = .string(disable.value ? "True" : "False") }
        self.dtmf = dtmf
        var encryption: [String: ParameterValue] = [:]
        if let id = reader.string("encryption_key_id") { encryption["EncryptionKeyId"] = .string(id.value) }
        if let key = reader.string("encryption_key") { encryption["Key"] = .string(key.value) }
        if !encryption.isEmpty && validation["CustomValidation"] == nil {
            sink.report(.invalidValue, "encryption needs 'max_digits' (Connect encrypts custom input only)",
                        at: reader.keyLocation("encryption_key_id") ?? reader.keyLocation("encryption_key")!)
        }
        self.encryption = encryption
        onTimeout = reader.string("on_timeout")
        onInvalidPhoneNumber = reader.string("on_invalid_phone_number")
        if let location = reader.keyLocation("on_invalid_phone_number"), validation["PhoneNumberValidation"] == nil {
            sink.report(.invalidValue, "'on_invalid_phone_number' only applies with 'phone_number'", at: location)
        }
    }

    private static func readValidation(_ reader: MappingReader) -> [String: ParameterValue] {
        let sink = reader.sink
        if let phone = reader.mapping("phone_number") {
            if let location = reader.keyLocation("max_digits") {
                sink.report(.invalidValue, "give 'max_digits' or 'phone_number', not both", at: location)
            }
            let phoneReader = MappingReader(phone, subject: "'phone_number'", sink: sink)
            phoneReader.finish(known: ["format", "country"])
            let format = phoneReader.node("format").flatMap { sink.choice($0, for: "format", from: ["local", "e164"]) }
            var rule: [String: ParameterValue] = ["NumberFormat": .string(format?.value == "local" ? "Local" : "E164")]
            if let country = phoneReader.string("country") {
                rule["CountryCode"] = .string(country.value)
            } else if format?.value == "local" {
                sink.report(.missingKey, "a local phone number needs 'country' (for example US)", at: phone.location)
            }
            return ["PhoneNumberValidation": .object(rule)]
        }
        let digits = reader.int("max_digits", in: 1...20)?.value ?? 20
        return ["CustomValidation": .object(["MaximumLength": .string(String(digits))])]
    }

    var entryAction: String { "GetParticipantInput" }

    func parameters(_ builder: FlowBuilder, sink: ScopedSink) -> [String: ParameterValue] {
        var parameters = prompt.parameters(builder, sink: sink)
        parameters["StoreInput"] = .string("True")
        parameters["InputTimeLimitSeconds"] = .string(String(timeout))
        parameters["InputValidation"] = .object(validation)
        if !dtmf.isEmpty { parameters["DTMFConfiguration"] = .object(dtmf) }
        if !encryption.isEmpty { parameters["InputEncryption"] = .object(encryption) }
        return parameters
    }

    func outcomes(_ builder: FlowBuilder, sink: ScopedSink) -> [Outcome] {
        [builder.outcome(.error("InputTimeLimitExceeded"), to: onTimeout, sink: sink),
         builder.outcome(.error("InvalidPhoneNumber"), to: onInvalidPhoneNumber, sink: sink)].compactMap { $0 }
    }
}
