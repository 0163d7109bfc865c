import Foundation

/// The Secrets Manager call the Lambdas make: `GetSecretValue` (JSON 1.1 protocol, target
/// `secretsmanager`; AWS Secrets Manager API reference), so that API keys and passwords reach a
/// function at run time and never sit in its environment or in Terraform's state.
public struct SecretsManager: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    /// A client for the region and endpoint the environment gives (`AWS_ENDPOINT_URL_SECRETS_MANAGER`).
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment,
                                       clock: any AWSClock = SystemAWSClock()) throws(AWSError) -> SecretsManager {
        SecretsManager(client: try .fromEnvironment(service: "SECRETS_MANAGER", signingName: "secretsmanager", targetPrefix: "secretsmanager",
                                                    contentType: "application/x-amz-json-1.1", environment, clock: clock))
    }

    /// The secret's current text.
    public func secretString(_ secretId: String, deadline: Date) async throws(AWSError) -> String {
        let body = Data(#"{"SecretId":\#(Self.quoted(secretId))}"#.utf8)
        let answer = try await client.call("GetSecretValue", body, deadline: deadline)
        struct Answer: Decodable { var SecretString: String? }
        guard let text = (try? JSONDecoder().decode(Answer.self, from: answer))?.SecretString else {
            throw .service(code: "InvalidAnswer", message: "the secret has no text (SecretString)", status: 200)
        }
        return text
    }

    private static func quoted(_ text: String) -> String {
        String(decoding: (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8), as: UTF8.self)
    }
}

/// Secrets read once and kept for a while, so a warm function does not call Secrets Manager on
/// every invocation, yet picks up a rotated secret within minutes.
public actor SecretCache {
    public static let shared = SecretCache()

    private var entries: [String: (value: String, read: Date)] = [:]
    /// How long a secret is kept.
    public static let lifetime: TimeInterval = 300

    /// The secret's text, from the cache while fresh.
    public func value(of secretId: String, now: Date = Date(), read: @Sendable () async throws -> String) async throws -> String {
        if let entry = entries[secretId], now.timeIntervalSince(entry.read) < Self.lifetime { return entry.value }
        let value = try await read()
        entries[secretId] = (value, now)
        return value
    }
}
