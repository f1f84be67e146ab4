import VanBan

/// Sixteen bytes at a time: the first position of interest in a byte range,
/// for the rules that scan the whole text for something rare.
///
/// A rule states what it looks for twice: `exact(i)`, the byte-by-byte test
/// that decides, and `candidates`, a sixteen-lane test that must mark every
/// lane where `exact` may hold (a superset; it may mark more). Windows with
/// no mark are skipped whole; in the others only the marked lanes are tried
/// with `exact`, in order. So the answer is always `exact`'s, and the speed
/// comes from how rarely `candidates` marks a lane.
///
/// `candidates` gets the window at `j` and the windows one and two bytes
/// further (`x`, `y`, `z`: lane `k` of `y` is the byte after lane `k` of
/// `x`), so it can look at the next two bytes of a lane. Make its splats
/// once, outside the call (`let q = SIMD16<UInt8>(repeating: 0x22)`), and
/// combine masks with `.&` and `.|`: see `ByteScan.any`.
enum WindowScan {
    @inline(__always)
    static func first(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int,
                      candidates: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>>,
                      exact: (Int) -> Bool) -> Int? {
        scan(p, from: from, to: to, wide: false, candidates: candidates, exact: exact) { _ in true }
    }

    /// `first` with eight windows a step: the step's own work (the test
    /// for any mark, the loop) is halved, which pays where a step finds
    /// nothing most of the time (`<!--` and VB001's CC/CD bytes: 0.9 M
    /// instructions per corpus pass fewer; VB005's controls 0.3 M; VB002's
    /// foreign Latin-1 letters, once its lane test was made exact, 1.3 M).
    @inline(__always)
    static func firstWide(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int,
                          candidates: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>>,
                          exact: (Int) -> Bool) -> Int? {
        scan(p, from: from, to: to, wide: true, candidates: candidates, exact: exact) { _ in true }
    }

    /// Every position in `from..<to` where `exact` holds, in order, to
    /// `body`: `first` called again after each hit, without starting over
    /// (for a rule that collects many hits in one pass).
    @inline(__always)
    static func forEach(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int,
                        candidates: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>>,
                        exact: (Int) -> Bool, _ body: (Int) -> Void) {
        _ = scan(p, from: from, to: to, wide: false, candidates: candidates, exact: exact) { body($0); return false }
    }

    /// The positions in `from..<to` where `exact` holds, in order, to `visit`
    /// until it answers true (stop); the position it stopped at.
    @inline(__always)
    private static func scan(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int, wide: Bool,
                             candidates: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>>,
                             exact: (Int) -> Bool, _ visit: (Int) -> Bool) -> Int? {
        var i = from
        if let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            // Every lane below `to`, and the two look-ahead windows inside the buffer.
            let windowEnd = min(to, p.count - 2)
            // The candidate lanes of the window at `j`.
            @inline(__always) func window(_ j: Int) -> SIMDMask<SIMD16<Int8>> {
                candidates(raw.loadUnaligned(fromByteOffset: j, as: SIMD16<UInt8>.self),
                           raw.loadUnaligned(fromByteOffset: j + 1, as: SIMD16<UInt8>.self),
                           raw.loadUnaligned(fromByteOffset: j + 2, as: SIMD16<UInt8>.self))
            }
            // (`firstWide`) Eight windows per step, as the four below.
            while wide && i + 128 <= windowEnd {
                let m0 = window(i), m1 = window(i + 16), m2 = window(i + 32), m3 = window(i + 48)
                let m4 = window(i + 64), m5 = window(i + 80), m6 = window(i + 96), m7 = window(i + 112)
                if ByteScan.any(((m0 .| m1) .| (m2 .| m3)) .| ((m4 .| m5) .| (m6 .| m7))) {
                    if let k = lanes(m0, at: i, exact, visit) { return k }
                    if let k = lanes(m1, at: i + 16, exact, visit) { return k }
                    if let k = lanes(m2, at: i + 32, exact, visit) { return k }
                    if let k = lanes(m3, at: i + 48, exact, visit) { return k }
                    if let k = lanes(m4, at: i + 64, exact, visit) { return k }
                    if let k = lanes(m5, at: i + 80, exact, visit) { return k }
                    if let k = lanes(m6, at: i + 96, exact, visit) { return k }
                    if let k = lanes(m7, at: i + 112, exact, visit) { return k }
                }
                i += 128
            }
            // Four windows per step: one test for all their marks (most
            // steps find nothing); a step that may hold something reads the
            // windows' lanes in order, as one at a time would.
            while i + 64 <= windowEnd {
                let m0 = window(i), m1 = window(i + 16), m2 = window(i + 32), m3 = window(i + 48)
                if ByteScan.any((m0 .| m1) .| (m2 .| m3)) {
                    if let k = lanes(m0, at: i, exact, visit) { return k }
                    if let k = lanes(m1, at: i + 16, exact, visit) { return k }
                    if let k = lanes(m2, at: i + 32, exact, visit) { return k }
                    if let k = lanes(m3, at: i + 48, exact, visit) { return k }
                }
                i += 64
            }
            while i + 16 <= windowEnd {
                let x = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                let y = raw.loadUnaligned(fromByteOffset: i + 1, as: SIMD16<UInt8>.self)
                let z = raw.loadUnaligned(fromByteOffset: i + 2, as: SIMD16<UInt8>.self)
                let m = candidates(x, y, z)
                if ByteScan.any(m), let k = lanes(m, at: i, exact, visit) { return k }
                i += 16
            }
        }
        while i < to {
            if exact(i) && visit(i) { return i }
            i += 1
        }
        return nil
    }

    /// Each lane marked by `m` (the window at `base`) where `exact` holds,
    /// in order, to `visit` until it answers true; the lane it stopped at.
    @inline(__always)
    private static func lanes(_ m: SIMDMask<SIMD16<Int8>>, at base: Int, _ exact: (Int) -> Bool, _ visit: (Int) -> Bool) -> Int? {
        var (lo, hi) = ByteScan.laneBits(m)
        while lo != 0 {
            let k = base + lo.trailingZeroBitCount >> 3
            if exact(k) && visit(k) { return k }
            lo &= lo &- 1
        }
        while hi != 0 {
            let k = base + 8 + hi.trailingZeroBitCount >> 3
            if exact(k) && visit(k) { return k }
            hi &= hi &- 1
        }
        return nil
    }

    /// `first` byte by byte: the reference it is tested against.
    static func firstReference(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int, exact: (Int) -> Bool) -> Int? {
        var i = from
        while i < to {
            if exact(i) { return i }
            i += 1
        }
        return nil
    }
}
