import Foundation

/// An exclusive hold on an output folder for one build: `flock` on the folder itself, so no lock
/// file is left behind and the kernel lets go when the process ends, however it ends. A second
/// build into the same folder fails at once, before it reads or writes anything there, instead
/// of interleaving its files with the first one's (issue 14).
final class OutputLock {
    private let descriptor: Int32

    /// Takes the folder (which must exist), or says who cannot.
    init(_ path: String) throws {
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw IOFailure(message: "cannot open the output folder '\(path)': \(String(cString: strerror(errno))); nothing was written")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw IOFailure(message: busy
                ? "another flowc build is writing into '\(path)'; nothing was written. Build again when it has finished"
                : "cannot lock the output folder '\(path)': \(reason); nothing was written")
        }
    }

    deinit { close(descriptor) }
}
