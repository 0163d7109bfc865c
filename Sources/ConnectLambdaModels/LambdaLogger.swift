import Foundation

/// Structured logs: one JSON object per line on standard output (which Lambda sends to
/// CloudWatch Logs), with the time, the level, the request id and any fields given.
///
/// The shape Lambda's log-level filtering reads from custom runtimes (Lambda developer guide,
/// "Log-level filtering"): a `"level"` key and an RFC 3339 `"timestamp"`; the level configured
/// under advanced logging controls arrives as `AWS_LAMBDA_LOG_LEVEL`.
public struct LambdaLogger: Sendable {
    public enum Level: String, Sendable, Comparable, CaseIterable {
        case debug = "DEBUG", info = "INFO", warning = "WARN", error = "ERROR"

        public static func < (lhs: Level, rhs: Level) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var requestId: String?
    /// Lines below this level are dropped (`AWS_LAMBDA_LOG_LEVEL`, else `info`).
    public var minimumLevel: Level
    private let write: @Sendable (String) -> Void
    private let now: @Sendable () -> Date

    /// - Parameter write: receives each line, without its newline; standard output by default.
    public init(requestId: String? = nil, minimumLevel: Level? = nil, now: @escaping @Sendable () -> Date = { Date() },
                write: @escaping @Sendable (String) -> Void = LambdaLogger.standardOutput) {
        self.requestId = requestId
        self.minimumLevel = minimumLevel ?? Self.environmentLevel
        self.now = now
        self.write = write
    }

    /// The same logger for another request.
    public func forRequest(_ requestId: String) -> LambdaLogger {
        var logger = self
        logger.requestId = requestId
        return logger
    }

    public func debug(_ message: String, _ fields: [String: String] = [:]) { log(.debug, message, fields) }
    public func info(_ message: String, _ fields: [String: String] = [:]) { log(.info, message, fields) }
    public func warning(_ message: String, _ fields: [String: String] = [:]) { log(.warning, message, fields) }
    public func error(_ message: String, _ fields: [String: String] = [:]) { log(.error, message, fields) }

    public func log(_ level: Level, _ message: String, _ fields: [String: String] = [:]) {
        guard level >= minimumLevel else { return }
        var line = fields.mapValues(JSONValue.string)
        line["timestamp"] = .string(Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(now()))
        line["level"] = .string(level.rawValue)
        line["message"] = .string(message)
        if let requestId { line["requestId"] = .string(requestId) }
        write(String(decoding: JSONValue.object(line).encoded(), as: UTF8.self))
    }

    /// Writes a line and its newline to standard output in one call, so lines never interleave.
    public static let standardOutput: @Sendable (String) -> Void = { line in
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// The same on standard error: for local runs, whose standard output is the answer alone.
    public static let standardError: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// `AWS_LAMBDA_LOG_LEVEL`: TRACE, DEBUG, INFO, WARN, ERROR or FATAL (TRACE logs as DEBUG,
    /// FATAL as ERROR); INFO when unset.
    private static var environmentLevel: Level {
        switch ProcessInfo.processInfo.environment["AWS_LAMBDA_LOG_LEVEL"]?.uppercased() {
        case "TRACE", "DEBUG": .debug
        case "WARN", "WARNING": .warning
        case "ERROR", "FATAL": .error
        default: .info
        }
    }
}
