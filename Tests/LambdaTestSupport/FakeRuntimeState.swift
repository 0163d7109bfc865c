import Foundation
import NIOHTTP1

extension FakeRuntimeAPI {
    /// The queue of events and what the runtime posted.
    actor State {
        struct Event {
            var requestId: String
            var deadline: Date?
            var traceId: String?
            var body: Data
        }

        struct Answer {
            var status: HTTPResponseStatus
            var headers: [(String, String)] = []
            var body = Data()
            var close = false
        }

        private var behaviour = Behaviour()

        func behave(_ behaviour: Behaviour) { self.behaviour = behaviour }

        private var events: [Event] = []
        private var eventWaiters: [CheckedContinuation<Event?, Never>] = []
        private(set) var posted: [Record] = []
        private var recordWaiters: [(count: Int, continuation: CheckedContinuation<[Record], Never>)] = []
        private(set) var nextTimes: [Date] = []

        func enqueue(_ event: Event) {
            if eventWaiters.isEmpty { events.append(event) } else { eventWaiters.removeFirst().resume(returning: event) }
        }

        func records(count: Int) async -> [Record] {
            if posted.count >= count { return Array(posted.prefix(count)) }
            return await withCheckedContinuation { recordWaiters.append((count, $0)) }
        }

        /// Hands every waiter what has been posted so far.
        func releaseRecordWaiters() {
            recordWaiters.forEach { $0.continuation.resume(returning: posted) }
            recordWaiters = []
        }

        func cancelWaiters() {
            eventWaiters.forEach { $0.resume(returning: nil) }
            eventWaiters = []
        }

        /// The answer to one request; nil when the server is stopping.
        func answer(_ request: HTTPRequestHead, body: Data) async -> Answer? {
            let path = request.uri.split(separator: "/").map(String.init)
            let errorType = request.headers.first(name: "Lambda-Runtime-Function-Error-Type")
            if request.method == .GET, path == ["2018-06-01", "runtime", "invocation", "next"] {
                nextTimes.append(Date())
                if behaviour.failNext { return Answer(status: .internalServerError, body: Data("{\"errorMessage\":\"container error\"}".utf8)) }
                guard let event = await nextEvent() else { return nil }
                var headers = [("Lambda-Runtime-Aws-Request-Id", event.requestId),
                               ("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-2:111122223333:function:test")]
                if let deadline = event.deadline {
                    headers.append(("Lambda-Runtime-Deadline-Ms", String(Int64(deadline.timeIntervalSince1970 * 1000))))
                }
                if let traceId = event.traceId { headers.append(("Lambda-Runtime-Trace-Id", traceId)) }
                return Answer(status: .ok, headers: headers, body: event.body, close: behaviour.closeAfterNext)
            } else if request.method == .POST, path.count == 5, path[0...2] == ["2018-06-01", "runtime", "invocation"], path[4] == "response" {
                if let limit = behaviour.refuseResponsesOver, body.count > limit {
                    return Answer(status: .payloadTooLarge, body: Data("{\"errorMessage\":\"too large\"}".utf8))
                }
                record(.response(requestId: path[3], body: body))
            } else if request.method == .POST, path.count == 5, path[0...2] == ["2018-06-01", "runtime", "invocation"], path[4] == "error" {
                record(.error(requestId: path[3], errorType: errorType, body: body))
            } else if request.method == .POST, path == ["2018-06-01", "runtime", "init", "error"] {
                record(.initError(errorType: errorType, body: body))
            } else {
                return Answer(status: .notFound, body: Data("{\"errorMessage\":\"no such call\"}".utf8))
            }
            return Answer(status: .accepted, body: Data("{\"status\":\"OK\"}".utf8), close: behaviour.closeAfterEachAnswer)
        }

        private func nextEvent() async -> Event? {
            if !events.isEmpty { return events.removeFirst() }
            return await withCheckedContinuation { eventWaiters.append($0) }
        }

        private func record(_ record: Record) {
            posted.append(record)
            let ready = recordWaiters.filter { $0.count <= posted.count }
            recordWaiters.removeAll { $0.count <= posted.count }
            for waiter in ready { waiter.continuation.resume(returning: Array(posted.prefix(waiter.count))) }
        }
    }
}
