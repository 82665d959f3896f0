import Foundation

/// The memory of the time tagger's token buffers, one block kept per thread between documents.
///
/// A document's tokens are written once and read a few times, then the buffer is freed. Given
/// a fresh block from `malloc` for each document, the tokens went to whatever memory the heap's
/// free lists held: after the rest of an analysis had fragmented the heap, each document wrote
/// to lines not in the cache, and the tagger ran about 6% slower than in a fresh process. The
/// block a thread's last document used is still warm, so it is reused.
///
/// A block is one allocation: a 16-byte header holding its capacity, then `capacity + 1` tokens
/// (the first an empty token, so a scanner may read "the last token" of an empty buffer), then
/// `capacity` start indices.
enum TokenStorage {
    /// The largest block kept (in tokens, about 1.3 MB): a bigger one is freed, not kept.
    static let keptCapacity = 1 << 16

    /// The thread-specific slot of the kept block; `nil` if the system had no key to give
    /// (blocks are then never kept).
    private static let key: pthread_key_t? = {
        var key = pthread_key_t()
        // The block a thread kept is freed when the thread ends.
        guard pthread_key_create(&key, { $0?.deallocate() }) == 0 else { return nil }
        return key
    }()

    private static let headerBytes = 16

    /// The bytes of a block of `capacity` tokens.
    private static func byteCount(_ capacity: Int) -> Int {
        headerBytes + (capacity + 1) * MemoryLayout<TimeToken>.stride + capacity * MemoryLayout<Int32>.stride
    }

    /// A block of at least `capacity` tokens (the thread's kept block when it is big enough, or
    /// a new one): its empty token, its first token slot, its start indices and its capacity.
    static func take(_ capacity: Int) -> (tokens: UnsafeMutablePointer<TimeToken>, starts: UnsafeMutablePointer<Int32>, capacity: Int) {
        let block: UnsafeMutableRawPointer
        if let key, let kept = pthread_getspecific(key), kept.load(as: Int.self) >= capacity {
            pthread_setspecific(key, nil)
            block = kept
        } else {
            block = UnsafeMutableRawPointer.allocate(byteCount: byteCount(capacity), alignment: 16)
            block.storeBytes(of: capacity, as: Int.self)
        }
        let room = block.load(as: Int.self)
        let tokenBytes = (room + 1) * MemoryLayout<TimeToken>.stride
        let tokens = (block + headerBytes).bindMemory(to: TimeToken.self, capacity: room + 1)
        tokens.initialize(to: TimeToken(start: 0, end: 0, kind: .punct, flags: 0, lex: .none, num: 0))
        let starts = (block + headerBytes + tokenBytes).bindMemory(to: Int32.self, capacity: room)
        return (tokens + 1, starts, room)
    }

    /// Gives back the block whose first token slot is `tokens` (from `take`): kept for the
    /// thread's next document when it is the larger of it and the block already kept (and not
    /// over `keptCapacity`), else freed.
    static func give(_ tokens: UnsafeMutablePointer<TimeToken>) {
        let block = UnsafeMutableRawPointer(tokens - 1) - headerBytes
        let capacity = block.load(as: Int.self)
        guard let key, capacity <= keptCapacity else {
            block.deallocate()
            return
        }
        if let kept = pthread_getspecific(key) {
            if kept.load(as: Int.self) >= capacity {
                block.deallocate()
                return
            }
            kept.deallocate()
        }
        if pthread_setspecific(key, block) != 0 { block.deallocate() }
    }
}
