import CEditLine
#if canImport(Glibc)
import Glibc
#endif

/// Reads command lines: with libedit (editing, history, completion) on a terminal, plainly otherwise.
public protocol LineReader {
    /// The next line; nil at end of input. An abandoned line (Ctrl-C) comes back as "".
    mutating func read(prompt: String) -> String?
    /// Saves history, if the reader keeps any.
    func close()
}

/// Plain line reading from standard input, for pipes and files: no prompt unless asked.
public struct PlainLineReader: LineReader {
    /// Where to write a prompt, if anywhere (standard error when output is piped).
    var promptFD: Int32?

    /// Creates a reader; `promptFD` is where prompts go, nil for none.
    public init(promptFD: Int32? = nil) { self.promptFD = promptFD }

    public mutating func read(prompt: String) -> String? {
        if let fd = promptFD { Console.write(fd, prompt) }
        return Swift.readLine(strippingNewline: true)
    }

    public func close() {}
}

/// The function completion asks for candidates: (text before the word, the word) → candidates,
/// or nil to fall back to file-name completion.
public typealias CompletionProvider = (_ before: String, _ word: String) -> [String]?

/// The completion provider libedit's C callback reaches; set by `EditLineReader`.
nonisolated(unsafe) var activeCompletion: CompletionProvider? = nil

/// libedit's readline, with history kept in a file and tab completion from the registry.
public final class EditLineReader: LineReader {
    let historyPath: String?

    /// Sets up libedit: locale (or non-ASCII input is dropped), history, completion, Ctrl-C.
    public init(historyPath: String?, completion: @escaping CompletionProvider) {
        if setlocale(LC_CTYPE, "") == nil { setlocale(LC_CTYPE, "C.UTF-8") }
        self.historyPath = historyPath
        ceditline_set_name("claims")
        using_history()
        stifle_history(2000)
        if let path = historyPath { read_history(path) }
        activeCompletion = completion
        ceditline_set_word_break(" \t\n")
        ceditline_set_completion(claimsComplete)
        ceditline_install_sigint()
    }

    public func read(prompt: String) -> String? {
        _ = ceditline_take_sigint()
        guard let raw = readline(prompt) else {
            if ceditline_take_sigint() != 0 {
                Console.write(1, "^C\n")
                return ""
            }
            return nil
        }
        let line = String(cString: raw)
        free(raw)
        if !line.trimmingSpaces.isEmpty {
            if ceditline_last_history().map({ String(cString: $0) }) != line { add_history(line) }
            if let path = historyPath { write_history(path) }
        }
        return line
    }

    public func close() {
        if let path = historyPath { write_history(path) }
    }

    /// Whether Ctrl-C was pressed since the last check (without clearing it).
    public static var interruptPending: Bool { ceditline_peek_sigint() != 0 }
    /// Clears a pending Ctrl-C.
    public static func clearInterrupt() { _ = ceditline_take_sigint() }
}

/// libedit's completion callback: asks `activeCompletion` and hands back malloc'd matches.
private func claimsComplete(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    guard let provider = activeCompletion, let text else { return nil }
    let word = String(cString: text)
    let lineBytes = ceditline_line_buffer().map { Array(String(cString: $0).utf8) } ?? []
    let before = String(decoding: lineBytes.prefix(max(0, Int(start))), as: UTF8.self)
    guard let candidates = provider(before, word) else {
        ceditline_set_attempted_over(0)
        return nil
    }
    ceditline_set_attempted_over(1)
    guard !candidates.isEmpty else { return nil }
    let single = candidates.count == 1
    ceditline_set_completion_append(single && !(candidates[0].hasSuffix(":") || candidates[0].hasSuffix("/")) ? 32 : 0)
    let first = single ? candidates[0] : commonPrefix(candidates)
    let list = [first] + (single ? [] : candidates)
    guard let out = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (list.count + 1))?
        .bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: list.count + 1) else { return nil }
    for (k, s) in list.enumerated() { out[k] = strdup(s) }
    out[list.count] = nil
    return out
}

private func commonPrefix(_ list: [String]) -> String {
    guard var prefix = list.first.map(Array.init) else { return "" }
    for s in list.dropFirst() {
        let other = Array(s)
        var n = 0
        while n < prefix.count, n < other.count, prefix[n] == other[n] { n += 1 }
        prefix.removeSubrange(n...)
    }
    return String(prefix)
}

extension String {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}
