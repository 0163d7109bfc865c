import Foundation

/// A batch of SQS messages as Lambda's event source mapping delivers it, and the partial batch
/// answer: the ids of the messages that failed, which alone go back to the queue (the mapping
/// needs `function_response_types = ["ReportBatchItemFailures"]`; otherwise one failure returns
/// the whole batch). https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html,
/// https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
public enum SQSEvent {
    public struct Event: Decodable, Sendable {
        public var records: [Message]
        enum CodingKeys: String, CodingKey { case records = "Records" }
        public init(records: [Message]) { self.records = records }
    }

    public struct Message: Decodable, Sendable {
        public var messageId: String
        public var receiptHandle: String?
        public var body: String
        /// `ApproximateReceiveCount`, `SentTimestamp`, …
        public var attributes: [String: String]?
        public var eventSourceARN: String?

        public init(messageId: String, body: String, attributes: [String: String]? = nil) {
            self.messageId = messageId
            self.body = body
            self.attributes = attributes
        }
    }
}

extension SQSEvent.Event {
    /// Hands each message to `handle`, in order, while `now()` is before `deadline`; the
    /// messages `handle` threw for (told to `failed`) and those time did not reach are the
    /// answer, for SQS to deliver again.
    public func eachMessage(until deadline: Date, now: () -> Date, _ handle: (SQSEvent.Message) async throws -> Void,
                            failed: (SQSEvent.Message, any Error) -> Void) async -> BatchItemFailures {
        var failures: [String] = []
        for message in records {
            guard now() < deadline else {
                failures.append(message.messageId)
                continue
            }
            do { try await handle(message) } catch {
                failed(message, error)
                failures.append(message.messageId)
            }
        }
        return BatchItemFailures(failures)
    }
}

/// The answer of a function that takes a batch (SQS messages, DynamoDB stream records): the
/// items that failed, by message id or sequence number; an empty list is the whole batch done.
public struct BatchItemFailures: Encodable, Sendable, Equatable {
    public struct Item: Encodable, Sendable, Equatable {
        public var itemIdentifier: String
    }

    public var batchItemFailures: [Item]

    public init(_ identifiers: [String]) { batchItemFailures = identifiers.map(Item.init) }
}
