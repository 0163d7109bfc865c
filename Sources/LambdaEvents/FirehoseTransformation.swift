import Foundation

/// A Firehose data-transformation batch, and the answer Firehose expects: every record back by
/// its id, `Ok`, `Dropped` or `ProcessingFailed`, with its data in base64
/// (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html,
/// …/data-transformation-status-model.html). Request and answer are each at most 6 MB (Lambda's
/// synchronous payload limit).
public enum FirehoseTransformation {
    public struct Event: Decodable, Sendable {
        public var invocationId: String
        public var deliveryStreamArn: String?
        public var region: String?
        public var records: [Record]

        public init(invocationId: String, deliveryStreamArn: String? = nil, region: String? = nil, records: [Record]) {
            self.invocationId = invocationId
            self.deliveryStreamArn = deliveryStreamArn
            self.region = region
            self.records = records
        }
    }

    public struct Record: Decodable, Sendable {
        public var recordId: String
        /// Milliseconds since the epoch.
        public var approximateArrivalTimestamp: Int64?
        /// The record's bytes, base64.
        public var data: String

        public init(recordId: String, approximateArrivalTimestamp: Int64? = nil, data: String) {
            self.recordId = recordId
            self.approximateArrivalTimestamp = approximateArrivalTimestamp
            self.data = data
        }
    }

    public struct Response: Encodable, Sendable {
        public var records: [Result]
        public init(records: [Result]) { self.records = records }
    }

    public struct Result: Encodable, Sendable, Equatable {
        public enum Status: String, Encodable, Sendable { case ok = "Ok", dropped = "Dropped", processingFailed = "ProcessingFailed" }
        public var recordId: String
        public var result: Status
        /// The transformed bytes, base64 (the original's for a record that failed).
        public var data: String

        public init(recordId: String, result: Status, data: String) {
            self.recordId = recordId
            self.result = result
            self.data = data
        }
    }
}
