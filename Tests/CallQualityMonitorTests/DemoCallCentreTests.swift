@testable import CallQualityMonitor
import Foundation
import LambdaContracts
import Testing

/// The made-up call centre: the same every run, shaped like a day, anomalies on schedule.
@Suite("Demo call centre")
struct DemoCallCentreTests {
    static let queues = ["billing", "tech-support", "sales"]
    /// Tuesday 1 December 2026, 00:00 in London (GMT).
    static let midnight = Date(timeIntervalSince1970: 1_796_083_200)

    static func at(_ hours: Double, day: Int = 0) -> Date { midnight.addingTimeInterval(Double(day) * 86_400 + hours * 3_600) }

    @Test("the same seed and time give the same values; another seed others")
    func deterministic() {
        let demo = DemoCallCentre(seed: 42, queues: Self.queues)
        #expect(demo.measurements(at: Self.at(10.5)) == DemoCallCentre(seed: 42, queues: Self.queues).measurements(at: Self.at(10.5)))
        #expect(demo.measurements(at: Self.at(10.5)) != DemoCallCentre(seed: 43, queues: Self.queues).measurements(at: Self.at(10.5)))
    }

    @Test("closed at night: nobody queued and no averages; open by day: every KPI, in range")
    func openingHours() {
        let demo = DemoCallCentre(seed: 7, queues: Self.queues)
        let night = demo.measurements(at: Self.at(3))
        #expect(Set(night.map(\.kpi)) == [.contactsInQueue, .oldestContactAge] && night.allSatisfy { $0.value == 0 })
        let day = demo.measurements(at: Self.at(10))
        #expect(day.count == Self.queues.count * CallQualityMetrics.Metric.allCases.count)
        for measurement in day {
            switch measurement.kpi {
            case .abandonmentRate: #expect((0...100).contains(measurement.value))
            case .averageHandleTime: #expect((150...700).contains(measurement.value))
            default: #expect(measurement.value >= 0)
            }
        }
    }

    @Test("flows start with the day's load, each at its own volume; none at night; no outcome types made up")
    func flows() {
        let demo = DemoCallCentre(seed: 7, queues: [], flows: ["main-ivr", "payments"])
        #expect(demo.flowMeasurements(at: Self.at(3)).allSatisfy { $0.value == 0 && $0.metric == .flowsStarted })
        let peak = demo.flowMeasurements(at: Self.at(10.5)), lunch = demo.flowMeasurements(at: Self.at(12.75))
        #expect(peak.count == 2 && peak.allSatisfy { $0.metric == .flowsStarted && $0.outcome == nil && $0.value > 0 })
        #expect(zip(peak, lunch).allSatisfy { $0.value > $1.value }, "busier at the morning peak than over lunch")
        #expect(peak == DemoCallCentre(seed: 7, queues: [], flows: ["main-ivr", "payments"]).flowMeasurements(at: Self.at(10.5)))
    }

    @Test("busier at the peaks than at opening, closing and lunchtime's dip")
    func dailyShape() {
        let demo = DemoCallCentre(seed: 7, queues: Self.queues)
        #expect(demo.load(at: Self.at(8)) < 0.05 && demo.load(at: Self.at(19.9)) < 0.05)
        #expect(demo.load(at: Self.at(10.5)) > demo.load(at: Self.at(8.5)) && demo.load(at: Self.at(10.5)) > 0.9)
        #expect(demo.load(at: Self.at(12.5)) < demo.load(at: Self.at(10.5)) / 2 && demo.load(at: Self.at(12.5)) < demo.load(at: Self.at(14.5)) / 2)
    }

    @Test("each queue has one anomaly in three days, 11:00 to 11:45, its waits several times the usual")
    func anomalies() {
        let demo = DemoCallCentre(seed: 7, queues: Self.queues)
        for queue in Self.queues {
            let days = (0..<3).filter { demo.anomaly(on: queue, at: Self.at(11.25, day: $0)) }
            #expect(days.count == 1, "\(queue): \(days)")
            guard let day = days.first else { continue }
            #expect(!demo.anomaly(on: queue, at: Self.at(10.9, day: day)) && !demo.anomaly(on: queue, at: Self.at(11.8, day: day)))
            func answer(_ day: Int) -> Double {
                demo.measurements(of: queue, at: Self.at(11.25, day: day)).first { $0.kpi == .averageQueueAnswerTime }?.value ?? 0
            }
            let usual = (0..<3).filter { $0 != day }.map(answer).reduce(0, +) / 2
            #expect(answer(day) > 2.5 * usual, "\(queue): \(answer(day)) against \(usual)")
        }
    }
}
