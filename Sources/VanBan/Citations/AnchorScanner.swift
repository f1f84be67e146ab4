/// The extractor's skip loop: the next position that may open a citation,
/// over raw bytes, touching nothing but the text and its tables.
///
/// A citation opens at a `/` (inside a number) or at a word that starts an
/// anchor: a unit word in any case (`Điều`, `khoản`, `ĐIỀU`), or a law word
/// or type name written with a capital (`Luật`, `Nghị định này`; the
/// extractor ignores their lower-case forms as anchors, they are only read
/// backwards from a number). So a position is returned only when
/// - its byte is `/`, or
/// - its first two bytes open such an anchor (its byte is one of
///   `anchorFirstBytes`, about one byte in seven, and the pair is one an
///   anchor opens with), it starts a word, its first four bytes pass the anchors'
///   hashed prefix filter (which never rejects a real anchor), and one of
///   the anchors is written there (`anchors`: one probe of all of them,
///   where the extractor would probe the unit words, the law words and the
///   type names in turn; most words that pass the filter, `Bộ`, `Chủ
///   tịch`, `chưa`, `Văn phòng`, are none). An anchor that is only a type
///   name (`Nghị định`, not a unit or law word) stops the scan only when
///   blanks and line ends after it lead to an `n` or a `đ` (the first
///   bytes of `này`, `nêu trên`, `đã dẫn`): the extractor acts on a type
///   name only when a deictic follows it (`Nghị định này`), and reads the
///   others backwards from their number.
///
/// Every other position (most of the text) is skipped. `next` reads the
/// text as overlapping pairs of bytes: a position whose byte and the next
/// one open no anchor (`pairClass`: `ch` opens `chương`, `th` opens
/// nothing) is skipped with one table look-up, four positions a test. The
/// positions it drops from `nextByteByByte`'s are ones where no anchor
/// starts (an anchor's first two bytes are one of the pairs), so the
/// extractor's branches could not fire there either; skipping them changes
/// no output.
struct AnchorScanner: Sendable {
    /// Per byte value: 2 for `/`, 1 for a byte that opens an anchor, else 0.
    let byteClass: [UInt8]
    /// Per pair of bytes (`first | second << 8`): 0xFF when the first is
    /// `/`; for a pair an anchor opens with (its first byte in
    /// `byteClass`), the `thirdClass` bits of the bytes that follow the
    /// pair in the anchors (every bit for an anchor of two bytes); else 0.
    /// Nonzero exactly where the pair is `/` or opens an anchor.
    let pairClass: [UInt8]
    /// Per byte, one bit: the class of a third byte for `pairClass`. An
    /// anchor's third byte is in one of the classes its pair's entry holds,
    /// so `pairClass[pair] & thirdClass[third] == 0` only where no anchor
    /// is written; any grouping of the bytes keeps that true, and this one
    /// parts the third bytes of the anchors (`ư` C6 of `chương`, `E1` of
    /// `phần` and `Tờ`, C3 of `Thông`, BB of `mục`, BA of `Bản`, `i` of
    /// `điểm`) from those that most often follow the same pairs in text
    /// (`được`, `để`, `chính`, `chức`, `không`, `tin`, `ch ` at a word's end).
    let thirdClass: [UInt8]
    /// `PhraseIndex.unionFilter` of the anchors' indexes.
    let prefixFilter: [UInt64]
    /// Whether every pair with a class passes `mayOpen`, so that `next`
    /// may skip sixteen positions at a time with it (checked once, on the
    /// table itself: a new anchor that opened otherwise turns it off).
    let wideFilter: Bool
    /// Every phrase of the anchors' indexes, for the last test of a stop:
    /// each branch of the extractor needs one of them written at its
    /// position. Id 1 for a phrase of `unconditional`, 0 for the others
    /// (which need `deicticMayFollow`).
    let anchors: PhraseIndex

    /// A filter over the anchors' first six bytes (`hash6`, one bit each;
    /// a phrase of five bytes is entered with every sixth byte), tested
    /// before the exact probe of `anchors`: four bytes cannot tell `Điều`
    /// from `Điện`, `chương` from `chưa`, `Chỉ thị` from `Chủ tịch`; six
    /// can. Every bit set (no test) if an anchor is shorter than five bytes.
    let filter6: [UInt64]

    /// The anchors grouped by their first four bytes, for `written`: an
    /// open-addressed table from those four bytes (`slotKeys`, 0 for an
    /// empty slot: no anchor opens with four NUL bytes) to the range of
    /// their `probes` (`slotRanges`, start << 16 | end). A probe of `anchors`
    /// walks the entries of a bucket of two bytes (`Ch` holds `Chương`,
    /// `Chỉ thị`, `Chương trình`, `CHƯƠNG` …), comparing each; four bytes
    /// leave one or two, and a position where none is written (most that
    /// pass `filter6`: `Nghị định số`, where the type name needs a
    /// deictic) is most often told by the one look-up.
    let slotKeys: [UInt32]
    let slotRanges: [UInt32]
    /// `slotKeys.count - 1` (a power of two less one).
    let slotMask: Int
    /// The phrases of each group, their bytes after the first four in `tails`.
    let probes: [Probe]
    let tails: [UInt8]

    /// One anchor of a group of `slotKeys`.
    struct Probe: Sendable {
        /// Bytes 4 to 7 of the phrase as a little-endian word (zero above
        /// them) and the mask of those it has.
        var next4: UInt32
        var mask4: UInt32
        var length: Int32
        /// Where its bytes from the eighth on stand in `tails`.
        var tailStart: Int32
        /// Whether it stops the scan wherever it is written (id 1 of `anchors`).
        var always: Bool
    }

    /// - Parameters:
    ///   - anchorIndexes: every phrase that may open a citation.
    ///   - unconditional: those that stop the scan wherever they are
    ///     written (the unit and law words); the other phrases stop it only
    ///     where `deicticMayFollow`.
    init(anchorFirstBytes: Set<UInt8>, anchorIndexes: [PhraseIndex], unconditional: [PhraseIndex]) {
        let phrases = Array(Set(anchorIndexes.flatMap(\.phrases))).sorted { $0.lexicographicallyPrecedes($1) }
        let always = Set(unconditional.flatMap(\.phrases))
        anchors = PhraseIndex(phrases, ids: phrases.map { always.contains($0) ? 1 : 0 })
        var f = [UInt64](repeating: ~0, count: (Self.filter6Mask + 1) / 64)
        if let shortest = phrases.map(\.count).min(), shortest >= 5 {
            f = [UInt64](repeating: 0, count: f.count)
            func insert(_ six: [UInt8]) {
                var x: UInt64 = 0
                for q in 0..<6 { x |= UInt64(six[q]) << UInt64(8 * q) }
                let h = Self.hash6(x)
                f[h >> 6] |= 1 << UInt64(h & 63)
            }
            for p in phrases {
                if p.count >= 6 { insert(Array(p[0..<6])) } else { for x in 0...255 { insert(p + [UInt8(x)]) } }
            }
        }
        filter6 = f
        (slotKeys, slotRanges, probes, tails) = Self.groups(phrases, always: always)
        slotMask = slotKeys.count - 1
        var t = [UInt8](repeating: 0, count: 256)
        for c in anchorFirstBytes { t[Int(c)] = 1 }
        t[Int(UInt8(ascii: "/"))] = 2
        byteClass = t
        let thirds = (0..<256).map { Self.thirdClassOf(UInt8($0)) }
        thirdClass = thirds
        var pairs = [UInt8](repeating: 0, count: 65536)
        var covered = true
        for index in anchorIndexes {
            for pair in index.openingPairs where t[Int(pair & 0xFF)] == 1 {
                if !Self.mayOpen(UInt8(pair & 0xFF), UInt8(pair >> 8)) { covered = false }
            }
        }
        for phrase in phrases where t[Int(phrase[0])] == 1 {
            // (A phrase of one or two bytes passes any third byte.)
            let pair = phrase.count >= 2 ? Int(phrase[0]) | Int(phrase[1]) << 8 : Int(phrase[0])
            let bits: UInt8 = phrase.count >= 3 ? thirds[Int(phrase[2])] : 0xFF
            if phrase.count >= 2 { pairs[pair] |= bits } else { for second in 0..<256 { pairs[pair | second << 8] = 0xFF } }
        }
        wideFilter = covered
        for second in 0..<256 { pairs[Int(UInt8(ascii: "/")) | second << 8] = 0xFF }
        pairClass = pairs
        // Without a four-byte filter every word start passes.
        prefixFilter = PhraseIndex.unionFilter(anchorIndexes) ?? [UInt64](repeating: ~0, count: (PhraseIndex.filterMask + 1) / 64)
    }

    /// The block of sixty-four positions `next` read last and its lanes
    /// (`blockLanes`), for the next call over the same text: the extractor
    /// starts again just past a stop, most often in the same block, which
    /// is then not read again.
    struct Block {
        var start = -1
        var lanes: UInt64 = 0
    }

    /// The first index from `i` holding `/`, or starting a word whose first
    /// bytes may open an anchor; `p.count` if none.
    func next(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var block = Block()
        return next(p, from: i, block: &block)
    }

    /// `next`, reading again no block of `block` (kept between the calls
    /// over one text; a new `Block()` for each text).
    @inline(__always)
    func next(_ p: UnsafeBufferPointer<UInt8>, from i: Int, block: inout Block) -> Int {
        let n = p.count
        guard let base = p.baseAddress, i < n else { return n }
        return pairClass.withUnsafeBufferPointer { classes in
            prefixFilter.withUnsafeBufferPointer { filter in
              filter6.withUnsafeBufferPointer { f6 in
               thirdClass.withUnsafeBufferPointer { thirdsBuffer in
                let t = classes.baseAddress!, thirds = thirdsBuffer.baseAddress!
                let raw = UnsafeRawPointer(base)
                @inline(__always) func pairAt(_ k: Int) -> UInt8 {
                    t[Int(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: k, as: UInt16.self)))]
                }
                @inline(__always) func stops(_ k: Int, _ cls: UInt8) -> Bool {
                    base[k] == UInt8(ascii: "/") || Self.startsWord(p, k) && (k + 4 > n || Self.passes(filter, base + k)) && Self.mayBeWritten(f6, p, k) && written(p, k)
                }
                // `stops` for a lane of the sixteen-byte loop, whose pair
                // and third byte are in bounds (it runs while k + 18 <= n):
                // the same tests but the four-byte filter, which `filter6`
                // makes needless there (both only turn away positions where
                // no anchor is written), and with the third byte's class
                // (`thirdClass`) tested against the pair's entry before
                // `filter6`. Three lanes in five pass `pairClass`, one in
                // three of those the third byte (it turns away `đ` of
                // `được`, `ch` of `chính`), one in three of those `filter6`
                // (measured on the corpus); the pair and the
                // third byte are read first all the same, three loads where
                // the filters hash (measured: the four-byte filter first
                // cost 0.9 M instructions more a corpus pass), and the
                // word-start test, true for nearly every lane that passes
                // `filter6`, last.
                // (A pair opening with `/` holds every class, and every
                // byte has one: a `/` passes the first test, which most
                // lanes fail, and is told from an anchor after it.)
                @inline(__always) func laneStops(_ q: Int) -> Bool {
                    guard pairAt(q) & thirds[Int(base[q &+ 2])] != 0 else { return false }
                    if base[q] == UInt8(ascii: "/") { return true }
                    return Self.mayBeWritten(f6, p, q) && Self.startsWord(p, q) && written(p, q)
                }
                var k = i
                // Sixteen positions at a time (the pairs at k…k+15 read bytes
                // up to k+16, their third bytes up to k+17): the positions
                // whose pair passes `mayOpen`, a few per window, are read as
                // below, in order. Four windows are read at a time, their
                // lanes in one mask of sixty-four bits: the loop over the
                // lanes ends once for the four (its exit, after a number of
                // lanes that varies, is mispredicted often), then one at a
                // time near the end. A call that starts in the block the last
                // one stopped in reads the rest of its lanes from `block`.
                // (`k` stays below `n`, so `k &+ 66` cannot overflow.)
                if wideFilter {
                    // The rest of the block read last, when `i` is in it
                    // (its lanes from `i` on).
                    if block.start >= 0 && i >= block.start && i &- block.start < 64 {
                        k = block.start
                        var lanes = block.lanes & (~0 << UInt64(i &- k))
                        while lanes != 0 {
                            let q = k &+ lanes.trailingZeroBitCount
                            if laneStops(q) { return q }
                            lanes &= lanes &- 1
                        }
                        k &+= 64
                    }
                    while k &+ 66 <= n {
                        var lanes = Self.blockLanes(raw, k)
                        block = Block(start: k, lanes: lanes)
                        while lanes != 0 {
                            let q = k &+ lanes.trailingZeroBitCount
                            if laneStops(q) { return q }
                            lanes &= lanes &- 1
                        }
                        k &+= 64
                    }
                    while k &+ 18 <= n {
                        var lanes = Self.windowLanes(raw, k)
                        while lanes != 0 {
                            let q = k &+ lanes.trailingZeroBitCount
                            if laneStops(q) { return q }
                            lanes &= lanes &- 1
                        }
                        k &+= 16
                    }
                }
                // Four positions at a time (the pairs at k…k+3 read bytes up
                // to k+4); a group with a candidate is read position by position.
                while k + 4 < n {
                    let c0 = pairAt(k), c1 = pairAt(k &+ 1), c2 = pairAt(k &+ 2), c3 = pairAt(k &+ 3)
                    if c0 | c1 | c2 | c3 == 0 { k &+= 4; continue }
                    if c0 != 0 && stops(k, c0) { return k }
                    if c1 != 0 && stops(k &+ 1, c1) { return k &+ 1 }
                    if c2 != 0 && stops(k &+ 2, c2) { return k &+ 2 }
                    if c3 != 0 && stops(k &+ 3, c3) { return k &+ 3 }
                    k &+= 4
                }
                while k + 1 < n {
                    let cls = pairAt(k)
                    if cls != 0 && stops(k, cls) { return k }
                    k &+= 1
                }
                // The last byte opens no anchor (each is two bytes or more): only `/`.
                if k < n && base[k] == UInt8(ascii: "/") { return k }
                return n
               }
              }
            }
        }
    }

    /// `windowLanes` of the four windows from `k` (bytes k…k+65 read), in
    /// one mask of sixty-four bits. Out of line: inlined in `next`, beside
    /// the lanes' tests, the fourth window's loads were left generic calls
    /// (the optimiser's budget for the function spent).
    @inline(never)
    static func blockLanes(_ raw: UnsafeRawPointer, _ k: Int) -> UInt64 {
        windowLanes(raw, k) | windowLanes(raw, k &+ 16) << 16 | windowLanes(raw, k &+ 32) << 32 | windowLanes(raw, k &+ 48) << 48
    }

    /// The lanes of the sixteen positions from `w` whose pair passes
    /// `mayOpen` (bit `i` for `w + i`; bytes w…w+16 read).
    @inline(__always)
    static func windowLanes(_ raw: UnsafeRawPointer, _ w: Int) -> UInt64 {
        let a = raw.loadUnaligned(fromByteOffset: w, as: SIMD16<UInt8>.self)
        let b = raw.loadUnaligned(fromByteOffset: w &+ 1, as: SIMD16<UInt8>.self)
        // (`k`, `c` and `p` are 0x60 under the mask 0xE4, with a few
        // letters that seldom stand before an `h`.)
        let opensCh: SIMDMask<SIMD16<Int8>> = ((a & SIMD16(repeating: 0xE4)) .== SIMD16(repeating: 0x60)) .& (b .== SIMD16(repeating: UInt8(ascii: "h")))
        let opensTi: SIMDMask<SIMD16<Int8>> = (a .== SIMD16(repeating: UInt8(ascii: "t"))) .& (b .== SIMD16(repeating: UInt8(ascii: "i")))
        let opensM: SIMDMask<SIMD16<Int8>> = (a .== SIMD16(repeating: UInt8(ascii: "m"))) .& (b .== SIMD16(repeating: 0xE1))
        let opensD: SIMDMask<SIMD16<Int8>> = (a .== SIMD16(repeating: 0xC4)) .& ((b | SIMD16(repeating: 1)) .== SIMD16(repeating: 0x91))
        let capital: SIMDMask<SIMD16<Int8>> = (a &- SIMD16(repeating: UInt8(ascii: "A"))) .< SIMD16(repeating: 26)
        let slash: SIMDMask<SIMD16<Int8>> = a .== SIMD16(repeating: UInt8(ascii: "/"))
        return UInt64(ByteScan.laneMask(slash .| capital .| opensCh .| opensTi .| opensM .| opensD))
    }

    static let filter6Mask = 65535

    /// The `thirdClass` bit of a byte (see there).
    static func thirdClassOf(_ c: UInt8) -> UInt8 {
        switch c {
        case 0xC6: return 0x01
        case 0xE1: return 0x02
        case 0xC3: return 0x04
        case 0xBB: return 0x08
        case 0xBA: return 0x10
        case UInt8(ascii: "i"), UInt8(ascii: "I"): return 0x20
        default: return Bytes.isASCIILetter(c) ? 0x40 : 0x80
        }
    }

    /// The filter bit of six bytes (the low six of `x`, little-endian;
    /// shifted up, the two above them drop out, one instruction where a
    /// mask takes two).
    @inline(__always)
    static func hash6(_ x: UInt64) -> Int { Int(truncatingIfNeeded: ((x << 16) &* 0x9E37_79B9_7F4A_7C15) >> 48) & filter6Mask }

    /// `filter6`'s test of the six bytes at `k`: false only where no
    /// anchor is written (true near the end of the text, where eight bytes
    /// cannot be read at once).
    @inline(__always)
    static func mayBeWritten(_ f: UnsafeBufferPointer<UInt64>, _ p: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        guard k &+ 8 <= p.count else { return true }
        let h = hash6(UInt64(littleEndian: UnsafeRawPointer(p.baseAddress! + k).loadUnaligned(as: UInt64.self)))
        return f[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    /// Whether one of the anchors is written at `k` (its bytes, no word
    /// boundary asked: each branch of the extractor tests its own), a type
    /// name only where `deicticMayFollow` it. Every phrase written at `k`
    /// is tried (`Chương trình` is a type name, `Chương` a unit word): the
    /// answer is whether any passes. Out of line: `stops` is inlined at
    /// every lane of `next`.
    @inline(never)
    func written(_ p: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        let n = p.count
        // Near the end (fewer than eight bytes left) the phrase index,
        // which reads byte by byte there.
        guard k + 8 <= n, slotMask >= 0, let base = p.baseAddress else { return writtenByIndex(p, k) }
        let raw = UnsafeRawPointer(base + k)
        let first = raw.loadUnaligned(as: UInt32.self)
        let next4 = raw.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        return slotKeys.withUnsafeBufferPointer { keys in
            slotRanges.withUnsafeBufferPointer { ranges in
                probes.withUnsafeBufferPointer { group in
                    var slot = Self.slot(first) & slotMask
                    while true {
                        let key = keys[slot]
                        if key == 0 { return false }
                        if key == first { break }
                        slot = (slot &+ 1) & slotMask
                    }
                    let range = ranges[slot]
                    for q in Int(range >> 16)..<Int(range & 0xFFFF) {
                        let e = group[q]
                        let length = Int(e.length)
                        // (`k + 8 <= n`: the eight bytes read are in bounds.)
                        guard next4 & e.mask4 == e.next4, k + length <= n else { continue }
                        if length > 8 && !tailMatches(base + k + 8, Int(e.tailStart), length - 8) { continue }
                        if e.always || Self.deicticMayFollow(p, k + length) { return true }
                    }
                    return false
                }
            }
        }
    }

    /// Whether the `count` bytes at `at` are `tails[start..<start + count]`.
    @inline(__always)
    func tailMatches(_ at: UnsafePointer<UInt8>, _ start: Int, _ count: Int) -> Bool {
        tails.withUnsafeBufferPointer { t in
            for q in 0..<count where at[q] != t[start + q] { return false }
            return true
        }
    }

    /// `written` by a probe of `anchors` (the reference `written` is
    /// checked against in the tests, and its answer near the end of the text).
    func writtenByIndex(_ p: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        anchors.match(p, at: k, end: p.count) { id, length in
            id == 1 || Self.deicticMayFollow(p, k + length)
        } != nil
    }

    /// The slot of four opening bytes, before masking.
    @inline(__always)
    static func slot(_ first: UInt32) -> Int { Int(truncatingIfNeeded: (first &* 0x9E37_79B1) >> 16) }

    /// The tables of `written`: the phrases grouped by their first four
    /// bytes. Every phrase needs four or more; otherwise no tables are made
    /// (`slotMask` stays negative) and `written` asks the phrase index.
    static func groups(_ phrases: [[UInt8]], always: Set<[UInt8]>) -> (keys: [UInt32], ranges: [UInt32], probes: [Probe], tails: [UInt8]) {
        guard phrases.allSatisfy({ $0.count >= 4 }) else {
            // A table that finds nothing would be wrong: every position
            // then goes to the phrase index (see `written`'s guard).
            return ([], [], [], [])
        }
        var byFirst: [UInt32: [[UInt8]]] = [:]
        var order: [UInt32] = []
        for p in phrases {
            let key = UInt32(p[0]) | UInt32(p[1]) << 8 | UInt32(p[2]) << 16 | UInt32(p[3]) << 24
            if byFirst[key] == nil { order.append(key) }
            byFirst[key, default: []].append(p)
        }
        var size = 16
        while size < 2 * order.count { size *= 2 }
        var keys = [UInt32](repeating: 0, count: size), ranges = [UInt32](repeating: 0, count: size)
        var probes: [Probe] = [], tails: [UInt8] = []
        for key in order {
            let start = probes.count
            for p in byFirst[key]! {
                var next4: UInt32 = 0, mask4: UInt32 = 0
                for q in 4..<min(8, p.count) {
                    next4 |= UInt32(p[q]) << UInt32(8 * (q - 4))
                    mask4 |= 0xFF << UInt32(8 * (q - 4))
                }
                probes.append(Probe(next4: next4, mask4: mask4, length: Int32(p.count), tailStart: Int32(tails.count), always: always.contains(p)))
                if p.count > 8 { tails.append(contentsOf: p[8...]) }
            }
            var slot = Self.slot(key) & (size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            ranges[slot] = UInt32(start) << 16 | UInt32(probes.count)
        }
        return (keys, ranges, probes, tails)
    }

    /// Whether the first byte after the blanks and line ends from `e` is
    /// `n` or the lead byte of `đ`. True wherever the extractor finds a
    /// deictic after a type name ending at `e` (`skipSpace`, which passes
    /// blanks and one line end, then `này`, `nêu trên` or `đã dẫn`: its
    /// `trên` alone counts for nothing).
    @inline(__always)
    static func deicticMayFollow(_ p: UnsafeBufferPointer<UInt8>, _ e: Int) -> Bool {
        var j = e
        while j < p.count && Bytes.isWhitespace(p[j]) { j += 1 }
        return j < p.count && (p[j] == UInt8(ascii: "n") || p[j] == 0xC4)
    }

    /// The pairs `next`'s sixteen-byte filter keeps: `/`, an ASCII capital,
    /// and the lower-case openings of the unit words (`kh`, `ch`, `ph`,
    /// `ti`, `m` + E1 of `mục`, `đ`/`Đ` = C4 91/90). The lanes of `m` in
    /// `next` are this test. (`kh`, `ch` and `ph` are tested as a first
    /// byte that is 0x60 under the mask 0xE4, one comparison for the three:
    /// it keeps `ah`, `bh`, `hh` … too, pairs Vietnamese hardly writes.)
    static func mayOpen(_ a: UInt8, _ b: UInt8) -> Bool {
        a == UInt8(ascii: "/") || Bytes.isASCIIUpper(a)
            || a & 0xE4 == 0x60 && b == UInt8(ascii: "h")
            || a == UInt8(ascii: "t") && b == UInt8(ascii: "i") || a == UInt8(ascii: "m") && b == 0xE1
            || a == 0xC4 && b | 1 == 0x91
    }

    /// The scan `next` replaces, one byte class at a time (kept as the
    /// reference the tests compare `next` with).
    func nextByteByByte(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        let n = p.count
        guard let base = p.baseAddress, i < n else { return n }
        return byteClass.withUnsafeBufferPointer { classes in
            prefixFilter.withUnsafeBufferPointer { filter in
              filter6.withUnsafeBufferPointer { f6 in
                let t = classes.baseAddress!
                var k = i
                while k < n {
                    let cls = t[Int(base[k])]
                    if cls == 0 { k &+= 1; continue }
                    if cls == 2 { return k }
                    if Self.startsWord(p, k) && (k + 4 > n || Self.passes(filter, base + k)) && Self.mayBeWritten(f6, p, k) && written(p, k) { return k }
                    k &+= 1
                }
                return n
              }
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
