import BackOffice
import ConnectLambdaModels
import Foundation
import LambdaContracts

/// Every function flows-src declares as managed, served from one binary: `LambdaHandlers` is
/// generated from flowc.yaml, so a function added there and not here does not compile.
public struct CallCentre: LambdaHandlers {
    let systems: BackOfficeSystems
    let environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
        systems = BackOfficeSystems(environment: environment)
    }

    public var accountBalance: any AccountBalance.Handler { AccountBalanceHandler(systems: systems) }
    public var accountValidation: any AccountValidation.Handler { AccountValidationHandler(systems: systems) }
    public var barSim: any BarSim.Handler { BarSimHandler(systems: systems) }
    public var createFaultTicket: any CreateFaultTicket.Handler { CreateFaultTicketHandler(systems: systems) }
    public var customerLookup: any CustomerLookup.Handler { CustomerLookupHandler(systems: systems) }
    public var holidayCheck: any HolidayCheck.Handler { HolidayCheckHandler(systems: systems) }
    public var orderStatus: any OrderStatus.Handler { OrderStatusHandler(systems: systems) }
    public var passwordReset: any PasswordReset.Handler { PasswordResetHandler(systems: systems) }
    public var paymentStatus: any PaymentStatus.Handler { PaymentStatusHandler(systems: systems) }
    public var retentionOffer: any RetentionOffer.Handler { RetentionOfferHandler(systems: systems) }
    public var serviceStatus: any ServiceStatus.Handler { ServiceStatusHandler(systems: systems) }
    public var surveyRecorder: any SurveyRecorder.Handler { SurveyRecorderHandler(environment: environment) }
    public var takePayment: any TakePayment.Handler { TakePaymentHandler(systems: systems) }
}
