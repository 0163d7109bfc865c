import AWSClients
import ConnectLambdaModels
import Foundation
import LambdaContracts

/// `survey-recorder`: stores a caller's post-call survey answers so that none is ever lost.
///
/// The answers go to the DynamoDB table `SURVEY_TABLE` (key `contactId`) with the condition
/// `attribute_not_exists(contactId)`, so Connect's retries and the flow's own never record a
/// survey twice: a failed condition means it is already stored. Throttling and the service's
/// failures are retried with backoff while the invocation's time allows, keeping back enough to
/// queue the answers on `SURVEY_REPLAY_QUEUE_URL` (SQS) when the table still fails; a replay
/// consumer stores them later, under the same condition. `recorded` is true once the answers are
/// stored or queued. When both fail the handler fails, the flow takes its error branch, and the
/// answers are in the error log line, the last place they can be recovered from.
public struct SurveyRecorderHandler: SurveyRecorder.Handler {
    let environment: [String: String]
    let clock: any AWSClock
    let random: any RandomSource

    /// Time kept back from the table for the queue, and from both for the runtime to answer.
    static let queueReserve: TimeInterval = 0.8, answerMargin: TimeInterval = 0.25

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, clock: any AWSClock = SystemAWSClock(),
                random: any RandomSource = SystemRandomSource()) {
        self.environment = environment
        self.clock = clock
        self.random = random
    }

    public func handle(_ input: SurveyRecorder.Input, context: InvocationContext) async throws -> SurveyRecorder.Output {
        let contactId = try Required.value(input.contactId, "contactId")
        let answers = SurveyAnswers(contactId: contactId, answers: [input.q1, input.q2, input.q3, input.q4, input.q5],
                                    recordedAt: clock.now)
        let deadline = context.deadline.addingTimeInterval(-Self.answerMargin)
        do {
            try await store(answers, deadline: deadline.addingTimeInterval(-Self.queueReserve))
            context.logger.info("survey stored", ["contactId": contactId])
        } catch let error as AWSError where error.code == "ConditionalCheckFailedException" {
            context.logger.info("survey already stored", ["contactId": contactId])
        } catch {
            context.logger.warning("survey not stored; queueing it for replay", ["contactId": contactId, "error": String(describing: error)])
            do {
                try await queue(answers, deadline: deadline)
            } catch let queueError {
                context.logger.error("survey neither stored nor queued", ["survey": answers.json, "error": String(describing: queueError)])
                throw queueError
            }
        }
        return SurveyRecorder.Output(recorded: true)
    }

    private func store(_ answers: SurveyAnswers, deadline: Date) async throws {
        guard let table = environment["SURVEY_TABLE"], !table.isEmpty else { throw AWSError.configuration("SURVEY_TABLE is not set") }
        let dynamo = try DynamoDB.fromEnvironment(environment, clock: clock, random: random)
        try await dynamo.putItem(table: table, item: answers.item, condition: "attribute_not_exists(contactId)", deadline: deadline)
    }

    private func queue(_ answers: SurveyAnswers, deadline: Date) async throws {
        guard let queue = environment["SURVEY_REPLAY_QUEUE_URL"], !queue.isEmpty else {
            throw AWSError.configuration("SURVEY_REPLAY_QUEUE_URL is not set")
        }
        try await SQS.fromEnvironment(environment, clock: clock, random: random).sendMessage(queueURL: queue, body: answers.json, deadline: deadline)
    }
}

/// One survey's answers: `q1`…`q5` as the caller keyed them (a question left unanswered is left
/// out), when they were taken.
struct SurveyAnswers {
    var contactId: String
    var answers: [String]
    var recordedAt: Date

    /// The answers that were given, by question.
    var given: [(String, String)] {
        answers.enumerated().compactMap { index, answer in
            let trimmed = answer.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : ("q\(index + 1)", String(trimmed.prefix(64)))
        }
    }

    var timestamp: String { recordedAt.formatted(.iso8601) }

    /// The table's item.
    var item: [String: AttributeValue] {
        var item: [String: AttributeValue] = ["contactId": .string(contactId), "recordedAt": .string(timestamp), "source": .string("ivr")]
        for (question, answer) in given { item[question] = .string(answer) }
        return item
    }

    /// The replay message: the same fields as JSON.
    var json: String {
        var object: [String: String] = ["contactId": contactId, "recordedAt": timestamp, "source": "ivr"]
        for (question, answer) in given { object[question] = answer }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(object)) ?? Data(), as: UTF8.self)
    }
}
