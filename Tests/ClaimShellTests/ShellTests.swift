import XCTest
@testable import ClaimShell

final class ShellTests: XCTestCase {
    func testPlaceholder() {}
}
