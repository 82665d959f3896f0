import XCTest
@testable import ClaimKit

/// Whatever the text, the pipeline neither crashes nor produces spans that do not slice.
final class RobustnessTests: XCTestCase {
    /// Pieces news text is made of, including the awkward ones: unbalanced and curly quotes,
    /// NYT double apostrophes, abbreviations, dates, numbers, odd white space, multi-byte letters.
    static let pieces = ["“", "”", "\"", "''", "‘", "’", "'", ".", "...", "…", "?", "!", ",", ":", ";", " - ", "—", "(", ")",
        "\n", "\n\n", "    ", "\t", "\u{00A0}", "U.S.", "Mr.", "Jan.", "Jan 6th", "January 6, 2025", "6 January 2025",
        "2025-01-06", "Monday", "last year", "two weeks ago", "around noon", "4:32 AM", "1,100", "3.5", "$10 billion",
        "said", "he said", "said Blinken", "according to", "told reporters", "Kim Jong-un", "Blinken", "She", "the minister",
        "Read More:", "0 Comments", "https://x.example/a.jpg", "REUTERS", "Name/Getty", "한국", "é", "😀", "the", "missile",
        "launched", "Q3", "1990s", "every Monday", "annually", "since", "before", "after", "#", "\\", "{", "}"]

    func randomText(_ rng: inout some RandomNumberGenerator, length: Int) -> String {
        var s = ""
        for _ in 0..<length {
            s += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &rng)]
            if Bool.random(using: &rng) { s += " " }
        }
        return s
    }

    func testRandomTextsNeverCrashAndSpansSlice() throws {
        // CLAIMS_FUZZ_DOCS=5000 CLAIMS_FUZZ_SEED=n for a longer run.
        let env = ProcessInfo.processInfo.environment
        var rng = SplitMix(seed: env["CLAIMS_FUZZ_SEED"].flatMap(UInt64.init) ?? 20250106)
        var docs: [Document] = []
        for i in 0..<(env["CLAIMS_FUZZ_DOCS"].flatMap(Int.init) ?? 300) {
            let text = randomText(&rng, length: Int.random(in: 0..<400, using: &rng))
            docs.append(Document(id: "r\(i)", file: "r\(i).txt", path: "r\(i).txt", bytes: Array(text.utf8),
                                 published: i % 3 == 0 ? nil : "2025-01-06"))
        }
        let a = Analysis(corpus: Corpus(documents: docs))
        func check(_ d: Int, _ span: ByteSpan, _ what: String) {
            let n = a.documents[d].bytes.count
            XCTAssertTrue(span.start >= 0 && span.start <= span.end && span.end <= n, "\(what) \(span) in \(n) bytes")
            if span.start < n, span.end <= n {
                XCTAssertNotEqual(a.documents[d].bytes[span.start] & 0xC0, 0x80, "\(what) starts inside a character")
                if span.end < n { XCTAssertNotEqual(a.documents[d].bytes[span.end] & 0xC0, 0x80, "\(what) ends inside a character") }
            }
        }
        for c in a.claims { check(c.document, c.span, "claim") }
        for q in a.quotes { check(q.document, q.span, "quote") }
        for t in a.times { check(t.document, t.span, "time") }
        let json = AnalysisExport.encode(a)
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(json)))
        let q = Query(a)
        for line in ["missile", "\"he said\" -monday", "kind:quote", "from:2024 to:2026", "speaker:blinken"] {
            if let f = try? FilterParser.parse(CommandLineTokenizer.tokenize(line)), let r = try? q.resolve(f) {
                _ = q.claims(r); _ = q.quotes(r); _ = q.times(r); _ = q.documents(r)
            }
        }
        _ = a.timeline
    }

    func testRandomBytesAreRejectedOrAnalysed() throws {
        var rng = SplitMix(seed: 7)
        let dir = try Fixtures.tempDir()
        for i in 0..<40 {
            let bytes = (0..<Int.random(in: 1..<600, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            try Data(bytes).write(to: URL(fileURLWithPath: "\(dir)/b\(i).txt"))
        }
        let c = CorpusLoader().load([dir])
        XCTAssertEqual(c.documents.count + c.issues.count, 40, "every file either loads or is reported")
        _ = AnalysisExport.encode(Analysis(corpus: c))
    }
}

/// A small seeded generator so failures reproduce.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
