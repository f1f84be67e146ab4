import VanBan

/// A maximal run of letters (and combining marks) in the markup-free view.
///
/// Stored in 16 bytes (four words to a 64-byte cache line): a document's
/// words are walked whole by a dozen rules, and at 32 bytes a word (two
/// `Int` offsets and an `Int` count) a long document's index outgrew the
/// L1 cache on every walk. Offsets and counts are 32-bit: the word index
/// covers views below 4 GiB (`Words.indexed` stops there; the front ends
/// refuse files over 64 MB long before).
public struct Word: Sendable {
    private var start32: UInt32, end32: UInt32, letters32: UInt32
    /// The union of the `WordClass` bits of the word's scalars: the case
    /// and ASCII flags below are read from it, and rules filter words on
    /// its other bits without reading their bytes.
    var classes: UInt16

    init(range: TextRange, letterCount: Int, classes: UInt16) {
        start32 = UInt32(truncatingIfNeeded: range.start)
        end32 = UInt32(truncatingIfNeeded: range.end)
        letters32 = UInt32(truncatingIfNeeded: letterCount)
        self.classes = classes
    }

    /// The word's bytes in the view.
    public var range: TextRange {
        @inline(__always) get { TextRange(Int(start32), Int(end32)) }
        set { (start32, end32) = (UInt32(truncatingIfNeeded: newValue.start), UInt32(truncatingIfNeeded: newValue.end)) }
    }

    /// Its letters (scalars that are not combining marks).
    public var letterCount: Int { @inline(__always) get { Int(letters32) } }

    /// First letter is upper case.
    public var isCapitalized: Bool { classes & WordClass.firstUpper != 0 }

    /// Every letter is upper case.
    public var isAllCaps: Bool { classes & WordClass.lower == 0 }

    /// Every byte is ASCII (no Vietnamese letter, no mark): rules about
    /// tone marks and spelling skip such a word without reading it.
    public var isASCII: Bool { classes & WordClass.wide == 0 }
}

/// What the word scan knows of each scalar, as 16 bits: the
/// `ScalarClass` flags (bits 0–3, the same values) and a few more that
/// rules test on a word's union of them (`Word.classes`) to skip most
/// words with one test.
enum WordClass {
    /// `ScalarClass`'s flags, the same bits (literals: the scan's tests
    /// then compile to immediates).
    static let alphabetic: UInt16 = 1, upper: UInt16 = 2, lower: UInt16 = 4, letterOrMark: UInt16 = 8
    /// A scalar of two bytes or more.
    static let wide: UInt16 = 0x10
    /// ASCII `o` or `u`, either case.
    static let plainOU: UInt16 = 0x20
    /// A precomposed `o` or `u` with a tone mark, either case
    /// (`Syllable.decomposeAnyCase`: base `o` or `u`, tone not 0).
    static let tonedOU: UInt16 = 0x40
    /// A precomposed `a`, `e` or `y` with a tone mark, either case.
    static let tonedAEY: UInt16 = 0x80
    /// ASCII `a`, `e` or `y`, either case.
    static let plainAEY: UInt16 = 0x100
    /// A mark: a scalar of `letterOrMark` that is not alphabetic (a
    /// combining accent). The scan counts a word's letters as its scalars
    /// and counts them again, one by one, in the rare word that has one.
    static let mark: UInt16 = 0x200
    /// In a word's classes only: its first scalar is upper case (that
    /// scalar's `upper` moved up here, `firstUpperShift` bits).
    static let firstUpper: UInt16 = 0x800
    static let firstUpperShift: UInt16 = 10
    /// In `scanTable`'s byte classes only: a byte of 0x80 or more, where a wide scalar (or
    /// an invalid byte) starts. The sign bit: an ASCII letter's class is
    /// positive as an `Int16`, a separator's 0, this mark's negative.
    static let leadByte: UInt16 = 0x8000

    /// The scan's classes, three tables one after another (the scan reads
    /// all three through one register):
    /// - from 0, per scalar below `ScalarClass.limit`, the class it has
    ///   when written in two bytes or more (the scan reads only multi-byte
    ///   forms here): `ScalarClass.table`'s flags, `wide`, and the tone bits;
    /// - from `bytesAt`, per byte value: the class of an ASCII byte,
    ///   `leadByte` for the others;
    /// - from `firstBytesAt`, the same for the first byte of a word: an
    ///   upper-case letter's class has `firstUpper` too.
    ///
    /// Built once, on first use, in a few hundred thousand instructions
    /// (start-up counts): one pass over `ScalarClass.table`, and the tone
    /// bits from `Syllable.decomposeAnyCase`'s few keys.
    static let scanTable: [UInt16] = {
        let limit = ScalarClass.limit
        var t = [UInt16](repeating: 0, count: limit + 512)
        t.withUnsafeMutableBufferPointer { o in
            ScalarClass.table.withUnsafeBufferPointer { s in
                for v in 0..<limit { o[v] = withMark(UInt16(s[v]) | wide) }
            }
            // (Every key of `decomposeAnyCase` is a Vietnamese vowel, below the limit.)
            for (v, (base, tone)) in Syllable.decomposeAnyCase where tone != 0 && v < limit {
                if base == 0x6F || base == 0x75 { o[Int(v)] |= tonedOU }
                if base == 0x61 || base == 0x65 || base == 0x79 { o[Int(v)] |= tonedAEY }
            }
            ScalarClass.asciiTable.withUnsafeBufferPointer { ascii in
                for v in 0..<256 {
                    var f = leadByte
                    if v < 0x80 {
                        f = UInt16(ascii[v])
                        let l = v | 0x20
                        if f != 0 && (l == 0x6F || l == 0x75) { f |= plainOU }
                        if f != 0 && (l == 0x61 || l == 0x65 || l == 0x79) { f |= plainAEY }
                    }
                    o[limit + v] = f
                    o[limit + 256 + v] = f & leadByte == 0 ? f | (f & upper) << firstUpperShift : f
                }
            }
        }
        return t
    }()
    static let bytesAt = ScalarClass.limit, firstBytesAt = ScalarClass.limit + 256

    /// The class of scalar `s`, read from `length` bytes of the view (as
    /// `Words.split` and `Words.indexed` give it).
    static func of(_ s: Unicode.Scalar, length: Int) -> UInt16 {
        // (A byte read alone at 0x80 or more is an invalid one: U+FFFD, not a letter.)
        if length == 1 { return s.value < 0x80 ? scanTable[bytesAt + Int(s.value)] : wide }
        return s.value < UInt32(ScalarClass.limit) ? scanTable[Int(s.value)] : withMark(UInt16(ScalarClass.classify(s)) | wide)
    }

    /// Class `f` with `mark` when it is one.
    static func withMark(_ f: UInt16) -> UInt16 {
        f & (letterOrMark | alphabetic) == letterOrMark ? f | mark : f
    }
}

public enum Words {
    /// Splits the document's clean view into words. Digits and punctuation
    /// separate words; `Đ`/`đ` and combining marks are letters.
    public static func split(_ doc: Document) -> [Word] { split(doc.clean) }

    /// `split(_:)` on the bytes of a clean view: the reference of `indexed`,
    /// one decoded scalar at a time.
    public static func split(_ clean: [UInt8]) -> [Word] {
        var out: [Word] = []
        clean.withUnsafeBufferPointer { whole in
            let p = UnsafeBufferPointer(rebasing: whole.prefix(Int(UInt32.max)))
            let n = p.count
            var i = 0
            var start = 0, letters = 0, classes: UInt16 = 0, inWord = false
            while i < n {
                let (s, len) = Bytes.decodeScalar(p, i)
                let f = WordClass.of(s, length: len)
                if f & WordClass.letterOrMark != 0 {
                    if !inWord { (inWord, start, letters, classes) = (true, i, 0, (f & WordClass.upper) << WordClass.firstUpperShift) }
                    classes |= f
                    if f & WordClass.alphabetic != 0 { letters += 1 }
                } else if inWord {
                    out.append(Word(range: TextRange(start, i), letterCount: letters, classes: classes))
                    inWord = false
                }
                i += len
            }
            if inWord { out.append(Word(range: TextRange(start, n), letterCount: letters, classes: classes)) }
        }
        return out
    }

    /// `split` and the hashes of `keysAndHashes` in one pass over the
    /// bytes, as `SharedAnalysis` uses them: the same words and hashes.
    /// (No keys: a word's key is read from its first bytes when a look-up
    /// needs it, `Words.key`, and only a lexicon hit does.)
    ///
    /// Exact because it is the same scan: every scalar is classified as
    /// `split` classifies it (`WordClass.scanTable`'s byte classes for a
    /// byte below 0x80, the two- and three-byte forms read as
    /// `Bytes.decodeScalar` reads them, and `decodeScalar` itself for the
    /// rest), the classes are or'ed
    /// together, letters counted (every scalar of a word without a
    /// `WordClass.mark` is a letter, so its letters are its bytes less the
    /// wide scalars' bytes but one each; a word with a mark is counted
    /// again scalar by scalar), and each byte of the word is hashed with
    /// FNV-1a in order while it is read instead of in a second pass.
    public static func indexed(_ clean: [UInt8]) -> (words: [Word], hashes: [UInt64]) {
        let capacity = clean.count / 5
        var words: [Word] = [], hashes: [UInt64] = []
        words.reserveCapacity(capacity); hashes.reserveCapacity(capacity)
        clean.withUnsafeBufferPointer { whole in
            // (`Word` holds 32-bit offsets: the index covers the first 4 GiB.)
            let p = UnsafeBufferPointer(rebasing: whole.prefix(Int(UInt32.max)))
            WordClass.scanTable.withUnsafeBufferPointer { t in
                Words.scan(p, t, &words, &hashes)
            }
        }
        return (words, hashes)
    }

    /// The loop of `indexed` over the view `p`, with the class tables
    /// `WordClass.scanTable` in `t` (one register for the three), appending
    /// to the arrays.
    private static func scan(_ p: UnsafeBufferPointer<UInt8>, _ t: UnsafeBufferPointer<UInt16>,
                             _ words: inout [Word], _ hashes: inout [UInt64]) {
        let letterOrMark = WordClass.letterOrMark
        let bytesAt = WordClass.bytesAt, firstBytesAt = WordClass.firstBytesAt
        // Words go to small buffers first, moved to the arrays a chunk at a
        // time: an `append` per word to each array costs a uniqueness check.
        let chunk = 256
        let wordBuffer = UnsafeMutablePointer<Word>.allocate(capacity: chunk)
        let hashBuffer = UnsafeMutablePointer<UInt64>.allocate(capacity: chunk)
        defer { wordBuffer.deallocate(); hashBuffer.deallocate() }
        var buffered = 0
        let n = p.count
        var i = 0
        while i < n {
            // Between words: skip to the next letter.
            let c0 = p[i]
            var f0 = t[firstBytesAt &+ Int(c0)]
            if f0 == 0 { i &+= 1; continue }
            // A word starts here: scan to its end, hashing as it goes
            // (the first scalar is taken here, as the scan would take it).
            let start = i
            var h = WordHash.seed
            // Over the wide scalars: their bytes but one each (the word's
            // letters are then its bytes less these, unless it has a mark).
            var continuation = 0
            if f0 & WordClass.leadByte == 0 {
                h = WordHash.step(h, UInt64(c0))
                i &+= 1
            } else {
                let len0: Int
                (f0, len0) = Words.wideClassOf(p, i, n, t)
                if f0 & letterOrMark == 0 { i &+= len0; continue }
                // (`firstBytes` has it for an ASCII letter.)
                f0 |= (f0 & WordClass.upper) << WordClass.firstUpperShift
                continuation = len0 &- 1
                let end = i &+ len0
                while i < end { h = WordHash.step(h, UInt64(p[i])); i &+= 1 }
            }
            var seen = f0
            // Where the word ends: the view's end, or the scalar that ends
            // it, which `i` then passes (the loop between words would skip it).
            var end = n
            scan: while i < n {
                // ASCII letters (a positive class; 0 ends the word, the
                // lead-byte mark is negative).
                var c = p[i]
                var g = t[bytesAt &+ Int(c)]
                while Int16(bitPattern: g) > 0 {
                    seen |= g
                    h = WordHash.step(h, UInt64(c))
                    i &+= 1
                    if i == n { break scan }
                    c = p[i]
                    g = t[bytesAt &+ Int(c)]
                }
                if g == 0 { end = i; i &+= 1; break }
                // One wide scalar: the two- and three-byte forms inline,
                // read as `wideClassOf` reads them.
                if c < 0xE0 && i &+ 1 < n {
                    let c1 = p[i &+ 1]
                    g = t[Int(c & 0x1F) << 6 | Int(c1 & 0x3F)]
                    if g & letterOrMark == 0 { end = i; i &+= 2; break }
                    continuation &+= 1
                    h = WordHash.step(h, UInt64(c))
                    h = WordHash.step(h, UInt64(c1))
                    i &+= 2
                } else if c == 0xE1 && i &+ 2 < n {
                    // U+1000–U+1FFF, where Vietnamese's precomposed letters
                    // are (U+1EA0–U+1EF9): all in the table (no limit test).
                    let c1 = p[i &+ 1], c2 = p[i &+ 2]
                    g = t[0x1000 | Int(c1 & 0x3F) << 6 | Int(c2 & 0x3F)]
                    if g & letterOrMark == 0 { end = i; i &+= 3; break }
                    continuation &+= 2
                    h = WordHash.step(h, 0xE1)
                    h = WordHash.step(h, UInt64(c1))
                    h = WordHash.step(h, UInt64(c2))
                    i &+= 3
                } else if c >= 0xE0 && c < 0xF0 && i &+ 2 < n,
                          case let (c1, c2) = (p[i &+ 1], p[i &+ 2]),
                          case let v = Int(c & 0x0F) << 12 | Int(c1 & 0x3F) << 6 | Int(c2 & 0x3F), v < ScalarClass.limit {
                    g = t[v]
                    if g & letterOrMark == 0 { end = i; i &+= 3; break }
                    continuation &+= 2
                    h = WordHash.step(h, UInt64(c))
                    h = WordHash.step(h, UInt64(c1))
                    h = WordHash.step(h, UInt64(c2))
                    i &+= 3
                } else {
                    let len: Int
                    (g, len) = Words.wideClassOf(p, i, n, t)
                    if g & letterOrMark == 0 { end = i; i &+= len; break }
                    continuation &+= len &- 1
                    let stop = i &+ len
                    while i < stop { h = WordHash.step(h, UInt64(p[i])); i &+= 1 }
                }
                seen |= g
            }
            let length = end &- start
            let letters = seen & WordClass.mark == 0 ? length &- continuation : Words.letterCount(p, start, end)
            (wordBuffer + buffered).initialize(to: Word(range: TextRange(start, end), letterCount: letters, classes: seen))
            hashBuffer[buffered] = h | 1
            buffered &+= 1
            if buffered == chunk {
                Words.move(buffered, wordBuffer, hashBuffer, to: &words, &hashes)
                buffered = 0
            }
        }
        Words.move(buffered, wordBuffer, hashBuffer, to: &words, &hashes)
    }

    /// The letters of the word `start..<end` of `p`, counted as `split`
    /// counts them (for the scan's rare word with a mark).
    @inline(never)
    private static func letterCount(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var letters = 0
        var i = start
        while i < end {
            let (s, len) = Bytes.decodeScalar(p, i)
            if WordClass.of(s, length: len) & WordClass.alphabetic != 0 { letters += 1 }
            i += len
        }
        return letters
    }

    /// Appends the first `count` buffered words of `indexed` to its arrays.
    private static func move(_ count: Int, _ w: UnsafeMutablePointer<Word>, _ h: UnsafeMutablePointer<UInt64>,
                             to words: inout [Word], _ hashes: inout [UInt64]) {
        words.append(contentsOf: UnsafeBufferPointer(start: w, count: count))
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

    /// The `WordClass` of the wide scalar (or invalid byte) at `i`, a byte
    /// of 0x80 or more, and its byte length: `WordClass.of` of the scalar
    /// `Bytes.decodeScalar` reads there, with the 2- and 3-byte forms of
    /// U+0080–U+20FF (all of Vietnamese) read directly.
    @inline(__always)
    static func wideClassOf(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int, _ t: UnsafeBufferPointer<UInt16>) -> (UInt16, Int) {
        let c = p[i]
        if c < 0xE0 && i + 1 < n { return (t[Int(c & 0x1F) << 6 | Int(p[i + 1] & 0x3F)], 2) }
        if c >= 0xE0 && c < 0xF0 && i + 2 < n {
            let v = Int(c & 0x0F) << 12 | Int(p[i + 1] & 0x3F) << 6 | Int(p[i + 2] & 0x3F)
            if v < ScalarClass.limit { return (t[v], 3) }
        }
        let (s, l) = Bytes.decodeScalar(p, i)
        return (WordClass.of(s, length: l), l)
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
                            kb[i] = key(cb, r)
                            var h = WordHash.step(WordHash.seed, UInt64(cb[r.start]))
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

    /// The key of `keysAndHashes` for the word at `r` (not empty) of the view `p`.
    @inline(__always)
    static func key(_ p: UnsafeBufferPointer<UInt8>, _ r: TextRange) -> UInt32 {
        let len = r.end &- r.start
        let b1: UInt32 = len >= 2 ? UInt32(p[r.start &+ 1]) : 0
        return UInt32(truncatingIfNeeded: min(len, 64)) << 16 | UInt32(p[r.start]) << 8 | b1
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

    /// The first slot of hash `h` in a table of `mask + 1` slots: bits
    /// from 7 up (FNV-1a's lowest bits mix the least, and bit 0 of a word's
    /// hash is always set: `h & mask` would leave half the slots empty and
    /// lengthen probes). Every table of word hashes starts its probes here.
    @inline(__always)
    static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h >> 7) & mask }
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
