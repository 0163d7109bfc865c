import Foundation

/// Amazon Connect's metrics APIs (REST-JSON): historical `GetMetricDataV2` and real-time
/// `GetCurrentMetricData`, every page read (`NextToken`), a missing or null value kept as nil
/// ("cannot be calculated"), and the interval limits checked before anything is sent.
/// https://docs.aws.amazon.com/connect/latest/APIReference/API_GetMetricDataV2.html,
/// https://docs.aws.amazon.com/connect/latest/APIReference/API_GetCurrentMetricData.html
extension Connect {
    /// A historical query.
    public struct MetricQuery: Sendable {
        /// `FIFTEEN_MIN`, `THIRTY_MIN`, `HOUR`, `DAY`, `WEEK`, `TOTAL`.
        public enum Period: String, Sendable, Encodable { case fifteenMinutes = "FIFTEEN_MIN", thirtyMinutes = "THIRTY_MIN", hour = "HOUR",
                                                                 day = "DAY", week = "WEEK", total = "TOTAL" }
        public var instanceArn: String
        public var start: Date
        public var end: Date
        public var period: Period
        public var timeZone: String
        /// Filter key (`QUEUE`, `CHANNEL`, …) to values.
        public var filters: [(key: String, values: [String])]
        public var groupings: [String]
        /// Metric names (`AVG_HANDLE_TIME`, `ABANDONMENT_RATE`, …).
        public var metrics: [String]

        public init(instanceArn: String, start: Date, end: Date, period: Period, timeZone: String = "UTC",
                    filters: [(key: String, values: [String])], groupings: [String], metrics: [String]) {
            self.instanceArn = instanceArn
            self.start = start
            self.end = end
            self.period = period
            self.timeZone = timeZone
            self.filters = filters
            self.groupings = groupings
            self.metrics = metrics
        }

        /// Why Connect would refuse the query, if it would: the end not after the start or in the
        /// future, a range over 3 days for 15-minute to hourly intervals or over 35 days for the
        /// rest, no filter, more than 5 filter keys or 100 filter values (channels not counted).
        func problem(now: Date) -> String? {
            let range = end.timeIntervalSince(start)
            let days: Double = [.fifteenMinutes, .thirtyMinutes, .hour].contains(period) ? 3 : 35
            let values = filters.filter { $0.key != "CHANNEL" }.map(\.values.count).reduce(0, +)
            if range <= 0 { return "the end time must be after the start time" }
            if end > now { return "the end time must not be in the future" }
            if range >= days * 86_400 { return "a \(period.rawValue) query covers less than \(Int(days)) days" }
            if filters.isEmpty || filters.count > 5 || values > 100 { return "a query takes 1 to 5 filter keys and at most 100 values" }
            return nil
        }
    }

    /// One row of a historical answer: its dimensions (`QUEUE` → the queue's ARN or id), the
    /// interval it covers, and each metric's value (nil when Connect cannot calculate it).
    public struct MetricResult: Sendable, Equatable {
        public var dimensions: [String: String]
        public var intervalStart: Date?
        public var intervalEnd: Date?
        public var values: [String: Double?]
    }

    /// Every row of the query's answer, across pages.
    public func getMetricData(_ query: MetricQuery, now: Date = Date(), deadline: Date) async throws(AWSError) -> [MetricResult] {
        if let problem = query.problem(now: now) { throw .service(code: "InvalidParameterException", message: problem, status: 400) }
        var results: [MetricResult] = [], token: String?
        repeat {
            let request = MetricDataRequest(query, nextToken: token)
            let answer = try await client.call("GetMetricDataV2", method: "POST", path: "/metrics/data", Self.json(request), deadline: deadline)
            guard let page = try? JSONDecoder().decode(MetricDataAnswer.self, from: answer) else {
                throw .service(code: "InvalidAnswer", message: "GetMetricDataV2's answer is not metric results", status: 200)
            }
            results += page.MetricResults.map(\.result)
            token = page.NextToken.flatMap { $0.isEmpty ? nil : $0 }
        } while token != nil
        return results
    }

    static func json(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)) ?? Data()
    }
}

/// The request's JSON (epoch seconds for times).
private struct MetricDataRequest: Encodable {
    struct IntervalDetails: Encodable { var IntervalPeriod: String, TimeZone: String }
    struct FilterV2: Encodable { var FilterKey: String, FilterValues: [String] }
    struct MetricV2: Encodable { var Name: String }
    var ResourceArn: String, StartTime: Int64, EndTime: Int64, Interval: IntervalDetails, Filters: [FilterV2], Groupings: [String]
    var Metrics: [MetricV2], NextToken: String?, MaxResults: Int

    init(_ query: Connect.MetricQuery, nextToken: String?) {
        ResourceArn = query.instanceArn
        StartTime = Int64(query.start.timeIntervalSince1970)
        EndTime = Int64(query.end.timeIntervalSince1970)
        Interval = .init(IntervalPeriod: query.period.rawValue, TimeZone: query.timeZone)
        Filters = query.filters.map { FilterV2(FilterKey: $0.key, FilterValues: $0.values) }
        Groupings = query.groupings
        Metrics = query.metrics.map(MetricV2.init)
        NextToken = nextToken
        MaxResults = 100
    }
}

private struct MetricDataAnswer: Decodable {
    struct Row: Decodable {
        struct Interval: Decodable { var StartTime: Double?, EndTime: Double? }
        struct Datum: Decodable {
            struct Metric: Decodable { var Name: String? }
            var Metric: Metric
            var Value: Double?
        }
        var Dimensions: [String: String]?
        var MetricInterval: Interval?
        var Collections: [Datum]?

        var result: Connect.MetricResult {
            var values: [String: Double?] = [:]
            for datum in Collections ?? [] { if let name = datum.Metric.Name { values[name] = datum.Value } }
            return .init(dimensions: Dimensions ?? [:], intervalStart: MetricInterval?.StartTime.map(Date.init(timeIntervalSince1970:)),
                         intervalEnd: MetricInterval?.EndTime.map(Date.init(timeIntervalSince1970:)), values: values)
        }
    }
    var MetricResults: [Row]
    var NextToken: String?
}
