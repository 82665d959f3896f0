import ClaimKit

/// Renders word diffs: coloured (struck red / underlined green) in a terminal,
/// `[-removed-]{+added+}` in plain output.
struct DiffView {
    let style: Style

    func render(_ diff: [WordDiffSegment]) -> String {
        guard style.enabled else { return WordDiff.plain(diff) }
        return diff.map { seg -> String in
            switch seg {
            case .same(let t): return t
            case .removed(let t): return style.removed(t)
            case .added(let t): return style.added(t)
            }
        }.joined(separator: " ")
    }
}
