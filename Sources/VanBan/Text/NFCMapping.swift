/// The NFC form of a text together with a map from its byte offsets back to
/// the original's, so that a decomposed (NFD) draft, as macOS writes it, is
/// parsed and checked like any other and every finding still lands on the
/// original bytes.
///
/// The text is cut into clusters: a scalar followed by its combining marks
/// (U+0300–U+036F, the marks Vietnamese uses). Only clusters holding a mark
/// are normalised; the bytes between them are copied as they are. When that
/// piecewise result differs from normalising the whole text (composition
/// across clusters, as in Hangul, which this cut does not model), there is no
/// mapping and the caller keeps the original text.
public struct NFCMapping: Sendable {
    /// The normalised text.
    public let normalized: SourceText
    /// Per normalised cluster: where it starts and ends in both texts.
    private let nfcStarts: [Int]
    private let nfcEnds: [Int]
    private let origStarts: [Int]
    private let origEnds: [Int]

    /// Nil when the text needs no normalisation, or when the piecewise
    /// normalisation cannot be trusted.
    public init?(_ source: SourceText) {
        let b = source.bytes
        guard NFC.mayNeedNormalization(b) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var ns: [Int] = [], ne: [Int] = [], os: [Int] = [], oe: [Int] = []
        var cache: [[UInt8]: [UInt8]] = [:]
        let n = b.count
        @inline(__always) func isMark(_ i: Int) -> Bool {
            i + 1 < n && (b[i] == 0xCC || (b[i] == 0xCD && b[i + 1] <= 0xAF)) && b[i + 1] & 0xC0 == 0x80
        }
        @inline(__always) func scalarLength(_ c: UInt8) -> Int {
            c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
        }
        var copied = 0  // b[copied..<i] not yet copied
        var i = 0
        while i < n {
            let len = min(scalarLength(b[i]), n - i)
            let next = i + len
            guard next < n, isMark(next) else { i = next; continue }
            // A cluster: the scalar at i and the marks after it.
            var e = next
            while e < n && isMark(e) { e += 2 }
            out.append(contentsOf: b[copied..<i])
            let cluster = Array(b[i..<e])
            let norm: [UInt8]
            if let c = cache[cluster] { norm = c } else { norm = NFC.normalize(cluster); cache[cluster] = norm }
            ns.append(out.count); os.append(i)
            out.append(contentsOf: norm)
            ne.append(out.count); oe.append(e)
            copied = e
            i = e
        }
        out.append(contentsOf: b[copied..<n])
        guard !ns.isEmpty, out != b, out == NFC.normalize(b) else { return nil }
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
