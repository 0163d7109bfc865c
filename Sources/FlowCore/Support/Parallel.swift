import Dispatch

/// Independent work spread over the machine's cores.
public enum Parallel {
    /// `items.map(transform)` with the calls spread over the cores; the results in the items'
    /// order, so what comes out is the same however the work was scheduled. `transform` must not
    /// share mutable state between items.
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        var results = [Result?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each index is written by one call only, so the writes never overlap.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                slots[index] = transform(items[index])
            }
        }
        return results.map { $0! }
    }
}
