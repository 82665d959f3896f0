#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a document into paragraphs.
///
/// A blank line always ends a paragraph. A single line break ends one too, except in
/// hard-wrapped text (wire copy wrapped at about 65 columns), where it is a soft wrap and a
/// new paragraph starts at an indented line or after a short line ending a sentence.
public enum ParagraphSplitter {
    /// The paragraphs' spans (trimmed, never empty), in order.
    public static func split(_ bytes: [UInt8]) -> [ByteSpan] {
        bytes.withUnsafeBufferPointer { split($0) }
    }

    /// The paragraphs' spans of a buffer.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [ByteSpan] {
        var i = 0
        let n = bytes.count
        // Room for lines of about 60 bytes (wire copy wraps at 65 columns), so few documents
        // grow the array.
        var lines: [ByteSpan] = []
        lines.reserveCapacity(n / 60 + 8)
        while i < n {
            // memchr finds the line's end (vectorised in libc).
            var j = n
            if let base = bytes.baseAddress, let hit = memchr(base + i, 10, n - i) {
                j = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            }
            lines.append(ByteSpan(i, j))
            i = j + 1
        }
        if n > 0, bytes[n - 1] == 10 { lines.append(ByteSpan(n, n)) }
        let trimmed = lines.map { Bytes.trim(bytes, $0) }
        let wrapped = isHardWrapped(trimmed)
        var out: [ByteSpan] = []
        out.reserveCapacity(trimmed.count)
        var current: ByteSpan? = nil
        var previous: ByteSpan? = nil
        for (k, t) in trimmed.enumerated() {
            if t.isEmpty {
                if let c = current { out.append(c) }
                current = nil
                previous = nil
                continue
            }
            if wrapped, var c = current, let prev = previous {
                let indented = lines[k].start < t.start
                let shortEnd = prev.count < 40 && endsSentence(bytes, prev)
                if !indented && !shortEnd {
                    c.end = t.end
                    current = c
                    previous = t
                    continue
                }
            }
            if let c = current { out.append(c) }
            current = t
            previous = t
        }
        if let c = current { out.append(c) }
        return out
    }

    /// Hard-wrapped text: most lines of several-line blocks are 30 to 90 bytes long.
    static func isHardWrapped(_ lines: [ByteSpan]) -> Bool {
        var nonEmpty = 0, wrapLike = 0, long = 0, continued = 0
        for (k, l) in lines.enumerated() where !l.isEmpty {
            nonEmpty += 1
            if l.count > 100 { long += 1 }
            if k + 1 < lines.count, !lines[k + 1].isEmpty {
                continued += 1
                if l.count >= 30 && l.count <= 90 { wrapLike += 1 }
            }
        }
        guard nonEmpty >= 4, continued >= 3 else { return false }
        return long * 10 <= nonEmpty && wrapLike * 10 >= continued * 7
    }

    static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ span: ByteSpan) -> Bool {
        var e = span.end
        while e > span.start, Punct.closerLength(bytes, e - 1) == 1 { e -= 1 }
        guard e > span.start else { return false }
        let c = bytes[e - 1]
        return c == 46 || c == 33 || c == 63 || c == 58 || c == 0x9D
    }
}
