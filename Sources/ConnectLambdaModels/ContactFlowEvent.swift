import Foundation

/// The event Amazon Connect sends a Lambda function from an Invoke AWS Lambda function block.
///
/// Shape from the AWS Lambda Developer Guide, "Using Lambda with Amazon Connect" (example request
/// event: `Details.ContactData`, `Details.Parameters`, `Name: "ContactFlowEvent"`), with
/// `MediaStreams` as the Connect administrator guide's media-streaming attributes name it
/// (`$.MediaStreams.Customer.Audio.StreamARN`, `StartFragmentNumber`, `StartTimestamp`,
/// `StopTimestamp`). Decoding is lenient where Connect varies or grows: unknown fields are
/// ignored, nullable objects may be absent or `null`, enumerations keep values they do not know,
/// and string maps accept numbers and booleans as their text.
public struct ContactFlowEvent: Decodable, Sendable, Equatable {
    /// `ContactFlowEvent` in AWS's examples; kept as sent.
    public var name: String?
    public var details: Details

    public init(name: String? = "ContactFlowEvent", details: Details) {
        self.name = name
        self.details = details
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name", details = "Details"
    }

    /// The contact, and the parameters the block passes.
    public struct Details: Decodable, Sendable, Equatable {
        public var contactData: ContactData
        /// The block's `LambdaInvocationAttributes`: what the flow passes, as strings.
        public var parameters: ConnectParameters

        public init(contactData: ContactData, parameters: ConnectParameters = ConnectParameters()) {
            self.contactData = contactData
            self.parameters = parameters
        }

        enum CodingKeys: String, CodingKey {
            case contactData = "ContactData", parameters = "Parameters"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            contactData = try container.decode(ContactData.self, forKey: .contactData)
            parameters = try container.decodeIfPresent(ConnectParameters.self, forKey: .parameters) ?? ConnectParameters()
        }
    }
}
