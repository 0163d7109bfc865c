import FlowCore

/// `store_input:` collects digits into `$.StoredCustomerInput` (GetParticipantInput with
/// StoreInput).
///
///     account-number:
///       store_input:
///         prompt: "Please type your account number, then press hash."
///         max_digits: 10            # or phone_number: { format: local, country: US }
///         terminator: "#"
///         retries: 2                # on silence (or an invalid phone number) ask again…
///         no_input_prompt: "Sorry, I did not get that."
///         fallback: agent           # …then go here; or, without retries, on_timeout: NAME
///       next: validate
///
/// On silence Connect does not raise an error: it takes the success branch with
/// `$.StoredCustomerInput` = `Timeout` ([SCI] https://docs.aws.amazon.com/connect/latest/adminguide/store-customer-input.html;
/// none of the 40 store-mode actions in the corpus has an InputTimeLimitExceeded branch), so
/// the block lowers to the input plus a check of that value (`StoreInputForm+Lowering.swift`).
struct StoreInputForm: BlockForm {
    static let keyword = "store_input"
    static let keys = ["prompt", "timeout", "max_digits", "phone_number", "terminator", "disable_cancel_key",
                       "encryption_key_id", "encryption_key", "on_timeout", "on_invalid_phone_number"] + Retries.keys
    /// What Connect stores when the caller enters nothing.
    static let timeoutValue = "Timeout"

    let prompt: Prompt
    let timeout: Int
    let validation: [String: ParameterValue]
    let dtmf: [String: ParameterValue]
    let encryption: [String: ParameterValue]
    let onTimeout: Located<String>?
    let onInvalidPhoneNumber: Located<String>?
    let retry: Retries?

    init?(_ value: YAMLNode, context: ReadContext) {
        let sink = context.sink
        guard let reader = context.reader(value, for: Self.keyword, known: Self.keys) else { return nil }
        guard let prompt = reader.required("prompt", "what the caller hears").flatMap({ Prompt($0, for: "prompt", sink: sink) })
        else { return nil }
        self.prompt = prompt
        timeout = reader.int("timeout", in: 1...179)?.value ?? context.defaults.inputTimeout
        validation = Self.readValidation(reader)
        dtmf = Self.readDTMF(reader)
        encryption = Self.readEncryption(reader, validation: validation)
        onTimeout = reader.string("on_timeout")
        onInvalidPhoneNumber = reader.string("on_invalid_phone_number")
        retry = Retries.read(reader)
        let storesPhoneNumber = validation["PhoneNumberValidation"] != nil
        Retries.checkExits(["on_timeout"] + (reader.has("retries") && storesPhoneNumber ? ["on_invalid_phone_number"] : []),
                           in: reader, form: "store_input")
        for key in ["on_invalid_phone_number", "invalid_prompt"] where !storesPhoneNumber {
            if let location = reader.keyLocation(key) {
                sink.report(.invalidValue, "'\(key)' only applies with 'phone_number'", at: location)
            }
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

    private static func readDTMF(_ reader: MappingReader) -> [String: ParameterValue] {
        var dtmf: [String: ParameterValue] = [:]
        if let terminator = reader.string("terminator") {
            if terminator.value.count > 5 || !terminator.value.allSatisfy({ "0123456789*#".contains($0) }) {
                reader.sink.report(.invalidValue, "'terminator' must be up to 5 keys of 0-9, * and #", at: terminator.location)
            }
            dtmf["InputTerminationSequence"] = .string(terminator.value)
        }
        if let disable = reader.bool("disable_cancel_key") { dtmf["DisableCancelKey"] = .string(disable.value ? "True" : "False") }
        return dtmf
    }

    private static func readEncryption(_ reader: MappingReader, validation: [String: ParameterValue]) -> [String: ParameterValue] {
        var encryption: [String: ParameterValue] = [:]
        if let id = reader.string("encryption_key_id") { encryption["EncryptionKeyId"] = .string(id.value) }
        if let key = reader.string("encryption_key") { encryption["Key"] = .string(key.value) }
        if !encryption.isEmpty && validation["CustomValidation"] == nil {
            reader.sink.report(.invalidValue, "encryption needs 'max_digits' (Connect encrypts custom input only)",
                               at: reader.keyLocation("encryption_key_id") ?? reader.keyLocation("encryption_key")!)
        }
        return encryption
    }

    var entryAction: String { "GetParticipantInput" }

    /// The input action's parameters.
    func parameters(_ builder: FlowBuilder, sink: ScopedSink) -> [String: ParameterValue] {
        var parameters = prompt.parameters(builder, sink: sink)
        parameters["StoreInput"] = .string("True")
        parameters["InputTimeLimitSeconds"] = .string(String(timeout))
        parameters["InputValidation"] = .object(validation)
        if !dtmf.isEmpty { parameters["DTMFConfiguration"] = .object(dtmf) }
        if !encryption.isEmpty { parameters["InputEncryption"] = .object(encryption) }
        return parameters
    }
}
