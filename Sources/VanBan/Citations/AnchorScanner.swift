/// The extractor's skip loop: the next position that may open a citation,
/// over raw bytes, touching nothing but the text and two small tables.
///
/// A citation opens at a `/` (inside a number) or at a word that starts an
/// anchor: a unit word in any case (`Điều`, `khoản`, `ĐIỀU`), or a law word
/// or type name written with a capital (`Luật`, `Nghị định này`; the
/// extractor ignores their lower-case forms as anchors, they are only read
/// backwards from a number). So a position is returned only when
/// - its byte is `/`, or
/// - its byte opens such an anchor (`anchorFirstBytes`: about one byte in
///   seven), it starts a word, and its first four bytes pass the anchors'
///   hashed prefix filter (which never rejects a real anchor).
///
/// Every other position (most of the text) costs one load and one table
/// look-up. Positions it skips are ones where the extractor's branches could
/// not fire, so skipping them changes no output.
struct AnchorScanner: Sendable {
    /// Per byte value: 2 for `/`, 1 for a byte that opens an anchor, else 0.
    let byteClass: [UInt8]
    /// `PhraseIndex.unionFilter` of the anchors' indexes.
    let prefixFilter: [UInt64]

    init(anchorFirstBytes: Set<UInt8>, anchorIndexes: [PhraseIndex]) {
        var t = [UInt8](repeating: 0, count: 256)
        for c in anchorFirstBytes { t[Int(c)] = 1 }
        t[Int(UInt8(ascii: "/"))] = 2
        byteClass = t
        // Without a four-byte filter every word start passes.
        prefixFilter = PhraseIndex.unionFilter(anchorIndexes) ?? [UInt64](repeating: ~0, count: (PhraseIndex.filterMask + 1) / 64)
    }

    /// The first index from `i` holding `/`, or starting a word whose first
    /// bytes may open an anchor; `p.count` if none.
    @inline(__always)
    func next(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        let n = p.count
        guard let base = p.baseAddress, i < n else { return n }
        return byteClass.withUnsafeBufferPointer { classes in
            prefixFilter.withUnsafeBufferPointer { filter in
                let t = classes.baseAddress!
                var k = i
                while k < n {
                    let cls = t[Int(base[k])]
                    if cls == 0 { k &+= 1; continue }
                    if cls == 2 { return k }
                    if Self.startsWord(p, k) && (k + 4 > n || Self.passes(filter, base + k)) { return k }
                    k &+= 1
                }
                return n
            }
        }
    }

    /// `PhraseIndex.passes` on the four bytes at `at` (which must be in
    /// bounds), read in one unaligned load: the same big-endian word.
    @inline(__always)
    static func passes(_ filter: UnsafeBufferPointer<UInt64>, _ at: UnsafePointer<UInt8>) -> Bool {
        let h = UnsafeRawPointer(at).loadUnaligned(as: UInt32.self).bigEndian
        let k = PhraseIndex.filterHash(h)
        return filter[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// Whether `k` starts a word: the previous byte is not an ASCII letter
    /// or digit and not the end of a Vietnamese letter. The common cases
    /// inline (ASCII; the lead bytes C3–C6, combining marks CC–CD, Latin
    /// Extended Additional E1 BA/BB), `Bytes.isWordCharBefore` for the rest.
    @inline(__always)
    static func startsWord(_ p: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        guard k > 0 else { return true }
        let q = p[k - 1]
        if q < 0x80 { return !(Bytes.isASCIILetter(q) || Bytes.isDigit(q)) }
        if k >= 2 {
            let l = p[k - 2]
            if l >= 0xC3 && l <= 0xC6 || l == 0xCC || l == 0xCD { return false }
            if k >= 3 && p[k - 3] == 0xE1 && (l == 0xBA || l == 0xBB) { return false }
        }
        return !otherWordCharBefore(p, k)
    }

    /// `Bytes.isWordCharBefore` out of line: inlined, its Unicode-property
    /// fallback made every call of `next` fetch type metadata on entry.
    @inline(never)
    static func otherWordCharBefore(_ p: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        Bytes.isWordCharBefore(k, in: p)
    }
}
