/// Collects the per-document results of an analysis into the corpus arrays, in document order.
///
/// The analysis runs in blocks of documents; a block's results are merged while the next block
/// is analysed (the merge is one iteration of that block's parallel loop), so no core waits on
/// it. Its state is touched by one thread at a time: the iteration that merges, or the calling
/// thread between two parallel loops (each loop's end orders the writes before what follows).
final class AnalysisMerger: @unchecked Sendable {
    var documents: [Document]
    var segmentations: [Segmentation] = []
    var claims: [Claim] = [], quotes: [Quote] = [], times: [TimeExpression] = [], quantities: [Quantity] = []
    var ranges: [Range<Int>] = []
    /// A block analysed and not yet merged: its results and its first document.
    var pending: (results: [DocumentAnalysis?], start: Int)? = nil
    private let totalBytes: Int
    private var doneBytes = 0

    init(_ documents: [Document]) {
        self.documents = documents
        totalBytes = max(1, documents.reduce(0) { $0 + $1.bytes.count })
        segmentations.reserveCapacity(documents.count)
        ranges.reserveCapacity(documents.count)
    }

    /// Merges the pending block, if any, freeing each document's results as it goes.
    func mergePending() {
        guard var block = pending else { return }
        pending = nil
        merge(&block.results, from: block.start)
    }

    private func merge(_ results: inout [DocumentAnalysis?], from blockStart: Int) {
        for i in blockStart..<(blockStart + results.count) { doneBytes += documents[i].bytes.count }
        // Capacity for the whole corpus, projected from the text analysed so far (a little
        // over), so the merged arrays do not double and copy as they grow.
        func reserve<T>(_ a: inout [T], adding n: Int) {
            guard a.count + n > a.capacity else { return }
            let projected = Int(Double(a.count + n) * Double(totalBytes) / Double(max(1, doneBytes)) * 1.05) + 16
            a.reserveCapacity(max(a.count + n, projected))
        }
        var nClaims = 0, nQuotes = 0, nTimes = 0, nQuantities = 0
        for r in results {
            guard let r else { continue }
            nClaims += r.claims.count
            nQuotes += r.quotes.count
            nTimes += r.times.count
            nQuantities += r.quantities.count
        }
        reserve(&claims, adding: nClaims)
        reserve(&quotes, adding: nQuotes)
        reserve(&times, adding: nTimes)
        reserve(&quantities, adding: nQuantities)
        for k in results.indices {
            guard let r = results[k] else { continue }
            results[k] = nil
            let i = blockStart + k
            if documents[i].source == nil, let s = r.segmentation.namedSource {
                documents[i].source = s
                documents[i].sourceBasis = .text
            }
            if documents[i].published == nil, let d = r.statedDate {
                documents[i].published = d
                documents[i].publishedBasis = .text
            }
            segmentations.append(r.segmentation)
            ranges.append(claims.count..<(claims.count + r.claims.count))
            claims += r.claims
            quotes += r.quotes
            times += r.times
            quantities += r.quantities
        }
    }
}
