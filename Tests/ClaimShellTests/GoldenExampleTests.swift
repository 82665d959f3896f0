import XCTest
import ClaimKit
@testable import ClaimShell

/// Every examples/NAME.claims runs against seeds/ and its standard output must equal
/// examples/NAME.out (reviewed by eye when it changes; `make golden` rewrites them).
final class GoldenExampleTests: XCTestCase {
    func testExamples() throws {
        let dir = Paths.root + "/examples"
        let scripts = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".claims") }.sorted()
        XCTAssertGreaterThanOrEqual(scripts.count, 3)
        let previous = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(Paths.root), "cannot enter \(Paths.root)")
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        for name in scripts {
            let h = Harness(paths: ["seeds"])
            XCTAssertTrue(h.runner.runScript("examples/" + name, keepGoing: false), "\(name): \(h.err)")
            let expectedPath = dir + "/" + name.replacingOccurrences(of: ".claims", with: ".out")
            let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
            if h.out != expected {
                let got = h.out.split(separator: "\n", omittingEmptySubsequences: false)
                let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
                let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
                XCTFail("\(name) differs from its golden output at line \(line + 1):\n got: \(line < got.count ? got[line] : "<end>")\nwant: \(line < want.count ? want[line] : "<end>")")
            }
        }
    }
}
