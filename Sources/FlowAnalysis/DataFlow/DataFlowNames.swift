import FlowCore

/// What may have written `$.External` last: no Lambda yet, a failed or asynchronous call,
/// whatever the flow that transferred here had, or a Lambda function's successful synchronous
/// call.
enum ExternalSource: Hashable, Sendable {
    case noLambda
    case failedCall
    case asynchronousCall
    /// What the caller's `$.External` held on entry to the flow (resolved across flows).
    case caller
    /// A function by its name in flowc.yaml, or by its ARN in Connect JSON.
    case function(String)
}

/// The names the data-flow analysis counts with, each given a small integer for the bit sets:
/// Lambda sources and contact attributes. Attribute 0 stands for "any attribute", what a
/// module flowc cannot see may set.
struct DataFlowNames {
    static let anyAttribute = 0

    static let noLambda = 0, caller = 3

    private(set) var sources: [ExternalSource] = [.noLambda, .failedCall, .asynchronousCall, .caller]
    private var sourceIndex: [ExternalSource: Int] = [.noLambda: 0, .failedCall: 1, .asynchronousCall: 2, .caller: 3]
    private(set) var attributes: [String] = ["*"]
    private var attributeIndex: [String: Int] = [:]

    mutating func index(of source: ExternalSource) -> Int {
        if let index = sourceIndex[source] { return index }
        sources.append(source)
        sourceIndex[source] = sources.count - 1
        return sources.count - 1
    }

    mutating func index(ofAttribute name: String) -> Int {
        if let index = attributeIndex[name] { return index }
        attributes.append(name)
        attributeIndex[name] = attributes.count - 1
        return attributes.count - 1
    }

    /// The index of an attribute already counted, if any.
    func existingIndex(ofAttribute name: String) -> Int? { attributeIndex[name] }
}

/// What a flow knows about a contact's data on entry to a block, relative to the flow's start:
/// which programs may have written `$.External` last (`caller` standing for whatever it held at
/// the start), which contact attributes some path has set since the start, and whether some
/// path from the start has stored no customer input (then the value is whatever it was at the
/// start). `ProjectDataFlow` resolves the start from the flow's callers.
struct ContactDataState: Equatable, Sendable {
    var lambdas: BitSet
    var attributes: BitSet
    var storedInputFromStart: Bool

    /// The state at a flow's start, before anything has run.
    static let start = ContactDataState(lambdas: BitSet([DataFlowNames.caller]), attributes: BitSet(), storedInputFromStart: true)

    /// Joins another path's state into this one; returns whether anything changed.
    mutating func join(_ other: ContactDataState) -> Bool {
        let lambdasChanged = lambdas.formUnion(other.lambdas)
        let attributesChanged = attributes.formUnion(other.attributes)
        let storedChanged = other.storedInputFromStart && !storedInputFromStart
        storedInputFromStart = storedInputFromStart || other.storedInputFromStart
        return lambdasChanged || attributesChanged || storedChanged
    }
}
