import Foundation

/// Records from a DynamoDB stream as Lambda delivers them, with item images of the handler's
/// choosing (`[String: AttributeValue]` from AWSClients). A handler answers `BatchItemFailures`
/// by sequence number; Lambda retries from the first failed record (the mapping needs
/// `ReportBatchItemFailures`). https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html
public enum DynamoDBStreamEvent<Image: Decodable & Sendable> {
    public struct Event: Decodable, Sendable {
        public var records: [Record]
        enum CodingKeys: String, CodingKey { case records = "Records" }
        public init(records: [Record]) { self.records = records }
    }

    public struct Record: Decodable, Sendable {
        /// `INSERT`, `MODIFY` or `REMOVE`.
        public var eventName: String
        public var eventID: String?
        public var dynamodb: Change

        public init(eventName: String, eventID: String? = nil, dynamodb: Change) {
            self.eventName = eventName
            self.eventID = eventID
            self.dynamodb = dynamodb
        }
    }

    public struct Change: Decodable, Sendable {
        public var keys: Image?
        public var newImage: Image?
        public var oldImage: Image?
        public var sequenceNumber: String
        enum CodingKeys: String, CodingKey {
            case keys = "Keys", newImage = "NewImage", oldImage = "OldImage", sequenceNumber = "SequenceNumber"
        }

        public init(keys: Image? = nil, newImage: Image? = nil, oldImage: Image? = nil, sequenceNumber: String) {
            self.keys = keys
            self.newImage = newImage
            self.oldImage = oldImage
            self.sequenceNumber = sequenceNumber
        }
    }
}
