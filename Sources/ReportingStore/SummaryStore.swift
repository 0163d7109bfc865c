import Foundation
import PostgresNIO

/// The reporting store's `contact_summaries` table, over one connection: a row per contact,
/// written so that replays and events out of order change nothing — an upsert that only a summary
/// at least as recent as the row's may update (the same rule the session table follows).
public struct SummaryStore: Sendable {
    let connection: PostgresConnection
    let logger: Logger

    /// The table, created if it is not there (each cold start; `IF NOT EXISTS` makes it cheap).
    static let schema: PostgresQuery = """
        CREATE TABLE IF NOT EXISTS contact_summaries (
            contact_id text PRIMARY KEY,
            initial_contact_id text,
            channel text,
            initiation_method text,
            queue_arn text,
            agent_arn text,
            state text NOT NULL,
            last_event_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL DEFAULT now()
        )
        """

    /// Connects, runs `body` with the store, and closes the connection whatever happens.
    public static func withStore<Result: Sendable>(_ configuration: PostgresConnection.Configuration,
                                                   _ body: (SummaryStore) async throws -> Result) async throws -> Result {
        var logger = Logger(label: "reporting-store")
        logger.logLevel = .error
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        let store = SummaryStore(connection: connection, logger: logger)
        do {
            try await connection.query(schema, logger: logger)
            let result = try await body(store)
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// Writes the summary unless the table holds a more recent one for the contact. Returns
    /// whether the row changed.
    @discardableResult
    public func record(_ summary: ContactSummary) async throws -> Bool {
        let rows = try await connection.query("""
            INSERT INTO contact_summaries AS s
                (contact_id, initial_contact_id, channel, initiation_method, queue_arn, agent_arn, state, last_event_at)
            VALUES (\(summary.contactId), \(summary.initialContactId), \(summary.channel), \(summary.initiationMethod),
                    \(summary.queueArn), \(summary.agentArn), \(summary.state), \(summary.lastEventAt))
            ON CONFLICT (contact_id) DO UPDATE SET
                initial_contact_id = COALESCE(EXCLUDED.initial_contact_id, s.initial_contact_id),
                channel = COALESCE(EXCLUDED.channel, s.channel),
                initiation_method = COALESCE(EXCLUDED.initiation_method, s.initiation_method),
                queue_arn = COALESCE(EXCLUDED.queue_arn, s.queue_arn),
                agent_arn = COALESCE(EXCLUDED.agent_arn, s.agent_arn),
                state = EXCLUDED.state,
                last_event_at = EXCLUDED.last_event_at,
                updated_at = now()
            WHERE s.last_event_at <= EXCLUDED.last_event_at
            RETURNING contact_id
            """, logger: logger)
        var changed = false
        for try await _ in rows { changed = true }
        return changed
    }

    /// The stored summary of a contact.
    public func summary(of contactId: String) async throws -> ContactSummary? {
        let rows = try await connection.query("""
            SELECT contact_id, state, last_event_at, initial_contact_id, channel, initiation_method, queue_arn, agent_arn
            FROM contact_summaries WHERE contact_id = \(contactId)
            """, logger: logger)
        for try await (id, state, time, initial, channel, method, queue, agent)
            in rows.decode((String, String, Date, String?, String?, String?, String?, String?).self) {
            return ContactSummary(contactId: id, state: state, lastEventAt: time, initialContactId: initial, channel: channel,
                                  initiationMethod: method, queueArn: queue, agentArn: agent)
        }
        return nil
    }
}
