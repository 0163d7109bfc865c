import CallCentreLambdas
import CallQualityMonitor
import ConnectLambdaRuntime
import ContactDataLambdas
import ContactRecords
import Foundation
import LambdaEvents
import ReportingStore

// The call centre's Lambda binary: every function flows-src declares, and the data pipeline's,
// picked by `_HANDLER` (the function's name). Packaged by scripts/package-lambda.
let environment = ProcessInfo.processInfo.environment
exit(await LambdaMain.run(handlers: CallCentre().handlers, eventHandlers: [
    AnyEventHandler(ContactRecordCleansingHandler(environment: environment)),
    AnyEventHandler(ContactEventConsumer(environment: environment)),
    AnyEventHandler(SurveyReplayHandler(environment: environment)),
    AnyEventHandler(SurveyFollowUpHandler(environment: environment)),
    AnyEventHandler(MetricsIngestor(environment: environment)),
    AnyEventHandler(SummaryWriterHandler(environment: environment)),
]))
