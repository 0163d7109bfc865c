import FlowCore

/// Connect `Identifier`s for a flow's blocks: the block id itself when Connect accepts it, so
/// flows stay readable in the designer and in diffs.
///
/// Rules (`ConnectLimits`, reference §1.3): at most 50 characters; none of
/// `% : ( \ / ) = $ , ; [ ] { }`; not a JavaScript object name such as `constructor`; unique. Longer ids
/// keep their first 41 characters plus a hash of the whole id, so they stay stable and distinct.
public struct ConnectIdentifiers: Sendable {
    public static let maximumLength = ConnectLimits.identifierLength

    private let identifiers: [BlockID: String]

    /// Identifiers for `blocks`, assigned in order so that the result is deterministic.
    public init(_ blocks: [BlockID]) {
        var identifiers: [BlockID: String] = [:]
        var taken = Set<String>()
        for id in blocks where identifiers[id] == nil {
            var candidate = Self.candidate(for: id.rawValue)
            var serial = 2
            while taken.contains(candidate) {
                let suffix = "-\(serial)"
                candidate = String(Self.candidate(for: id.rawValue).prefix(Self.maximumLength - suffix.count)) + suffix
                serial += 1
            }
            taken.insert(candidate)
            identifiers[id] = candidate
        }
        self.identifiers = identifiers
    }

    /// The identifier of a block; a block not given to `init` gets its candidate identifier.
    public subscript(id: BlockID) -> String { identifiers[id] ?? Self.candidate(for: id.rawValue) }

    /// Whether Connect accepts `identifier` as it stands.
    public static func isValid(_ identifier: String) -> Bool { ConnectLimits.identifierProblem(identifier) == nil }

    static func candidate(for name: String) -> String {
        var cleaned = String(name.map { ConnectLimits.forbiddenIdentifierCharacters.contains($0) ? "-" : $0 })
        if cleaned.isEmpty || ConnectLimits.forbiddenIdentifiers.contains(cleaned) { cleaned += "-block" }
        guard cleaned.count > maximumLength else { return cleaned }
        return String(cleaned.prefix(maximumLength - 9)) + "-" + fnv1a(name)
    }

    /// 32-bit FNV-1a of the UTF-8 bytes, as 8 hex digits: short, stable across runs and platforms.
    static func fnv1a(_ text: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
