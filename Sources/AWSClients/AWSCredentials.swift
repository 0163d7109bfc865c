import Foundation

/// The credentials a Lambda function runs with: Lambda puts its execution role's temporary
/// credentials in `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`, and its
/// region in `AWS_REGION` (Lambda developer guide, "Defined runtime environment variables").
public struct AWSCredentials: Sendable, Equatable {
    public var accessKeyId: String
    public var secretAccessKey: String
    public var sessionToken: String?

    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }

    /// The credentials in the environment; nil when the key pair is not there.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> AWSCredentials? {
        guard let key = environment["AWS_ACCESS_KEY_ID"], !key.isEmpty,
              let secret = environment["AWS_SECRET_ACCESS_KEY"], !secret.isEmpty
        else { return nil }
        let token = environment["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        return AWSCredentials(accessKeyId: key, secretAccessKey: secret, sessionToken: token)
    }
}

/// Where a service is and how to reach it: the region, and the endpoint, which the standard
/// variables the AWS SDKs honour can move (`AWS_ENDPOINT_URL_<SERVICE>`, then `AWS_ENDPOINT_URL`;
/// AWS SDKs and Tools reference guide, "Service-specific endpoints") — how tests, and anyone,
/// point the clients at moto.
public struct AWSEndpoint: Sendable, Equatable {
    public var url: URL
    public var region: String
    /// The service's signing name (`dynamodb`, `sqs`).
    public var signingName: String

    public init(url: URL, region: String, signingName: String) {
        self.url = url
        self.region = region
        self.signingName = signingName
    }

    /// - Parameters:
    ///   - service: the service's identifier as the endpoint variables spell it (`DYNAMODB`, `SQS`).
    ///   - signingName: the name requests are signed with, which is also the default host's prefix.
    public static func resolve(service: String, signingName: String,
                               environment: [String: String] = ProcessInfo.processInfo.environment) throws(AWSError) -> AWSEndpoint {
        guard let region = environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"], !region.isEmpty else {
            throw .configuration("AWS_REGION is not set")
        }
        let configured = environment["AWS_ENDPOINT_URL_\(service)"] ?? environment["AWS_ENDPOINT_URL"]
        let text = configured ?? "https://\(signingName).\(region).amazonaws.com"
        guard let url = URL(string: text), url.scheme == "https" || url.scheme == "http", url.host() != nil else {
            throw .configuration("endpoint '\(text)' for \(service) is not an http(s) URL")
        }
        return AWSEndpoint(url: url, region: region, signingName: signingName)
    }
}
