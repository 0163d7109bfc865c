@testable import AWSClients
import Foundation
import LambdaTestSupport
import Testing

/// A fixed sequence of "random" numbers (SplitMix64 from a seed), so backoff is the same every run.
final class SeededRandom: RandomSource, @unchecked Sendable {
    private let lock = NSLock()
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    func next(upTo bound: UInt64) -> UInt64 {
        lock.withLock {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return bound == 0 ? 0 : (z ^ (z >> 31)) % bound
        }
    }
}

/// The JSON-protocol client's retries: by error code, with jittered backoff, within the deadline.
@Suite("AWS retries")
struct RetryTests {
    static func client(_ server: LocalHTTPServer, clock: StepClock) -> DynamoDB {
        let endpoint = AWSEndpoint(url: URL(string: server.url)!, region: "eu-west-2", signingName: "dynamodb")
        let credentials = AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret", sessionToken: "token")
        return DynamoDB(client: AWSClient(endpoint: endpoint, credentials: credentials, targetPrefix: "DynamoDB_20120810",
                                              contentType: "application/x-amz-json-1.0", clock: clock, random: SeededRandom(seed: 7)))
    }

    static func answers(_ responses: [LocalHTTPServer.Response]) -> @Sendable (LocalHTTPServer.Request) async -> LocalHTTPServer.Response {
        let queue = ResponseQueue(responses)
        return { _ in await queue.next() }
    }

    actor ResponseQueue {
        var responses: [LocalHTTPServer.Response]
        init(_ responses: [LocalHTTPServer.Response]) { self.responses = responses }
        func next() -> LocalHTTPServer.Response { responses.count > 1 ? responses.removeFirst() : responses[0] }
    }

    static let throttled = LocalHTTPServer.Response(status: 400, json: #"{"__type":"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException","message":"slow down"}"#)

    @Test("throttling (a 400) is retried with growing, jittered waits; the request is signed and targeted")
    func throttlingRetried() async throws {
        let server = try await LocalHTTPServer.start(Self.answers([Self.throttled, Self.throttled, .init(json: "{}")]))
        let clock = StepClock()
        try await Self.client(server, clock: clock).putItem(table: "surveys", item: ["contactId": .string("c-1")],
                                                            deadline: clock.now.addingTimeInterval(60))
        let requests = await server.requests
        #expect(requests.count == 3)
        #expect(requests[0].headers["x-amz-target"] == "DynamoDB_20120810.PutItem")
        #expect(requests[0].headers["content-type"] == "application/x-amz-json-1.0")
        #expect(requests[0].headers["x-amz-security-token"] == "token")
        #expect(requests[0].headers["authorization"]?.hasPrefix("AWS4-HMAC-SHA256 Credential=AKID/20270115/eu-west-2/dynamodb/aws4_request") == true)
        #expect(requests[0].json == ["TableName": "surveys", "Item": ["contactId": ["S": "c-1"]]])
        #expect(clock.sleeps.count == 2)
        #expect(clock.sleeps[0] <= .milliseconds(50) && clock.sleeps[1] <= .milliseconds(100))
        await server.stop()
    }

    @Test("a failed condition and a validation error are final: one request, no wait")
    func finalErrors() async throws {
        for (body, code) in [
            (#"{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed"}"#, "ConditionalCheckFailedException"),
            (#"{"__type":"com.amazon.coral.validate#ValidationException","message":"One or more parameter values were invalid"}"#, "ValidationException"),
        ] {
            let server = try await LocalHTTPServer.start { _ in .init(status: 400, json: body) }
            let clock = StepClock()
            do {
                try await Self.client(server, clock: clock).putItem(table: "t", item: [:], deadline: clock.now.addingTimeInterval(60))
                Issue.record("\(code) was not reported")
            } catch {
                #expect(error.code == code && !error.isRetryable)
            }
            #expect(await server.requests.count == 1 && clock.sleeps.isEmpty)
            await server.stop()
        }
    }

    @Test("retries stop at the attempt limit, and before a wait that would pass the deadline")
    func limits() async throws {
        let server = try await LocalHTTPServer.start { _ in .init(status: 500, json: "{}") }
        let clock = StepClock()
        await #expect(throws: AWSError.service(code: "HTTP500", message: "{}", status: 500)) {
            try await Self.client(server, clock: clock).putItem(table: "t", item: [:], deadline: clock.now.addingTimeInterval(60))
        }
        #expect(await server.requests.count == 4 && clock.sleeps.count == 3)
        // A first wait of ten minutes would pass a deadline a minute away: no retry, no wait.
        let endpoint = AWSEndpoint(url: URL(string: server.url)!, region: "eu-west-2", signingName: "dynamodb")
        let patient = DynamoDB(client: AWSClient(
            endpoint: endpoint, credentials: AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret"), targetPrefix: "DynamoDB_20120810",
            contentType: "application/x-amz-json-1.0", retry: RetryPolicy(baseDelay: .seconds(600), maxDelay: .seconds(600)),
            clock: clock, random: LongestWait()))
        await #expect(throws: AWSError.self) { try await patient.putItem(table: "t", item: [:], deadline: clock.now.addingTimeInterval(60)) }
        #expect(await server.requests.count == 5 && clock.sleeps.count == 3)
        await server.stop()
    }

    /// Always the longest wait the policy allows.
    struct LongestWait: RandomSource {
        func next(upTo bound: UInt64) -> UInt64 { bound == 0 ? 0 : bound - 1 }
    }

    @Test("the Host header signed is the one sent: no default port, IPv6 in brackets")
    func hostHeader() {
        #expect(AWSClient.hostHeader(URL(string: "https://dynamodb.eu-west-2.amazonaws.com:443")!) == "dynamodb.eu-west-2.amazonaws.com")
        #expect(AWSClient.hostHeader(URL(string: "http://localhost:80/")!) == "localhost")
        #expect(AWSClient.hostHeader(URL(string: "http://127.0.0.1:5000")!) == "127.0.0.1:5000")
        #expect(AWSClient.hostHeader(URL(string: "http://[::1]:18502")!) == "[::1]:18502")
    }

    @Test("endpoints from the standard variables, the service's own first")
    func endpoints() throws {
        let environment = ["AWS_REGION": "eu-west-2", "AWS_ENDPOINT_URL": "http://127.0.0.1:5000", "AWS_ENDPOINT_URL_SQS": "http://127.0.0.1:5001"]
        #expect(try AWSEndpoint.resolve(service: "DYNAMODB", signingName: "dynamodb", environment: environment).url.absoluteString == "http://127.0.0.1:5000")
        #expect(try AWSEndpoint.resolve(service: "SQS", signingName: "sqs", environment: environment).url.absoluteString == "http://127.0.0.1:5001")
        #expect(try AWSEndpoint.resolve(service: "SQS", signingName: "sqs", environment: ["AWS_REGION": "eu-west-2"]).url.absoluteString
            == "https://sqs.eu-west-2.amazonaws.com")
        #expect(throws: AWSError.configuration("AWS_REGION is not set")) { try AWSEndpoint.resolve(service: "SQS", signingName: "sqs", environment: [:]) }
    }
}
