/// The NFC form of a text together with a map from its byte offsets back to
/// the original's, so that a decomposed (NFD) draft, as macOS writes it, is
/// parsed and checked like any other and every finding still lands on the
/// original bytes.
///
/// The text is cut before every ASCII character: no canonical composition
/// takes an ASCII character as its second part, and an ASCII character is a
/// starter that blocks reordering, so NFC of the whole text is NFC of each
/// piece, joined. Only pieces holding a combining mark or a scalar outside
/// the Latin ranges are normalised (a cache keeps the repeated syllables);
/// the rest is copied as it is. Normalised pieces are the map's clusters.
public struct NFCMapping: Sendable {
    /// The normalised text.
    public let normalized: SourceText
    /// Per normalised cluster: where it starts and ends in both texts.
    private let nfcStarts: [Int]
    private let nfcEnds: [Int]
    private let origStarts: [Int]
    private let origEnds: [Int]

    /// Nil when the text has no combining mark or is already in NFC.
    public init?(_ source: SourceText) {
        let b = source.bytes
        guard NFC.mayNeedNormalization(b) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var ns: [Int] = [], ne: [Int] = [], os: [Int] = [], oe: [Int] = []
        var cache: [[UInt8]: [UInt8]] = [:]
        let n = b.count
        var copied = 0  // b[copied..<segment] not yet copied
        func flush(_ s: Int, _ e: Int) {
            let piece = Array(b[s..<e])
            let norm: [UInt8]
            if let c = cache[piece] { norm = c } else { norm = NFC.normalize(piece); cache[piece] = norm }
            guard norm != piece else { return }
            out.append(contentsOf: b[copied..<s])
            ns.append(out.count); os.append(s)
            out.append(contentsOf: norm)
            ne.append(out.count); oe.append(e)
            copied = e
        }
        b.withUnsafeBufferPointer { p in
            var segment = 0
            var needs = false
            var i = 0
            var bytewiseUntil = 0
            let raw = UnsafeRawPointer(p.baseAddress)
            let fc = SIMD16<UInt8>(repeating: 0xFC), f0 = SIMD16<UInt8>(repeating: 0xF0), e0 = SIMD16<UInt8>(repeating: 0xE0)
            let fe = SIMD16<UInt8>(repeating: 0xFE), cc = SIMD16<UInt8>(repeating: 0xCC), d0 = SIMD16<UInt8>(repeating: 0xD0)
            let e1 = SIMD16<UInt8>(repeating: 0xE1), e2 = SIMD16<UInt8>(repeating: 0xE2), b8 = SIMD16<UInt8>(repeating: 0xB8)
            let high = SIMD16<UInt8>(repeating: 0x80), zero = SIMD16<UInt8>(repeating: 0)
            while i < n {
                // Sixteen bytes at a time while no piece is open and none of
                // them opens one (a lead byte from CC on, but Latin Extended
                // Additional and general punctuation): only the last ASCII
                // byte, where the next piece would start, is kept.
                if !needs, i >= bytewiseUntil, let raw, i + 17 <= n {
                    let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                    let next = raw.loadUnaligned(fromByteOffset: i + 1, as: SIMD16<UInt8>.self)
                    let fromCC = ((v & fc) .== cc) .| ((v & f0) .== d0) .| ((v & e0) .== e0)
                    let latinExtended = (v .== e1) .& ((next & fc) .== b8)
                    let punctuation = (v .== e2) .& ((next & fe) .== high)
                    if !ByteScan.any(fromCC .& .!latinExtended .& .!punctuation) {
                        let (lo, hi) = ByteScan.laneBits((v & high) .== zero)
                        if hi != 0 { segment = i + 8 + (63 - hi.leadingZeroBitCount) >> 3 } else if lo != 0 { segment = i + (63 - lo.leadingZeroBitCount) >> 3 }
                        i += 16
                        continue
                    }
                    bytewiseUntil = i + 16
                }
                let c = p[i]
                if c < 0x80 {
                    if needs { flush(segment, i); needs = false }
                    segment = i
                    i += 1
                    continue
                }
                if c >= 0xC0 && !needs {
                    let c1: UInt8 = i + 1 < n ? p[i + 1] : 0
                    // Marks (CC, CD); anything past IPA but Latin Extended
                    // Additional (E1 B8–BB) and general punctuation (E2 80–81).
                    needs = c == 0xCC || c == 0xCD
                        || (c >= 0xCE && !(c == 0xE1 && c1 >= 0xB8 && c1 <= 0xBB) && !(c == 0xE2 && (c1 == 0x80 || c1 == 0x81)))
                }
                i += 1
            }
            if needs { flush(segment, n) }
        }
        guard !ns.isEmpty else { return nil }
        out.append(contentsOf: b[copied..<n])
        normalized = SourceText(validUTF8: out, encoding: source.encoding)
        nfcStarts = ns; nfcEnds = ne; origStarts = os; origEnds = oe
    }

    /// The last cluster whose normalised start is ≤ x (or < x when `strict`).
    private func cluster(before x: Int, strict: Bool) -> Int? {
        var lo = 0, hi = nfcStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if strict ? nfcStarts[mid] < x : nfcStarts[mid] <= x { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? nil : lo - 1
    }

    /// The original offset where a range starting at normalised offset `x`
    /// starts (a cluster is never split: inside one maps to its start).
    public func originalStart(_ x: Int) -> Int {
        guard let k = cluster(before: x, strict: false) else { return x }
        return x < nfcEnds[k] ? origStarts[k] : origEnds[k] + (x - nfcEnds[k])
    }

    /// The original offset where a range ending at normalised offset `x`
    /// ends (inside a cluster maps to its end).
    public func originalEnd(_ x: Int) -> Int {
        guard let k = cluster(before: x, strict: true) else { return x }
        return x <= nfcEnds[k] ? origEnds[k] : origEnds[k] + (x - nfcEnds[k])
    }

    /// A normalised range in the original text.
    public func original(_ r: TextRange) -> TextRange {
        if r.isEmpty { let p = originalStart(r.start); return TextRange(p, p) }
        return TextRange(originalStart(r.start), max(originalStart(r.start), originalEnd(r.end)))
    }
}
