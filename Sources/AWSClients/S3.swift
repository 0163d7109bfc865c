import Foundation

/// The S3 call the call centre makes: `PutObject`. Buckets are addressed virtual-hosted style
/// (`BUCKET.s3.REGION.amazonaws.com`), as AWS requires of buckets made since 2020, and path
/// style (`ENDPOINT/BUCKET/KEY`) at an endpoint the environment names (moto, a local S3).
public struct S3: Sendable {
    let environment: [String: String]
    let retry: RetryPolicy
    let clock: any AWSClock
    let random: any RandomSource

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, retry: RetryPolicy = RetryPolicy(),
                clock: any AWSClock = SystemAWSClock(), random: any RandomSource = SystemRandomSource()) {
        self.environment = environment
        self.retry = retry
        self.clock = clock
        self.random = random
    }

    /// Writes `body` at `key` in `bucket`.
    public func putObject(bucket: String, key: String, _ body: Data, contentType: String, deadline: Date) async throws(AWSError) {
        try await write(bucket: bucket, key: key, body, contentType: contentType, deadline: deadline)
    }

    /// `PUT` of the object, or of the bucket itself when there is no key.
    private func write(bucket: String, key: String?, _ body: Data, contentType: String, deadline: Date) async throws(AWSError) {
        guard let credentials = AWSCredentials.fromEnvironment(environment) else { throw .configuration("AWS credentials are not set") }
        var endpoint = try AWSEndpoint.resolve(service: "S3", signingName: "s3", environment: environment)
        let pathStyle = endpoint.url.host() != "s3.\(endpoint.region).amazonaws.com"
        if !pathStyle, let hosted = URL(string: "https://\(bucket).s3.\(endpoint.region).amazonaws.com") { endpoint.url = hosted }
        let encodedKey = (key ?? "").split(separator: "/", omittingEmptySubsequences: false).map { AWSClient.formEncoded(String($0)) }
            .joined(separator: "/")
        let path = pathStyle ? "/\(AWSClient.formEncoded(bucket))" + (key == nil ? "" : "/\(encodedKey)") : "/\(encodedKey)"
        let client = AWSClient(endpoint: endpoint, credentials: credentials, retry: retry, clock: clock, random: random)
        try await client.s3Put(path, body, contentType: contentType, deadline: deadline)
    }

    /// `CreateBucket` in the environment's region (outside us-east-1 S3 wants it named in a
    /// `LocationConstraint`).
    public func createBucket(_ bucket: String, deadline: Date) async throws(AWSError) {
        let region = environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"] ?? "us-east-1"
        let configuration = region == "us-east-1" ? "" : """
            <CreateBucketConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><LocationConstraint>\(region)</LocationConstraint></CreateBucketConfiguration>
            """
        try await write(bucket: bucket, key: nil, Data(configuration.utf8), contentType: "application/xml", deadline: deadline)
    }
}
