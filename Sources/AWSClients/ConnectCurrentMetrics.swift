import Foundation

extension Connect {
    /// One row of a real-time answer: the queue it is about (when grouped by queue), and each
    /// metric's value (nil when Connect sends none).
    public struct CurrentMetricResult: Sendable, Equatable {
        public var queueId: String?
        public var values: [String: Double?]
    }

    /// `GetCurrentMetricData` for `queues` (ids or ARNs), grouped by queue, every page read.
    /// `metrics` are name and unit pairs (`CONTACTS_IN_QUEUE`/`COUNT`, `OLDEST_CONTACT_AGE`/`SECONDS`;
    /// grouped, the oldest contact's age is in seconds — ungrouped Connect sends milliseconds
    /// under the unit SECONDS, which is why this always groups).
    public func getCurrentMetricData(instanceId: String, queues: [String], metrics: [(name: String, unit: String)],
                                     deadline: Date) async throws(AWSError) -> [CurrentMetricResult] {
        guard !queues.isEmpty, queues.count <= 100 else {
            throw .service(code: "InvalidParameterException", message: "a query takes 1 to 100 queues", status: 400)
        }
        struct Request: Encodable {
            struct Filters: Encodable { var Queues: [String] }
            struct Metric: Encodable { var Name: String, Unit: String }
            var CurrentMetrics: [Metric], Filters: Filters, Groupings: [String], NextToken: String?, MaxResults: Int
        }
        struct Answer: Decodable {
            struct Row: Decodable {
                struct Dimensions: Decodable {
                    struct Queue: Decodable { var Id: String?, Arn: String? }
                    var Queue: Queue?
                }
                struct Datum: Decodable {
                    struct Metric: Decodable { var Name: String? }
                    var Metric: Metric?
                    var Value: Double?
                }
                var Dimensions: Dimensions?
                var Collections: [Datum]?
            }
            var MetricResults: [Row]?
            var NextToken: String?
        }
        let path = "/metrics/current/" + AWSClient.formEncoded(instanceId)
        var results: [CurrentMetricResult] = [], token: String?
        repeat {
            let request = Request(CurrentMetrics: metrics.map { .init(Name: $0.name, Unit: $0.unit) }, Filters: .init(Queues: queues),
                                  Groupings: ["QUEUE"], NextToken: token, MaxResults: 100)
            let answer = try await client.call("GetCurrentMetricData", method: "POST", path: path, Self.json(request), deadline: deadline)
            guard let page = try? JSONDecoder().decode(Answer.self, from: answer) else {
                throw .service(code: "InvalidAnswer", message: "GetCurrentMetricData's answer is not metric results", status: 200)
            }
            for row in page.MetricResults ?? [] {
                var values: [String: Double?] = [:]
                for datum in row.Collections ?? [] { if let name = datum.Metric?.Name { values[name] = datum.Value } }
                results.append(.init(queueId: row.Dimensions?.Queue?.Id ?? row.Dimensions?.Queue?.Arn, values: values))
            }
            token = page.NextToken.flatMap { $0.isEmpty ? nil : $0 }
        } while token != nil
        return results
    }
}
