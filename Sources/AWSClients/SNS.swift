import Foundation

/// The SNS call the call centre makes (the Query protocol, version 2010-03-31; Amazon SNS API
/// reference, Publish).
public struct SNS: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    /// A client for the region and endpoint the environment gives (`AWS_ENDPOINT_URL_SNS`).
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment,
                                       retry: RetryPolicy = RetryPolicy(), clock: any AWSClock = SystemAWSClock(),
                                       random: any RandomSource = SystemRandomSource()) throws(AWSError) -> SNS {
        SNS(client: try .fromEnvironment(service: "SNS", signingName: "sns",
                                        environment, retry: retry, clock: clock, random: random))
    }

    /// `Publish` to a topic; the message's id. A subject, when given, is at most 100 characters.
    @discardableResult
    public func publish(topicArn: String, message: String, subject: String? = nil, deadline: Date) async throws(AWSError) -> String {
        var parameters = [("TopicArn", topicArn), ("Message", message)]
        if let subject { parameters.append(("Subject", String(subject.prefix(100)))) }
        let answer = try await client.query("Publish", version: "2010-03-31", parameters, deadline: deadline)
        guard let id = XMLError.element("MessageId", in: String(decoding: answer, as: UTF8.self)) else {
            throw .service(code: "InvalidAnswer", message: "Publish's answer has no MessageId", status: 200)
        }
        return id
    }
}
