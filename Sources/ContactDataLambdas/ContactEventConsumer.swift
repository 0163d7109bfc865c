import AWSClients
import ConnectLambdaModels
import ContactRecords
import Foundation
import LambdaEvents

/// `contact-event-consumer`: Connect's contact events (EventBridge → SQS) into each contact's
/// timeline and its live session record.
///
/// - Call log (`CALL_LOG_TABLE`, key `contactId` + sort key `event`): one item per event,
///   `event` = time, type and the event's id, written only if absent — a redelivered event
///   (SQS is at least once, EventBridge best effort) changes nothing.
/// - Session (`SESSION_TABLE`, key `contactId`): the contact's latest state, updated only by an
///   event at least as recent as the one it shows, so events out of order never turn a
///   disconnected call back into a queued one.
/// Both carry `expiresAt` (epoch seconds), the event's time plus `RETENTION_DAYS` (default 90):
/// the tables' TTL attribute, so DynamoDB deletes a contact's timeline and session by then.
/// Messages answer on their own (partial batch response); one that is not a contact event
/// fails every time and ends in the dead-letter queue. Unknown event types are recorded as
/// they come (Connect adds types).
public struct ContactEventConsumer: EventHandler {
    public static let name = "contact-event-consumer"
    let environment: [String: String]
    let clock: any AWSClock
    let random: any RandomSource
    static let answerMargin: TimeInterval = 0.5
    static let defaultRetentionDays = 90

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, clock: any AWSClock = SystemAWSClock(),
                random: any RandomSource = SystemRandomSource()) {
        self.environment = environment
        self.clock = clock
        self.random = random
    }

    public func handle(_ event: SQSEvent.Event, context: EventContext) async throws -> BatchItemFailures {
        guard let callLog = environment["CALL_LOG_TABLE"], !callLog.isEmpty, let sessions = environment["SESSION_TABLE"], !sessions.isEmpty
        else { throw AWSError.configuration("CALL_LOG_TABLE and SESSION_TABLE must be set") }
        let retentionDays = try Self.retentionDays(environment["RETENTION_DAYS"])
        let dynamo = try DynamoDB.fromEnvironment(environment, clock: clock, random: random)
        let deadline = context.deadline.addingTimeInterval(-Self.answerMargin)
        return await event.eachMessage(until: deadline, now: { clock.now }) { message in
            let (event, time) = try Self.read(message.body)
            try await record(event, at: time, retentionDays: retentionDays, callLog: callLog, sessions: sessions, dynamo: dynamo,
                             deadline: deadline)
        } failed: { message, error in
            context.logger.warning("contact event not recorded", ["messageId": message.messageId, "error": String(describing: error)])
        }
    }

    static func retentionDays(_ setting: String?) throws -> Int {
        guard let setting, !setting.isEmpty else { return defaultRetentionDays }
        guard let days = Int(setting), (1...3650).contains(days) else {
            throw AWSError.configuration("RETENTION_DAYS must be a whole number of days from 1 to 3650, not \(setting)")
        }
        return days
    }

    /// The event, its time normalised to the data lake's form, and that time.
    static func read(_ body: String) throws -> (EventBridgeEvent<ConnectContactEvent>, time: Date) {
        let event: EventBridgeEvent<ConnectContactEvent>
        do { event = try JSONDecoder().decode(EventBridgeEvent<ConnectContactEvent>.self, from: Data(body.utf8)) } catch {
            throw InvalidEvent(description: "not a contact event: \(body.prefix(200))")
        }
        guard event.source == "aws.connect", event.detailType == "Amazon Connect Contact Event", !event.detail.contactId.isEmpty,
              let time = Timestamps.parse(event.time)
        else { throw InvalidEvent(description: "not a contact event from Connect: \(event.source) \(event.detailType)") }
        var normalised = event
        normalised.time = Timestamps.iso8601(time)
        return (normalised, time)
    }

    private func record(_ event: EventBridgeEvent<ConnectContactEvent>, at time: Date, retentionDays: Int, callLog: String, sessions: String,
                        dynamo: DynamoDB, deadline: Date) async throws {
        let detail = event.detail
        let expiresAt = AttributeValue.number(String(Int(time.timeIntervalSince1970) + retentionDays * 86_400))
        var entry: [String: AttributeValue] = [
            "contactId": .string(detail.contactId), "event": .string("\(event.time)#\(detail.eventType)#\(event.id)"),
            "eventType": .string(detail.eventType), "time": .string(event.time), "eventId": .string(event.id), "expiresAt": expiresAt,
        ]
        let optional: [(String, String?)] = [
            ("channel", detail.channel), ("initiationMethod", detail.initiationMethod), ("queueArn", detail.queueInfo?.queueArn),
            ("agentArn", detail.agentInfo?.agentArn), ("initialContactId", detail.initialContactId),
        ]
        let present = optional.compactMap { name, value in value.map { (name, $0) } }
        for (name, value) in present { entry[name] = .string(value) }
        do {
            try await dynamo.putItem(table: callLog, item: entry, condition: "attribute_not_exists(contactId)", deadline: deadline)
        } catch {
            // Recorded before; the session is updated again all the same, in case that failed
            // last time (the update is idempotent).
            guard error.code == "ConditionalCheckFailedException" else { throw error }
        }
        var values: [String: AttributeValue] = [":type": .string(detail.eventType), ":time": .string(event.time), ":expiresAt": expiresAt]
        var set = ["#state = :type", "lastEventAt = :time", "expiresAt = :expiresAt"]
        for (name, value) in present {
            values[":\(name)"] = .string(value)
            set.append("\(name) = :\(name)")
        }
        do {
            try await dynamo.updateItem(table: sessions, key: ["contactId": .string(detail.contactId)], update: "SET " + set.joined(separator: ", "),
                                        condition: "attribute_not_exists(lastEventAt) OR lastEventAt <= :time",
                                        names: ["#state": "state"], values: values, deadline: deadline)
        } catch {
            // An older event than the session shows: the timeline has it, the session stays.
            guard error.code == "ConditionalCheckFailedException" else { throw error }
        }
    }
}
