@testable import AWSClients
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LambdaTestSupport
import Testing

/// Our signatures as a verifier sees them: moto checks them once its first unauthenticated
/// actions are spent (`INITIAL_NO_AUTH_ACTION_COUNT`), against keys made in its IAM, so a
/// signing bug fails here; and a request signed with the wrong secret is refused with the
/// code from moto's XML error body.
@Suite("SigV4 verified by moto", .enabled(if: MotoServer.isInstalled, "moto_server is installed by .ci/run"), .serialized)
struct SignatureMotoTests {
    /// An IAM Query action, in the actions moto lets through unsigned; the answer's XML.
    static func iam(_ moto: MotoServer, _ parameters: [String: String]) async throws -> String {
        var request = URLRequest(url: URL(string: moto.url)!)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.setValue("AWS4-HMAC-SHA256 Credential=testing/20261201/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0",
                         forHTTPHeaderField: "Authorization")
        var form = URLComponents()
        form.queryItems = (parameters.merging(["Version": "2010-05-08"]) { $1 }).sorted { $0.key < $1.key }.map(URLQueryItem.init)
        request.httpBody = Data((form.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B").utf8)
        let (data, _) = try await URLSession.shared.data(for: request)
        return String(decoding: data, as: UTF8.self)
    }

    @Test("DynamoDB and S3 calls signed with a key moto's IAM issued are accepted; the wrong secret is SignatureDoesNotMatch")
    func verified() async throws {
        let moto = try await MotoServer.start(environment: ["INITIAL_NO_AUTH_ACTION_COUNT": "3"])
        defer { moto.stop() }
        _ = try await Self.iam(moto, ["Action": "CreateUser", "UserName": "ci"])
        _ = try await Self.iam(moto, ["Action": "PutUserPolicy", "UserName": "ci", "PolicyName": "all",
                                      "PolicyDocument": #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#])
        let key = try await Self.iam(moto, ["Action": "CreateAccessKey", "UserName": "ci"])
        let id = try #require(XMLError.element("AccessKeyId", in: key)), secret = try #require(XMLError.element("SecretAccessKey", in: key))

        var environment = moto.environment
        environment["AWS_ACCESS_KEY_ID"] = id
        environment["AWS_SECRET_ACCESS_KEY"] = secret
        let dynamo = try DynamoDB.fromEnvironment(environment)
        try await dynamo.createTable("signed", key: "k")
        try await dynamo.putItem(table: "signed", item: ["k": .string("a/b c+d=é"), "v": .string("1")], deadline: Date().addingTimeInterval(10))
        let item = try await dynamo.getItem(table: "signed", key: ["k": .string("a/b c+d=é")], deadline: Date().addingTimeInterval(10))
        #expect(item?["v"] == .string("1"))

        // S3 signs differently: the path encoded once, the payload's hash in x-amz-content-sha256.
        let s3 = S3(environment: environment)
        try await s3.createBucket("signed-bucket", deadline: Date().addingTimeInterval(10))
        try await s3.putObject(bucket: "signed-bucket", key: "a dir/b+c é.json", Data("{}".utf8), contentType: "application/json",
                               deadline: Date().addingTimeInterval(10))

        environment["AWS_SECRET_ACCESS_KEY"] = "not-the-secret"
        let forged = try DynamoDB.fromEnvironment(environment, retry: RetryPolicy(maxAttempts: 1))
        do {
            _ = try await forged.getItem(table: "signed", key: ["k": .string("a")], deadline: Date().addingTimeInterval(10))
            Issue.record("a request with the wrong secret was accepted")
        } catch {
            #expect(error.code == "SignatureDoesNotMatch" && !error.isRetryable, "\(error)")
        }
    }
}
