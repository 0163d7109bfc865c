import BackOffice
@testable import CallCentreLambdas
import ConnectLambdaModels
import Foundation
import LambdaContracts
import LambdaTestSupport
import Testing

/// Billing, orders, network, identity and calendar functions against a local back office.
@Suite("Service functions")
struct ServiceHandlerTests {
    @Test("payment-status, order-status and service-status read their systems' answers")
    func reads() async throws {
        let office = try await BackOfficeFixture.start { request in
            switch request.uri {
            case "/billing/accounts/C-1/payments/latest": .init(json: #"{"amount": "50.00", "date": "2026-11-28", "cleared": false}"#)
            case "/orders/customers/C-1/orders/latest": .init(json: #"{"status": "processing"}"#)
            default: .init(json: #"{"hasOutage": true, "estimatedFix": "2026-12-01T18:00:00Z"}"#)
            }
        }
        let context = office.context()
        #expect(try await PaymentStatusHandler(systems: office.systems).handle(.init(customerId: "C-1"), context: context)
            == PaymentStatus.Output(lastPaymentAmount: "50.00", lastPaymentDate: "2026-11-28", cleared: false))
        #expect(try await OrderStatusHandler(systems: office.systems).handle(.init(customerId: "C-1"), context: context)
            == OrderStatus.Output(status: "processing", deliveryDate: ""))
        #expect(try await ServiceStatusHandler(systems: office.systems).handle(.init(customerId: "C-1", service: "broadband"), context: context)
            == ServiceStatus.Output(hasOutage: true, estimatedFix: "2026-12-01T18:00:00Z"))
        #expect(await office.server.requests.last?.uri == "/network/customers/C-1/services/broadband/status")
        await office.server.stop()
    }

    @Test("bar-sim and create-fault-ticket carry an idempotency key of the contact and the operation")
    func idempotentWrites() async throws {
        let network = try await BackOfficeFixture.start { request in
            request.uri.hasSuffix("/bar") ? .init(json: #"{"barred": true}"#) : .init(status: 201, json: #"{"ticketNumber": "F-1001"}"#)
        }
        #expect(try await BarSimHandler(systems: network.systems).handle(.init(customerId: "C-1"), context: network.context()).barred)
        #expect(try await CreateFaultTicketHandler(systems: network.systems).handle(.init(customerId: "C-1", service: "ethernet"),
                                                                                     context: network.context()).ticketNumber == "F-1001")
        let requests = await network.server.requests
        #expect(requests.map(\.uri) == ["/network/customers/C-1/sim/bar", "/network/tickets"])
        #expect(requests.allSatisfy { $0.method == "POST" })
        #expect(requests[0].headers["idempotency-key"]?.hasPrefix("c-42:sim-bar:") == true)
        #expect(requests[1].headers["idempotency-key"]?.hasPrefix("c-42:fault-ticket:") == true)
        #expect(requests[0].json == ["reason": "lost-or-stolen", "channel": "ivr", "contactId": "c-42"])
        #expect(requests[1].json == ["customerId": "C-1", "service": "ethernet", "channel": "ivr", "contactId": "c-42"])
        await network.server.stop()
    }

    @Test("password-reset sends a keyed date of birth as a date; one that is not a date is not sent")
    func passwordReset() async throws {
        let identity = try await BackOfficeFixture.start { _ in .init(json: #"{"sent": true}"#) }
        let handler = PasswordResetHandler(systems: identity.systems, now: { midsummerNight })
        #expect(try await handler.handle(.init(customerId: "C-1", dateOfBirth: "01021980"), context: identity.context()).resetSent)
        #expect(await identity.server.requests.first?.json == ["customerId": "C-1", "dateOfBirth": "1980-02-01", "delivery": "sms"])
        for invalid in ["31021980", "01132000", "01002000", "01012030", "1980", "abcdefgh"] {
            #expect(try await handler.handle(.init(customerId: "C-1", dateOfBirth: invalid), context: identity.context()).resetSent == false)
        }
        #expect(await identity.server.requests.count == 1)
        await identity.server.stop()
    }

    @Test("holiday-check asks for today in the call centre's time zone")
    func holiday() async throws {
        let calendar = try await BackOfficeFixture.start { _ in .init(json: #"{"isHoliday": false, "name": "ignored"}"#) }
        let handler = HolidayCheckHandler(systems: calendar.systems, now: { midsummerNight })
        #expect(try await handler.handle(.init(region: "scotland"), context: calendar.context())
            == HolidayCheck.Output(isHoliday: false, holidayName: ""))
        _ = try await handler.handle(.init(), context: calendar.context())
        #expect(await calendar.server.requests.map(\.uri) == ["/calendar/holidays?date=2026-07-01&region=scotland", "/calendar/holidays?date=2026-07-01"])
        await calendar.server.stop()
    }
}
