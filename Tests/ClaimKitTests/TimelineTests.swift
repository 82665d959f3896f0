import XCTest
@testable import ClaimKit

/// An analysis of in-memory documents: (source, published, text).
func analyse(_ docs: [(String, String, String)]) -> Analysis {
    let documents = docs.enumerated().map { k, d in
        Document(id: "d\(k)", file: "d\(k).txt", path: "d\(k).txt", bytes: Array(d.2.utf8), source: d.0,
                 sourceBasis: .manifest, published: d.1, publishedBasis: .manifest)
    }
    return Analysis(corpus: Corpus(name: "test", documents: documents), parallel: false)
}

final class TimelineTests: XCTestCase {
    func testTimexValueGranularityAndContainment() throws {
        let month = try XCTUnwrap(TimexValue("2024-11"))
        let day = try XCTUnwrap(TimexValue("2024-11-05"))
        let year = try XCTUnwrap(TimexValue("2024"))
        let other = try XCTUnwrap(TimexValue("2024-12-03"))
        XCTAssertEqual(month.granularity, .month)
        XCTAssertEqual(day.granularity, .day)
        XCTAssertTrue(month.contains(day))
        XCTAssertTrue(year.contains(day))
        XCTAssertFalse(day.contains(month))
        XCTAssertFalse(month.contains(other))
        XCTAssertTrue(year.isCompatible(with: day))
        XCTAssertFalse(day.isCompatible(with: other))
        XCTAssertTrue(day < other)
        XCTAssertTrue(year < day, "coarser first at the same start")
    }

    func testTimexValueForms() throws {
        XCTAssertEqual(TimexValue("2024-Q3")?.granularity, .quarter)
        XCTAssertEqual(TimexValue("2024-SU")?.granularity, .season)
        XCTAssertEqual(TimexValue("2025-W02")?.granularity, .week)
        XCTAssertEqual(TimexValue("199X")?.granularity, .decade)
        XCTAssertEqual(TimexValue("2025-01-06T12:00")?.granularity, .time)
        XCTAssertEqual(TimexValue("2025-01-06TMO")?.granularity, .time)
        XCTAssertTrue(try XCTUnwrap(TimexValue("2024-Q4")).contains(try XCTUnwrap(TimexValue("2024-11-05"))))
        XCTAssertTrue(try XCTUnwrap(TimexValue("2025-W02")).contains(try XCTUnwrap(TimexValue("2025-01-06"))))
        XCTAssertTrue(try XCTUnwrap(TimexValue("2025-01-06")).contains(try XCTUnwrap(TimexValue("2025-01-06T12:00"))))
        XCTAssertNil(TimexValue("P2W"))
        XCTAssertNil(TimexValue("PRESENT_REF"))
        XCTAssertNil(TimexValue("XXXX-11-05"))
        XCTAssertNil(TimexValue("2024-13"))
    }

    func testSameEventFromSeveralOutletsMerges() {
        let a = analyse([
            ("Reuters", "2025-01-06", "North Korea fired a ballistic missile into the sea on Monday, the South Korean military said."),
            ("CBS", "2025-01-06", "On Monday, North Korea fired a ballistic missile into the sea, according to the South Korean military."),
            ("Dawn", "2025-01-06", "Farmers in Punjab harvested a record wheat crop on Monday, officials said."),
        ])
        let tl = a.timeline
        let missile = tl.filter { $0.text.contains("missile") }
        XCTAssertEqual(missile.count, 1)
        XCTAssertEqual(missile.first?.sources, ["CBS", "Reuters"])
        XCTAssertEqual(missile.first?.claims.count, 2)
        XCTAssertEqual(missile.first?.value, "2025-01-06")
        XCTAssertEqual(missile.first?.granularity, .day)
        XCTAssertEqual(tl.count, 2, "the wheat story is a separate event")
        XCTAssertFalse(tl.contains { $0.conflict })
    }

    func testCoarserDateJoinsTheSpecificEvent() {
        let a = analyse([
            ("A", "2025-01-06", "North Korea launched several short-range ballistic missiles on November 5."),
            ("B", "2025-01-06", "In November 2024, North Korea launched several short-range ballistic missiles."),
        ])
        let tl = a.timeline
        XCTAssertEqual(tl.count, 1)
        XCTAssertEqual(tl.first?.value, "2024-11-05")
        XCTAssertEqual(tl.first?.sources, ["A", "B"])
        XCTAssertEqual(tl.first?.times.count, 2)
    }

    func testDifferentDatesForTheSameEventAreAConflict() {
        let a = analyse([
            ("A", "2025-01-06", "North Korea fired a ballistic missile into the East Sea on Monday, Seoul said."),
            ("B", "2025-01-06", "North Korea fired a ballistic missile into the East Sea on Sunday, Seoul said."),
        ])
        let tl = a.timeline
        XCTAssertEqual(tl.count, 2)
        XCTAssertEqual(tl.map(\.value), ["2025-01-05", "2025-01-06"], "chronological order")
        XCTAssertEqual(tl.map(\.id), ["e1", "e2"])
        XCTAssertTrue(tl.allSatisfy(\.conflict))
        XCTAssertEqual(tl[0].conflictsWith, ["e2"])
        XCTAssertEqual(tl[1].conflictsWith, ["e1"])
    }

    func testYearIsNotAConflictWithADayInIt() {
        let a = analyse([
            ("A", "2025-01-06", "North Korea fired a ballistic missile into the East Sea on November 5."),
            ("B", "2025-01-06", "North Korea fired a ballistic missile into the East Sea in 2024."),
        ])
        XCTAssertFalse(a.timeline.contains { $0.conflict })
    }

    func testUndatedAndDurationOnlyClaimsStayOff() {
        let a = analyse([("A", "2025-01-06", "The war has lasted nearly three years. Nothing else is known.")])
        XCTAssertTrue(a.timeline.isEmpty)
    }

    func testExportHasTheTimelineList() throws {
        let a = analyse([("A", "2025-01-06", "North Korea fired a missile on Monday.")])
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(AnalysisExport.encode(a))) as? [String: Any])
        let tl = try XCTUnwrap(json["timeline"] as? [[String: Any]])
        XCTAssertEqual(tl.count, 1)
        XCTAssertEqual(tl[0]["id"] as? String, "e1")
        XCTAssertEqual(tl[0]["value"] as? String, "2025-01-06")
        XCTAssertEqual(tl[0]["granularity"] as? String, "day")
        XCTAssertEqual(tl[0]["claims"] as? [String], ["c1.1"])
        XCTAssertEqual(tl[0]["sources"] as? [String], ["A"])
        XCTAssertEqual(tl[0]["conflict"] as? Bool, false)
        XCTAssertEqual(tl[0]["conflicts_with"] as? [String], [])
        let times = try XCTUnwrap(json["times"] as? [[String: Any]])
        XCTAssertEqual(times.first?["anchor_basis"] as? String, "published")
        XCTAssertEqual(times.first?["claim"] as? String, "c1.1")
    }
}
