/// A set of small non-negative integers as 64-bit words: the per-block sets of the data-flow
/// analyses, where union is the join and it is word-parallel.
struct BitSet: Hashable, Sendable {
    private(set) var words: [UInt64]

    init() { words = [] }

    init(_ members: some Sequence<Int>) {
        self.init()
        for member in members { insert(member) }
    }

    func contains(_ member: Int) -> Bool {
        let word = member >> 6
        return word < words.count && words[word] & (1 << UInt64(member & 63)) != 0
    }

    mutating func insert(_ member: Int) {
        let word = member >> 6
        if word >= words.count { words += [UInt64](repeating: 0, count: word - words.count + 1) }
        words[word] |= 1 << UInt64(member & 63)
    }

    /// Adds every member of `other`; returns whether anything was added.
    @discardableResult
    mutating func formUnion(_ other: BitSet) -> Bool {
        if other.words.count > words.count { words += [UInt64](repeating: 0, count: other.words.count - words.count) }
        var changed = false
        for (position, word) in other.words.enumerated() where words[position] | word != words[position] {
            words[position] |= word
            changed = true
        }
        return changed
    }

    func union(_ other: BitSet) -> BitSet {
        var result = self
        result.formUnion(other)
        return result
    }

    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    /// The members, ascending.
    var members: [Int] {
        var result: [Int] = []
        for (position, word) in words.enumerated() where word != 0 {
            for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 { result.append(position << 6 | bit) }
        }
        return result
    }

    static func == (lhs: BitSet, rhs: BitSet) -> Bool {
        let count = max(lhs.words.count, rhs.words.count)
        return (0..<count).allSatisfy { (lhs.words.indices.contains($0) ? lhs.words[$0] : 0) == (rhs.words.indices.contains($0) ? rhs.words[$0] : 0) }
    }

    func hash(into hasher: inout Hasher) {
        var trimmed = words
        while trimmed.last == 0 { trimmed.removeLast() }
        hasher.combine(trimmed)
    }
}
