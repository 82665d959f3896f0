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

/// The one-core analysis of synthetic documents `d0.txt`, `d1.txt`, ... holding `texts`.
func analyse(_ texts: [String]) -> Analysis {
    let docs = texts.enumerated().map { Document(id: "d\($0.offset)", file: "d\($0.offset).txt", path: "d\($0.offset).txt", bytes: Array($0.element.utf8)) }
    return Analysis(corpus: Corpus(documents: docs), parallel: false)
}
