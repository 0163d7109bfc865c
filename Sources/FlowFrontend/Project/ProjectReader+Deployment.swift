import FlowCore
import Foundation

/// Queues and hours of operation the Terraform module creates:
///
///     hours:
///       contact-centre:
///         create: { time_zone: Europe/London, open: { monday: "08:00-20:00", saturday: "09:00-13:00" } }
///     queues:
///       billing:
///         create: { hours: contact-centre, max_contacts: 20 }
extension ProjectReader {
    static let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    func queueCreation(_ mapping: YAMLMapping, name: String) -> ConnectResourceDeployment.Creation? {
        let reader = MappingReader(mapping, subject: "'create' of queue '\(name)'", sink: sink)
        reader.finish(known: ["hours", "max_contacts"])
        guard let hours = reader.requiredString("hours", "the hours of operation the queue keeps") else { return nil }
        return .queue(hours: hours.value, maxContacts: reader.int("max_contacts", in: 0...10_000)?.value)
    }

    func hoursCreation(_ mapping: YAMLMapping, name: String) -> ConnectResourceDeployment.Creation? {
        let reader = MappingReader(mapping, subject: "'create' of hours '\(name)'", sink: sink)
        reader.finish(known: ["time_zone", "open"])
        guard let zone = reader.requiredString("time_zone", "an IANA time zone such as Europe/London") else { return nil }
        if TimeZone(identifier: zone.value) == nil {
            sink.report(.invalidValue, "'\(zone.value)' is not a time zone; write one such as Europe/London", at: zone.location)
        }
        guard let open = reader.mapping("open") else {
            sink.report(.missingKey, "hours '\(name)' needs 'open': the days and times it is open", at: mapping.location)
            return nil
        }
        let times = open.entries.compactMap { key, value -> OpeningTime? in
            guard Self.days.contains(key.text) else {
                sink.report(.unknownKey, "'\(key.text)' is not a day; write one of \(Self.days.joined(separator: ", "))", at: key.location)
                return nil
            }
            guard let text = sink.string(value, for: key.text), let span = Self.span(text.value) else {
                sink.report(.invalidValue, "'\(key.text)' must be opening and closing times such as \"08:00-20:00\"", at: value.location)
                return nil
            }
            return OpeningTime(day: key.text.uppercased(), start: span.0, end: span.1)
        }
        return .hours(timeZone: zone.value, open: times)
    }

    /// `08:00-20:00` → minutes after midnight; the end after the start.
    static func span(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let start = minutes(parts[0]), let end = minutes(parts[1]), start < end else { return nil }
        return (start, end)
    }

    private static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let hours = Int(parts[0]), let minutes = Int(parts[1]),
              (0...24).contains(hours), (0...59).contains(minutes), hours * 60 + minutes <= 24 * 60 else { return nil }
        return hours * 60 + minutes
    }

    /// A queue created with hours that are not declared cannot be made.
    func checkCreatedQueues(_ config: ProjectConfig) {
        for (reference, deployment) in config.deployments.sorted(by: { $0.key < $1.key }) {
            guard case .queue(let hours, _)? = deployment.creation, !config.declares(.hours, hours) else { continue }
            sink.report(.unknownReference, "queue '\(reference.name)' is created with hours '\(hours)', which flowc.yaml does not declare"
                            + Suggestion.hint(for: hours, in: (config.resources[.hours] ?? [:]).keys.sorted()),
                        at: config.resources[.queue]?[reference.name] ?? SourceLocation(file: config.file))
        }
    }
}
