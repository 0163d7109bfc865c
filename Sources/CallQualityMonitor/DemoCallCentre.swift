import Foundation
import LambdaContracts

/// A call centre's day made up, for running the monitor with no Connect instance: every queue
/// has its own baselines (from its name and the seed), volume follows the opening hours with a
/// morning and an afternoon peak, waiting and abandonment grow with the load, every value has
/// noise, and anomalies come on a schedule — so dashboards have shape and the alarms' anomaly
/// models have something to learn and something to catch. The same seed, queue and time give
/// the same values on every run and machine.
public struct DemoCallCentre: Sendable {
    public var seed: UInt64
    public var queues: [String]
    public var flows: [String]
    /// Opening hours, in `timeZone`.
    public var opens = 8, closes = 20
    public var timeZone: TimeZone

    public init(seed: UInt64, queues: [String], flows: [String] = [], timeZone: TimeZone = TimeZone(identifier: "Europe/London")!) {
        self.seed = seed
        self.queues = queues
        self.flows = flows
        self.timeZone = timeZone
    }

    /// Every KPI of every queue at `time`; none of the averages while the centre is closed (no
    /// contacts, so nothing to average, as Connect would answer).
    public func measurements(at time: Date) -> [QueueMeasurement] {
        queues.flatMap { queue in measurements(of: queue, at: time) }
    }

    /// Flows started in the quarter-hour to `time`: each flow's own share of the centre's volume
    /// (from its name and the seed), following the day's load, with noise; none while closed.
    /// Outcomes are not made up: their types are whatever Connect reports (live mode only).
    public func flowMeasurements(at time: Date) -> [FlowMeasurement] {
        let load = load(at: time)
        guard load > 0 else { return flows.map { FlowMeasurement(flow: $0, metric: .flowsStarted, value: 0, time: time) } }
        let slot = Int(time.timeIntervalSince1970 / 300)
        return flows.map { flow in
            let peak = 5 + Double(Self.hash(seed, flow, "starts") % 1000) / 999 * 195
            let started = max((peak * load * (1 + 0.15 * Self.gaussian(seed, flow, "starts", slot))).rounded(), 0)
            return FlowMeasurement(flow: flow, metric: .flowsStarted, value: started, time: time)
        }
    }

    /// The window of an anomaly on `queue` around `time`, if one is under way: every third day
    /// for each queue (staggered), 11:00 to 11:45, waits four times and abandonment three times
    /// their usual.
    public func anomaly(on queue: String, at time: Date) -> Bool {
        let (day, minute) = dayAndMinute(time)
        let offset = Int(Self.hash(seed, queue, "anomaly") % 3)
        return (day + offset) % 3 == 0 && (660..<705).contains(minute)
    }

    func measurements(of queue: String, at time: Date) -> [QueueMeasurement] {
        let load = load(at: time)
        let slot = Int(time.timeIntervalSince1970 / 300)
        func noise(_ metric: String, _ spread: Double) -> Double {
            1 + spread * Self.gaussian(seed, queue, metric, slot)
        }
        let base = Baseline(seed: seed, queue: queue)
        let surge = anomaly(on: queue, at: time)
        let waiting = load > 0 ? base.answerTime * (0.6 + 0.8 * load) * (surge ? 4 : 1) * noise("answer", 0.15) : 0
        let inQueue = (base.peakContacts * load * (surge ? 3 : 1) * noise("queue", 0.2)).rounded()
        var values: [(CallQualityMetrics.Metric, Double)] = [
            (.contactsInQueue, max(inQueue, 0)),
            (.oldestContactAge, inQueue > 0 ? (waiting * 1.8 * noise("oldest", 0.2)).rounded() : 0),
        ]
        if load > 0 {
            values += [
                (.averageHandleTime, (base.handleTime * noise("handle", 0.06)).rounded()),
                (.averageQueueAnswerTime, waiting.rounded()),
                (.abandonmentRate, min(max(base.abandonment * (0.5 + load) * (surge ? 3 : 1) * noise("abandon", 0.2), 0), 100)),
            ]
        }
        return values.map { QueueMeasurement(queue: queue, kpi: $0.0, value: $0.1, time: time) }
    }

    /// How busy the centre is: 0 closed, about 1.1 at the morning peak (10:30), 1 at the
    /// afternoon's (14:30), under half at lunchtime, ramping up and down over the first and last
    /// three quarters of an hour.
    func load(at time: Date) -> Double {
        let (_, minute) = dayAndMinute(time)
        let hour = Double(minute) / 60
        guard hour >= Double(opens), hour < Double(closes) else { return 0 }
        let ramp = min(1, (hour - Double(opens)) / 0.75, (Double(closes) - hour) / 0.75)
        func peak(_ at: Double, _ width: Double) -> Double { exp(-((hour - at) / width) * ((hour - at) / width)) }
        return ramp * (0.3 + 0.8 * peak(10.5, 1.2) + 0.7 * peak(14.5, 1.4))
    }

    /// Days since the epoch and minute of the day, in the centre's time zone.
    func dayAndMinute(_ time: Date) -> (day: Int, minute: Int) {
        let local = time.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: time))
        let day = Int((local / 86_400).rounded(.down))
        return (day, Int(local - Double(day) * 86_400) / 60)
    }

    /// A queue's usual values, from its name and the seed.
    struct Baseline {
        var handleTime: Double, answerTime: Double, abandonment: Double, peakContacts: Double
        init(seed: UInt64, queue: String) {
            func pick(_ what: String, _ range: ClosedRange<Double>) -> Double {
                range.lowerBound + Double(DemoCallCentre.hash(seed, queue, what) % 1000) / 999 * (range.upperBound - range.lowerBound)
            }
            handleTime = pick("handle", 240...480)
            answerTime = pick("answer", 20...90)
            abandonment = pick("abandon", 2...8)
            peakContacts = pick("contacts", 4...30)
        }
    }

    /// About normal, mean 0 and deviation 1 (the sum of four uniform numbers, scaled).
    static func gaussian(_ seed: UInt64, _ queue: String, _ metric: String, _ slot: Int) -> Double {
        let sum = (0..<4).map { Double(hash(seed, queue, "\(metric)#\(slot)#\($0)") % 1_000_000) / 1_000_000 }.reduce(0, +)
        return (sum - 2) / (1 / 3).squareRoot()
    }

    /// FNV-1a over the parts, then SplitMix64's finaliser: stable across runs and machines
    /// (Swift's `Hasher` is seeded per process).
    static func hash(_ seed: UInt64, _ parts: String...) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325 ^ seed
        for byte in parts.joined(separator: "\u{1F}").utf8 {
            value ^= UInt64(byte)
            value &*= 0x100_0000_01B3
        }
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
