extension Array {
    /// `Array(repeating:count:)` built by appending, so the storage is allocated by code
    /// specialised for `Element`: `Array(repeating:count:)` allocates through an unspecialised
    /// library entry point that looks the storage type up at run time (several hundred
    /// instructions per array, which shows on per-paragraph arrays of a few elements).
    @inline(__always)
    init(filling value: Element, count n: Int) {
        self.init()
        reserveCapacity(n)
        var k = 0
        while k < n { append(value); k += 1 }
    }
}
