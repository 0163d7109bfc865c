import AWSClients
@testable import CallCentreLambdas
import Foundation
import LambdaEvents
import LambdaTestSupport
import Synchronization
import Testing

/// survey-follow-up against moto's DynamoDB and a local stand-in for Connect's StartTaskContact:
/// one task per low-scored survey however often and however concurrently its record arrives,
/// none for a good score, a Connect refusal reported for Lambda to retry.
@Suite("Survey follow-up on moto", .enabled(if: MotoServer.isInstalled, "moto_server is installed by .ci/run"), .serialized)
struct SurveyFollowUpMotoTests {
    typealias Record = DynamoDBStreamEvent<[String: AttributeValue]>.Record

    @Test("two deliveries at once of a low score start one task, related to the contact; a good score none; a refusal is retried later")
    func exactlyOnce() async throws {
        let moto = try await MotoServer.start()
        defer { moto.stop() }
        let started = Mutex<[String]>([])
        let connect = try await LocalHTTPServer.start { request in
            guard request.method == "PUT", request.uri == "/contact/task", request.headers["authorization"]?.contains("/connect/aws4_request") == true
            else { return .init(status: 404, json: #"{"message": "no such route"}"#) }
            if (request.json?["RelatedContactId"] as? String) == "c-refused" {
                return .init(status: 400, json: #"{"message": "flow not found"}"#, headers: [("x-amzn-ErrorType", "ResourceNotFoundException")])
            }
            // As Connect does: the same client token is the same task, however often it is sent.
            let token = request.json?["ClientToken"] as? String ?? ""
            let number = started.withLock { tokens in
                if let known = tokens.firstIndex(of: token) { return known + 1 }
                tokens.append(token)
                return tokens.count
            }
            return .init(json: #"{"ContactId": "task-\#(number)", "ContactArn": "arn"}"#)
        }
        defer { Task { await connect.stop() } }
        let dynamo = try DynamoDB.fromEnvironment(moto.environment)
        let deadline = Date().addingTimeInterval(10)
        for (table, key) in [("surveys", "contactId"), ("locks", "lockKey")] {
            try await dynamo.createTable(table, key: key)
        }
        var records: [Record] = []
        for (index, (contactId, answers)) in [("c-low", ["4", "1", "5"]), ("c-good", ["5", "4", "3"]), ("c-refused", ["2"])].enumerated() {
            var item: [String: AttributeValue] = ["contactId": .string(contactId), "source": .string("ivr")]
            for (question, answer) in answers.enumerated() { item["q\(question + 1)"] = .string(answer) }
            try await dynamo.putItem(table: "surveys", item: item, deadline: deadline)
            let stored = try await dynamo.getItem(table: "surveys", key: ["contactId": .string(contactId)], deadline: deadline)
            records.append(Record(eventName: "INSERT", dynamodb: .init(keys: ["contactId": .string(contactId)], newImage: stored,
                                                                       sequenceNumber: "\(100 + index)")))
        }
        let environment = moto.environment.merging([
            "AWS_ENDPOINT_URL_CONNECT": connect.url, "SURVEY_TABLE": "surveys", "LOCK_TABLE": "locks",
            "CONNECT_INSTANCE_ID": "11111111-2222-3333-4444-555555555555", "FOLLOW_UP_FLOW_ID": "f-1",
        ]) { $1 }
        let handler = SurveyFollowUpHandler(environment: environment)
        let context = EventContext(requestId: "r", deadline: Date().addingTimeInterval(30))
        async let first = handler.handle(.init(records: records), context: context)
        async let second = handler.handle(.init(records: records), context: context)
        let answers = try await [first, second]
        #expect(answers == [BatchItemFailures(["102"]), BatchItemFailures(["102"])])
        #expect(started.withLock { $0.count } == 1)
        let tasks = await connect.requests.filter { ($0.json?["RelatedContactId"] as? String) == "c-low" }
        #expect(!tasks.isEmpty && tasks.allSatisfy { $0.json?["ClientToken"] as? String == "survey-follow-up-c-low" })
        #expect(tasks.first?.json?["ContactFlowId"] as? String == "f-1")
        let survey = try await dynamo.getItem(table: "surveys", key: ["contactId": .string("c-low")], deadline: deadline)
        #expect(survey?["followUpTaskId"] == .string("task-1"))

        #expect(try await handler.handle(.init(records: Array(records.prefix(2))), context: context) == BatchItemFailures([]))
        #expect(started.withLock { $0.count } == 1, "a redelivery starts nothing")
    }
}
