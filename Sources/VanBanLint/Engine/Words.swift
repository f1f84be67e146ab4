import VanBan

/// A maximal run of letters (and combining marks) in the markup-free view.
public struct Word: Sendable {
    public var range: TextRange
    /// First letter is upper case.
    public var isCapitalized: Bool
    /// Every letter is upper case.
    public var isAllCaps: Bool
    /// Every byte is ASCII (no Vietnamese letter, no mark): rules about
    /// tone marks and spelling skip such a word without reading it.
    public var isASCII: Bool
    public var letterCount: Int
}

public enum Words {
    /// Splits the document's clean view into words. Digits and punctuation
    /// separate words; `Đ`/`đ` and combining marks are letters.
    public static func split(_ doc: Document) -> [Word] { split(doc.clean) }

    /// `split(_:)` on the bytes of a clean view.
    public static func split(_ clean: [UInt8]) -> [Word] {
        var out: [Word] = []
        out.reserveCapacity(clean.count / 5)
        let table = ScalarClass.table
        let ascii = ScalarClass.asciiTable
        clean.withUnsafeBufferPointer { p in
            table.withUnsafeBufferPointer { t in
                ascii.withUnsafeBufferPointer { a in
                    let n = p.count
                    var i = 0
                    // Between words: skip to the next letter.
                    while i < n {
                        var (f, len) = Words.classOf(p, i, n, a, t)
                        if f & ScalarClass.letterOrMark == 0 { i += len; continue }
                        // A word starts here: scan to its end.
                        let start = i
                        let first = f & ScalarClass.upper != 0
                        var letters = 0
                        var lowerSeen: UInt8 = 0
                        var widest = 0   // byte length of the longest scalar
                        while true {
                            lowerSeen |= f & ScalarClass.lower
                            letters &+= Int(f & ScalarClass.alphabetic)   // alphabetic is bit 0
                            widest |= len
                            i += len
                            guard i < n else { break }
                            (f, len) = Words.classOf(p, i, n, a, t)
                            if f & ScalarClass.letterOrMark == 0 { break }
                        }
                        let allCaps = lowerSeen == 0
                        out.append(Word(range: TextRange(start, i), isCapitalized: first, isAllCaps: allCaps,
                                        isASCII: widest == 1, letterCount: letters))
                        // `i` is at the separator (or the end); the outer loop skips it.
                    }
                }
            }
        }
        return out
    }

    /// `split` and `keysAndHashes` in one pass over the bytes, as
    /// `SharedAnalysis` uses them: the same words, keys and hashes.
    ///
    /// Exact because it is the same scan: every scalar is classified by
    /// `classOf` (ASCII through the same table, read inline), the flags are
    /// accumulated as `split` does (a word's ASCII bytes are letters, so they
    /// count as letters of length 1), and each byte of the word is hashed
    /// with FNV-1a in order while it is read instead of in a second pass.
    public static func indexed(_ clean: [UInt8]) -> (words: [Word], keys: [UInt32], hashes: [UInt64]) {
        let capacity = clean.count / 5
        var words: [Word] = [], keys: [UInt32] = [], hashes: [UInt64] = []
        words.reserveCapacity(capacity); keys.reserveCapacity(capacity); hashes.reserveCapacity(capacity)
        let table = ScalarClass.table
        let ascii = ScalarClass.asciiTable
        let letterOrMark = ScalarClass.letterOrMark
        // Words go to small buffers first, moved to the arrays a chunk at a
        // time: an `append` per word to each array costs a uniqueness check.
        let chunk = 256
        let wordBuffer = UnsafeMutablePointer<Word>.allocate(capacity: chunk)
        let keyBuffer = UnsafeMutablePointer<UInt32>.allocate(capacity: chunk)
        let hashBuffer = UnsafeMutablePointer<UInt64>.allocate(capacity: chunk)
        defer { wordBuffer.deallocate(); keyBuffer.deallocate(); hashBuffer.deallocate() }
        var buffered = 0
        clean.withUnsafeBufferPointer { p in
            table.withUnsafeBufferPointer { t in
                ascii.withUnsafeBufferPointer { a in
                    let n = p.count
                    var i = 0
                    while i < n {
                        // Between words: skip to the next letter.
                        let c0 = p[i]
                        let f0: UInt8, len0: Int
                        if c0 < 0x80 {
                            f0 = a[Int(c0)]
                            if f0 == 0 { i &+= 1; continue }
                            len0 = 1
                        } else {
                            (f0, len0) = Words.classOf(p, i, n, a, t)
                            if f0 & letterOrMark == 0 { i &+= len0; continue }
                        }
                        // A word starts here: scan to its end, hashing as it goes
                        // (the first scalar is taken here, as the scan would take it).
                        let start = i
                        var h = WordHash.seed
                        let lowerSeen0 = f0
                        // Over the scalars of two bytes or more: their byte lengths
                        // or'ed together, and their bytes minus their letters.
                        var wideOr = 0, wideNonLetters = 0
                        if c0 < 0x80 {
                            h = WordHash.step(h, UInt64(c0))
                            i &+= 1
                        } else {
                            wideOr = len0
                            wideNonLetters = len0 &- Int(f0 & ScalarClass.alphabetic)
                            let end = i &+ len0
                            while i < end { h = WordHash.step(h, UInt64(p[i])); i &+= 1 }
                        }
                        var lowerSeen = lowerSeen0
                        scan: while i < n {
                            // ASCII letters.
                            var c = p[i]
                            while c < 0x80 {
                                let g = a[Int(c)]
                                if g == 0 { break scan }
                                lowerSeen |= g
                                h = WordHash.step(h, UInt64(c))
                                i &+= 1
                                if i == n { break scan }
                                c = p[i]
                            }
                            // One non-ASCII scalar: the two- and three-byte forms
                            // inline, read as `classOf` reads them.
                            if c < 0xE0 && i &+ 1 < n {
                                let c1 = p[i &+ 1]
                                let g = t[Int(c & 0x1F) << 6 | Int(c1 & 0x3F)]
                                if g & letterOrMark == 0 { break }
                                lowerSeen |= g
                                wideOr |= 2
                                wideNonLetters &+= 2 &- Int(g & ScalarClass.alphabetic)
                                h = WordHash.step(h, UInt64(c))
                                h = WordHash.step(h, UInt64(c1))
                                i &+= 2
                            } else if c >= 0xE0 && c < 0xF0 && i &+ 2 < n,
                                      case let (c1, c2) = (p[i &+ 1], p[i &+ 2]),
                                      case let v = Int(c & 0x0F) << 12 | Int(c1 & 0x3F) << 6 | Int(c2 & 0x3F), v < ScalarClass.limit {
                                let g = t[v]
                                if g & letterOrMark == 0 { break }
                                lowerSeen |= g
                                wideOr |= 3
                                wideNonLetters &+= 3 &- Int(g & ScalarClass.alphabetic)
                                h = WordHash.step(h, UInt64(c))
                                h = WordHash.step(h, UInt64(c1))
                                h = WordHash.step(h, UInt64(c2))
                                i &+= 3
                            } else {
                                let (g, len) = Words.classOf(p, i, n, a, t)
                                if g & letterOrMark == 0 { break }
                                lowerSeen |= g
                                wideOr |= len
                                wideNonLetters &+= len &- Int(g & ScalarClass.alphabetic)
                                let end = i &+ len
                                while i < end { h = WordHash.step(h, UInt64(p[i])); i &+= 1 }
                            }
                            if i >= n { break }
                        }
                        let length = i &- start
                        // `split`'s widest length: 1 for each ASCII letter, or'ed with
                        // `wideOr`; it is 1 exactly when `wideOr` is 0 or 1.
                        (wordBuffer + buffered).initialize(to: Word(
                            range: TextRange(start, i), isCapitalized: f0 & ScalarClass.upper != 0,
                            isAllCaps: lowerSeen & ScalarClass.lower == 0, isASCII: wideOr <= 1,
                            letterCount: length &- wideNonLetters))
                        let b1: UInt32 = length >= 2 ? UInt32(p[start &+ 1]) : 0
                        keyBuffer[buffered] = UInt32(truncatingIfNeeded: min(length, 64)) << 16 | UInt32(p[start]) << 8 | b1
                        hashBuffer[buffered] = h | 1
                        buffered &+= 1
                        if buffered == chunk {
                            Words.move(buffered, wordBuffer, keyBuffer, hashBuffer, to: &words, &keys, &hashes)
                            buffered = 0
                        }
                    }
                }
            }
        }
        Words.move(buffered, wordBuffer, keyBuffer, hashBuffer, to: &words, &keys, &hashes)
        return (words, keys, hashes)
    }

    /// Appends the first `count` buffered words of `indexed` to its arrays.
    private static func move(_ count: Int, _ w: UnsafeMutablePointer<Word>, _ k: UnsafeMutablePointer<UInt32>, _ h: UnsafeMutablePointer<UInt64>,
                             to words: inout [Word], _ keys: inout [UInt32], _ hashes: inout [UInt64]) {
        words.append(contentsOf: UnsafeBufferPointer(start: w, count: count))
        keys.append(contentsOf: UnsafeBufferPointer(start: k, count: count))
        hashes.append(contentsOf: UnsafeBufferPointer(start: h, count: count))
    }

    /// The `ScalarClass` flags and byte length of the scalar at `i`: the
    /// same as decoding it with `decode` and looking it up, with the 2- and
    /// 3-byte forms of U+0080–U+1FFF (all of Vietnamese) read directly.
    @inline(__always)
    static func classOf(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int,
                        _ a: UnsafeBufferPointer<UInt8>, _ t: UnsafeBufferPointer<UInt8>) -> (UInt8, Int) {
        let c = p[i]
        if c < 0x80 { return (a[Int(c)], 1) }
        if c < 0xE0 && i + 1 < n { return (t[Int(c & 0x1F) << 6 | Int(p[i + 1] & 0x3F)], 2) }
        if c >= 0xE0 && c < 0xF0 && i + 2 < n {
            let v = Int(c & 0x0F) << 12 | Int(p[i + 1] & 0x3F) << 6 | Int(p[i + 2] & 0x3F)
            if v < ScalarClass.limit { return (t[v], 3) }
        }
        let (s, l) = Bytes.decodeScalar(p, i)
        return (s.value < ScalarClass.limit ? t[Int(s.value)] : ScalarClass.classify(s), l)
    }

    /// Per word, in one pass: a key for quick look-up filters (byte length,
    /// 64 for 64 and more, << 16 | first byte << 8 | second byte, 0 for
    /// one-byte words) and `Lexicon`'s hash (64-bit FNV-1a of the word's
    /// bytes, low bit set).
    public static func keysAndHashes(_ words: [Word], _ clean: [UInt8]) -> (keys: [UInt32], hashes: [UInt64]) {
        var keys = [UInt32](repeating: 0, count: words.count)
        var hashes = [UInt64](repeating: 0, count: words.count)
        clean.withUnsafeBufferPointer { cb in
            words.withUnsafeBufferPointer { wb in
                keys.withUnsafeMutableBufferPointer { kb in
                    hashes.withUnsafeMutableBufferPointer { hb in
                        for i in 0..<wb.count {
                            let r = wb[i].range
                            let len = r.end - r.start
                            let b0 = cb[r.start]
                            let b1: UInt32 = len >= 2 ? UInt32(cb[r.start + 1]) : 0
                            kb[i] = UInt32(min(len, 64)) << 16 | UInt32(b0) << 8 | b1
                            var h = WordHash.step(WordHash.seed, UInt64(b0))
                            var j = r.start + 1
                            while j < r.end { h = WordHash.step(h, UInt64(cb[j])); j += 1 }
                            hb[i] = h | 1
                        }
                    }
                }
            }
        }
        return (keys, hashes)
    }
}

/// The hash every word look-up shares: `Words.indexed` computes it for each
/// word, and `Lexicon`, `SyllableTable` and the rules that probe them
/// compute it the same way, so a word and a table entry of the same bytes
/// meet. 64-bit FNV-1a over the UTF-8 bytes in order; tables store it with
/// the low bit set (0 marks an empty slot).
enum WordHash {
    static let seed: UInt64 = 0xcbf29ce484222325

    /// `h` with one more byte (given widened to 64 bits) folded in.
    @inline(__always)
    static func step(_ h: UInt64, _ byte: UInt64) -> UInt64 { (h ^ byte) &* 0x100000001b3 }
}

/// The Unicode properties `Words.split` needs, cached for U+0000–U+20FF
/// (identical to `Unicode.Scalar.Properties`; computed once on first use).
/// Rules ask it too (`isLowercase(_:)`…): a property look-up costs more
/// than reading a scalar of the string.
enum ScalarClass {
    static let alphabetic: UInt8 = 1, upper: UInt8 = 2, lower: UInt8 = 4, letterOrMark: UInt8 = 8

    static func classify(_ s: Unicode.Scalar) -> UInt8 {
        let p = s.properties
        var f: UInt8 = 0
        if p.isAlphabetic { f |= alphabetic }
        if p.isUppercase { f |= upper }
        if p.isLowercase { f |= lower }
        if p.isAlphabetic || p.generalCategory == .nonspacingMark { f |= letterOrMark }
        return f
    }

    /// The table covers U+0000–U+20FF: Latin, combining marks, Vietnamese,
    /// and the general punctuation (quotes, dashes) common in documents.
    static let limit = 0x2100
    static let table: [UInt8] = (0..<limit).map { v in Unicode.Scalar(UInt32(v)).map(classifyBelowLimit) ?? 0 }

    /// `classify(s)` for a scalar below `limit`, with fewer property
    /// look-ups (the table is built at start-up: 8,448 scalars, each
    /// look-up a search of the property table): below U+2100 every upper-
    /// or lower-case scalar is alphabetic, so a non-alphabetic scalar needs
    /// only its general category; no scalar is both lower and upper case;
    /// and the letters of `isInCaselessBlock` (half the alphabetic scalars)
    /// have no case at all. `FastPathTests.scalarClassTable` compares it
    /// with `classify` over the whole range.
    static func classifyBelowLimit(_ s: Unicode.Scalar) -> UInt8 {
        let p = s.properties
        guard p.isAlphabetic else { return p.generalCategory == .nonspacingMark ? letterOrMark : 0 }
        var f = alphabetic | letterOrMark
        if isInCaselessBlock(s.value) { return f }
        if p.isLowercase { f |= lower } else if p.isUppercase { f |= upper }
        return f
    }

    /// Whether `v` is in one of the runs of Unicode blocks below `limit`
    /// without a cased scalar: Hebrew to Myanmar, Hangul Jamo to Ethiopic
    /// Supplement, Unified Canadian Aboriginal Syllabics to Ol Chiki.
    static func isInCaselessBlock(_ v: UInt32) -> Bool {
        (0x0590...0x109F).contains(v) || (0x1100...0x139F).contains(v) || (0x1400...0x1C7F).contains(v)
    }

    /// `classify(u)`, from `table` below `limit` (no Unicode property look-up).
    @inline(__always)
    static func flags(_ u: Unicode.Scalar) -> UInt8 { u.value < limit ? table[Int(u.value)] : classify(u) }

    /// `u.properties.isLowercase`, `isUppercase` and `isAlphabetic` through
    /// `flags` (the table holds exactly those properties).
    @inline(__always) static func isLowercase(_ u: Unicode.Scalar) -> Bool { flags(u) & lower != 0 }
    @inline(__always) static func isUppercase(_ u: Unicode.Scalar) -> Bool { flags(u) & upper != 0 }
    @inline(__always) static func isAlphabetic(_ u: Unicode.Scalar) -> Bool { flags(u) & alphabetic != 0 }

    /// ASCII letters only (`Words.split` treats every other ASCII byte as a separator).
    static let asciiTable: [UInt8] = (0..<128).map { v -> UInt8 in
        if v >= 0x41 && v <= 0x5A { return alphabetic | upper | letterOrMark }
        if v >= 0x61 && v <= 0x7A { return alphabetic | lower | letterOrMark }
        return 0
    }
}
