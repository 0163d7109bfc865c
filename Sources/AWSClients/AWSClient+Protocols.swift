import Foundation

/// The shapes of AWS's protocols over `AWSClient.send`.
extension AWSClient {
    /// AWS JSON 1.0 and 1.1 (DynamoDB, SQS, Secrets Manager, Firehose): `POST /` with the
    /// operation in `X-Amz-Target`; the answer's JSON.
    public func call(_ operation: String, _ body: Data, deadline: Date) async throws(AWSError) -> Data {
        try await retrying(operation, deadline: deadline) { () async throws(AWSError) -> Data in
            try await send(operation, method: "POST", path: "", headers: [("Content-Type", contentType), ("X-Amz-Target", "\(targetPrefix).\(operation)")],
                           body: body, deadline: deadline)
        }
    }

    /// REST-JSON (Amazon Connect): `method` on `path` under the endpoint, a JSON body, the
    /// error's code in `x-amzn-ErrorType`.
    public func call(_ operation: String, method: String, path: String, _ body: Data, deadline: Date) async throws(AWSError) -> Data {
        try await retrying(operation, deadline: deadline) { () async throws(AWSError) -> Data in
            try await send(operation, method: method, path: path, headers: [("Content-Type", "application/json")], body: body, deadline: deadline)
        }
    }

    /// The Query protocol (SNS, CloudWatch): `POST /` with `Action`, `Version` and the
    /// parameters form-encoded; the answer's XML, errors as `<Error><Code>`.
    public func query(_ action: String, version: String, _ parameters: [(String, String)], deadline: Date) async throws(AWSError) -> Data {
        let fields = [("Action", action), ("Version", version)] + parameters
        let body = Data(fields.map { "\(Self.formEncoded($0))=\(Self.formEncoded($1))" }.joined(separator: "&").utf8)
        return try await retrying(action, deadline: deadline) { () async throws(AWSError) -> Data in
            try await send(action, method: "POST", path: "", headers: [("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")],
                           body: body, deadline: deadline)
        }
    }

    /// An S3 write: `PUT` of `body` at `path` (already encoded once), signed as S3 wants (the
    /// payload's hash signed and sent as `x-amz-content-sha256`: `SigV4`).
    public func s3Put(_ path: String, _ body: Data, contentType: String, deadline: Date) async throws(AWSError) {
        _ = try await retrying("PutObject", deadline: deadline) { () async throws(AWSError) -> Data in
            try await send("PutObject", method: "PUT", path: path, headers: [("Content-Type", contentType)], body: body, s3: true, deadline: deadline)
        }
    }

    /// RFC 3986 unreserved characters as they are, everything else percent-encoded (what SigV4
    /// and the Query protocol expect; `+` and `/` included).
    static func formEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
