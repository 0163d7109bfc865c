import ConnectLambdaModels
import Foundation
import LambdaContracts

/// `password-reset`: checks the caller's date of birth and sends a reset link by text.
///
/// Identity contract: `POST /password-resets` with `{"customerId", "dateOfBirth": "YYYY-MM-DD",
/// "delivery": "sms"}` answers `{"sent": true}` (one reset per contact and answer, by
/// `IdempotencyKey`), or
/// `{"sent": false}` when the date of birth does not match. A date that is not one (keyed
/// `DDMMYYYY`) is "not sent" without a call.
public struct PasswordResetHandler: PasswordReset.Handler {
    let systems: BackOfficeSystems
    let now: @Sendable () -> Date

    public init(systems: BackOfficeSystems, now: @escaping @Sendable () -> Date = { Date() }) {
        self.systems = systems
        self.now = now
    }

    public func handle(_ input: PasswordReset.Input, context: InvocationContext) async throws -> PasswordReset.Output {
        guard let dateOfBirth = CallerInput.dateOfBirth(input.dateOfBirth, now: now()) else {
            context.logger.info("not a date of birth; no reset sent")
            return PasswordReset.Output(resetSent: false)
        }
        struct Answer: Decodable { var sent: Bool }
        let customer = try Required.value(input.customerId, "customerId")
        let request = ["customerId": customer, "dateOfBirth": dateOfBirth, "delivery": "sms"]
        let key = IdempotencyKey.make(context.contact.contactId, "password-reset", customer, dateOfBirth)
        let answer: Answer = try await systems.identity().post(["password-resets"], request, idempotencyKey: key, within: context.remainingTime)
        return PasswordReset.Output(resetSent: answer.sent)
    }
}

/// `holiday-check`: whether today is a public holiday in the caller's region.
///
/// Calendar contract: `GET /holidays?date=YYYY-MM-DD&region=…` answers
/// `{"isHoliday": true, "name": "Christmas Day"}` (`name` absent on a working day). Today is
/// the date in the call centre's time zone (`CALL_CENTRE_TIME_ZONE`, else Europe/London); with
/// no region the calendar answers for the whole country.
public struct HolidayCheckHandler: HolidayCheck.Handler {
    let systems: BackOfficeSystems
    let now: @Sendable () -> Date

    public init(systems: BackOfficeSystems, now: @escaping @Sendable () -> Date = { Date() }) {
        self.systems = systems
        self.now = now
    }

    public func handle(_ input: HolidayCheck.Input, context: InvocationContext) async throws -> HolidayCheck.Output {
        struct Answer: Decodable { var isHoliday: Bool; var name: String? }
        var query = ["date": today()]
        if let region = input.region?.trimmingCharacters(in: .whitespaces), !region.isEmpty { query["region"] = region }
        let answer: Answer = try await systems.calendar().get(["holidays"], query: query, within: context.remainingTime)
        return HolidayCheck.Output(isHoliday: answer.isHoliday, holidayName: answer.isHoliday ? answer.name ?? "" : "")
    }

    private func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = systems.environment["CALL_CENTRE_TIME_ZONE"].flatMap(TimeZone.init(identifier:))
            ?? TimeZone(identifier: "Europe/London")!
        let day = calendar.dateComponents([.year, .month, .day], from: now())
        return String(format: "%04d-%02d-%02d", day.year!, day.month!, day.day!)
    }
}
