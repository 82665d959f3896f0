import XCTest
@testable import ClaimKit

/// Tags one text against a fixed anchor: Monday 6 January 2025 unless told otherwise.
private func tag(_ text: String, anchor: String? = "2025-01-06") -> [(text: String, type: TimeType, value: String)] {
    let doc = Document(id: "t", file: "t.txt", path: "t.txt", bytes: Array(text.utf8), published: anchor,
                       publishedBasis: anchor == nil ? .unknown : .manifest)
    let seg = Segmenter.segment(doc.bytes)
    return TimeTagger().tag(doc, seg, document: 0).map { (doc.text($0.span), $0.type, $0.value) }
}

/// The single expression found in a text.
private func one(_ text: String, anchor: String? = "2025-01-06", file: StaticString = #filePath, line: UInt = #line)
    -> (text: String, type: TimeType, value: String)? {
    let found = tag(text, anchor: anchor)
    XCTAssertEqual(found.count, 1, "expected one expression in \(text), got \(found)", file: file, line: line)
    return found.first
}

private func check(_ text: String, _ span: String, _ type: TimeType, _ value: String, anchor: String? = "2025-01-06",
                   file: StaticString = #filePath, line: UInt = #line) {
    guard let t = one(text, anchor: anchor, file: file, line: line) else { return }
    XCTAssertEqual(t.text, span, "extent in \(text)", file: file, line: line)
    XCTAssertEqual(t.type, type, "type of \(span)", file: file, line: line)
    XCTAssertEqual(t.value, value, "value of \(span)", file: file, line: line)
}

final class TimeTaggerTests: XCTestCase {
    func testTwentyFourHourClockTimesAreNotYears() {
        let found = tag("Banks must bid by 1000 GMT, and the market reopens at 1430 local time.")
        XCTAssertFalse(found.contains { $0.type == .date }, "\(found)")
        check("The rules changed in 1987 after the crash.", "1987", .date, "1987")
    }

    /// Wire copy gives clock times as four digits: with a zone, "hours", "local time" or a place's time.
    func testTwentyFourHourClockTimesAreTimes() {
        check("Banks must bid by 1000 GMT on the day.", "1000 GMT", .time, "2025-01-06T10:00")
        check("The curfew starts at 0900 hours sharp.", "0900 hours", .time, "2025-01-06T09:00")
        check("Trades entered by 1430 London time count.", "1430", .time, "2025-01-06T14:30")
        let range = tag("The break runs from 1115 to 1330 local time.")
        XCTAssertEqual(range.map(\.value), ["2025-01-06T11:15", "2025-01-06T13:30"], "\(range)")
        // A year before a capitalised word that is not followed by "time" stays a year.
        check("In 1987 London markets fell.", "1987", .date, "1987")
        // Not a clock: minutes past 59.
        XCTAssertTrue(tag("The 1075 GMT figure was revised.").allSatisfy { $0.type != .time })
    }

    func testFullAndAbbreviatedMonthDates() {
        check("It happened on January 6, 2025, in Seoul.", "January 6, 2025", .date, "2025-01-06")
        check("It happened on 6 January 2025 in Seoul.", "6 January 2025", .date, "2025-01-06")
        check("The vote is set for Jan. 6 in Seoul.", "Jan. 6", .date, "2025-01-06")
        check("They met on Jan 6th in Seoul.", "Jan 6th", .date, "2025-01-06")
        check("Prices rose in November 2024 again.", "November 2024", .date, "2024-11")
    }

    func testISODates() {
        check("Filed 2024-11-05 by the court.", "2024-11-05", .date, "2024-11-05")
    }

    func testYearInferenceUsesTenseAndNearness() {
        check("This is the first launch since November 5, officials said.", "November 5", .date, "2024-11-05")
        check("Martial law was imposed on December 3 by Yoon.", "December 3", .date, "2024-12-03")
        check("Trump will take office on January 20.", "January 20", .date, "2025-01-20")
        // Without an anchor the year stays unknown.
        check("It happened on November 5.", "November 5", .date, "XXXX-11-05", anchor: nil)
    }

    func testKnownFullDateFixesTheYearOfALaterMonthDay() {
        let found = tag("The October 7, 2023 attack changed everything. Since the October 7 attack, talks stalled.")
        XCTAssertEqual(found.map(\.value), ["2023-10-07", "2023-10-07"])
    }

    func testWeekdays() {
        // The anchor is a Monday: "Monday" is the anchor itself, "Sunday" the day before.
        check("North Korea fired a missile on Monday.", "Monday", .date, "2025-01-06")
        check("A Hamas official said on Sunday that talks resumed.", "Sunday", .date, "2025-01-05")
        check("Officials met Friday in Seoul.", "Friday", .date, "2025-01-03")
        // Future tense: the coming one.
        check("The envoy will arrive Friday in Seoul.", "Friday", .date, "2025-01-10")
        check("He left last Friday for Tokyo.", "last Friday", .date, "2025-01-03")
    }

    func testDeictics() {
        check("Blinken said today that the launch was a violation.", "today", .date, "2025-01-06")
        check("He arrived yesterday in Seoul.", "yesterday", .date, "2025-01-05")
        check("The summit is tonight in Seoul.", "tonight", .date, "2025-01-06")
        check("Now we have reason to believe it.", "Now", .date, "PRESENT_REF")
        check("It is currently being studied.", "currently", .date, "PRESENT_REF")
        check("Today’s launch is a reminder.", "Today", .date, "2025-01-06")
    }

    func testRelativeUnits() {
        check("Sales fell last week in Asia.", "last week", .date, "2025-W01")
        check("Sales fell last month in Asia.", "last month", .date, "2024-12")
        check("Sales fell last year in Asia.", "last year", .date, "2024")
        check("Sales will rise next year in Asia.", "next year", .date, "2026")
        check("Sales rose earlier this month in Asia.", "earlier this month", .date, "2025-01")
        check("He was elected late last year by voters.", "late last year", .date, "2024")
        check("The first launch of the year was a test.", "the year", .date, "2025")
    }

    func testAgo() {
        check("He left three days ago for Tokyo.", "three days ago", .date, "2025-01-03")
        check("He left two weeks ago for Tokyo.", "two weeks ago", .date, "2024-12-23")
        check("He left more than a year ago for Tokyo.", "more than a year ago", .date, "PAST_REF")
    }

    func testDurations() {
        check("Prices rose over the past three months in Asia.", "the past three months", .duration, "P3M")
        check("Talks will continue in the next two weeks here.", "the next two weeks", .duration, "P2W")
        check("The war has lasted nearly three years, he said.", "nearly three years", .duration, "P3Y")
        check("The truce held for more than a year in Gaza.", "more than a year", .duration, "P1Y")
        check("He signed a five-year deal with them.", "five-year", .duration, "P5Y")
        check("Officials met for two weeks in Geneva.", "two weeks", .duration, "P2W")
        check("The ties have lasted decades, he said.", "decades", .duration, "PXDE")
        check("Hours after the launch, he spoke.", "Hours", .duration, "PTXH")
        check("The flight took 2 1/2 hours in all.", "2 1/2 hours", .duration, "PT2H30M")
    }

    func testCountBeforeAnEventWithAKnownDate() {
        let found = tag("Trump returns for the inauguration on January 20. Allies met two weeks before the inauguration in Seoul.")
        XCTAssertEqual(found.map(\.text), ["January 20", "two weeks before the inauguration"])
        XCTAssertEqual(found.map(\.value), ["2025-01-20", "2025-01-06"])
        XCTAssertEqual(found.last?.type, .date)
        // Without a known date for the event, the count stays a duration (TimeML: "before" is a signal).
        let unknown = tag("Allies met two weeks before the summit in Seoul.")
        XCTAssertEqual(unknown.map(\.text), ["two weeks"])
        XCTAssertEqual(unknown.map(\.value), ["P2W"])
    }

    func testAgesAreNotDurations() {
        XCTAssertTrue(tag("The 6-year-old boy and a 52-year-old man waited.").isEmpty)
    }

    func testMonthsYearsDecadesQuartersSeasons() {
        check("Growth was slow in March in Europe.", "March", .date, "2024-03")
        check("The treaty was signed in 1998 in Oslo.", "1998", .date, "1998")
        check("Prices soared in the 1990s in Asia.", "1990s", .date, "199")
        check("Profit rose in the third quarter again.", "the third quarter", .date, "2024-Q3")
        check("Profit rose in third-quarter trading again.", "third-quarter", .date, "2024-Q3")
        check("Prices rose last summer in Europe.", "last summer", .date, "2024-SU")
    }

    func testTimesOfDay() {
        check("The missile was fired around noon from Pyongyang.", "around noon", .time, "2025-01-06T12:00")
        check("The quake struck at 4:32 AM near the coast.", "4:32 AM", .time, "2025-01-06T04:32")
        check("The quake struck at 10:35 p.m. Sunday near the coast.", "10:35 p.m. Sunday", .time, "2025-01-05T22:35")
        check("It will be shown at 9 a.m. in Seoul.", "9 a.m.", .time, "2025-01-06T09:00")
    }

    func testSets() {
        check("The drills are held annually by both navies.", "annually", .set, "P1Y")
        check("They meet every Monday in Seoul.", "every Monday", .set, "XXXX-WXX-1")
        check("They watch every minute of every day, he said.", "every minute of every day", .set, "PT1M")
    }

    func testPastAndFutureReferences() {
        check("Tensions have grown in recent years across Asia.", "recent years", .date, "PAST_REF")
        check("Nobody knows what will happen in the future.", "the future", .date, "FUTURE_REF")
        check("What it means in the future is unclear.", "the future", .date, "FUTURE_REF")
        XCTAssertTrue(tag("She met the future president of Korea.").isEmpty, "adjective, not a time")
    }

    func testExtentExcludesPrepositionsAndDeterminersBeforeDates() {
        check("The talks ended on Monday in Seoul.", "Monday", .date, "2025-01-06")
        check("The Oct. 23 vote passed in Seoul.", "Oct. 23", .date, "2024-10-23")
    }

    func testMayAndMarchNeedACue() {
        XCTAssertTrue(tag("He may resign. Protesters march on the capital.").isEmpty)
        check("He had resigned in May after protests.", "May", .date, "2024-05")
        // Future tense: the coming one.
        check("He will resign in May after protests.", "May", .date, "2025-05")
    }

    func testNoAnchorGivesUnderspecifiedWeekdays() {
        check("Officials met Friday in Seoul.", "Friday", .date, "XXXX-WXX-5", anchor: nil)
    }

    func testAnchorIsRecordedWithItsBasis() {
        let doc = Document(id: "t", file: "t.txt", path: "t.txt", bytes: Array("He left yesterday.".utf8),
                           published: "2025-01-06T10:00:00", publishedBasis: .manifest)
        let t = TimeTagger().tag(doc, Segmenter.segment(doc.bytes), document: 0)
        XCTAssertEqual(t.first?.anchor, "2025-01-06")
        XCTAssertEqual(t.first?.anchorBasis, .published)
        XCTAssertEqual(t.first?.value, "2025-01-05")
    }

    func testDocumentDateFromTheText() {
        let text = "Missile test\nSEOUL, January 6, 2025 - North Korea fired a missile yesterday."
        let doc = Document(id: "t", file: "t.txt", path: "t.txt", bytes: Array(text.utf8))
        let seg = Segmenter.segment(doc.bytes)
        XCTAssertEqual(TimeTagger().documentDate(doc, seg), "2025-01-06")
        let times = TimeTagger().tag(doc, seg, document: 0)
        XCTAssertEqual(times.last?.value, "2025-01-05")
        XCTAssertEqual(times.last?.anchorBasis, .text)
    }

    func testDatelineTakesItsYearFromTheTop() {
        let text = "Oscars 2025 preview\nLOS ANGELES, Feb 26 - The show starts on Sunday."
        let doc = Document(id: "t", file: "t.txt", path: "t.txt", bytes: Array(text.utf8))
        XCTAssertEqual(TimeTagger().documentDate(doc, Segmenter.segment(doc.bytes)), "2025-02-26")
    }

    func testParseDate() {
        XCTAssertEqual(TimeTagger.parseDate("2024-11", anchor: nil), "2024-11")
        XCTAssertEqual(TimeTagger.parseDate("2025-01-20", anchor: nil), "2025-01-20")
        XCTAssertEqual(TimeTagger.parseDate("Nov. 5, 2024", anchor: nil), "2024-11-05")
        XCTAssertEqual(TimeTagger.parseDate("November 2024", anchor: nil), "2024-11")
        // The week before Monday 6 January 2025 starts on 30 December 2024, in ISO week 1 of 2025.
        XCTAssertEqual(TimeTagger.parseDate("last week", anchor: "2025-01-06"), "2025-W01")
        XCTAssertEqual(TimeTagger.parseDate("last week", anchor: "2025-01-20"), "2025-W03")
        XCTAssertEqual(TimeTagger.parseDate("yesterday", anchor: "2025-01-06"), "2025-01-05")
        XCTAssertEqual(TimeTagger.parseDate("2024", anchor: nil), "2024")
        XCTAssertEqual(TimeTagger.parseDate("Q3 2024", anchor: nil), "2024-Q3")
        XCTAssertEqual(TimeTagger.parseDate("1/20/2025", anchor: nil), "2025-01-20")
        XCTAssertEqual(TimeTagger.parseDate("2025/01/20", anchor: nil), "2025-01-20")
        XCTAssertEqual(TimeTagger.parseDate("the 1990s", anchor: nil), "199")
        XCTAssertNil(TimeTagger.parseDate("banana", anchor: nil))
    }

    func testInvalidDatesAreRejected() {
        XCTAssertTrue(tag("Filed 2024-02-30 by the court.").isEmpty)
    }
}

final class TimeTaggerURLTests: XCTestCase {
    func testYearsInsideURLPathsAreNotProse() {
        let doc = Document(id: "t", file: "t.txt", path: "t.txt",
                           bytes: Array("https://example.com/hub/i/r/2025/01/06/photo.jpg\nIt happened in 2024.".utf8),
                           published: "2025-01-06", publishedBasis: .manifest)
        let t = TimeTagger().tag(doc, Segmenter.segment(doc.bytes), document: 0)
        XCTAssertEqual(t.map(\.value), ["2024"])
    }
}

final class TimeTaggerAnaphoraTests: XCTestCase {
    func testThatDayAndThatYearTakeTheLastDateGiven() {
        let doc = Document(id: "t", file: "t.txt", path: "t.txt",
                           bytes: Array("The treaty was signed on March 3, 2019. Protests began that same day and lasted until later that year.".utf8),
                           published: "2025-01-06", publishedBasis: .manifest)
        let t = TimeTagger().tag(doc, Segmenter.segment(doc.bytes), document: 0)
        XCTAssertEqual(t.map { doc.text($0.span) }, ["March 3, 2019", "that same day", "later that year"])
        XCTAssertEqual(t.map(\.value), ["2019-03-03", "2019-03-03", "2019"])
    }
}

final class TimeTaggerRobustnessTests: XCTestCase {
    /// Random mixes of temporal words, numbers, punctuation and stray bytes must never crash
    /// and every span must lie inside the text.
    func testRandomInputIsSafe() {
        let pieces = ["January", "Jan", ".", "6", ",", "2025", "last", "next", "the", "a", "year", "weeks", "ago",
                      "Monday", "at", "4", ":", "32", "a.m.", "p", "m", "-", "'", "s", "before", "that", "day",
                      "every", "of", "more", "than", "nineteen", "ninety", "fiscal", "quarter", "third", "1990",
                      "\u{2019}", "\u{00A0}", "\n", "/", "%", "$", "\u{FFFD}", "late", "early", "mid", "tonight"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 1...40, using: &rng) {
                text += pieces[Int.random(in: 0..<pieces.count, using: &rng)]
                if Bool.random(using: &rng) { text += " " }
            }
            var bytes = Array(text.utf8)
            if Bool.random(using: &rng) { bytes.append(0xE2) } // a truncated scalar at the end
            let doc = Document(id: "r", file: "r.txt", path: "r.txt", bytes: bytes, published: "2025-01-06",
                               publishedBasis: .manifest)
            for t in TimeTagger().tag(doc, Segmenter.segment(bytes), document: 0) {
                XCTAssertTrue(t.span.start >= 0 && t.span.end <= bytes.count && t.span.start < t.span.end, "\(text)")
            }
            _ = TimeTagger.parseDate(text, anchor: "2025-01-06")
        }
    }
}

/// Rules for forms TimeML news uses: counted decades, quarters named with their year, spelled
/// years, tense cues, anchors stated in the text.
final class TimeTaggerNewsFormTests: XCTestCase {
    func testCountedDecadesAndCenturiesAreYears() {
        check("The feud has lasted two decades, he said.", "two decades", .duration, "P20Y")
        check("Prices doubled over the past decade in Ohio.", "the past decade", .duration, "P10Y")
        check("The church stood for three centuries there.", "three centuries", .duration, "P300Y")
    }

    func testQuartersNamedWithTheirYear() {
        let a = "2024-10-26"
        check("Sales fell from the year-ago third quarter, it said.", "the year-ago third quarter", .date, "2023-Q3", anchor: a)
        check("Profit should rise in next year's first quarter, it said.", "next year's first quarter", .date, "2025-Q1", anchor: a)
        check("Costs were high in this year's second quarter, it said.", "this year's second quarter", .date, "2024-Q2", anchor: a)
        check("Sales rose 5% over the year-earlier nine months, it said.", "the year-earlier nine months", .duration, "P9M", anchor: a)
        let found = tag("Profit rose in the third quarter. Last year's quarter was weak.", anchor: a)
        XCTAssertEqual(found.map(\.value), ["2024-Q3", "2023-Q3"])
    }

    func testAForecastQuarterIsNotTheReportedOne() {
        let found = tag("Net rose in the third quarter. Losses may last through the first quarter of 2026. In the year-ago period, it lost money.",
                        anchor: "2024-10-26")
        XCTAssertEqual(found.map(\.value), ["2024-Q3", "2026-Q1", "2023-Q3"])
    }

    func testYearSpelledInThousands() {
        check("Computers may fail in the year two thousand, experts say.", "the year two thousand", .date, "2000", anchor: "1998-03-03")
        check("Voting ends in the year two thousand and four, they say.", "the year two thousand and four", .date, "2004", anchor: "1998-03-03")
    }

    func testEndedAndEffectiveSetTheDirectionOfAMonthDay() {
        let a = "2024-10-26"
        check("Results for the period ended Jan. 31 were weak.", "Jan. 31", .date, "2024-01-31", anchor: a)
        check("The pact, effective June 1, covers 500 workers.", "June 1", .date, "2025-06-01", anchor: a)
        // A future cue before an initial ("Daniel P. Smith") still counts.
        check("Mr. Jones will succeed Daniel P. Smith Feb. 1 as chairman.", "Feb. 1", .date, "2025-02-01", anchor: "2024-06-26")
    }

    private func stated(_ text: String) -> String? {
        let doc = Document(id: "t", file: "t.txt", path: "t.txt", bytes: Array(text.utf8))
        return TimeTagger().documentDate(doc, Segmenter.segment(doc.bytes))
    }

    func testDeadlinesAndLaterParagraphsDoNotDateTheReport() {
        XCTAssertNil(stated("Acme Corp. called for redemption its debentures due March 1, 2011.\nThe shares rose."))
        XCTAssertNil(stated("Acme said net income for the quarter ended Sept. 30, 1989, fell.\nThe shares rose."))
        XCTAssertNil(stated("Title\nLead.\nSecond paragraph.\nHe was captured on March 26, 1996, in the hills."))
        XCTAssertEqual(stated("Missile test\nOn January 6, 2025, North Korea fired a missile."), "2025-01-06")
    }

    func testAWeekdayThatDisagreesRejectsTheDatelineYear() {
        // Oct. 26 was a Monday in 1998, not in 1994.
        XCTAssertNil(stated("Editorial\nThe paper said in an editorial on Monday, Oct. 26, 1994:\nText."))
        XCTAssertEqual(stated("Editorial\nThe paper said in an editorial on Monday, Oct. 26, 1998:\nText."), "1998-10-26")
    }

    func testDateInAURLPathDatesAnOtherwiseUndatedText() {
        XCTAssertEqual(stated("Missile test\nNorth Korea fired a missile on Monday.\nhttps://news.example/i/r/2025/01/06/abc/thumb.jpg\nold link /2019/03/02/story"),
                       "2025-01-06")
    }

    func testUndatedDocumentTakesTheDateItsClusterAgreesOn() {
        func doc(_ n: Int, _ text: String) -> Document {
            Document(id: "d\(n)", file: "d\(n).txt", path: "d\(n).txt", bytes: Array(text.utf8))
        }
        let docs = [doc(1, "Launch\nOn January 6, 2025, North Korea fired a missile."),
                    doc(2, "Launch\nNorth Korea fired a missile on January 6, 2025, officials said."),
                    doc(3, "Launch\nOn Monday, North Korea fired a missile, officials said.")]
        let a = Analysis(corpus: Corpus(documents: docs), parallel: false)
        XCTAssertEqual(a.documents[2].published, "2025-01-06")
        XCTAssertEqual(a.documents[2].publishedBasis, .corpus)
        XCTAssertEqual(a.times.filter { $0.document == 2 }.map(\.value), ["2025-01-06"])
        XCTAssertEqual(a.times.filter { $0.document == 2 }.map(\.anchorBasis), [.corpus])
        XCTAssertEqual(a.times.filter { $0.document == 2 }.map(\.id), ["t3.1"])
        // The claim holding the re-dated expression is tagged temporal.
        XCTAssertTrue(a.claims[a.claimRanges[2]].contains { $0.tags.contains(.temporal) })
        // Dated documents far apart are no cluster: nothing is borrowed.
        let apart = [docs[0], doc(2, "Launch\nOn March 9, 2021, it fired a missile."), docs[2]]
        XCTAssertNil(Analysis(corpus: Corpus(documents: apart), parallel: false).documents[2].published)
    }
}

/// The anchor calendar's day arithmetic against Foundation's calendars, which it stands in for.
final class AnchorCalendarTests: XCTestCase {
    func testDayArithmeticAgreesWithFoundation() {
        var greg = Calendar(identifier: .gregorian)
        greg.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? greg.timeZone
        var iso = Calendar(identifier: .iso8601)
        iso.timeZone = greg.timeZone
        var checked = 0
        var y = 1600
        while y <= 2400 {
            for m in 1...12 {
                for d in [1, 15, 28, 29, 30, 31] {
                    let day = Day(y: y, m: m, d: d)
                    let date = greg.date(from: DateComponents(year: y, month: m, day: d))
                    let exists = date.map { greg.component(.day, from: $0) == d } ?? false
                    XCTAssertEqual(AnchorCalendar.isValid(day), exists, "\(day)")
                    guard exists, let date, var cal = AnchorCalendar(day) else {
                        XCTAssertNil(exists ? nil : AnchorCalendar(day), "\(day)")
                        continue
                    }
                    XCTAssertEqual(cal.weekday, greg.component(.weekday, from: date), "\(day)")
                    for n in [-400, -35, -7, -1, 1, 6, 7, 31, 366] {
                        guard let moved = greg.date(byAdding: .day, value: n, to: date) else { continue }
                        let k = greg.dateComponents([.year, .month, .day], from: moved)
                        XCTAssertEqual(cal.days(n), Day(y: k.year ?? 0, m: k.month ?? 0, d: k.day ?? 0), "\(day) + \(n)")
                    }
                    for n in [-1, 0, 1] {
                        let target = cal.days(n * 7)
                        guard let t = iso.date(from: DateComponents(year: target.y, month: target.m, day: target.d)) else { continue }
                        let k = iso.dateComponents([.weekOfYear, .yearForWeekOfYear], from: t)
                        XCTAssertEqual(cal.week(n), TimeFormat.year(k.yearForWeekOfYear ?? 0) + "-W" + TimeFormat.two(k.weekOfYear ?? 0), "\(day) week \(n)")
                    }
                    checked += 1
                }
            }
            y += y < 2100 ? 7 : 37
        }
        XCTAssertGreaterThan(checked, 1000)
    }
}

final class TimeLexiconTests: XCTestCase {
    /// Every lexicon word, in any case and whichever of the tokenizer's paths reads it (eight
    /// bytes at once with room after it, byte by byte at the end of the text), gets the entry
    /// the general table holds for it, and its start flag.
    func testTokenizerFindsEveryWord() {
        for (w, _) in TimeLexicon.words() {
            let expected = [UInt8](w.utf8).withUnsafeBufferPointer { TimeLexicon.lookup($0, 0, $0.count) }
            // Words over 12 letters have no key ("approximately"): they join a run like any other.
            guard expected != .none else { continue }
            for text in [w + " and more text", w.uppercased() + ".", "x " + w] {
                let bytes = [UInt8](text.utf8)
                let tokens = bytes.withUnsafeBufferPointer { p -> [TimeToken] in
                    let buffer = TimeTokenizer.tokenize(p)
                    defer { buffer.release() }
                    return Array(buffer.tokens)
                }
                guard let token = tokens.first(where: { Int($0.start) == (text.hasPrefix("x ") ? 2 : 0) }) else {
                    XCTFail("no token for \(w) in \(text)")
                    continue
                }
                XCTAssertEqual(token.lex, expected, "\(w) in \(text)")
                XCTAssertEqual(token.flags & TimeToken.start != 0, TimeLexicon.mayStart(expected), "\(w) in \(text)")
            }
        }
    }

    /// The stated date the tagger finds from its own tokens (it stops the unanchored grammar
    /// once past the lead) is the one `documentDate` finds from all of the top's matches:
    /// dates in and past the third line, and a dateline month-day whose year comes later.
    func testStatedDateMatchesDocumentDateAcrossTheLead() {
        let texts = [
            "Title line\n\nFirst paragraph on March 3, 2004.\n\nSecond.\n\nThird on May 5, 2005.",
            "Title\n\nLead.\n\nSecond.\n\nThird paragraph on May 5, 2005, and 2006.",
            "LONDON, Feb 26 - Talks resumed.\nMore talk.\nStill more.\nIn 1987 prices fell in 1988.",
            "LONDON, Feb 26 - Talks.\nA\nB\n\nLater, 1999 and then Jan 4, 2001 and 2002.",
            "Headline\n \n\t\nOne\nTwo\nMonday, Oct. 26, 1987 and 1990.",
            "No breaks at all: January 6, 2025 and Feb 3 and 1999 " + String(repeating: "word ", count: 400) + "May 1, 2003.",
            "Title\n\nOn Feb 3 the firm grew.\n\nSecond line\n\n" + String(repeating: "filler ", count: 100) + "in 1996.",
            // a long third line: a date more than 300 bytes into it is past the lead
            "Title\n\nLead on Feb 3.\n\n" + String(repeating: "word ", count: 70) + "on March 3, 2004 and 2005.\nThen 2006.",
            // the first month-day follows a deadline word: no year completes it
            "Rates until March 15 rose.\nA\nB\nC\nD in 1999, Jan 4.",
            "NEW YORK, March 1 - Notes due March 15 were sold.\nA\nB\nC in 1999.",
            // a full date of the lead settles it, whatever follows
            "Title\n\nMonday, Jan. 6, 2025 - lead.\n\nSecond.\n\nThird on May 5, 2005 and 2006.",
            "Title\n\nFeb 3 - lead on March 3, 2004.\n\nSecond.\n\nThird in 2006.",
        ]
        for text in texts {
            let doc = Document(id: "t", file: "t.txt", path: "t.txt", bytes: Array(text.utf8), published: nil,
                               publishedBasis: .unknown)
            let seg = Segmenter.segment(doc.bytes)
            let tagger = TimeTagger()
            XCTAssertEqual(tagger.tagStatingDate(doc, seg, document: 0).statedDate, tagger.documentDate(doc, seg), text)
        }
    }
}

/// `TimeTagger.Fill` initializes each stored property of `TimeExpression` in place; a property
/// it does not know would be left uninitialized.
final class TimeExpressionFillTests: XCTestCase {
    func testFillKnowsEveryStoredPropertyOfTimeExpression() {
        let e = TimeExpression(document: 0, span: ByteSpan(0, 1), type: .date, value: "2025")
        XCTAssertEqual(Mirror(reflecting: e).children.count, 8,
                       "TimeExpression's stored properties changed: add the new one to TimeTagger.Fill.Offsets and Fill.write")
        XCTAssertNotNil(TimeTagger.Fill.Offsets.of)
    }

    func testFilledExpressionsEqualWholeOnes() {
        let text = "Seoul, Jan. 6 (AP) - North Korea fired a missile on Monday, two weeks before the inauguration.\n\nIt flew for 12 minutes. Since November 5, 2024, officials said, tests have grown every year."
        let doc = Document(id: "f", file: "f.txt", path: "f.txt", bytes: Array(text.utf8), published: "2025-01-06T09:00:00",
                           publishedBasis: .manifest)
        let found = TimeTagger().tag(doc, Segmenter.segment(doc.bytes), document: 3)
        XCTAssertGreaterThanOrEqual(found.count, 5)
        for e in found {
            let whole = TimeExpression(id: "", document: 3, span: e.span, type: e.type, value: e.value, anchor: "2025-01-06",
                                       anchorBasis: .published, sentence: e.sentence)
            XCTAssertEqual(e, whole)
            XCTAssertEqual(e.hashValue, whole.hashValue)
            XCTAssertFalse(e.value.isEmpty)
        }
        XCTAssertEqual(found.map(\.sentence), found.map(\.sentence).sorted())
    }
}
