import ConnectLambdaModels
import Foundation
import Testing

/// Connect's Lambda event, decoded from samples: the AWS Lambda Developer Guide's example
/// (`Events/lambda-developer-guide.json`, "Using Lambda with Amazon Connect"), a chat contact
/// with the media-stream fields the admin guide lists and `null` where the event type
/// definitions allow it, and the shape of the Rust runtime's fixture, whose `Name` and
/// `Channel` differ from AWS's documents.
@Suite("Connect's Lambda event")
struct ContactFlowEventTests {
    static func event(_ name: String) throws -> ContactFlowEvent {
        try JSONDecoder().decode(ContactFlowEvent.self, from: Data(contentsOf: Events.url(name)))
    }

    @Test("the Lambda Developer Guide's example")
    func developerGuide() throws {
        let event = try Self.event("lambda-developer-guide.json")
        #expect(event.name == "ContactFlowEvent")
        let contact = event.details.contactData
        #expect(contact.channel == .voice)
        #expect(contact.contactId == "4a573372-1f28-4e26-b97b-XXXXXXXXXXX")
        #expect(contact.customerEndpoint == ContactData.Endpoint(address: "+1234567890"))
        #expect(contact.queue?.name == "PasswordReset")
        #expect(contact.initiationMethod?.rawValue == "INBOUND | OUTBOUND | TRANSFER | CALLBACK")
        #expect(contact.attributes.isEmpty)
        #expect(event.details.parameters == ["sentAttributeKey": "sentAttributeValue"])
    }

    @Test("nulls, media streams, unknown fields, and attributes that are not strings")
    func lenient() throws {
        let event = try Self.event("chat-with-media-streams.json")
        let contact = event.details.contactData
        #expect(contact.channel == .chat && contact.initiationMethod == .api)
        #expect(contact.customerEndpoint == nil && contact.queue == nil && contact.systemEndpoint == nil)
        #expect(contact.attributes == ["tier": "gold", "visits": "3", "vip": "true"])
        #expect(contact.languageCode == "en-GB")
        #expect(contact.mediaStreams?.customer?.audio?.startTimestamp == "1571936442398")
        #expect(event.details.parameters == ["phone": "+447700900123", "attempt": "2"])
    }

    @Test("a Name and Channel other than AWS's are kept as sent")
    func otherShape() throws {
        let event = try Self.event("rust-fixture-shape.json")
        #expect(event.name == "ContactFlowExecution")
        #expect(event.details.contactData.channel?.rawValue == "Voice")
        #expect(event.details.contactData.attributes == ["key1": "value"])
    }

    @Test("big numbers keep their digits, nested values their JSON; a field of an odd shape does not fail the event")
    func oddShapes() throws {
        let json = #"""
            {"Details": {"ContactData": {"ContactId": "c-9", "Channel": 7, "Queue": "billing", "Attributes": {"n": 12345678901234567890},
                         "MediaStreams": {"Customer": {"Audio": {"StartFragmentNumber": 913438}}}},
                         "Parameters": {"card": 4111111111111111111, "prefs": {"sms": true}, "none": null}}}
            """#
        let event = try JSONDecoder().decode(ContactFlowEvent.self, from: Data(json.utf8))
        #expect(event.details.contactData.contactId == "c-9")
        #expect(event.details.contactData.channel == nil && event.details.contactData.queue == nil)
        #expect(event.details.contactData.attributes == ["n": "12345678901234567890"])
        #expect(event.details.parameters == ["card": "4111111111111111111", "prefs": #"{"sms":true}"#])
    }

    @Test("what is not a Connect event fails to decode", arguments: [
        #"{"Name": "ContactFlowEvent"}"#,
        #"{"Details": {"Parameters": {}}}"#,
        #"{"Details": {"ContactData": {"Channel": "VOICE"}}}"#,
        "[]",
    ])
    func notAnEvent(_ json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ContactFlowEvent.self, from: Data(json.utf8)) }
    }
}

/// Files beside the tests.
enum Events {
    static func url(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Events/\(name)")
    }
}
