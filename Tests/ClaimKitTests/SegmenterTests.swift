import XCTest
@testable import ClaimKit

final class SegmenterTests: XCTestCase {
    func testPlaceholder() {}
}
