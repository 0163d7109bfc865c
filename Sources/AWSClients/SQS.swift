import Foundation

/// The SQS calls the call centre makes (the JSON protocol, target `AmazonSQS`; Amazon SQS API
/// reference, "Making query API requests using AWS JSON protocol").
public struct SQS: Sendable {
    public let client: AWSJSONClient

    public init(client: AWSJSONClient) { self.client = client }

    /// A client for the region and endpoint the environment gives (`AWS_ENDPOINT_URL_SQS`).
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment,
                                       retry: RetryPolicy = RetryPolicy(), clock: any AWSClock = SystemAWSClock(),
                                       random: any RandomSource = SystemRandomSource()) throws(AWSError) -> SQS {
        guard let credentials = AWSCredentials.fromEnvironment(environment) else { throw .configuration("AWS credentials are not set") }
        let endpoint = try AWSEndpoint.resolve(service: "SQS", signingName: "sqs", environment: environment)
        return SQS(client: AWSJSONClient(endpoint: endpoint, credentials: credentials, targetPrefix: "AmazonSQS",
                                         contentType: "application/x-amz-json-1.0", retry: retry, clock: clock, random: random))
    }

    /// `SendMessage`; the message's id.
    @discardableResult
    public func sendMessage(queueURL: String, body: String, deadline: Date) async throws(AWSError) -> String {
        let request: [String: JSONField] = ["QueueUrl": .string(queueURL), "MessageBody": .string(body)]
        let answer = try await client.call("SendMessage", JSONField.encode(request), deadline: deadline)
        struct Answer: Decodable { var MessageId: String }
        do { return try JSONDecoder().decode(Answer.self, from: answer).MessageId } catch {
            throw .service(code: "InvalidAnswer", message: "SendMessage's answer has no MessageId", status: 200)
        }
    }
}
