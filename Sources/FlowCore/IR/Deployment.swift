/// What a Lambda function needs from the account it is deployed to, beyond its code: settings
/// the deployment supplies as environment variables, and the AWS resources it uses, with the
/// actions it takes on each — its IAM policy grants exactly those.
public struct LambdaSetting: Sendable, Hashable {
    /// The environment variable (`CRM_API_URL`).
    public var name: String
    public var description: String?
    public var location: SourceLocation

    public init(name: String, description: String?, location: SourceLocation) {
        self.name = name
        self.description = description
        self.location = location
    }
}

/// One AWS resource a Lambda function uses.
public struct ResourceUse: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case dynamodbTable = "dynamodb_table", sqsQueue = "sqs_queue", snsTopic = "sns_topic", s3Bucket = "s3_bucket", secret

        /// The IAM service prefix its actions must carry.
        public var service: String {
            switch self {
            case .dynamodbTable: "dynamodb"
            case .sqsQueue: "sqs"
            case .snsTopic: "sns"
            case .s3Bucket: "s3"
            case .secret: "secretsmanager"
            }
        }

        /// What the function is told of the resource, in its environment variable: a table's
        /// or bucket's name, a queue's URL, a topic's or secret's ARN.
        public var handedOver: String {
            switch self {
            case .dynamodbTable, .s3Bucket: "name"
            case .sqsQueue: "url"
            case .snsTopic, .secret: "arn"
            }
        }

        /// The environment variable's name when `env:` does not give one (`surveys` → `SURVEYS_TABLE`).
        public func defaultVariable(for name: String) -> String {
            let base = name.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" }
            let suffix = switch self {
            case .dynamodbTable: "_TABLE"
            case .sqsQueue: "_QUEUE_URL"
            case .snsTopic: "_TOPIC_ARN"
            case .s3Bucket: "_BUCKET"
            case .secret: "_SECRET_ARN"
            }
            return String(base) + suffix
        }
    }

    public var kind: Kind
    public var name: String
    /// IAM actions (`dynamodb:PutItem`), never a wildcard.
    public var actions: [String]
    public var environmentVariable: String
    public var location: SourceLocation

    public init(kind: Kind, name: String, actions: [String], environmentVariable: String, location: SourceLocation) {
        self.kind = kind
        self.name = name
        self.actions = actions
        self.environmentVariable = environmentVariable
        self.location = location
    }
}

/// How a queue or hours of operation is found, or made, when the project is deployed with
/// Terraform: looked up by its name in the Connect instance, or created.
public struct ConnectResourceDeployment: Sendable, Hashable {
    /// Its name in the Connect instance, when not the flowc name.
    public var connectName: String?
    public var creation: Creation?

    public init(connectName: String? = nil, creation: Creation? = nil) {
        self.connectName = connectName
        self.creation = creation
    }

    public enum Creation: Sendable, Hashable {
        /// A queue, open during the named hours of operation.
        case queue(hours: String, maxContacts: Int?)
        /// Hours of operation: a time zone and, per day, when the centre opens and closes.
        case hours(timeZone: String, open: [OpeningTime])
    }
}

/// One day's opening, minutes after midnight.
public struct OpeningTime: Sendable, Hashable {
    /// `MONDAY` … `SUNDAY`, as Connect names days.
    public var day: String
    public var start: Int
    public var end: Int

    public init(day: String, start: Int, end: Int) {
        self.day = day
        self.start = start
        self.end = end
    }
}
