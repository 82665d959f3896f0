@testable import ClaimKit

/// Runs quote extraction with attribution over one synthetic document.
func extractQuotes(_ text: String) -> (doc: Document, quotes: [Quote]) {
    let doc = Document(id: "t", file: "t.txt", path: "t.txt", bytes: Array(text.utf8))
    let seg = Segmenter.segment(doc.bytes)
    return (doc, QuoteExtractor().extract(doc, seg, document: 0))
}

/// The quoted texts of a synthetic document.
func quoteTexts(_ text: String) -> [String] {
    let r = extractQuotes(text)
    return r.quotes.map { r.doc.text($0.span) }
}

/// The quotes of a synthetic document as (text, speaker) pairs.
func quoteSpeakers(_ text: String) -> [(String, String?)] {
    let r = extractQuotes(text)
    return r.quotes.map { (r.doc.text($0.span), $0.speaker) }
}
