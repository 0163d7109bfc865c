import FlowCore

extension DiagnosticKind {
    public static let yamlSyntax = DiagnosticKind(
        id: "yaml_syntax", defaultSeverity: .error, summary: "the file is not well-formed YAML")
    public static let invalidEncoding = DiagnosticKind(
        id: "invalid_encoding", defaultSeverity: .error, summary: "the file is not UTF-8 text")
    public static let fileTooLarge = DiagnosticKind(
        id: "file_too_large", defaultSeverity: .error, summary: "the file is larger than flowc reads (8 MiB)")
    public static let emptyFile = DiagnosticKind(
        id: "empty_file", defaultSeverity: .error, summary: "the file holds no YAML document")
    public static let unknownKey = DiagnosticKind(
        id: "unknown_key", defaultSeverity: .error, summary: "a key the language does not define")
    public static let wrongType = DiagnosticKind(
        id: "wrong_type", defaultSeverity: .error, summary: "a value of the wrong shape or type")
    public static let missingKey = DiagnosticKind(
        id: "missing_key", defaultSeverity: .error, summary: "a required key is missing")
    public static let invalidValue = DiagnosticKind(
        id: "invalid_value", defaultSeverity: .error, summary: "a value outside what the key accepts")
    public static let duplicateKey = DiagnosticKind(
        id: "duplicate_key", defaultSeverity: .error, summary: "a key repeated in one mapping")
    public static let duplicateName = DiagnosticKind(
        id: "duplicate_name", defaultSeverity: .error, summary: "two blocks, flows or resources share a name")
    public static let invalidName = DiagnosticKind(
        id: "invalid_name", defaultSeverity: .error, summary: "a name that flowc cannot use")
    public static let unknownReference = DiagnosticKind(
        id: "unknown_reference", defaultSeverity: .error,
        summary: "a reference to a block, flow, module or resource that does not exist")
    public static let invalidCondition = DiagnosticKind(
        id: "invalid_condition", defaultSeverity: .error, summary: "a condition that does not follow grammar/conditions.ebnf")
    public static let ambiguousBlock = DiagnosticKind(
        id: "ambiguous_block", defaultSeverity: .error, summary: "a block that names no action, or more than one")
    public static let unknownAction = DiagnosticKind(
        id: "unknown_action", defaultSeverity: .warning,
        summary: "a generic block names an action type flowc's catalogue does not know (a typo, or a newer type)")
    public static let unknownParameter = DiagnosticKind(
        id: "unknown_parameter", defaultSeverity: .warning,
        summary: "a generic block sets a parameter the catalogue does not list for its action")
    public static let missingParameter = DiagnosticKind(
        id: "missing_parameter", defaultSeverity: .warning,
        summary: "a generic block leaves out a parameter the catalogue says its action needs")
    public static let hardcodedARN = DiagnosticKind(
        id: "hardcoded_arn", defaultSeverity: .warning,
        summary: "an ARN written into a flow file instead of bound in flowc.yaml")
    public static let missingProjectFile = DiagnosticKind(
        id: "missing_project_file", defaultSeverity: .error, summary: "the project directory has no flowc.yaml")
    public static let noFlows = DiagnosticKind(
        id: "no_flows", defaultSeverity: .error, summary: "the project defines no flows")
    public static let unknownEnvironment = DiagnosticKind(
        id: "unknown_environment", defaultSeverity: .error, summary: "the environment to build is not in flowc.yaml")

    public static let invalidJSON = DiagnosticKind(
        id: "invalid_json", defaultSeverity: .error, summary: "the file is not valid JSON")
    public static let notFlowLanguage = DiagnosticKind(
        id: "not_flow_language", defaultSeverity: .error,
        summary: "the JSON is not Connect flow language (Version 2019-10-30 with Actions)")
    public static let unknownActionType = DiagnosticKind(
        id: "unknown_action_type", defaultSeverity: .warning,
        summary: "an action type flowc's catalogue does not know (checked only for its transitions)")
    public static let unknownOperator = DiagnosticKind(
        id: "unknown_operator", defaultSeverity: .warning, summary: "a condition operator flowc does not know")

    /// Every kind the frontend reports, for the registry test.
    public static let frontendKinds: [DiagnosticKind] = [
        .yamlSyntax, .invalidEncoding, .fileTooLarge, .emptyFile, .unknownKey, .wrongType, .missingKey, .invalidValue,
        .duplicateKey, .duplicateName, .invalidName, .unknownReference, .invalidCondition, .ambiguousBlock,
        .unknownAction, .unknownParameter, .missingParameter, .hardcodedARN, .missingProjectFile, .noFlows, .unknownEnvironment,
        .invalidJSON, .notFlowLanguage, .unknownActionType, .unknownOperator,
    ]
}
