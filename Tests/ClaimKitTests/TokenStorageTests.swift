import XCTest
@testable import ClaimKit

/// The time tagger's token blocks are kept per thread between documents; a reused block must
/// give the same tokens as a fresh one.
final class TokenStorageTests: XCTestCase {
    /// Runs `body` on a thread of its own, so what the test's thread kept does not interfere.
    private func onNewThread(_ body: @escaping @Sendable () -> Void) {
        let done = expectation(description: "thread")
        let thread = Thread {
            body()
            done.fulfill()
        }
        thread.start()
        wait(for: [done], timeout: 10)
    }

    func testReleasedBlockIsReusedForASmallerBuffer() {
        onNewThread {
            let first = TokenBuffer(capacity: 500)
            let firstBase = first.base, firstCapacity = first.capacity
            XCTAssertGreaterThanOrEqual(firstCapacity, 500)
            first.release()
            let second = TokenBuffer(capacity: 100)
            XCTAssertEqual(second.base, firstBase, "the kept block serves a smaller buffer")
            XCTAssertEqual(second.capacity, firstCapacity, "with all of its room")
            // The empty token before the first is reset for the scanner.
            XCTAssertEqual(second.base[-1].end, 0)
            XCTAssertEqual(second.base[-1].kind, .punct)
            second.release()
        }
    }

    func testTheLargerBlockIsKept() {
        onNewThread {
            let small = TokenBuffer(capacity: 50)
            let smallBase = small.base
            // Taken while the small one is out: a new block.
            let large = TokenBuffer(capacity: 5000)
            XCTAssertNotEqual(large.base, smallBase)
            let largeBase = large.base
            small.release()
            large.release()
            let next = TokenBuffer(capacity: 20)
            XCTAssertEqual(next.base, largeBase, "the larger of two given back is the one kept")
            next.release()
            // A request over the kept block's room gets a new block.
            let bigger = TokenBuffer(capacity: 10_000)
            XCTAssertNotEqual(bigger.base, largeBase)
            XCTAssertGreaterThanOrEqual(bigger.capacity, 10_000)
            bigger.release()
        }
    }

    func testBlocksOverTheCapAreNotKept() {
        onNewThread {
            let kept = TokenBuffer(capacity: 64)
            let keptBase = kept.base
            kept.release()
            let huge = TokenBuffer(capacity: TokenStorage.keptCapacity * 2)
            XCTAssertNotEqual(huge.base, keptBase, "the kept block is too small for it")
            huge.release()
            // The huge block was freed on release, not kept in place of the small one (which
            // was too small to be taken for it, so it stayed kept).
            let after = TokenBuffer(capacity: 16)
            XCTAssertEqual(after.base, keptBase)
            XCTAssertLessThanOrEqual(after.capacity, TokenStorage.keptCapacity)
            after.release()
        }
    }

    /// Tokens on a reused (and grown) block equal those of a fresh block, across texts whose
    /// lengths make the buffer grow and shrink.
    func testReusedBlocksGiveTheSameTokens() {
        let texts = [
            String(repeating: "On Monday, January 6, 2025, at 4:32 AM the launch came. ", count: 40),
            "Short text on Jan. 6.",
            String(repeating: "word ", count: 3000) + "in 2024",
            "Since November 5 and two weeks before the inauguration.",
        ]
        @Sendable func tokens(_ text: String) -> [[Int]] {
            let bytes = [UInt8](text.utf8)
            return bytes.withUnsafeBufferPointer { p -> [[Int]] in
                let buffer = TimeTokenizer.tokenize(p)
                defer { buffer.release() }
                var out: [[Int]] = []
                for t in buffer.tokens {
                    let fields: [Int] = [Int(t.start), Int(t.end), Int(t.kind.rawValue), Int(t.flags),
                                         Int(t.lex.word.rawValue), Int(t.lex.value), Int(t.num)]
                    out.append(fields)
                }
                out.append(buffer.startIndices.map { Int($0) })
                return out
            }
        }
        let fresh = texts.map { text -> [[Int]] in
            // A thread of its own for each: nothing kept before the first buffer.
            nonisolated(unsafe) var out: [[Int]] = []
            onNewThread { out = tokens(text) }
            return out
        }
        onNewThread {
            for _ in 0..<2 {
                for (k, text) in texts.enumerated() { XCTAssertEqual(tokens(text), fresh[k], "text \(k)") }
            }
        }
        XCTAssertGreaterThan(fresh[2].count, 2)
    }
}
