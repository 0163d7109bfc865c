import Foundation

/// The SQS calls the call centre makes (the JSON protocol, target `AmazonSQS`; Amazon SQS API
/// reference, "Making query API requests using AWS JSON protocol").
public struct SQS: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    /// A client for the region and endpoint the environment gives (`AWS_ENDPOINT_URL_SQS`).
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment,
                                       retry: RetryPolicy = RetryPolicy(), clock: any AWSClock = SystemAWSClock(),
                                       random: any RandomSource = SystemRandomSource()) throws(AWSError) -> SQS {
        SQS(client: try .fromEnvironment(service: "SQS", signingName: "sqs", targetPrefix: "AmazonSQS",
                                        environment, retry: retry, clock: clock, random: random))
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

    /// `SendMessageBatch`, ten messages a request (the API's limit); the indexes of the messages
    /// SQS did not take, to send again.
    public func sendMessages(queueURL: String, bodies: [String], deadline: Date) async throws(AWSError) -> [Int] {
        struct Entry: Encodable { var Id: String, MessageBody: String }
        struct Request: Encodable { var QueueUrl: String, Entries: [Entry] }
        struct Answer: Decodable {
            struct Failed: Decodable { var Id: String }
            var Failed: [Failed]?
        }
        var failed: [Int] = []
        for start in stride(from: 0, to: bodies.count, by: 10) {
            let entries = bodies[start..<min(start + 10, bodies.count)].enumerated().map { Entry(Id: String(start + $0.offset), MessageBody: $0.element) }
            let body = (try? JSONEncoder().encode(Request(QueueUrl: queueURL, Entries: entries))) ?? Data()
            let answer = try await client.call("SendMessageBatch", body, deadline: deadline)
            guard let decoded = try? JSONDecoder().decode(Answer.self, from: answer) else {
                throw .service(code: "InvalidAnswer", message: "SendMessageBatch's answer is not a result per message", status: 200)
            }
            failed += (decoded.Failed ?? []).compactMap { Int($0.Id) }
        }
        return failed.sorted()
    }
}
