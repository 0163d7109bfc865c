import ConnectLambdaModels
import LambdaContracts

/// `service-status`: known outages on the customer's service.
///
/// Network contract: `GET /customers/{customerId}/services/{service}/status` answers
/// `{"hasOutage": true, "estimatedFix": "2026-12-01T18:00:00Z"}` (`estimatedFix` absent when
/// unknown or when there is no outage).
public struct ServiceStatusHandler: ServiceStatus.Handler {
    let systems: BackOfficeSystems

    public init(systems: BackOfficeSystems) { self.systems = systems }

    public func handle(_ input: ServiceStatus.Input, context: InvocationContext) async throws -> ServiceStatus.Output {
        struct Answer: Decodable { var hasOutage: Bool; var estimatedFix: String? }
        let path = ["customers", try Required.value(input.customerId, "customerId"), "services", try Required.value(input.service, "service"), "status"]
        let answer: Answer = try await systems.network().get(path, within: context.remainingTime)
        return ServiceStatus.Output(hasOutage: answer.hasOutage, estimatedFix: answer.estimatedFix ?? "")
    }
}

/// `bar-sim`: bars the SIM of a lost or stolen phone.
///
/// Network contract: `POST /customers/{customerId}/sim/bar` with
/// `{"reason": "lost-or-stolen", "channel": "ivr", "contactId": "…"}` answers `{"barred": true}`.
/// The `Idempotency-Key` (`IdempotencyKey`) makes a retried request one operation.
public struct BarSimHandler: BarSim.Handler {
    let systems: BackOfficeSystems

    public init(systems: BackOfficeSystems) { self.systems = systems }

    public func handle(_ input: BarSim.Input, context: InvocationContext) async throws -> BarSim.Output {
        struct Answer: Decodable { var barred: Bool }
        let customer = try Required.value(input.customerId, "customerId")
        let request = ["reason": "lost-or-stolen", "channel": "ivr", "contactId": context.contact.contactId]
        let answer: Answer = try await systems.network().post(["customers", customer, "sim", "bar"], request,
                                                              idempotencyKey: IdempotencyKey.make(context.contact.contactId, "sim-bar", customer),
                                                              within: context.remainingTime)
        context.logger.info("SIM bar requested", ["barred": String(answer.barred)])
        return BarSim.Output(barred: answer.barred)
    }
}

/// `create-fault-ticket`: opens a fault ticket for a business line.
///
/// Network contract: `POST /tickets` with `{"customerId", "service", "channel": "ivr",
/// "contactId"}` answers `{"ticketNumber": "F-…"}`; one ticket per contact, customer and service
/// (`IdempotencyKey`).
public struct CreateFaultTicketHandler: CreateFaultTicket.Handler {
    let systems: BackOfficeSystems

    public init(systems: BackOfficeSystems) { self.systems = systems }

    public func handle(_ input: CreateFaultTicket.Input, context: InvocationContext) async throws -> CreateFaultTicket.Output {
        struct Answer: Decodable { var ticketNumber: String }
        let customer = try Required.value(input.customerId, "customerId")
        let request = ["customerId": customer, "service": input.service, "channel": "ivr", "contactId": context.contact.contactId]
        let key = IdempotencyKey.make(context.contact.contactId, "fault-ticket", customer, input.service)
        let answer: Answer = try await systems.network().post(["tickets"], request, idempotencyKey: key, within: context.remainingTime)
        return CreateFaultTicket.Output(ticketNumber: answer.ticketNumber)
    }
}

/// An input a flow must fill in before the call makes sense.
enum Required {
    struct Missing: Error, CustomStringConvertible {
        var name: String
        var description: String { "the flow passed an empty '\(name)'" }
    }

    static func value(_ text: String, _ name: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw Missing(name: name) }
        return trimmed
    }
}
