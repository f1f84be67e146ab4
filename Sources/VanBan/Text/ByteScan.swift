/// Eight bytes at a time (SWAR), or sixteen with SIMD: finds the next byte of interest without a
/// branch per byte. Masks have the high bit of each matching lane set,
/// exactly (no false positives); lane 0 is the byte at the lowest address.
/// Shared by the parser and the rules.
public enum ByteScan {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    public static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Lanes equal to `b`.
    @inlinable @inline(__always)
    public static func eq(_ x: UInt64, _ b: UInt8) -> UInt64 {
        let y = x ^ (ones &* UInt64(b))
        return ~(((y & low7) &+ low7) | y | low7)
    }

    /// Lanes below `n` (n ≤ 0x80).
    @inlinable @inline(__always)
    public static func less(_ x: UInt64, _ n: UInt8) -> UInt64 {
        ~(((x & low7) &+ ones &* UInt64(0x80 - n)) | x) & highBits
    }

    /// Whether any lane of a sixteen-byte comparison is set. (`any(_:)` of
    /// the standard library is two hundred times slower here; compare with
    /// splats made once outside the loop, as `v .== 0x2A` builds one per
    /// call.)
    @inlinable @inline(__always)
    public static func any(_ m: SIMDMask<SIMD16<Int8>>) -> Bool {
        let w = unsafeBitCast(unsafeBitCast(m, to: SIMD16<Int8>.self), to: SIMD2<UInt64>.self)
        return w[0] | w[1] != 0
    }

    /// A sixteen-byte comparison as two SWAR masks (`eq`'s convention: the
    /// high bit of each set lane), for lanes 0–7 and 8–15.
    @inlinable @inline(__always)
    public static func laneBits(_ m: SIMDMask<SIMD16<Int8>>) -> (UInt64, UInt64) {
        let w = unsafeBitCast(unsafeBitCast(m, to: SIMD16<Int8>.self), to: SIMD2<UInt64>.self)
        return (w[0] & highBits, w[1] & highBits)
    }

    /// A sixteen-byte comparison as sixteen bits, lane `i` in bit `i`
    /// (what `pmovmskb` gives; SSE2 code without it). Each half's high
    /// bits are gathered by one multiplication: bit 8i+7 times 2^(7(7-i))
    /// lands on bit 56+i, and no two of the products overlap or carry.
    /// One loop over these bits ends once a window, where two over
    /// `laneBits`' halves end twice (an exit each, mispredicted often).
    @inlinable @inline(__always)
    public static func laneMask(_ m: SIMDMask<SIMD16<Int8>>) -> UInt32 {
        let w = unsafeBitCast(unsafeBitCast(m, to: SIMD16<Int8>.self), to: SIMD2<UInt64>.self)
        let gather: UInt64 = 0x0002_0408_1020_4081
        let lo = ((w[0] & highBits) &* gather) >> 56, hi = ((w[1] & highBits) &* gather) >> 56
        return UInt32(truncatingIfNeeded: lo | hi << 8)
    }

    /// How many lanes of a sixteen-byte comparison are set (no popcount
    /// instruction is assumed: each half's 0/1 lanes are summed by one
    /// multiplication).
    @inlinable @inline(__always)
    public static func count(_ m: SIMDMask<SIMD16<Int8>>) -> Int {
        let w = unsafeBitCast(unsafeBitCast(m, to: SIMD16<Int8>.self), to: SIMD2<UInt64>.self)
        let a = ((w[0] & ones) &* ones) >> 56, b = ((w[1] & ones) &* ones) >> 56
        return Int(a &+ b)
    }

    /// Lanes at or above 0x80.
    @inlinable @inline(__always)
    public static func nonASCII(_ x: UInt64) -> UInt64 { x & highBits }

    /// The first index in `from..<to` whose lane `mask` marks, if any.
    @inlinable @inline(__always)
    public static func firstIndex(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int, _ mask: (UInt64) -> UInt64) -> Int? {
        guard let base = p.baseAddress, from < to else { return nil }
        var i = from
        while i + 8 <= to {
            let m = mask(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            if m != 0 { return i + m.trailingZeroBitCount >> 3 }
            i += 8
        }
        if i < to {
            var x: UInt64 = 0
            let n = to - i
            for k in 0..<n { x |= UInt64(base[i + k]) << UInt64(8 * k) }
            let m = mask(x) & ((1 << UInt64(8 * n)) - 1)
            if m != 0 { return i + m.trailingZeroBitCount >> 3 }
        }
        return nil
    }
}
