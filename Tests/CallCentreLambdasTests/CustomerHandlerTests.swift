import BackOffice
@testable import CallCentreLambdas
import ConnectLambdaModels
import Foundation
import LambdaContracts
import LambdaTestSupport
import Testing

/// The CRM-fronting functions against a local CRM: the request each sends, the outputs each
/// returns, and the inputs answered without a call.
@Suite("Customer functions")
struct CustomerHandlerTests {
    @Test("customer-lookup sends the caller's number in E.164 with the API key, and maps the answer")
    func lookup() async throws {
        let crm = try await BackOfficeFixture.start { _ in
            .init(json: #"{"found": true, "customerId": "C-1", "firstName": "Ann", "tier": "gold", "since": "2019"}"#)
        }
        let output = try await CustomerLookupHandler(systems: crm.systems)
            .handle(CustomerLookup.Input(phone: "07700 900123"), context: crm.context())
        #expect(output == CustomerLookup.Output(found: true, customerId: "C-1", firstName: "Ann", tier: "gold"))
        let request = try #require(await crm.server.requests.first)
        #expect(request.method == "POST" && request.uri == "/crm/customers/lookup")
        #expect(request.json == ["phone": "+447700900123"])
        #expect(request.headers["x-api-key"] == "test-key" && request.headers["content-type"] == "application/json")
        await crm.server.stop()
    }

    @Test("a withheld number is not looked up; an unknown one is 'not found' with empty fields")
    func notFound() async throws {
        let crm = try await BackOfficeFixture.start { _ in .init(json: #"{"found": false}"#) }
        let handler = CustomerLookupHandler(systems: crm.systems)
        #expect(try await handler.handle(.init(phone: "anonymous"), context: crm.context()).found == false)
        #expect(await crm.server.requests.isEmpty)
        let unknown = try await handler.handle(.init(phone: "+447700900999"), context: crm.context())
        #expect(unknown == CustomerLookup.Output(found: false, customerId: "", firstName: "", tier: ""))
        await crm.server.stop()
    }

    @Test("account-validation checks the number's form before the CRM does")
    func validation() async throws {
        let crm = try await BackOfficeFixture.start { _ in .init(json: #"{"found": true, "customerId": "C-2", "firstName": "Bo", "tier": "std"}"#) }
        let handler = AccountValidationHandler(systems: crm.systems)
        #expect(try await handler.handle(.init(accountNumber: "12AB"), context: crm.context()).found == false)
        #expect(await crm.server.requests.isEmpty)
        let output = try await handler.handle(.init(accountNumber: " 12345678 "), context: crm.context())
        #expect(output.customerId == "C-2")
        #expect(await crm.server.requests.first?.json == ["accountNumber": "12345678"])
        await crm.server.stop()
    }

    @Test("retention-offer: an offer only when eligible")
    func retention() async throws {
        let crm = try await BackOfficeFixture.start { request in
            request.uri.contains("C-1") ? .init(json: #"{"eligible": true, "offer": "20% off for a year"}"#)
                : .init(json: #"{"eligible": false, "offer": "ignored"}"#)
        }
        let handler = RetentionOfferHandler(systems: crm.systems)
        #expect(try await handler.handle(.init(customerId: "C-1"), context: crm.context())
            == RetentionOffer.Output(eligible: true, offer: "20% off for a year"))
        #expect(try await handler.handle(.init(customerId: "C-9"), context: crm.context()) == RetentionOffer.Output(eligible: false, offer: ""))
        #expect(await crm.server.requests.map(\.uri) == ["/crm/customers/C-1/retention-offer", "/crm/customers/C-9/retention-offer"])
        await crm.server.stop()
    }

    @Test("a customer id goes into a path percent-encoded; an empty one is an error before any call")
    func paths() async throws {
        let billing = try await BackOfficeFixture.start { _ in .init(json: #"{"balance": "12.30", "dueDate": "2026-12-14"}"#) }
        let handler = AccountBalanceHandler(systems: billing.systems)
        #expect(try await handler.handle(.init(customerId: "C 1/2"), context: billing.context())
            == AccountBalance.Output(balance: "12.30", balanceInPence: "1230", dueDate: "2026-12-14"))
        #expect(await billing.server.requests.first?.uri == "/billing/accounts/C%201%2F2/balance")
        await #expect(throws: Required.Missing.self) { try await handler.handle(.init(customerId: " "), context: billing.context()) }
        await billing.server.stop()
    }
}
