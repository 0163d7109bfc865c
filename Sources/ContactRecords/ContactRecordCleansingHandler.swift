import ConnectLambdaModels
import Foundation
import LambdaEvents

/// `contact-record-cleansing`: Firehose's transformation of the contact-record stream before S3.
/// Each record comes back by its id (Firehose fails a batch with a record missing or
/// unknown, data-transformation-status-model page):
/// - `Ok`, the cleansed record (`ContactRecordCleanser`) as one line of JSON, keys sorted, the
///   form Athena's JSON SerDe reads;
/// - `Dropped`, a copy of a record already in the batch (the same contact at the same
///   `LastUpdateTimestamp`: contact records are delivered at least once, CTR data model page);
/// - `ProcessingFailed`, with its original data, when it is not a contact record (not base64,
///   not JSON, no ContactId, a time that is not one): Firehose keeps such records apart rather
///   than lose them.
/// An answer over Lambda's 6 MB is refused as a whole, with the Firehose setting to change.
public struct ContactRecordCleansingHandler: EventHandler {
    public static let name = "contact-record-cleansing"
    /// Lambda's limit on a synchronous response, which Firehose's invocations are.
    public static let maximumResponseBytes = 6 * 1024 * 1024

    let cleanser: ContactRecordCleanser

    public init(cleanser: ContactRecordCleanser = ContactRecordCleanser()) { self.cleanser = cleanser }

    /// Allowed columns from the environment: `ALLOWED_COLUMNS` (comma-separated) replaces the
    /// standard set; `DEFAULT_COUNTRY_CODE` (digits) numbers national telephone numbers.
    public init(environment: [String: String]) {
        var cleanser = ContactRecordCleanser()
        if let columns = environment["ALLOWED_COLUMNS"], !columns.isEmpty {
            cleanser.allowedColumns = Set(columns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        if let code = environment["DEFAULT_COUNTRY_CODE"], !code.isEmpty, code.allSatisfy({ $0.isASCII && $0.isNumber }) {
            cleanser.defaultCountryCode = code
        }
        self.init(cleanser: cleanser)
    }

    public struct ResponseTooLarge: Error, CustomStringConvertible {
        public var bytes: Int
        public var description: String {
            "the transformed batch is \(bytes) bytes, over Lambda's 6 MB response limit: lower the delivery stream's "
                + "Lambda buffer size (ProcessingConfiguration BufferSizeInMBs) so batches stay well under it"
        }
    }

    public func handle(_ event: FirehoseTransformation.Event, context: EventContext) async throws -> FirehoseTransformation.Response {
        try transform(event, logger: context.logger)
    }

    /// The batch's results, in the records' order (what `handle` answers; synchronous, for the
    /// benchmark and the fuzz target).
    public func transform(_ event: FirehoseTransformation.Event, logger: LambdaLogger) throws -> FirehoseTransformation.Response {
        var seen = Set<String>()
        var results: [FirehoseTransformation.Result] = []
        results.reserveCapacity(event.records.count)
        var failures = 0, dropped = 0, bytes = 16
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for record in event.records {
            let result: FirehoseTransformation.Result
            do {
                guard let data = Data(base64Encoded: record.data) else { throw ContactRecordCleanser.Failure(description: "not base64") }
                let columns = try cleanser.cleanse(data)
                let identity = "\(columns["contact_id"] ?? "")|\(columns["last_update_timestamp"] ?? "")"
                if seen.insert(identity).inserted {
                    let line = try encoder.encode(columns) + Data("\n".utf8)
                    result = .init(recordId: record.recordId, result: .ok, data: line.base64EncodedString())
                } else {
                    dropped += 1
                    result = .init(recordId: record.recordId, result: .dropped, data: "")
                }
            } catch {
                failures += 1
                logger.warning("record not cleansed", ["recordId": record.recordId, "why": String(describing: error)])
                result = .init(recordId: record.recordId, result: .processingFailed, data: record.data)
            }
            bytes += result.recordId.utf8.count + result.data.utf8.count + 48
            results.append(result)
        }
        guard bytes <= Self.maximumResponseBytes else { throw ResponseTooLarge(bytes: bytes) }
        logger.info("batch cleansed", ["records": String(results.count), "dropped": String(dropped), "failed": String(failures)])
        return FirehoseTransformation.Response(records: results)
    }
}
