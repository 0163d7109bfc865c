import Crypto
import Foundation

/// AWS Signature Version 4 ("Create a signed AWS API request", AWS IAM user guide): the canonical
/// request, the string to sign, the signing key derived from the secret and the credential
/// scope, and the `Authorization` header — checked against AWS's published signature test suite.
public struct SigV4: Sendable {
    public var credentials: AWSCredentials
    public var region: String
    public var service: String
    /// S3 signs the path as it is sent (each segment encoded once) and sends the payload hash as
    /// `x-amz-content-sha256`; every other service encodes the sent path again, so its segments
    /// are encoded twice ("Create a signed AWS API request": "Each path segment must be URI-encoded
    /// twice … except for Amazon S3").
    public var isS3: Bool

    public init(credentials: AWSCredentials, region: String, service: String, isS3: Bool = false) {
        self.credentials = credentials
        self.region = region
        self.service = service
        self.isS3 = isS3
    }

    /// A request to sign: method, host, the path as sent (percent-encoded where it needs to be),
    /// query items (not encoded), headers and body.
    public struct Request: Sendable {
        public var method: String
        public var host: String
        public var path: String
        public var query: [(String, String)]
        public var headers: [(String, String)]
        public var body: Data

        public init(method: String, host: String, path: String = "/", query: [(String, String)] = [],
                    headers: [(String, String)] = [], body: Data = Data()) {
            self.method = method
            self.host = host
            self.path = path
            self.query = query
            self.headers = headers
            self.body = body
        }
    }

    /// The headers to add to the request: `X-Amz-Date`, `X-Amz-Security-Token` with temporary
    /// credentials, `X-Amz-Content-Sha256` for S3, and `Authorization`.
    public func sign(_ request: Request, at date: Date) -> [(String, String)] {
        let (stamp, day) = Self.timestamps(date)
        var added = [("X-Amz-Date", stamp)]
        if let token = credentials.sessionToken { added.append(("X-Amz-Security-Token", token)) }
        let payloadHash = Self.hex(SHA256.hash(data: request.body))
        if isS3 { added.append(("X-Amz-Content-Sha256", payloadHash)) }
        var signed = request
        signed.headers += added
        let (canonical, signedHeaders) = canonicalRequest(signed, payloadHash: payloadHash)
        let scope = "\(day)/\(region)/\(service)/aws4_request"
        let stringToSign = ["AWS4-HMAC-SHA256", stamp, scope, Self.hex(SHA256.hash(data: Data(canonical.utf8)))].joined(separator: "\n")
        let signature = Self.hex(HMAC<SHA256>.authenticationCode(for: Data(stringToSign.utf8), using: signingKey(day: day)))
        let authorization = "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyId)/\(scope), SignedHeaders=\(signedHeaders), Signature=\(signature)"
        return added + [("Authorization", authorization)]
    }

    /// The canonical request, and the signed headers' names.
    func canonicalRequest(_ request: Request, payloadHash: String) -> (String, String) {
        var headers: [String: [String]] = ["host": [request.host]]
        for (name, value) in request.headers where name.lowercased() != "host" {
            headers[name.lowercased(), default: []].append(value.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
        let names = headers.keys.sorted()
        let canonicalHeaders = names.map { "\($0):\(headers[$0]!.joined(separator: ","))\n" }.joined()
        let query = request.query.map { (Self.encode($0.0), Self.encode($0.1)) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .map { "\($0.0)=\($0.1)" }.joined(separator: "&")
        let path = request.path.split(separator: "/", omittingEmptySubsequences: false)
            .map { isS3 ? String($0) : Self.encode(String($0)) }.joined(separator: "/")
        let canonical = [request.method, path.isEmpty ? "/" : path, query, canonicalHeaders, names.joined(separator: ";"), payloadHash]
            .joined(separator: "\n")
        return (canonical, names.joined(separator: ";"))
    }

    private func signingKey(day: String) -> SymmetricKey {
        var key = SymmetricKey(data: Data("AWS4\(credentials.secretAccessKey)".utf8))
        for part in [day, region, service, "aws4_request"] {
            key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key)))
        }
        return key
    }

    /// `20150830T123600Z` and `20150830`, in UTC.
    static func timestamps(_ date: Date) -> (String, String) {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        var time = time_t(seconds), parts = tm()
        gmtime_r(&time, &parts)
        let day = String(format: "%04d%02d%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday)
        return (day + String(format: "T%02d%02d%02dZ", parts.tm_hour, parts.tm_min, parts.tm_sec), day)
    }

    /// RFC 3986 encoding of everything but the unreserved characters, as SigV4 specifies.
    static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }

    static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
