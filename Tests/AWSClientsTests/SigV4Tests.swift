@testable import AWSClients
import Foundation
import Testing

/// SigV4 against AWS's published signature test suite (aws-sig-v4-test-suite: credentials
/// `AKIDEXAMPLE`, region us-east-1, service `service`, 2015-08-30T12:36:00Z) and the S3 guide's
/// header-signing example (GET Object, `examplebucket`, 2013-05-24).
@Suite("SigV4")
struct SigV4Tests {
    static let credentials = AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    static let suiteDate = Date(timeIntervalSince1970: 1_440_938_160)
    static let token = "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA=="

    static func authorization(_ request: SigV4.Request, token: String? = nil) -> String {
        var credentials = Self.credentials
        credentials.sessionToken = token
        let headers = SigV4(credentials: credentials, region: "us-east-1", service: "service").sign(request, at: suiteDate)
        return headers.first { $0.0 == "Authorization" }!.1
    }

    static func expected(_ signedHeaders: String, _ signature: String) -> String {
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=\(signedHeaders), Signature=\(signature)"
    }

    @Test("get-vanilla: the canonical request, and the signature")
    func getVanilla() {
        let request = SigV4.Request(method: "GET", host: "example.amazonaws.com")
        let signer = SigV4(credentials: Self.credentials, region: "us-east-1", service: "service")
        var dated = request
        dated.headers = [("X-Amz-Date", "20150830T123600Z")]
        let (canonical, _) = signer.canonicalRequest(dated, payloadHash: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(canonical == "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Self.authorization(request) == Self.expected("host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"))
    }

    @Test("the suite's vectors", arguments: [
        ("post-vanilla", SigV4.Request(method: "POST", host: "example.amazonaws.com"), "host;x-amz-date",
         "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"),
        ("get-vanilla-query-order-key-case", SigV4.Request(method: "GET", host: "example.amazonaws.com", query: [("Param2", "value2"), ("Param1", "value1")]),
         "host;x-amz-date", "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"),
        ("get-header-value-trim", SigV4.Request(method: "GET", host: "example.amazonaws.com",
                                                headers: [("My-Header1", " value1"), ("My-Header2", "\"a   b   c\"")]),
         "host;my-header1;my-header2;x-amz-date", "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"),
        ("get-unreserved", SigV4.Request(method: "GET", host: "example.amazonaws.com",
                                         path: "/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"),
         "host;x-amz-date", "07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f"),
        ("get-utf8", SigV4.Request(method: "GET", host: "example.amazonaws.com", path: "/ሴ"), "host;x-amz-date",
         "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85"),
    ])
    func suite(_ name: String, _ request: SigV4.Request, _ signedHeaders: String, _ signature: String) {
        #expect(Self.authorization(request) == Self.expected(signedHeaders, signature), "\(name)")
    }

    @Test("post-sts-header-before: temporary credentials sign their session token")
    func sessionToken() {
        let request = SigV4.Request(method: "POST", host: "example.amazonaws.com")
        #expect(Self.authorization(request, token: Self.token)
            == Self.expected("host;x-amz-date;x-amz-security-token", "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead"))
        let headers = SigV4(credentials: AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "x", sessionToken: Self.token),
                            region: "us-east-1", service: "service").sign(request, at: Self.suiteDate)
        #expect(headers.contains { $0 == ("X-Amz-Security-Token", Self.token) })
    }

    @Test("S3 signs the path encoded once and the payload hash as x-amz-content-sha256 (the S3 guide's GET Object example)")
    func s3() {
        let credentials = AWSCredentials(accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
        let signer = SigV4(credentials: credentials, region: "us-east-1", service: "s3", isS3: true)
        let request = SigV4.Request(method: "GET", host: "examplebucket.s3.amazonaws.com", path: "/test.txt", headers: [("Range", "bytes=0-9")])
        let headers = signer.sign(request, at: Date(timeIntervalSince1970: 1_369_353_600))
        #expect(headers.contains { $0 == ("X-Amz-Content-Sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855") })
        #expect(headers.first { $0.0 == "Authorization" }?.1 == "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
        // A key with a space is sent as %20 and signed as sent, not encoded again.
        var spaced = request
        spaced.path = "/my%20file.txt"
        let (canonical, _) = signer.canonicalRequest(spaced, payloadHash: "UNSIGNED-PAYLOAD")
        #expect(canonical.hasPrefix("GET\n/my%20file.txt\n"))
        let (doubled, _) = SigV4(credentials: credentials, region: "us-east-1", service: "dynamodb").canonicalRequest(spaced, payloadHash: "x")
        #expect(doubled.hasPrefix("GET\n/my%2520file.txt\n"))
    }
}
