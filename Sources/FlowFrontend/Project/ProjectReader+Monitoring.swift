import FlowCore

/// The call-quality monitor's settings:
///
///     monitoring:
///       namespace: AcmeContactCentre/CallQuality   # CloudWatch namespace (default: PROJECT/CallQuality)
///       period: 300                                # seconds per data point: 60, 300, 900 or 3600
///       band_width: 2                              # the anomaly band, in standard deviations
///       evaluation_periods: 3                      # periods outside the band before an alarm
///
/// CloudWatch reserves namespaces that start with `AWS/` (PutMetricData reference), and an
/// alarm evaluates at most one day (`evaluation_periods × period`; PutMetricAlarm reference).
extension ProjectReader {
    func readMonitoring(_ mapping: YAMLMapping?, project: String) -> MonitoringConfig? {
        guard let mapping else { return nil }
        let reader = MappingReader(mapping, subject: "monitoring", sink: sink)
        reader.finish(known: ["namespace", "period", "band_width", "evaluation_periods"])
        var config = MonitoringConfig(namespace: "\(project)/CallQuality")
        if let namespace = reader.string("namespace") {
            let valid = !namespace.value.isEmpty && namespace.value.count <= 255 && !namespace.value.hasPrefix("AWS/")
                && namespace.value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "./-_#:".contains($0)) }
            if valid { config.namespace = namespace.value } else {
                sink.report(.invalidValue, "'\(namespace.value)' is not a CloudWatch namespace: up to 255 letters, digits and . - _ / # :, "
                    + "not starting with AWS/", at: namespace.location)
            }
        }
        if let period = reader.int("period", in: 60...3600) {
            if [60, 300, 900, 3600].contains(period.value) { config.period = period.value } else {
                sink.report(.invalidValue, "period \(period.value) is not one of 60, 300, 900 or 3600 seconds", at: period.location)
            }
        }
        if let width = reader.string("band_width") {
            if let value = Double(width.value), value > 0, value <= 10 { config.bandWidth = value } else {
                sink.report(.invalidValue, "band_width '\(width.value)' is not a number of standard deviations above 0, at most 10",
                            at: width.location)
            }
        }
        if let periods = reader.int("evaluation_periods", in: 1...1440) {
            if periods.value * config.period <= 86_400 { config.evaluationPeriods = periods.value } else {
                sink.report(.invalidValue, "\(periods.value) periods of \(config.period) s pass a day, the longest an alarm evaluates",
                            at: periods.location)
            }
        }
        return config
    }
}
