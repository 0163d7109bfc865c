import AWSClients
import ConnectLambdaModels
import Foundation
import LambdaEvents
import PostgresNIO

/// `summary-writer`: each contact's session (the sessions table's stream, written by
/// `contact-event-consumer`) as a row of the relational reporting store, RDS PostgreSQL in the
/// VPC's private subnets (DatabaseSettings has the environment it reads).
///
/// New and changed sessions are upserted in stream order on one connection; a session deleted by
/// its TTL keeps its row (the store keeps history longer than the live table). An item that is
/// not a session is logged and skipped, since retrying cannot mend it; when the store cannot be
/// reached or refuses a write, the batch reports that record and everything after it (in order,
/// so Lambda retries from there and nothing is skipped or lost).
public struct SummaryWriterHandler: EventHandler {
    public static let name = "summary-writer"
    public typealias Event = DynamoDBStreamEvent<[String: AttributeValue]>.Event

    let environment: [String: String]
    let clock: any AWSClock
    static let answerMargin: TimeInterval = 0.5

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, clock: any AWSClock = SystemAWSClock()) {
        self.environment = environment
        self.clock = clock
    }

    public func handle(_ event: Event, context: EventContext) async throws -> BatchItemFailures {
        let settings = try DatabaseSettings(environment)
        let deadline = context.deadline.addingTimeInterval(-Self.answerMargin)
        var summaries: [(sequence: String, summary: ContactSummary)] = []
        for record in event.records where record.eventName != "REMOVE" {
            guard let image = record.dynamodb.newImage else { continue }
            do {
                summaries.append((record.dynamodb.sequenceNumber, try ContactSummary(session: image)))
            } catch {
                context.logger.warning("not a session; skipped", ["sequenceNumber": record.dynamodb.sequenceNumber, "error": String(describing: error)])
            }
        }
        guard !summaries.isEmpty else { return BatchItemFailures([]) }

        let secrets = try SecretsManager.fromEnvironment(environment, clock: clock)
        let secret = try await SecretCache.shared.value(of: settings.secretArn, now: clock.now) {
            try await secrets.secretString(settings.secretArn, deadline: deadline)
        }
        let credentials = try DatabaseCredentials.read(secret)
        var written = 0
        do {
            try await SummaryStore.withStore(try settings.configuration(username: credentials.username, password: credentials.password)) { store in
                for (_, summary) in summaries {
                    guard clock.now < deadline else { break }
                    try await store.record(summary)
                    written += 1
                }
            }
        } catch {
            let from = summaries.indices.contains(written) ? summaries[written].sequence : "none (all written)"
            context.logger.warning("reporting store write failed; retried from here", ["sequenceNumber": from, "error": Self.describe(error)])
        }
        context.logger.info("contact summaries written", ["count": String(written), "of": String(summaries.count)])
        return BatchItemFailures(summaries[written...].map(\.sequence))
    }

    /// PostgresNIO describes its errors generically (their details may hold the query's values):
    /// the code and the server's message say what went wrong without them.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return String(describing: error) }
        let server = error.serverInfo?[.message].map { ": \($0)" } ?? ""
        return "PostgreSQL \(error.code)\(server)"
    }
}
