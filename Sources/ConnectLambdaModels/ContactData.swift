import Foundation

/// The contact a Lambda function is invoked for (`Details.ContactData`).
public struct ContactData: Decodable, Sendable, Equatable {
    /// User-defined contact attributes (`$.Attributes`).
    public var attributes: [String: String]
    public var channel: Channel?
    public var contactId: String
    public var initialContactId: String?
    public var previousContactId: String?
    public var initiationMethod: InitiationMethod?
    public var instanceARN: String?
    /// The caller's number or address; absent on some channels.
    public var customerEndpoint: Endpoint?
    /// The number or address the caller reached.
    public var systemEndpoint: Endpoint?
    /// The queue, once one is set.
    public var queue: Queue?
    public var mediaStreams: MediaStreams?
    /// The contact's language, when the flow set one (`$.LanguageCode`).
    public var languageCode: String?

    public init(contactId: String, attributes: [String: String] = [:], channel: Channel? = .voice,
                customerEndpoint: Endpoint? = nil) {
        self.contactId = contactId
        self.attributes = attributes
        self.channel = channel
        self.customerEndpoint = customerEndpoint
    }

    enum CodingKeys: String, CodingKey {
        case attributes = "Attributes", channel = "Channel", contactId = "ContactId"
        case initialContactId = "InitialContactId", previousContactId = "PreviousContactId"
        case initiationMethod = "InitiationMethod", instanceARN = "InstanceARN"
        case customerEndpoint = "CustomerEndpoint", systemEndpoint = "SystemEndpoint", queue = "Queue"
        case mediaStreams = "MediaStreams", languageCode = "LanguageCode"
    }

    /// Only the contact's id must be there, and be text; a field Connect sends in a shape this
    /// model does not expect is left out rather than failing the whole event.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        contactId = try container.decode(String.self, forKey: .contactId)
        attributes = (try? container.decodeIfPresent(LenientStringMap.self, forKey: .attributes))?.values ?? [:]
        channel = try? container.decodeIfPresent(Channel.self, forKey: .channel)
        initialContactId = try? container.decodeIfPresent(String.self, forKey: .initialContactId)
        previousContactId = try? container.decodeIfPresent(String.self, forKey: .previousContactId)
        initiationMethod = try? container.decodeIfPresent(InitiationMethod.self, forKey: .initiationMethod)
        instanceARN = try? container.decodeIfPresent(String.self, forKey: .instanceARN)
        customerEndpoint = try? container.decodeIfPresent(Endpoint.self, forKey: .customerEndpoint)
        systemEndpoint = try? container.decodeIfPresent(Endpoint.self, forKey: .systemEndpoint)
        queue = try? container.decodeIfPresent(Queue.self, forKey: .queue)
        mediaStreams = try? container.decodeIfPresent(MediaStreams.self, forKey: .mediaStreams)
        languageCode = try? container.decodeIfPresent(String.self, forKey: .languageCode)
    }

    /// A phone number or other address, and its kind (`TELEPHONE_NUMBER`, …).
    public struct Endpoint: Decodable, Sendable, Equatable {
        public var address: String?
        public var type: String?

        public init(address: String?, type: String? = "TELEPHONE_NUMBER") {
            self.address = address
            self.type = type
        }

        enum CodingKeys: String, CodingKey { case address = "Address", type = "Type" }
    }

    public struct Queue: Decodable, Sendable, Equatable {
        public var arn: String?
        public var name: String?

        enum CodingKeys: String, CodingKey { case arn = "ARN", name = "Name" }
    }

    /// Kinesis Video Streams positions of the customer's audio, when the flow streams it.
    public struct MediaStreams: Decodable, Sendable, Equatable {
        public var customer: Participant?

        enum CodingKeys: String, CodingKey { case customer = "Customer" }

        public struct Participant: Decodable, Sendable, Equatable {
            public var audio: Audio?

            enum CodingKeys: String, CodingKey { case audio = "Audio" }
        }

        public struct Audio: Decodable, Sendable, Equatable {
            public var streamARN: String?
            public var startFragmentNumber: String?
            public var startTimestamp: String?
            public var stopTimestamp: String?

            enum CodingKeys: String, CodingKey {
                case streamARN = "StreamARN", startFragmentNumber = "StartFragmentNumber"
                case startTimestamp = "StartTimestamp", stopTimestamp = "StopTimestamp"
            }
        }
    }
}
