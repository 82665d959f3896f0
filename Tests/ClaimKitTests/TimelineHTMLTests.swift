import XCTest
@testable import ClaimKit

final class TimelineHTMLTests: XCTestCase {
    func testPageIsSelfContainedWithSVGAndLegend() {
        let a = analyse([
            ("Reuters", "2025-01-06", "North Korea fired a ballistic missile on Monday, officials said."),
            ("CBS News", "2025-01-06", "On Monday, North Korea fired a ballistic missile, officials said."),
        ])
        let html = TimelineHTML.render(a)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("<svg"))
        XCTAssertFalse(html.contains("http://") || html.contains("https://"), "no network fetches")
        XCTAssertFalse(html.contains("src="), "no external scripts or images")
        XCTAssertTrue(html.contains("Reuters") && html.contains("CBS News"), "outlets in the legend")
        XCTAssertTrue(html.contains("<title>e1"), "hover text per event")
        XCTAssertTrue(html.contains("c1.1") && html.contains("c2.1"), "claim ids listed")
    }

    func testTextIsEscaped() {
        let a = analyse([("<b>Evil & Co</b>", "2025-01-06", "He said <script>alert(\"x\")</script> & left on Monday.")])
        let html = TimelineHTML.render(a)
        XCTAssertFalse(html.contains("<script>alert"))
        XCTAssertFalse(html.contains("<b>Evil"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)"))
        XCTAssertTrue(html.contains("&lt;b&gt;Evil &amp; Co&lt;/b&gt;"))
    }

    func testEscapeHelper() {
        XCTAssertEqual(TimelineHTML.escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;")
    }

    func testEmptyTimelineStillRenders() {
        let html = TimelineHTML.render(analyse([("A", "2025-01-06", "Nothing dated here.")]))
        XCTAssertTrue(html.contains("<svg"))
        XCTAssertTrue(html.contains("0 events"))
    }
}
