import AWSClients
import ConnectLambdaModels
import Foundation
import LambdaEvents

/// `survey-replay`: stores the surveys `survey-recorder` queued when the table failed, from the
/// replay queue (SQS), under the same condition (`attribute_not_exists(contactId)`), so a
/// survey stored meanwhile, or a message delivered twice, is never stored again.
///
/// A message answers on its own (partial batch response): stored, or already stored, is done;
/// a table that still fails leaves the message on the queue for its next delivery; a message
/// that is not a survey fails every time, and after the queue's `maxReceiveCount` SQS moves it
/// to the dead-letter queue, where it is kept, not lost. Messages the invocation has no time
/// left for go back too.
public struct SurveyReplayHandler: EventHandler {
    public static let name = "survey-replay"
    let environment: [String: String]
    let clock: any AWSClock
    let random: any RandomSource

    /// Time kept back from the last message for the runtime to answer.
    static let answerMargin: TimeInterval = 0.5

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, clock: any AWSClock = SystemAWSClock(),
                random: any RandomSource = SystemRandomSource()) {
        self.environment = environment
        self.clock = clock
        self.random = random
    }

    public func handle(_ event: SQSEvent.Event, context: EventContext) async throws -> BatchItemFailures {
        guard let table = environment["SURVEY_TABLE"], !table.isEmpty else { throw AWSError.configuration("SURVEY_TABLE is not set") }
        let dynamo = try DynamoDB.fromEnvironment(environment, clock: clock, random: random)
        let deadline = context.deadline.addingTimeInterval(-Self.answerMargin)
        return await event.eachMessage(until: deadline, now: { clock.now }) { message in
            do {
                let item = try Self.item(message.body)
                try await dynamo.putItem(table: table, item: item, condition: "attribute_not_exists(contactId)", deadline: deadline)
                context.logger.info("queued survey stored", ["messageId": message.messageId])
            } catch let error as AWSError where error.code == "ConditionalCheckFailedException" {
                context.logger.info("queued survey was already stored", ["messageId": message.messageId])
            }
        } failed: { message, error in
            context.logger.warning("queued survey not stored; it stays on the queue",
                                   ["messageId": message.messageId, "error": String(describing: error)])
        }
    }

    /// The table's item from a replay message (`SurveyAnswers.json`): strings only, the fields
    /// the recorder writes, a contact id present.
    static func item(_ body: String) throws -> [String: AttributeValue] {
        let fields = ["contactId", "recordedAt", "source", "q1", "q2", "q3", "q4", "q5"]
        guard let object = try? JSONDecoder().decode([String: String].self, from: Data(body.utf8)),
              let contactId = object["contactId"], !contactId.isEmpty, object.keys.allSatisfy(fields.contains)
        else { throw InvalidEvent(description: "the message is not a survey: \(body.prefix(200))") }
        return object.mapValues(AttributeValue.string).merging(["replayed": .bool(true)]) { $1 }
    }
}
