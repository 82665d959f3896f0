import XCTest
@testable import ClaimKit

final class CorpusLoaderTests: XCTestCase {
    func testSeedsLoadWithManifest() {
        let c = CorpusLoader().load([Fixtures.seeds])
        XCTAssertEqual(c.documents.count, 5)
        XCTAssertTrue(c.issues.isEmpty, "\(c.issues)")
        XCTAssertEqual(c.documents[4].id, "004_b98752eb431c8ba5")
        XCTAssertEqual(c.documents[4].source, "CBS News")
        XCTAssertEqual(c.documents[4].published, "2025-01-06")
        XCTAssertEqual(c.name, "nk-missile-2025-01-06")
    }

    func testMissingPath() {
        let c = CorpusLoader().load(["/no/such/folder"])
        XCTAssertEqual(c.documents.count, 0)
        XCTAssertEqual(c.issues.first?.description, "/no/such/folder: error: no such file or folder")
    }

    func testEmptyFolderAndFolderOfNonText() throws {
        let empty = try Fixtures.tempDir()
        XCTAssertTrue(CorpusLoader().load([empty]).issues[0].message.contains("empty folder"))
        let binary = try Fixtures.tempDir()
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: URL(fileURLWithPath: binary + "/a.png"))
        let c = CorpusLoader().load([binary])
        XCTAssertEqual(c.documents.count, 0)
        XCTAssertTrue(c.issues[0].message.contains("no .txt articles (1 other file ignored)"), c.issues[0].message)
    }

    func testBadFilesAreNamedAndTheRestLoad() throws {
        let dir = try Fixtures.tempDir()
        try Fixtures.write("Good article. It loads.", to: dir + "/good.txt")
        try Fixtures.write("", to: dir + "/empty.txt")
        var bad = Array("line one\nline two caf".utf8)
        bad.append(0xE9)  // Latin-1 é
        bad += Array(" end".utf8)
        try Data(bad).write(to: URL(fileURLWithPath: dir + "/latin1.txt"))
        let c = CorpusLoader().load([dir])
        XCTAssertEqual(c.documents.map(\.id), ["good"])
        let messages = c.issues.map(\.description)
        XCTAssertTrue(messages.contains("\(dir)/empty.txt: error: empty file (0 bytes); skipped"), "\(messages)")
        XCTAssertTrue(messages.contains("\(dir)/latin1.txt:2 (byte 21): error: not valid UTF-8; skipped (convert it with iconv first)"), "\(messages)")
    }

    func testMalformedManifestStillLoadsDocuments() throws {
        let dir = try Fixtures.tempDir()
        try Fixtures.write("An article. It loads.", to: dir + "/a.txt")
        try Fixtures.write("{\"documents\": [ {\"file\": \"a.txt\", }", to: dir + "/corpus.json")
        let c = CorpusLoader().load([dir])
        XCTAssertEqual(c.documents.count, 1)
        XCTAssertNil(c.documents[0].source)
        XCTAssertEqual(c.issues.count, 1)
        XCTAssertEqual(c.issues[0].description,
                       "\(dir)/corpus.json:1: error: malformed corpus manifest: expected a string key (column 35)")
    }

    func testMismatchedManifest() throws {
        let dir = try Fixtures.tempDir()
        try Fixtures.write("An article. It loads.", to: dir + "/a.txt")
        try Fixtures.write("Another one.", to: dir + "/b.txt")
        try Fixtures.write("""
        {"documents": [{"file": "a.txt", "source": "Outlet A", "published": "Jan 5"},
                       {"file": "gone.txt", "source": "Nobody"}]}
        """, to: dir + "/corpus.json")
        let c = CorpusLoader().load([dir])
        XCTAssertEqual(c.documents.map(\.id), ["a", "b"])
        XCTAssertEqual(c.documents[0].source, "Outlet A")
        XCTAssertNil(c.documents[0].published)
        XCTAssertNil(c.documents[1].source)
        let messages = c.issues.map(\.message)
        XCTAssertTrue(messages.contains { $0.contains("\"published\" is not an ISO 8601 date: Jan 5") }, "\(messages)")
        XCTAssertTrue(messages.contains("lists gone.txt, which is not in the folder"), "\(messages)")
    }

    func testNestedFoldersGiveRelativeIds() throws {
        let dir = try Fixtures.tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/day1", withIntermediateDirectories: true)
        try Fixtures.write("Inside. A folder.", to: dir + "/day1/story.txt")
        let c = CorpusLoader().load([dir])
        XCTAssertEqual(c.documents.map(\.id), ["day1/story"])
        XCTAssertEqual(c.documents[0].file, "day1/story.txt")
    }

    func testFiftyMegabyteSingleLineLoadsAndSegments() throws {
        let dir = try Fixtures.tempDir()
        var big = [UInt8]()
        big.reserveCapacity(50_000_000)
        let chunk = Array("word word word, and more words without an end ".utf8)
        while big.count + chunk.count <= 50_000_000 { big += chunk }
        try Data(big).write(to: URL(fileURLWithPath: dir + "/huge.txt"))
        let c = CorpusLoader().load([dir])
        XCTAssertEqual(c.documents.first?.bytes.count, big.count)
        let seg = Segmenter.segment(big)
        XCTAssertEqual(seg.paragraphs.count, 1)
        XCTAssertEqual(seg.sentences.count, 1)
    }

    func testUTF8Validator() {
        XCTAssertNil(UTF8Check.firstInvalidByte(Array("plain, “curly” and 한국어".utf8)))
        XCTAssertEqual(UTF8Check.firstInvalidByte([0x61, 0xC0, 0x80]), 1)          // overlong
        XCTAssertEqual(UTF8Check.firstInvalidByte([0x61, 0xED, 0xA0, 0x80]), 1)    // surrogate
        XCTAssertEqual(UTF8Check.firstInvalidByte([0x61, 0xE2, 0x80]), 1)          // truncated
    }
}
