import AWSClients
import Foundation

/// A lock held: until `validUntil` (by the lock's clock), unless renewed with a heartbeat.
///
/// `fencingToken` grows by one with every acquisition of the key, across owners and
/// takeovers, and never goes back (a released lock's item is kept, not deleted). A write to
/// a shared record made under the lock carries the token and is refused when the record has
/// seen a newer one, so a holder that stalled past its lease cannot overwrite its successor's
/// work (Kleppmann, "How to do distributed locking", 2016).
public struct Lease: Sendable, Equatable {
    public let key: String
    public let owner: String
    /// Changes with every write to the lock's item; contenders watch it to see the holder alive.
    public let recordVersion: String
    public let fencingToken: UInt64
    public let leaseDuration: Duration
    /// The holder's own bound: the time its last write was sent plus the lease. A contender
    /// starts its count only after it has read that write, so it never takes over sooner.
    public let validUntil: Date
}

/// Why a lock could not be had or kept.
public enum LockError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Another owner held the key for the whole time allowed to wait.
    case timedOut(key: String, holder: String?)
    /// The lease was lost: another owner took the key over, or it was released.
    case lost(key: String)
    /// The lock table could not be read or written.
    case storage(AWSError)

    public var description: String {
        switch self {
        case .timedOut(let key, let holder): "lock '\(key)' still held\(holder.map { " by \($0)" } ?? "") when the wait ran out"
        case .lost(let key): "lock '\(key)' was lost: another owner took it over"
        case .storage(let error): "the lock table failed: \(error)"
        }
    }
}

/// The lock's item in DynamoDB: one per key, never deleted.
struct LockItem: Equatable {
    static let keyAttribute = "lockKey"

    var key: String
    var owner: String
    var recordVersion: String
    var fencingToken: UInt64
    var leaseDurationMilliseconds: Int64
    var released: Bool

    init(key: String, owner: String, recordVersion: String, fencingToken: UInt64, leaseDurationMilliseconds: Int64, released: Bool) {
        self.key = key
        self.owner = owner
        self.recordVersion = recordVersion
        self.fencingToken = fencingToken
        self.leaseDurationMilliseconds = leaseDurationMilliseconds
        self.released = released
    }

    /// Nil for an item that is not a lock's (a missing or malformed attribute).
    init?(_ attributes: [String: AttributeValue]) {
        guard case .string(let key) = attributes[Self.keyAttribute], case .string(let owner) = attributes["owner"],
              case .string(let version) = attributes["recordVersion"],
              case .number(let token) = attributes["fencingToken"], let fencingToken = UInt64(token),
              case .number(let lease) = attributes["leaseDurationMs"], let milliseconds = Int64(lease) else { return nil }
        let released = if case .bool(true) = attributes["released"] { true } else { false }
        self.init(key: key, owner: owner, recordVersion: version, fencingToken: fencingToken,
                  leaseDurationMilliseconds: milliseconds, released: released)
    }

    var attributes: [String: AttributeValue] {
        [Self.keyAttribute: .string(key), "owner": .string(owner), "recordVersion": .string(recordVersion),
         "fencingToken": .number(String(fencingToken)), "leaseDurationMs": .number(String(leaseDurationMilliseconds)),
         "released": .bool(released)]
    }
}
