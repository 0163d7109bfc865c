import Foundation

/// The Amazon Connect calls the call centre makes (REST-JSON, signing name `connect`; Amazon
/// Connect API reference).
public struct Connect: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    /// A client for the region and endpoint the environment gives (`AWS_ENDPOINT_URL_CONNECT`).
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment,
                                       retry: RetryPolicy = RetryPolicy(), clock: any AWSClock = SystemAWSClock(),
                                       random: any RandomSource = SystemRandomSource()) throws(AWSError) -> Connect {
        Connect(client: try .fromEnvironment(service: "CONNECT", signingName: "connect", contentType: "application/json",
                                        environment, retry: retry, clock: clock, random: random))
    }

    /// A task for an agent, started through a flow.
    public struct Task: Sendable, Equatable {
        public var instanceId: String
        public var contactFlowId: String
        /// Shown to the agent (at most 512 characters).
        public var name: String
        /// Shown to the agent (at most 4,096 characters).
        public var description: String
        public var attributes: [String: String]
        /// The contact the task follows up (`RelatedContactId`: its attributes are copied).
        public var relatedContactId: String?
        /// Makes the request idempotent: the same token starts one task, however often it is sent.
        public var clientToken: String

        public init(instanceId: String, contactFlowId: String, name: String, description: String, attributes: [String: String] = [:],
                    relatedContactId: String? = nil, clientToken: String) {
            self.instanceId = instanceId
            self.contactFlowId = contactFlowId
            self.name = name
            self.description = description
            self.attributes = attributes
            self.relatedContactId = relatedContactId
            self.clientToken = clientToken
        }
    }

    /// `StartTaskContact` (`PUT /contact/task`); the task's contact id.
    /// https://docs.aws.amazon.com/connect/latest/APIReference/API_StartTaskContact.html
    public func startTaskContact(_ task: Task, deadline: Date) async throws(AWSError) -> String {
        struct Body: Encodable {
            var InstanceId: String, ContactFlowId: String, Name: String, Description: String
            var Attributes: [String: String], RelatedContactId: String?, ClientToken: String
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = (try? encoder.encode(Body(InstanceId: task.instanceId, ContactFlowId: task.contactFlowId, Name: String(task.name.prefix(512)),
                                             Description: String(task.description.prefix(4096)), Attributes: task.attributes,
                                             RelatedContactId: task.relatedContactId, ClientToken: String(task.clientToken.prefix(500))))) ?? Data()
        let answer = try await client.call("StartTaskContact", method: "PUT", path: "/contact/task", body, deadline: deadline)
        struct Answer: Decodable { var ContactId: String }
        do { return try JSONDecoder().decode(Answer.self, from: answer).ContactId } catch {
            throw .service(code: "InvalidAnswer", message: "StartTaskContact's answer has no ContactId", status: 200)
        }
    }
}
