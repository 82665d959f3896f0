/// Word-level diffs built on the standard library's `CollectionDifference`.
public enum WordDiff {
    /// The diff from `old` to `new` display words, comparing them by `oldKeys` / `newKeys`
    /// (normalised forms, same counts as the words). Adjacent words of one kind are joined.
    public static func segments(old: [String], new: [String], oldKeys: [String], newKeys: [String]) -> [WordDiffSegment] {
        let difference = newKeys.difference(from: oldKeys)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case let .remove(offset, _, _): removed.insert(offset)
            case let .insert(offset, _, _): inserted.insert(offset)
            }
        }
        var out: [WordDiffSegment] = []
        func push(_ kind: Int, _ word: String) {
            if let last = out.last {
                switch (last, kind) {
                case let (.same(s), 0): out[out.count - 1] = .same(s + " " + word); return
                case let (.removed(s), 1): out[out.count - 1] = .removed(s + " " + word); return
                case let (.added(s), 2): out[out.count - 1] = .added(s + " " + word); return
                default: break
                }
            }
            out.append(kind == 0 ? .same(word) : kind == 1 ? .removed(word) : .added(word))
        }
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, removed.contains(i) { push(1, old[i]); i += 1; continue }
            if j < new.count, inserted.contains(j) { push(2, new[j]); j += 1; continue }
            if i < old.count, j < new.count { push(0, new[j]); i += 1; j += 1; continue }
            // Only reached if the difference and the arrays disagree; emit the rest plainly.
            if i < old.count { push(1, old[i]); i += 1 } else { push(2, new[j]); j += 1 }
        }
        return out
    }

    /// The diff as plain text in wdiff style: `same [-removed-]{+added+} same` (a replacement's
    /// two halves touch).
    public static func plain(_ segments: [WordDiffSegment]) -> String {
        var out = ""
        var previousRemoved = false
        for s in segments {
            let part: String
            switch s {
            case let .same(t): part = t
            case let .removed(t): part = "[-" + t + "-]"
            case let .added(t): part = "{+" + t + "+}"
            }
            var isAdded = false
            if case .added = s { isAdded = true }
            if !out.isEmpty && !(previousRemoved && isAdded) { out += " " }
            out += part
            if case .removed = s { previousRemoved = true } else { previousRemoved = false }
        }
        return out
    }
}
