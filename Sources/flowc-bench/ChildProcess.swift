import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One run of a program, as a user runs it: the whole process from spawn to exit.
struct Measurement {
    /// Seconds from spawn to exit.
    var wall: Double
    /// Seconds of CPU, user and system, on all cores.
    var cpu: Double
    /// The process's peak resident memory, in bytes.
    var peakBytes: Int
}

/// Runs programs and measures them. Each runs under GNU time (`/usr/bin/time`, Debian's `time`),
/// whose report gives its peak memory: a child spawned from this process starts with this
/// process's peak as its own (Linux carries the parent's high-water mark over `vfork` and
/// `exec`), which a small intermediary does not have.
enum ChildProcess {
    static let time = "/usr/bin/time"

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `program` with `arguments` (output to /dev/null, errors kept) and measures it; throws
    /// when it exits with a status other than `allowed`.
    static func measure(_ program: String, _ arguments: [String], allowed: Set<Int32> = [0]) throws -> Measurement {
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("flowc-bench-\(getpid()).err").path
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("flowc-bench-\(getpid()).time").path
        defer { unlink(errors); unlink(report) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([time, "--format=%U %S %M", "--output=\(report)", program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let start = DispatchTime.now()
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, time, &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot run \(time) (Debian's time): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(description: "cannot wait for \(program): \(String(cString: strerror(errno)))") }
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let signal = status & 0x7f, code = (status >> 8) & 0xff
        guard signal == 0, allowed.contains(code) else {
            let message = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            throw Failure(description: "\(([program] + arguments.prefix(4)).joined(separator: " ")) "
                            + (signal == 0 ? "exited \(code)" : "was killed by signal \(signal)") + ": \(message.prefix(600))")
        }
        // The report's last line (a killed child adds one before it): user s, system s, peak KB.
        let fields = ((try? String(contentsOfFile: report, encoding: .utf8)) ?? "").split(separator: "\n").last?
            .split(separator: " ").compactMap { Double($0) } ?? []
        guard fields.count == 3 else { throw Failure(description: "\(time) gave no report for \(program)") }
        return Measurement(wall: wall, cpu: fields[0] + fields[1], peakBytes: Int(fields[2]) * 1024)
    }

    /// The one-minute load average, to note beside the figures.
    static func load() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3).joined(separator: " ")
    }
}
