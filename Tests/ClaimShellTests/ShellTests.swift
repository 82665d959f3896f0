import XCTest
import ClaimKit
@testable import ClaimShell

/// A session on the seeds with its output captured.
final class Harness {
    var out = ""
    var err = ""
    let session: Session
    let runner: Runner

    init(paths: [String] = [Paths.seeds]) {
        let console = Console(out: { _ in }, err: { _ in })
        session = Session(analysis: Analysis(corpus: CorpusLoader().load(paths)), paths: paths, console: console)
        runner = Runner(session: session)
        console.out = { [unowned self] in self.out += $0 }
        console.err = { [unowned self] in self.err += $0 }
    }

    @discardableResult
    func run(_ line: String) -> Runner.Outcome { runner.execute(line) }
}

enum Paths {
    static var root: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }
    static var seeds: String { root + "/seeds" }
}

final class ShellTests: XCTestCase {
    func testUnknownCommandSuggests() {
        let h = Harness()
        XCTAssertEqual(h.run("clams missile"), .failed)
        XCTAssertTrue(h.err.contains("unknown command 'clams'; did you mean 'claims'?"), h.err)
    }

    func testUniquePrefixAndAmbiguity() {
        let h = Harness()
        XCTAssertEqual(h.run("sou"), .ok)
        XCTAssertTrue(h.out.contains("CBS News\t1\t"), h.out)
        XCTAssertEqual(h.run("s"), .failed)
        XCTAssertTrue(h.err.contains("ambiguous"), h.err)
    }

    func testBadArgumentsKeepTheShellGoing() {
        let h = Harness()
        XCTAssertEqual(h.run("claims kind:bogus"), .failed)
        XCTAssertEqual(h.run("show nothing-here"), .failed)
        XCTAssertEqual(h.run("set format yaml"), .failed)
        XCTAssertEqual(h.run("export json -"), .failed)   // nothing listed yet
        XCTAssertEqual(h.run("claims limit:1"), .ok)
        XCTAssertEqual(h.out.split(separator: "\n").count, 1)
    }

    func testScriptStopsAtFirstErrorWithFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claims-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let script = dir.appendingPathComponent("s.claims").path
        try "# a comment\nsources\nclaims sourc:cbs\ndocs\n".write(toFile: script, atomically: true, encoding: .utf8)
        let h = Harness()
        XCTAssertFalse(h.runner.runScript(script, keepGoing: false))
        XCTAssertTrue(h.err.contains("\(script):3: error: unknown filter key 'sourc:'"), h.err)
        XCTAssertFalse(h.out.contains("004_b98752eb431c8ba5"), "docs must not run after the error")
        let k = Harness()
        XCTAssertFalse(k.runner.runScript(script, keepGoing: true))
        XCTAssertTrue(k.out.contains("004_b98752eb431c8ba5"), "--keep-going runs the rest")
    }

    func testReadRefusesLoops() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claims-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let script = dir.appendingPathComponent("loop.claims").path
        try "read \(script)\n".write(toFile: script, atomically: true, encoding: .utf8)
        let h = Harness()
        XCTAssertEqual(h.run("read \(script)"), .failed)
        XCTAssertTrue(h.err.contains("already being read"), h.err)
    }

    func testLauncherExitCodes() throws {
        var o = Launcher.Options()
        o.paths = [Paths.seeds]
        o.steps = [.command("sources"), .command("claims limit:1")]
        var out = "", err = ""
        let console = Console(out: { out += $0 }, err: { err += $0 })
        XCTAssertEqual(Launcher.run(o, console: console), 0)
        o.steps = [.command("claims kind:nope"), .command("sources")]
        out = ""
        XCTAssertEqual(Launcher.run(o, console: console), 1)
        XCTAssertEqual(out, "", "a failed -c stops the rest")
        XCTAssertTrue(err.contains("-c: error: unknown kind 'nope'"), err)
        o.keepGoing = true
        XCTAssertEqual(Launcher.run(o, console: console), 1)
        XCTAssertTrue(out.contains("CBS News"), "--keep-going runs the rest, still exits 1")
    }

    func testScriptOnAMissingCorpusFails() {
        var o = Launcher.Options()
        o.paths = ["/no/such/corpus"]
        o.steps = [.command("sources")]
        var err = ""
        let console = Console(out: { _ in }, err: { err += $0 })
        XCTAssertEqual(Launcher.run(o, console: console), 1)
        XCTAssertTrue(err.contains("/no/such/corpus: error: no such file or folder"), err)
        XCTAssertTrue(err.contains("claims: nothing loaded from /no/such/corpus"), err)
    }

    func testExportIsAtomicAndWhole() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claims-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let target = dir.appendingPathComponent("analysis.json").path
        let h = Harness()
        XCTAssertEqual(h.run("export analysis \(target)"), .ok)
        let data = try Data(contentsOf: URL(fileURLWithPath: target))
        let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        XCTAssertEqual(obj?["schema"] as? String, "claims.analysis/1")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["analysis.json"], "no temporary file left")
        XCTAssertEqual(h.run("export analysis /no/such/dir/x.json"), .failed)
        XCTAssertTrue(h.err.contains("cannot write /no/such/dir/x.json"), h.err)
    }

    func testFindingsBasket() throws {
        let h = Harness()
        h.run("claims source:cbs hamas limit:2")
        h.run("keep")
        h.run("keep c3.14 c3.14")
        h.run("note c3.14 002 rewords Blinken")
        XCTAssertEqual(h.session.findings.count, 3)
        XCTAssertEqual(h.session.findings.last?.note, "002 rewords Blinken")
        h.out = ""
        h.run("export findings -")
        let list = try JSONSerialization.jsonObject(with: Data(h.out.utf8)) as? [[String: Any]]
        XCTAssertEqual(list?.count, 3)
        XCTAssertEqual(list?.last?["note"] as? String, "002 rewords Blinken")
    }

    func testOutputFormats() throws {
        let h = Harness()
        h.run("set format json")
        h.run("claims source:dawn limit:2")
        let arr = try JSONSerialization.jsonObject(with: Data(h.out.utf8)) as? [[String: Any]]
        XCTAssertEqual(arr?.count, 2)
        XCTAssertEqual(arr?.first?["source"] as? String, "Dawn")
        XCTAssertNotNil(arr?.first?["span"] as? [Int])
        h.out = ""
        h.run("set format jsonl")
        h.run("claims source:dawn limit:3")
        XCTAssertEqual(h.out.split(separator: "\n").count, 3)
        h.out = ""
        h.run("set format csv")
        h.run("claims source:dawn limit:1")
        XCTAssertTrue(h.out.hasPrefix("id,source,tags,text\n"), h.out)
        h.out = ""
        h.run("set format markdown")
        h.run("sources")
        XCTAssertTrue(h.out.hasPrefix("| source | docs | claims | quotes |\n| --- |"), h.out)
    }

    /// Windows line endings inside a sentence ("\r\n" is one Swift Character) never split a row.
    func testCRLFTextStaysOnOneRow() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claims-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "Talks resume\r\n\r\n    The two sides met on March 3, 1987 in Geneva and agreed to\r\n"
            + "meet again within a month, officials from both delegations said\r\n"
            + "after the session, which lasted more than six hours.\r\n"
            + "    Neither side gave details of the proposals discussed at the\r\n"
            + "meeting, the first since the talks broke down last year.\r\n"
        try Data(text.utf8).write(to: dir.appendingPathComponent("crlf.txt"))
        let h = Harness(paths: [dir.path])
        h.run("claims")
        let rows = h.out.split(separator: "\n", omittingEmptySubsequences: true)
        XCTAssertEqual(rows.filter { $0.hasPrefix("c1.") }.count, 3, h.out)
        XCTAssertTrue(rows.allSatisfy { $0.hasPrefix("c1.") }, "a row starts mid-sentence: \(h.out)")
        XCTAssertFalse(h.out.contains("\r"), "no carriage return inside a row")
        h.out = ""
        h.run("set format csv")
        h.run("claims")
        XCTAssertTrue(h.out.contains("\"The two sides met"), "a field holding a line break is quoted: \(h.out)")
    }

    func testTablesNeverCutOutsideATerminalButFitAGivenWidth() {
        let h = Harness()
        h.run("claims source:dawn limit:1")
        let full = h.out
        XCTAssertFalse(full.contains("…"))
        h.out = ""
        h.run("set width 60")
        h.run("claims source:dawn limit:3")
        let lines = h.out.split(separator: "\n")
        XCTAssertTrue(lines.allSatisfy { $0.count <= 60 }, h.out)
        XCTAssertTrue(h.out.contains("…"))
    }

    func testCompletion() {
        let h = Harness()
        let c = Completer(session: h.session)
        XCTAssertEqual(c.candidates(before: "", word: "sou"), ["sources"])
        XCTAssertEqual(c.candidates(before: "claims ", word: "sou"), ["source:"])
        XCTAssertEqual(c.candidates(before: "claims ", word: "source:cb"), ["source:\"CBS News\""])
        XCTAssertEqual(c.candidates(before: "claims ", word: "kind:q"), ["kind:quote"])
        XCTAssertEqual(c.candidates(before: "show ", word: "004"), ["004_b98752eb431c8ba5"])
        XCTAssertNil(c.candidates(before: "read ", word: "exa"), "paths fall back to file names")
    }

    func testReferenceDocMatchesRegistry() throws {
        let doc = try String(contentsOfFile: Paths.root + "/docs/commands.md", encoding: .utf8)
        XCTAssertEqual(doc, CommandRegistry.markdown(), "docs/commands.md is stale: run `make docs`")
        for c in CommandRegistry.all {
            XCTAssertFalse(c.summary.isEmpty, c.name)
            XCTAssertTrue(c.synopsis.hasPrefix(c.name), c.name)
        }
    }

    func testHelpForEveryCommand() {
        let h = Harness()
        for c in CommandRegistry.all {
            h.out = ""
            XCTAssertEqual(h.run("help \(c.name)"), .ok)
            XCTAssertTrue(h.out.hasPrefix("usage: \(c.synopsis)"), c.name)
        }
    }

    func testBundledSeedsMatchTheSeedsFolder() throws {
        let bundled = Launcher.bundledCorpus()
        let disk = CorpusLoader().load([Paths.seeds])
        XCTAssertEqual(bundled.documents.map(\.id), disk.documents.map(\.id))
        XCTAssertEqual(bundled.documents.map(\.bytes), disk.documents.map(\.bytes), "run scripts/bundle-seeds.py")
        XCTAssertEqual(bundled.documents.map(\.source), disk.documents.map(\.source))
    }
}
