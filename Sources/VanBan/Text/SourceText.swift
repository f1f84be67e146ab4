/// The unit in which a column is counted.
public enum ColumnUnit: String, Sendable, CaseIterable {
    /// UTF-8 bytes (LSP `utf-8`).
    case utf8 = "utf-8"
    /// UTF-16 code units (LSP `utf-16`, the protocol's default).
    case utf16 = "utf-16"
    /// Unicode scalars (LSP `utf-32`; the CLI's columns).
    case scalar = "utf-32"
}

/// A 0-based line and a 0-based column in some `ColumnUnit`.
public struct LineColumn: Hashable, Sendable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
}

/// The one storage of a document's text: UTF-8 bytes plus a line index.
///
/// Invariants: `bytes` is well-formed UTF-8 without a BOM; every `TextRange`
/// handed out by the parser indexes into `bytes`; conversions between byte
/// offsets and line/column positions are exact for NFD text and for
/// characters outside the BMP, and cost O(log n) plus a bounded scan.
public final class SourceText: Sendable {
    public let bytes: [UInt8]
    /// Encoding of the file the text came from (for writing fixes back).
    public let encoding: SourceEncoding
    /// Byte offset at which each line starts. Line terminators: LF, CRLF, CR.
    public let lineStarts: [Int]
    /// Per 512-byte block: UTF-16 units and scalars before the block start.
    private let blockUTF16: [Int]
    private let blockScalars: [Int]
    private static let blockShift = 9
    private static let blockMask = (1 << blockShift) - 1

    /// Wraps UTF-8 bytes already known to be valid (from `SourceDecoder`, or a
    /// Swift `String`).
    public init(validUTF8 bytes: [UInt8], encoding: SourceEncoding = .utf8) {
        self.bytes = bytes
        self.encoding = encoding
        var starts: [Int] = [0]
        let nBlocks = (bytes.count >> SourceText.blockShift) + 1
        var bu = [Int](); bu.reserveCapacity(nBlocks)
        var bs = [Int](); bs.reserveCapacity(nBlocks)
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            let raw = UnsafeRawPointer(p.baseAddress)
            let lf = SIMD16<UInt8>(repeating: 0x0A), cr = SIMD16<UInt8>(repeating: 0x0D)
            let topTwo = SIMD16<UInt8>(repeating: 0xC0), continuation = SIMD16<UInt8>(repeating: 0x80)
            let topFive = SIMD16<UInt8>(repeating: 0xF8), fourByteLead = SIMD16<UInt8>(repeating: 0xF0)
            // Scalars are the bytes minus the continuation bytes; UTF-16
            // units are the scalars plus one per four-byte lead. Both are
            // counted per lane (a set mask lane is -1, so subtracting it
            // adds one) and summed once per block: a lane sees at most
            // 512 / 16 = 32 windows before that, so it cannot overflow.
            var continuations = 0, fourByteLeads = 0
            var laneContinuations = SIMD16<UInt8>(), laneLeads = SIMD16<UInt8>()
            func flushLanes() {
                continuations &+= Int(SIMD16<UInt16>(truncatingIfNeeded: laneContinuations).wrappedSum())
                fourByteLeads &+= Int(SIMD16<UInt16>(truncatingIfNeeded: laneLeads).wrappedSum())
                laneContinuations = SIMD16<UInt8>(); laneLeads = SIMD16<UInt8>()
            }
            var i = 0
            if let raw {
                // Blocks start at multiples of 512, so of 16: every window
                // lies inside one block.
                while i + 16 <= n {
                    if i & SourceText.blockMask == 0 {
                        flushLanes()
                        bs.append(i &- continuations); bu.append(i &- continuations &+ fourByteLeads)
                    }
                    let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                    let ends = (v .== lf) .| (v .== cr)
                    if ByteScan.any(ends) {
                        // Each LF, and each CR not followed by an LF, ends a line.
                        let (lo, hi) = ByteScan.laneBits(ends)
                        SourceText.appendLineStarts(lanes: lo, at: i, p, &starts)
                        SourceText.appendLineStarts(lanes: hi, at: i + 8, p, &starts)
                    }
                    laneContinuations &-= unsafeBitCast((v & topTwo) .== continuation, to: SIMD16<UInt8>.self)
                    laneLeads &-= unsafeBitCast((v & topFive) .== fourByteLead, to: SIMD16<UInt8>.self)
                    i &+= 16
                }
                flushLanes()
            }
            // The last bytes (fewer than sixteen), one at a time.
            while i < n {
                if i & SourceText.blockMask == 0 { bs.append(i &- continuations); bu.append(i &- continuations &+ fourByteLeads) }
                let c = p[i]
                if c == 0x0A {
                    starts.append(i + 1)
                } else if c == 0x0D {
                    // CRLF: the LF ends the line.
                    if !(i + 1 < n && p[i + 1] == 0x0A) { starts.append(i + 1) }
                } else if c & 0xC0 == 0x80 {
                    continuations &+= 1
                } else if c & 0xF8 == 0xF0 {
                    fourByteLeads &+= 1
                }
                i &+= 1
            }
            if n & SourceText.blockMask == 0 { bs.append(n &- continuations); bu.append(n &- continuations &+ fourByteLeads) }
        }
        self.lineStarts = starts
        self.blockUTF16 = bu
        self.blockScalars = bs
    }

    /// A text and its index made elsewhere (`replacing(_:with:)`).
    private init(bytes: [UInt8], encoding: SourceEncoding, lineStarts: [Int], blockUTF16: [Int], blockScalars: [Int]) {
        self.bytes = bytes
        self.encoding = encoding
        self.lineStarts = lineStarts
        self.blockUTF16 = blockUTF16
        self.blockScalars = blockScalars
    }

    public convenience init(_ string: String) {
        self.init(validUTF8: Array(string.utf8))
    }

    /// Decodes raw file bytes (see `SourceDecoder`).
    public convenience init(decoding raw: [UInt8]) throws(SourceDecodingError) {
        let (utf8, enc) = try SourceDecoder.decode(raw)
        self.init(validUTF8: utf8, encoding: enc)
    }

    public var count: Int { bytes.count }
    public var lineCount: Int { lineStarts.count }

    /// The text of a range as a `String`.
    public func string(_ r: TextRange) -> String {
        String(decoding: bytes[r.start..<r.end], as: UTF8.self)
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The 0-based line containing `offset` (binary search).
    public func line(of offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) >> 1
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The range of line `line`'s content, without its terminator.
    public func lineRange(_ line: Int) -> TextRange {
        let s = lineStarts[line]
        var e = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        if e > s && bytes[e - 1] == 0x0A { e -= 1 }
        if e > s && bytes[e - 1] == 0x0D { e -= 1 }
        return TextRange(s, e)
    }

    /// Appends the line starts after the line ends marked in `lanes` (an
    /// eight-lane SWAR mask of LF and CR bytes at `p[at...]`): after each LF,
    /// and after each CR that no LF follows.
    @inline(__always)
    static func appendLineStarts(lanes: UInt64, at: Int, _ p: UnsafeBufferPointer<UInt8>, _ starts: inout [Int]) {
        var b = lanes
        while b != 0 {
            let k = at + b.trailingZeroBitCount >> 3
            if p[k] == 0x0A || !(k + 1 < p.count && p[k + 1] == 0x0A) { starts.append(k + 1) }
            b &= b &- 1
        }
    }

    /// Counts UTF-16 units and scalars in `[0, offset)`.
    private func prefixCounts(_ offset: Int) -> (utf16: Int, scalars: Int) {
        let block = offset >> SourceText.blockShift
        let c = unitCounts(from: block << SourceText.blockShift, to: offset)
        return (blockUTF16[block] + c.utf16, blockScalars[block] + c.scalars)
    }

    /// UTF-16 units and scalars in `bytes[from..<to]` (both offsets on
    /// scalar boundaries; elsewhere, the lead bytes in the range are
    /// counted, as the block counts do), sixteen bytes at a time.
    func unitCounts(from: Int, to: Int) -> (utf16: Int, scalars: Int) {
        bytes.withUnsafeBufferPointer { p in
            var u = 0, s = 0
            var i = from
            if let raw = UnsafeRawPointer(p.baseAddress) {
                let units = WindowUnits()
                while i + 16 <= to {
                    let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                    let c = units.counts(v)
                    s &+= c.scalars
                    u &+= c.utf16
                    i &+= 16
                }
            }
            while i < to {
                let c = p[i]
                if c < 0x80 { u &+= 1; s &+= 1 } else if c >= 0xC0 { s &+= 1; u &+= c >= 0xF0 ? 2 : 1 }
                i &+= 1
            }
            return (u, s)
        }
    }

    private func prefix(_ offset: Int, _ unit: ColumnUnit) -> Int {
        switch unit {
        case .utf8: return offset
        case .utf16: return prefixCounts(offset).utf16
        case .scalar: return prefixCounts(offset).scalars
        }
    }

    /// Snaps an offset back to the start of the scalar it falls in.
    public func scalarBoundary(atOrBefore offset: Int) -> Int {
        var o = Swift.min(Swift.max(offset, 0), bytes.count)
        while o > 0 && o < bytes.count && bytes[o] & 0xC0 == 0x80 { o -= 1 }
        return o
    }

    /// The 0-based line and column of a byte offset.
    public func position(of offset: Int, unit: ColumnUnit) -> LineColumn {
        let o = Swift.min(Swift.max(offset, 0), bytes.count)
        let l = line(of: o)
        let start = lineStarts[l]
        let col: Int
        if unit == .utf8 {
            col = o - start
        } else if o - start <= 2 << SourceText.blockShift {
            // A short span (most lines): count it directly.
            let c = unitCounts(from: start, to: o)
            col = unit == .utf16 ? c.utf16 : c.scalars
        } else {
            col = prefix(o, unit) - prefix(start, unit)
        }
        return LineColumn(line: l, column: col)
    }

    /// The byte offset of a line/column position. Lines past the end clamp
    /// to the end of the text, columns past the line's end clamp to the
    /// line's end, and a column inside a multi-unit character snaps to the
    /// character's start. Never traps.
    public func offset(of pos: LineColumn, unit: ColumnUnit) -> Int {
        if pos.line < 0 { return 0 }
        if pos.line >= lineStarts.count { return bytes.count }
        let lr = lineRange(pos.line)
        if pos.column <= 0 { return lr.start }
        switch unit {
        case .utf8:
            return scalarBoundary(atOrBefore: Swift.min(lr.start + pos.column, lr.end))
        case .utf16, .scalar:
            let base = prefix(lr.start, unit)
            let target = base + pos.column
            // Binary search blocks inside the line, then scan.
            var lo = lr.start >> SourceText.blockShift, hi = lr.end >> SourceText.blockShift
            let table = unit == .utf16 ? blockUTF16 : blockScalars
            while lo < hi {
                let mid = (lo + hi + 1) >> 1
                if table[mid] <= target { lo = mid } else { hi = mid - 1 }
            }
            var i = Swift.max(lr.start, lo << SourceText.blockShift)
            var count = prefix(i, unit)
            while i < lr.end {
                let c = bytes[i]
                let w: Int
                if c < 0x80 { w = 1 } else if c >= 0xC0 { w = unit == .utf16 && c >= 0xF0 ? 2 : 1 } else { i += 1; continue }
                if count + w > target { return i }
                count += w
                i += 1
                while i < lr.end && bytes[i] & 0xC0 == 0x80 { i += 1 }
                if count == target { return i }
            }
            return lr.end
        }
    }
}

extension SourceText {
    /// The text with the bytes of `range` replaced by `replacement`, its
    /// index updated instead of rebuilt (an editor's keystroke in a large
    /// text): the same text and index as `SourceText(validUTF8:)` of the
    /// new bytes gives. `range` lies on scalar boundaries and `replacement`
    /// is valid UTF-8, so the result is valid UTF-8 too.
    ///
    /// Line starts before the edit are kept, those after it shift; only the
    /// lines the edit touches are looked at again. The per-block counts
    /// after the edit are the old counts at the same text shifted, which a
    /// short scan inside one old block gives (one byte per block for a
    /// character typed or deleted).
    public func replacing(_ range: TextRange, with replacement: [UInt8]) -> SourceText {
        let a = range.start, b = range.end, old = bytes
        precondition(0 <= a && a <= b && b <= old.count, "range outside the text")
        let n = old.count - (b - a) + replacement.count, delta = replacement.count - (b - a), repEnd = a + replacement.count
        // Three block copies (appending array slices copied byte by byte).
        let new = [UInt8](unsafeUninitializedCapacity: n) { buf, count in
            old.withUnsafeBufferPointer { o in
                replacement.withUnsafeBufferPointer { r in
                    guard let d = buf.baseAddress else { return }
                    if a > 0 { d.initialize(from: o.baseAddress!, count: a) }
                    if r.count > 0 { (d + a).initialize(from: r.baseAddress!, count: r.count) }
                    if o.count > b { (d + repEnd).initialize(from: o.baseAddress! + b, count: o.count - b) }
                }
            }
            count = n
        }

        // Line starts. A start s (> 0) depends on bytes s - 1 and s: kept
        // below a, shifted from the old text from repEnd + 1 on, looked at
        // again in between.
        var starts = [Int]()
        starts.reserveCapacity(lineStarts.count + replacement.count)
        let kept = lineStarts.partitioningIndex { $0 >= Swift.max(a, 1) }
        let shifted = lineStarts.partitioningIndex { $0 >= b + 1 }
        lineStarts.withUnsafeBufferPointer { p in
            starts.append(contentsOf: UnsafeBufferPointer(rebasing: p[0..<kept]))
            var s = Swift.max(a, 1)
            while s <= Swift.min(repEnd, n) {
                let c = new[s - 1]
                if c == 0x0A || (c == 0x0D && !(s < n && new[s] == 0x0A)) { starts.append(s) }
                s += 1
            }
            let from = starts.count
            starts.append(contentsOf: UnsafeBufferPointer(rebasing: p[shifted...]))
            starts.withUnsafeMutableBufferPointer { q in
                for k in from..<q.count { q[k] &+= delta }
            }
        }

        // Block counts: entry j counts new[0 ..< j * 512]. Up to the
        // edit's start they are the old ones; inside the replacement, the
        // counts at its start plus its own; after it, the old counts at the
        // same text plus what the edit added.
        let blocks = (n >> SourceText.blockShift) + 1
        var bu = [Int](), bs = [Int]()
        bu.reserveCapacity(blocks); bs.reserveCapacity(blocks)
        var j = 0
        while j <= a >> SourceText.blockShift { bu.append(blockUTF16[j]); bs.append(blockScalars[j]); j += 1 }
        let atA = oldPrefixCounts(a), atB = oldPrefixCounts(b)
        while j < blocks && j << SourceText.blockShift < repEnd {
            let c = SourceText.counts(replacement[0..<((j << SourceText.blockShift) - a)])
            bu.append(atA.utf16 + c.utf16); bs.append(atA.scalars + c.scalars)
            j += 1
        }
        let added = SourceText.counts(replacement[...])
        let d16 = added.utf16 - (atB.utf16 - atA.utf16), dScalars = added.scalars - (atB.scalars - atA.scalars)
        while j < blocks {
            let c = oldPrefixCounts((j << SourceText.blockShift) - delta)
            bu.append(c.utf16 + d16); bs.append(c.scalars + dScalars)
            j += 1
        }
        return SourceText(bytes: new, encoding: encoding, lineStarts: starts, blockUTF16: bu, blockScalars: bs)
    }

    /// UTF-16 units and scalars before byte `offset` of this text (any
    /// offset, also inside a character: lead bytes are what is counted),
    /// from the nearer end of its block.
    private func oldPrefixCounts(_ offset: Int) -> (utf16: Int, scalars: Int) {
        let block = offset >> SourceText.blockShift
        let start = block << SourceText.blockShift, end = start + (1 << SourceText.blockShift)
        if offset - start > end - offset && block + 1 < blockUTF16.count {
            let c = unitCounts(from: offset, to: end)
            return (blockUTF16[block + 1] - c.utf16, blockScalars[block + 1] - c.scalars)
        }
        let c = unitCounts(from: start, to: offset)
        return (blockUTF16[block] + c.utf16, blockScalars[block] + c.scalars)
    }

    /// UTF-16 units and scalars in some bytes, counted as the index counts
    /// them: a lead or ASCII byte starts a scalar, a four-byte lead two units.
    private static func counts(_ b: ArraySlice<UInt8>) -> (utf16: Int, scalars: Int) {
        var u = 0, s = 0
        for c in b where c & 0xC0 != 0x80 {
            s &+= 1
            u &+= c & 0xF8 == 0xF0 ? 2 : 1
        }
        return (u, s)
    }
}

/// Scalars and UTF-16 units in a sixteen-byte window of valid UTF-8:
/// continuation bytes start no scalar, four-byte leads start two UTF-16
/// units. Make one outside the loop (it holds the splats).
struct WindowUnits {
    let topTwo = SIMD16<UInt8>(repeating: 0xC0), continuation = SIMD16<UInt8>(repeating: 0x80)
    let topFive = SIMD16<UInt8>(repeating: 0xF8), fourByteLead = SIMD16<UInt8>(repeating: 0xF0)

    @inline(__always)
    func counts(_ v: SIMD16<UInt8>) -> (scalars: Int, utf16: Int) {
        let cont = ByteScan.count((v & topTwo) .== continuation)
        let four = ByteScan.count((v & topFive) .== fourByteLead)
        return (16 - cont, 16 - cont + four)
    }
}
