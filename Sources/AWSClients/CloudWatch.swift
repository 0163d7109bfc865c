import Foundation

/// The CloudWatch call the call centre makes: `PutMetricData` (the Query protocol, version
/// 2010-08-01). Limits from the API reference: at most 1,000 metrics and 1 MB per request, 30
/// dimensions per metric, no NaN or infinity; `put` splits what it is given to stay within
/// them.
public struct CloudWatch: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment,
                                       retry: RetryPolicy = RetryPolicy(), clock: any AWSClock = SystemAWSClock(),
                                       random: any RandomSource = SystemRandomSource()) throws(AWSError) -> CloudWatch {
        CloudWatch(client: try .fromEnvironment(service: "CLOUDWATCH", signingName: "monitoring",
                                        environment, retry: retry, clock: clock, random: random))
    }

    /// One value of one metric.
    public struct Datum: Sendable, Equatable {
        public var name: String
        public var value: Double
        /// `Seconds`, `Milliseconds`, `Percent`, `Count`, … (the API's StandardUnit).
        public var unit: String
        public var dimensions: [(name: String, value: String)]
        public var timestamp: Date

        public init(name: String, value: Double, unit: String, dimensions: [(name: String, value: String)] = [], timestamp: Date) {
            self.name = name
            self.value = value
            self.unit = unit
            self.dimensions = dimensions
            self.timestamp = timestamp
        }

        public static func == (left: Datum, right: Datum) -> Bool {
            left.name == right.name && left.value == right.value && left.unit == right.unit && left.timestamp == right.timestamp
                && left.dimensions.map(\.name) == right.dimensions.map(\.name) && left.dimensions.map(\.value) == right.dimensions.map(\.value)
        }
    }

    /// Requests of at most this many metrics: far under the API's 1,000 and its 1 MB, whatever
    /// the names and dimensions.
    public static let metricsPerRequest = 500

    /// `PutMetricData` for every datum, in as few requests as the limits allow. A datum that is
    /// not a finite number, or has more than 30 dimensions, is refused before anything is sent.
    public func put(namespace: String, _ data: [Datum], deadline: Date) async throws(AWSError) {
        if let bad = data.first(where: { !$0.value.isFinite || $0.dimensions.count > 30 }) {
            throw .service(code: "InvalidParameterValue", message: "metric \(bad.name) is not a finite value with at most 30 dimensions", status: 400)
        }
        for start in stride(from: 0, to: data.count, by: Self.metricsPerRequest) {
            let batch = data[start..<min(start + Self.metricsPerRequest, data.count)]
            _ = try await client.query("PutMetricData", version: "2010-08-01", Self.parameters(namespace, batch), deadline: deadline)
        }
    }

    static func parameters(_ namespace: String, _ data: ArraySlice<Datum>) -> [(String, String)] {
        var parameters = [("Namespace", namespace)]
        for (index, datum) in data.enumerated() {
            let member = "MetricData.member.\(index + 1)"
            parameters += [("\(member).MetricName", datum.name), ("\(member).Value", String(datum.value)), ("\(member).Unit", datum.unit),
                           ("\(member).Timestamp", datum.timestamp.formatted(.iso8601))]
            for (position, dimension) in datum.dimensions.enumerated() {
                parameters += [("\(member).Dimensions.member.\(position + 1).Name", dimension.name),
                               ("\(member).Dimensions.member.\(position + 1).Value", dimension.value)]
            }
        }
        return parameters
    }
}
