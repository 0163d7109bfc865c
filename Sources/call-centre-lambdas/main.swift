import CallCentreLambdas
import ConnectLambdaRuntime
import Foundation

// The call centre's Lambda binary: every function flows-src declares, picked by `_HANDLER`
// (its flowc.yaml name). Packaged by scripts/package-lambda.
exit(await LambdaMain.run(handlers: CallCentre().handlers))
