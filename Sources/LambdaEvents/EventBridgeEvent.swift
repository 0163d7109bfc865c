import Foundation

/// An EventBridge event (the envelope every service's events share), with its `detail` of the
/// handler's choosing. https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html
public struct EventBridgeEvent<Detail: Decodable & Sendable>: Decodable, Sendable {
    public var id: String
    public var detailType: String
    public var source: String
    /// When the event happened (ISO-8601).
    public var time: String
    public var detail: Detail

    enum CodingKeys: String, CodingKey { case id, detailType = "detail-type", source, time, detail }

    public init(id: String, detailType: String, source: String, time: String, detail: Detail) {
        self.id = id
        self.detailType = detailType
        self.source = source
        self.time = time
        self.detail = detail
    }
}

/// The `detail` of an "Amazon Connect Contact Event" (source `aws.connect`). Field names as the
/// EventBridge schema has them (the CDK's generated `CodeConnectContactProps`, from the schema
/// registry); Connect adds fields and event types over time, so all but the contact id and
/// the event type are optional, and unknown ones are ignored
/// (https://docs.aws.amazon.com/connect/latest/adminguide/contact-events.html).
public struct ConnectContactEvent: Decodable, Sendable {
    public struct QueueInfo: Decodable, Sendable {
        public var queueArn: String?
        public var queueType: String?
        public var enqueueTimestamp: String?
    }

    public struct AgentInfo: Decodable, Sendable {
        public var agentArn: String?
        public var connectedToAgentTimestamp: String?
    }

    /// `INITIATED`, `CONNECTED_TO_SYSTEM`, `QUEUED`, `CONNECTED_TO_AGENT`, `DISCONNECTED`, …
    public var eventType: String
    public var contactId: String
    public var initialContactId: String?
    public var previousContactId: String?
    public var channel: String?
    public var initiationMethod: String?
    public var instanceArn: String?
    public var queueInfo: QueueInfo?
    public var agentInfo: AgentInfo?
    public var disconnectTimestamp: String?
}
