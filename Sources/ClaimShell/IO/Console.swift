#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the shell writes: standard output for results, standard error for messages.
/// Tests give it buffers instead.
public final class Console {
    /// Writes results.
    public var out: (String) -> Void
    /// Writes messages and errors.
    public var err: (String) -> Void
    /// Whether standard output is a terminal.
    public var outIsTerminal: Bool
    /// Whether standard error is a terminal.
    public var errIsTerminal: Bool

    /// A console on the process's standard output and error.
    public static func standard() -> Console {
        Console(
            out: { s in Console.write(1, s) },
            err: { s in Console.write(2, s) },
            outIsTerminal: isatty(1) == 1, errIsTerminal: isatty(2) == 1)
    }

    /// A console writing to the given closures.
    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void, outIsTerminal: Bool = false, errIsTerminal: Bool = false) {
        self.out = out
        self.err = err
        self.outIsTerminal = outIsTerminal
        self.errIsTerminal = errIsTerminal
    }

    /// Writes a line of results.
    public func line(_ s: String = "") { out(s + "\n") }
    /// Writes a line to standard error.
    public func message(_ s: String) { err(s + "\n") }

    /// The terminal's width in columns, if standard output is a terminal.
    public var terminalWidth: Int? {
        guard outIsTerminal else { return nil }
        var ws = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return Int(ws.ws_col) }
        return 80
    }

    static func write(_ fd: Int32, _ s: String) {
        var s = s
        s.withUTF8 { buf in _ = writeAll(fd, UnsafeRawBufferPointer(buf)) }
    }

    /// Writes every byte, retrying after signals; false on an error (errno says which).
    static func writeAll(_ fd: Int32, _ buf: UnsafeRawBufferPointer) -> Bool {
        guard var p = buf.baseAddress else { return true }
        var left = buf.count
        while left > 0 {
            let n = Glibc.write(fd, p, left)
            if n < 0 { if errno == EINTR { continue } else { return false } }
            left -= n
            p += n
        }
        return true
    }
}
