import AWSClients
import Foundation

/// A back-office system a Lambda function calls: its name, the base URL of its JSON API and
/// its API key. The URL comes from the function's environment (`CRM_API_URL` for `CRM`); the key
/// from Secrets Manager, whose secret's ARN the environment gives (`CRM_API_KEY_SECRET_ARN`) —
/// never the key itself, which would then sit in the function's configuration and Terraform's
/// state. (`CRM_API_KEY` is read only when no secret is named: for local runs and tests.)
///
/// The URL must be `https`, except to this machine (`localhost`, `127.0.0.1`, `::1`), where
/// tests and local runs talk plain HTTP.
public struct BackOfficeSystem: Sendable, Equatable {
    public let name: String
    public let baseURL: URL
    public let apiKey: String?

    public init(name: String, baseURL: URL, apiKey: String? = nil) throws(BackOfficeError) {
        let loopback = ["localhost", "127.0.0.1", "::1"].contains(baseURL.host() ?? "")
        guard let scheme = baseURL.scheme, scheme == "https" || (scheme == "http" && loopback), baseURL.host() != nil else {
            throw .notConfigured(name, "\(name)_API_URL must be an https URL, not '\(baseURL.absoluteString)'")
        }
        self.name = name
        self.baseURL = baseURL
        self.apiKey = apiKey
    }

    /// The system as the environment configures it; its key read from Secrets Manager (and kept
    /// for `SecretCache.lifetime`) when the environment names a secret.
    public static func named(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                             deadline: Date = Date().addingTimeInterval(2)) async throws(BackOfficeError) -> BackOfficeSystem
    {
        guard let text = environment["\(name)_API_URL"], !text.isEmpty else {
            throw .notConfigured(name, "\(name)_API_URL is not set")
        }
        guard let url = URL(string: text) else { throw .notConfigured(name, "\(name)_API_URL is not a URL: '\(text)'") }
        var key = environment["\(name)_API_KEY"].flatMap { $0.isEmpty ? nil : $0 }
        if let secret = environment["\(name)_API_KEY_SECRET_ARN"], !secret.isEmpty {
            do {
                key = try await SecretCache.shared.value(of: secret) {
                    try await SecretsManager.fromEnvironment(environment).secretString(secret, deadline: deadline)
                }
            } catch {
                throw .unavailable(name, "its API key could not be read from Secrets Manager: \(error)")
            }
        }
        return try BackOfficeSystem(name: name, baseURL: url, apiKey: key)
    }

    /// The URL of `path` (segments, each percent-encoded) with `query`, under the base URL.
    func url(_ path: [String], query: [String: String] = [:]) -> URL {
        var url = baseURL
        for segment in path { url.append(component: segment, directoryHint: .notDirectory) }
        guard !query.isEmpty else { return url }
        url.append(queryItems: query.keys.sorted().map { URLQueryItem(name: $0, value: query[$0]) })
        return url
    }
}

/// Why a back-office call did not give an answer. Each is a handler error: the flow takes the
/// Lambda's error branch, and the message is in the function's logs.
public enum BackOfficeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The function's environment does not say where the system is.
    case notConfigured(String, String)
    /// The invocation's time ran out, or was too short to try.
    case timedOut(String, milliseconds: Int64)
    /// The system could not be reached, or failed (5xx).
    case unavailable(String, String)
    /// The system refused the request (4xx).
    case rejected(String, status: Int, String)
    /// The system answered something that is not the stated contract.
    case invalidAnswer(String, String)

    public var description: String {
        switch self {
        case .notConfigured(_, let why): why
        case .timedOut(let system, let milliseconds): "\(system) did not answer within the \(milliseconds) ms left for it"
        case .unavailable(let system, let why): "\(system) is unavailable: \(why)"
        case .rejected(let system, let status, let why): "\(system) refused the request (\(status)): \(why)"
        case .invalidAnswer(let system, let why): "\(system) answered outside its contract: \(why)"
        }
    }
}
