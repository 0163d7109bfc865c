import AWSClients
import ConnectLambdaModels
import DynamoDBLock
import Foundation
import LambdaEvents

/// `survey-follow-up`: on a survey with a low score, a task for a supervisor to call the
/// customer back — exactly once per contact.
///
/// Reads the survey table's stream (new surveys only). For each survey whose lowest answer is
/// at or below `LOW_SCORE` (default 2, on the 1–5 scale the survey asks for), under the lock
/// `survey-follow-up#CONTACT` (`LOCK_TABLE`): when the survey has no `followUpTaskId` yet, it
/// starts the task (`StartTaskContact` on `FOLLOW_UP_FLOW_ID` in `CONNECT_INSTANCE_ID`, related
/// to the surveyed contact) with the contact's id as the client token, then records the task on
/// the survey, only if none is recorded. The lock keeps two deliveries of the same record from
/// racing; the client token makes a retry after a crash between the task and the record start
/// no second task. A record that fails is reported by sequence number, and Lambda retries from
/// it.
public struct SurveyFollowUpHandler: EventHandler {
    public static let name = "survey-follow-up"
    public typealias Event = DynamoDBStreamEvent<[String: AttributeValue]>.Event

    let environment: [String: String]
    let clock: any AWSClock
    let random: any RandomSource
    static let answerMargin: TimeInterval = 0.5

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, clock: any AWSClock = SystemAWSClock(),
                random: any RandomSource = SystemRandomSource()) {
        self.environment = environment
        self.clock = clock
        self.random = random
    }

    public func handle(_ event: Event, context: EventContext) async throws -> BatchItemFailures {
        let settings = try Settings(environment)
        let dynamo = try DynamoDB.fromEnvironment(environment, clock: clock, random: random)
        let connect = try Connect.fromEnvironment(environment, clock: clock, random: random)
        let lock = LockClient(dynamoDB: dynamo, table: settings.lockTable, leaseDuration: .seconds(20), clock: clock)
        let deadline = context.deadline.addingTimeInterval(-Self.answerMargin)
        for record in event.records where record.eventName == "INSERT" {
            guard let survey = record.dynamodb.newImage, case .string(let contactId)? = survey["contactId"],
                  let lowest = Self.lowestAnswer(survey), lowest <= settings.lowScore else { continue }
            do {
                let remaining = Duration.milliseconds(Int64(max(deadline.timeIntervalSince(clock.now), 0) * 1000))
                let task = try await lock.withLock("\(Self.name)#\(contactId)", timeout: remaining) { _ in
                    try await followUp(contactId, lowest: lowest, settings: settings, dynamo: dynamo, connect: connect, deadline: deadline)
                }
                context.logger.info("survey followed up", ["contactId": contactId, "task": task ?? "already started"])
            } catch {
                context.logger.warning("survey not followed up; retried from here", ["contactId": contactId, "error": String(describing: error)])
                return BatchItemFailures([record.dynamodb.sequenceNumber])
            }
        }
        return BatchItemFailures([])
    }

    /// The task started, or nil when the survey records one already.
    private func followUp(_ contactId: String, lowest: Int, settings: Settings, dynamo: DynamoDB, connect: Connect,
                          deadline: Date) async throws -> String? {
        let key: [String: AttributeValue] = ["contactId": .string(contactId)]
        if case .string? = try await dynamo.getItem(table: settings.surveyTable, key: key, deadline: deadline)?["followUpTaskId"] { return nil }
        let task = Connect.Task(instanceId: settings.instanceId, contactFlowId: settings.flowId, name: "Call back: survey score \(lowest)",
                                description: "The customer scored their call \(lowest) out of 5 in the post-call survey. Call them back.",
                                attributes: ["surveyContactId": contactId], relatedContactId: contactId, clientToken: "\(Self.name)-\(contactId)")
        let taskId = try await connect.startTaskContact(task, deadline: deadline)
        do {
            try await dynamo.updateItem(table: settings.surveyTable, key: key, update: "SET followUpTaskId = :task",
                                        condition: "attribute_exists(contactId) AND attribute_not_exists(followUpTaskId)",
                                        values: [":task": .string(taskId)], deadline: deadline)
        } catch {
            guard error.code == "ConditionalCheckFailedException" else { throw error }
        }
        return taskId
    }

    /// The lowest numeric answer of `q1`…`q5`.
    static func lowestAnswer(_ survey: [String: AttributeValue]) -> Int? {
        (1...5).compactMap { index -> Int? in
            guard case .string(let text)? = survey["q\(index)"] else { return nil }
            return Int(text)
        }.min()
    }

    struct Settings {
        var surveyTable: String, lockTable: String, instanceId: String, flowId: String, lowScore: Int

        init(_ environment: [String: String]) throws {
            func required(_ name: String) throws -> String {
                guard let value = environment[name], !value.isEmpty else { throw AWSError.configuration("\(name) is not set") }
                return value
            }
            surveyTable = try required("SURVEY_TABLE")
            lockTable = try required("LOCK_TABLE")
            instanceId = try required("CONNECT_INSTANCE_ID")
            flowId = try required("FOLLOW_UP_FLOW_ID")
            lowScore = environment["LOW_SCORE"].flatMap(Int.init) ?? 2
        }
    }
}
