import ConnectLambdaModels
import Foundation
import LambdaContracts

/// One contact record (CTR) made fit for the data lake: flattened to one level of
/// lower-case, underscore-separated columns that Athena and QuickSight read as they are
/// (`Agent.RoutingProfile.Name` → `agent_routing_profile_name`, attribute `surveyStatus` →
/// `attributes_survey_status`), kept only where the allow-list says (everything else, the
/// caller's number first, is personal data or noise), timestamps as ISO-8601 UTC, enumerations
/// upper-case, telephone numbers E.164. The model (https://docs.aws.amazon.com/connect/latest/adminguide/ctr-data-model.html)
/// grows over time, so unknown fields are dropped rather than failed.
public struct ContactRecordCleanser: Sendable {
    /// The columns kept, after flattening.
    public var allowedColumns: Set<String>
    public var defaultCountryCode: String

    /// The CTR fields the dashboards use: ids, channel and method, times, queue, agent's
    /// identity as an ARN (not a name), durations, the company's own number. Not the caller's
    /// number, not agent names or usernames.
    public static let standardColumns: Set<String> = [
        "aws_account_id", "contact_id", "initial_contact_id", "previous_contact_id", "next_contact_id", "channel",
        "initiation_method", "initiation_timestamp", "connected_to_system_timestamp", "disconnect_timestamp",
        "disconnect_reason", "last_update_timestamp", "transfer_completed_timestamp", "instance_arn",
        "queue_arn", "queue_name", "queue_enqueue_timestamp", "queue_dequeue_timestamp", "queue_duration",
        "agent_arn", "agent_connected_to_agent_timestamp", "agent_agent_interaction_duration",
        "agent_after_contact_work_duration", "agent_customer_hold_duration", "agent_longest_hold_duration",
        "agent_number_of_holds", "agent_routing_profile_name", "agent_connection_attempts",
        "system_endpoint_address", "system_endpoint_type", "customer_endpoint_type",
    ]

    /// The contact attributes the data lake keeps, as columns: flows-src/flowc.yaml's
    /// `data_lake: attributes:`, generated (generated/swift/ContactRecordColumns.swift) with the
    /// Glue table's columns.
    public static let attributeColumns = Set(ContactRecordColumns.attributes.values)

    static let enumerations: Set<String> = ["channel", "initiation_method", "disconnect_reason", "customer_endpoint_type", "system_endpoint_type"]

    public init(allowedColumns: Set<String> = standardColumns.union(attributeColumns), defaultCountryCode: String = "44") {
        self.allowedColumns = allowedColumns
        self.defaultCountryCode = defaultCountryCode
    }

    /// Why a record cannot be cleansed.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// The record's columns, or why it is not a contact record.
    public func cleanse(_ data: Data) throws(Failure) -> [String: String] {
        // Foundation's parser, not a Codable enum: several times faster on a 6 MB batch
        // (handler-bench).
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw Failure(description: "not a JSON object")
        }
        var columns: [String: String] = [:]
        try flatten(object, prefix: "", into: &columns)
        guard columns["contact_id"].map({ !$0.isEmpty }) == true else { throw Failure(description: "no ContactId") }
        for (type, address) in [("system_endpoint_type", "system_endpoint_address"), ("customer_endpoint_type", "customer_endpoint_address")]
        where columns[type] == "TELEPHONE_NUMBER" {
            columns[address] = columns[address].flatMap { PhoneNumber.e164($0, defaultCountryCode: defaultCountryCode) }
        }
        return columns.filter { allowedColumns.contains($0.key) }
    }

    private func flatten(_ object: [String: Any], prefix: String, into columns: inout [String: String]) throws(Failure) {
        for (key, value) in object {
            let column = prefix.isEmpty ? Self.column(key) : prefix + "_" + Self.column(key)
            switch value {
            case let nested as [String: Any]:
                try flatten(nested, prefix: column, into: &columns)
            case is NSNull:
                continue
            case let list as [Any]:
                let json = try? JSONSerialization.data(withJSONObject: list, options: [.sortedKeys, .withoutEscapingSlashes])
                columns[column] = json.map { String(decoding: $0, as: UTF8.self) }
            default:
                guard let scalar = Scalar(value) else { continue }
                columns[column] = try text(scalar, column: column)
            }
        }
    }

    private func text(_ value: Scalar, column: String) throws(Failure) -> String {
        if column.hasSuffix("_timestamp") {
            guard let date = Timestamps.parse(value) else { throw Failure(description: "\(column) is not a time: \(value.text)") }
            return Timestamps.iso8601(date)
        }
        return Self.enumerations.contains(column) ? value.text.uppercased() : value.text
    }

    /// `InitiationTimestamp` → `initiation_timestamp`, `AWSAccountId` → `aws_account_id`,
    /// `surveyStatus` → `survey_status`; anything but ASCII letters and digits becomes `_`.
    static func column(_ name: String) -> String {
        // On ASCII bytes: Character properties cost a Unicode table lookup each (handler-bench).
        let bytes = Array(name.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 4)
        func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
        func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
        for (index, byte) in bytes.enumerated() {
            guard isUpper(byte) || isLower(byte) || isDigit(byte) else {
                if let last = result.last, last != 95 { result.append(95) }
                continue
            }
            if isUpper(byte), index > 0, let last = result.last, last != 95 {
                let previous = bytes[index - 1]
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                if isLower(previous) || isDigit(previous) || (isUpper(previous) && isLower(next)) { result.append(95) }
            }
            result.append(isUpper(byte) ? byte + 32 : byte)
        }
        if result.last == 95 { result.removeLast() }
        return String(decoding: result, as: UTF8.self)
    }
}
