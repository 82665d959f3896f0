#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file whole or not at all: a temporary file beside it, then a rename.
enum AtomicFile {
    /// Writes `bytes` to `path`, replacing it atomically.
    static func write(_ bytes: [UInt8], to path: String) throws(ShellError) {
        let tmp = path + ".tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw ShellError("cannot write \(path): \(String(cString: strerror(errno)))") }
        var ok = bytes.withUnsafeBytes { Console.writeAll(fd, $0) }
        let why = String(cString: strerror(errno))
        if fsync(fd) != 0 { ok = false }
        close(fd)
        guard ok else {
            unlink(tmp)
            throw ShellError("cannot write \(path): \(why)")
        }
        guard rename(tmp, path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(tmp)
            throw ShellError("cannot write \(path): \(why)")
        }
    }
}
