import FlowCore

/// The retry-path report of one flow: its size, every retry cycle with its bound, the most
/// attempts a caller can be put through, the worst-case time in the flow, and how many of the
/// errors its actions can raise have a branch.
public struct FlowReport: Sendable, Equatable {
    /// What limits how often a cycle repeats.
    public enum Bound: Sendable, Equatable {
        /// Loop actions and retry counters allow this many extra rounds in total (for bounds
        /// that nest, the product of their rounds).
        case counted(retries: Int)
        /// Only the caller's own choices repeat it.
        case callerChoice
        /// It repeats while a Lambda function's or module's answer says so: these comparisons
        /// of its answer decide.
        case lambdaAnswer(decidedBy: [BlockID])
        /// A waiting loop of a queue or hold flow, ended when an agent takes the contact.
        case untilAnswered
        /// Nothing limits it.
        case unbounded
    }

    /// One cycle of the flow.
    public struct Cycle: Sendable, Equatable {
        public var blocks: [BlockID]
        public var bound: Bound

        /// How many times a caller can go round: retries + 1, when known.
        public var attempts: Int? {
            if case .counted(let retries) = bound { return retries + 1 }
            return nil
        }
    }

    public var flow: String
    public var kind: FlowKind
    public var actions: Int
    public var cycles: [Cycle]
    /// The most attempts any one cycle allows, when every cycle's bound is known.
    public var mostAttempts: Int?
    /// Seconds of input timeouts, Lambda timeouts and waits along the slowest path, loops
    /// unrolled by their counts; nil when a cycle makes it unbounded.
    public var worstCaseSeconds: Int?
    /// Raisable error types with a branch (or a NoMatchingError catch-all), and all of them.
    public var handledErrors: Int
    public var raisableErrors: Int

    /// Builds the report. Cost: O((blocks + outcomes) × loop nesting depth).
    public init(_ flow: FlowGraph) {
        self.flow = flow.name
        kind = flow.kind
        actions = flow.blocks.count
        let analysis = CycleAnalysis(flow)
        cycles = analysis.cycles
        let attempts = cycles.map(\.attempts)
        mostAttempts = attempts.contains(nil) ? nil : attempts.compactMap { $0 }.max() ?? 1
        worstCaseSeconds = WorstCaseTime(flow, cycles: analysis).seconds
        var handled = 0, raisable = 0
        for block in flow.blocks {
            let errors = block.raisableErrors
            let branches = block.handledErrors
            raisable += errors.count
            handled += branches.contains("NoMatchingError") ? errors.count : errors.filter(branches.contains).count
        }
        (handledErrors, raisableErrors) = (handled, raisable)
    }
}
