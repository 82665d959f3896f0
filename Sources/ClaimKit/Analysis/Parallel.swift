import Dispatch

/// Work split over every core, results kept in input order.
enum Parallel {
    /// How many pieces `count` items are cut into: a few per core, so an uneven piece does not
    /// leave a core idle, and none for tiny inputs.
    static func pieces(_ count: Int, minimum: Int) -> Int {
        guard count > minimum else { return 1 }
        return max(1, min(System.coreCount * 4, count / minimum))
    }

    /// `body` applied to each of `pieces` consecutive ranges covering `0..<count`, on all cores;
    /// the results in range order.
    static func mapRanges<T: Sendable>(_ count: Int, pieces: Int, _ body: @Sendable (Range<Int>) -> T) -> [T] {
        let n = max(1, min(pieces, max(1, count)))
        if n == 1 { return [body(0..<count)] }
        var out = [T?](repeating: nil, count: n)
        out.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeMutableSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: n) { k in
                slots.buffer[k] = body((count * k / n)..<(count * (k + 1) / n))
            }
        }
        return out.compactMap { $0 }
    }
}
