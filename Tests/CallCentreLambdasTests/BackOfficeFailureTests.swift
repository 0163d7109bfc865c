import AWSClients
import BackOffice
@testable import CallCentreLambdas
import ConnectLambdaModels
import Foundation
import LambdaContracts
import LambdaTestSupport
import Testing

/// What a handler reports when the back office does not answer as its contract says: each is
/// the Lambda's error branch in the flow, with the reason in the logs.
@Suite("Back-office failures")
struct BackOfficeFailureTests {
    static func lookup(_ response: LocalHTTPServer.Response, seconds: Double = 3) async throws -> (any Error)? {
        let crm = try await BackOfficeFixture.start { _ in response }
        defer { Task { await crm.server.stop() } }
        do {
            _ = try await CustomerLookupHandler(systems: crm.systems).handle(.init(phone: "+447700900123"), context: crm.context(seconds: seconds))
            return nil
        } catch {
            return error
        }
    }

    @Test("a failing system is unavailable, a refusal is rejected with its status, a wrong answer is outside the contract")
    func failures() async throws {
        let unavailable = try await Self.lookup(.init(status: 503, json: #"{"message": "maintenance"}"#))
        #expect((unavailable as? BackOfficeError).map { if case .unavailable("CRM", _) = $0 { true } else { false } } == true)
        #expect(try await Self.lookup(.init(status: 403, json: #"{"message": "no"}"#)) as? BackOfficeError
            == .rejected("CRM", status: 403, "no error code"))
        let invalid = try await Self.lookup(.init(json: #"{"found": "maybe"}"#))
        #expect((invalid as? BackOfficeError).map { if case .invalidAnswer("CRM", _) = $0 { true } else { false } } == true)
    }

    @Test("a body that stalls after the headers is cut off at the time limit, like a call that never answers")
    func stalledBody() async throws {
        let crm = try await BackOfficeFixture.start { _ in .init(json: #"{"found": true}"#, bodyDelay: .seconds(30)) }
        do {
            _ = try await CustomerLookupHandler(systems: crm.systems).handle(.init(phone: "+447700900123"), context: crm.context(seconds: 0.5))
            Issue.record("a stalled answer was taken")
        } catch let error as BackOfficeError {
            guard case .timedOut("CRM", _) = error else { Issue.record("\(error)"); return }
        }
        await crm.server.stop()
    }

    @Test("with less time left than the margin to answer Connect, no call is made")
    func noTimeLeft() async throws {
        let crm = try await BackOfficeFixture.start { _ in .init(json: #"{"found": true}"#) }
        await #expect(throws: BackOfficeError.timedOut("CRM", milliseconds: 0)) {
            try await CustomerLookupHandler(systems: crm.systems).handle(.init(phone: "+447700900123"), context: crm.context(seconds: 0.2))
        }
        #expect(await crm.server.requests.isEmpty)
        await crm.server.stop()
    }

    @Test("a system the environment does not configure, or configures over plain HTTP, is an error naming the variable")
    func configuration() async throws {
        let context = InvocationContext(requestId: "r", deadline: Date().addingTimeInterval(3), contact: ContactData(contactId: "c"))
        await #expect(throws: BackOfficeError.notConfigured("CRM", "CRM_API_URL is not set")) {
            try await CustomerLookupHandler(systems: BackOfficeSystems(environment: [:])).handle(.init(phone: "+447700900123"), context: context)
        }
        await #expect(throws: BackOfficeError.notConfigured("CRM", "CRM_API_URL must be an https URL, not 'http://crm.example.com'")) {
            try await BackOfficeSystem.named("CRM", environment: ["CRM_API_URL": "http://crm.example.com"])
        }
    }

    /// A deadline no loaded CI machine misses: these tests are about the answers, not the time.
    static var patient: Date { Date().addingTimeInterval(30) }

    @Test("the API key comes from the Secrets Manager secret the environment names, signed, and is then kept")
    func keyFromSecretsManager() async throws {
        let secrets = try await LocalHTTPServer.start { request in
            request.headers["x-amz-target"] == "secretsmanager.GetSecretValue" && request.json?["SecretId"] as? String == "arn:crm-key"
                ? .init(json: #"{"ARN": "arn:crm-key", "SecretString": "from-the-vault"}"#)
                : .init(status: 400, json: #"{"__type": "ResourceNotFoundException", "message": "no such secret"}"#)
        }
        let environment = ["CRM_API_URL": "https://crm.example.com", "CRM_API_KEY_SECRET_ARN": "arn:crm-key",
                           "AWS_REGION": "eu-west-2", "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret",
                           "AWS_ENDPOINT_URL_SECRETS_MANAGER": secrets.url]
        let system = try await BackOfficeSystem.named("CRM", environment: environment, deadline: Self.patient)
        #expect(system.apiKey == "from-the-vault")
        _ = try await BackOfficeSystem.named("CRM", environment: environment, deadline: Self.patient)
        let requests = await secrets.requests
        #expect(requests.count == 1, "a warm function reads the secret once")
        #expect(requests.first?.headers["authorization"]?.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/") == true)

        var missing = environment
        missing["CRM_API_KEY_SECRET_ARN"] = "arn:other"
        do {
            _ = try await BackOfficeSystem.named("CRM", environment: missing, deadline: Self.patient)
            Issue.record("a missing secret gave a key")
        } catch {
            guard case .unavailable("CRM", let why) = error else { Issue.record("\(error)"); return }
            #expect(why.contains("Secrets Manager") && why.contains("ResourceNotFoundException"), "\(why)")
        }
        await secrets.stop()
    }
}
