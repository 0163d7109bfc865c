import AWSClients
import Foundation
import NIOSSL
import PostgresNIO

/// Where the reporting store is and how to reach it, from the function's environment:
/// `DB_HOST`, `DB_PORT` (default 5432), `DB_NAME`, and the credentials as the Secrets Manager
/// secret RDS manages for the instance (`DB_SECRET_ARN`, a JSON object with `username` and
/// `password`: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html).
/// `DB_TLS` is `verify` (the server's certificate checked against `DB_CA_BUNDLE`, a PEM file such
/// as RDS's global bundle, else the system's roots), `encrypt` (TLS without checking the
/// certificate: the VPC is the trust boundary) or `disable` (a local server, for tests).
public struct DatabaseSettings: Sendable {
    public enum TLSMode: String, Sendable { case verify, encrypt, disable }

    public var host: String
    public var port: Int
    public var database: String
    public var secretArn: String
    public var tls: TLSMode
    public var caBundle: String?

    public init(_ environment: [String: String]) throws(AWSError) {
        func required(_ name: String) throws(AWSError) -> String {
            guard let value = environment[name], !value.isEmpty else { throw AWSError.configuration("\(name) is not set") }
            return value
        }
        host = try required("DB_HOST")
        database = try required("DB_NAME")
        secretArn = try required("DB_SECRET_ARN")
        let portText = environment["DB_PORT"].flatMap { $0.isEmpty ? nil : $0 } ?? "5432"
        guard let port = Int(portText), (1...65_535).contains(port) else { throw AWSError.configuration("DB_PORT '\(portText)' is not a port") }
        self.port = port
        let tlsText = environment["DB_TLS"].flatMap { $0.isEmpty ? nil : $0 } ?? TLSMode.verify.rawValue
        guard let tls = TLSMode(rawValue: tlsText) else { throw AWSError.configuration("DB_TLS is verify, encrypt or disable, not '\(tlsText)'") }
        self.tls = tls
        caBundle = environment["DB_CA_BUNDLE"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A connection configuration with these credentials.
    func configuration(username: String, password: String) throws -> PostgresConnection.Configuration {
        var configuration = PostgresConnection.Configuration(host: host, port: port, username: username, password: password,
                                                             database: database, tls: try tlsConfiguration())
        configuration.options.connectTimeout = .seconds(5)
        return configuration
    }

    private func tlsConfiguration() throws -> PostgresConnection.Configuration.TLS {
        switch tls {
        case .disable:
            return .disable
        case .encrypt:
            var client = TLSConfiguration.makeClientConfiguration()
            client.certificateVerification = .none
            return .require(try NIOSSLContext(configuration: client))
        case .verify:
            var client = TLSConfiguration.makeClientConfiguration()
            if let caBundle { client.trustRoots = .file(caBundle) }
            return .require(try NIOSSLContext(configuration: client))
        }
    }
}

/// The user name and password in an RDS-managed secret.
struct DatabaseCredentials: Decodable, Sendable {
    var username: String
    var password: String

    static func read(_ secret: String) throws(AWSError) -> DatabaseCredentials {
        guard let credentials = try? JSONDecoder().decode(DatabaseCredentials.self, from: Data(secret.utf8)) else {
            throw AWSError.configuration("the database secret is not a JSON object with username and password")
        }
        return credentials
    }
}
