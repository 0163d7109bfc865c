import AWSClients
import Foundation
import LambdaEvents

/// One contact as the reporting store keeps it: a row per contact, its latest state, from the
/// session the contact-event consumer maintains (Sources/ContactDataLambdas/ContactEventConsumer.swift:
/// `contactId`, `state`, `lastEventAt`, and what the events said of channel, method, queue and
/// agent).
public struct ContactSummary: Equatable, Sendable {
    public var contactId: String
    public var state: String
    public var lastEventAt: Date
    public var initialContactId: String?
    public var channel: String?
    public var initiationMethod: String?
    public var queueArn: String?
    public var agentArn: String?

    public init(contactId: String, state: String, lastEventAt: Date, initialContactId: String? = nil, channel: String? = nil,
                initiationMethod: String? = nil, queueArn: String? = nil, agentArn: String? = nil) {
        self.contactId = contactId
        self.state = state
        self.lastEventAt = lastEventAt
        self.initialContactId = initialContactId
        self.channel = channel
        self.initiationMethod = initiationMethod
        self.queueArn = queueArn
        self.agentArn = agentArn
    }

    /// The summary of a session item, or why it is not one.
    public init(session: [String: AttributeValue]) throws {
        func text(_ name: String) -> String? {
            guard case .string(let value)? = session[name], !value.isEmpty else { return nil }
            return value
        }
        guard let contactId = text("contactId"), let state = text("state"), let time = text("lastEventAt") else {
            throw InvalidEvent(description: "not a session: contactId, state and lastEventAt are needed (keys: \(session.keys.sorted()))")
        }
        guard let lastEventAt = Self.timestamp(time) else {
            throw InvalidEvent(description: "session \(contactId): lastEventAt '\(time.prefix(40))' is not an ISO-8601 time")
        }
        self.init(contactId: contactId, state: state, lastEventAt: lastEventAt, initialContactId: text("initialContactId"),
                  channel: text("channel"), initiationMethod: text("initiationMethod"), queueArn: text("queueArn"), agentArn: text("agentArn"))
    }

    /// `2026-12-01T08:01:00Z`, with or without fractional seconds: the consumer's form. The
    /// styles are made once, not a formatter per record.
    static func timestamp(_ text: String) -> Date? {
        (try? Date(text, strategy: wholeSeconds)) ?? (try? Date(text, strategy: fractionalSeconds))
    }

    private static let wholeSeconds = Date.ISO8601FormatStyle()
    private static let fractionalSeconds = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}
