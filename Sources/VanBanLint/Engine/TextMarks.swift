import VanBan

/// The rare positions of the whole text that two rules look for, found in
/// one pass (`SharedAnalysis.textMarks`): VB006 (`Spacing`) wants every
/// `|` and tab and every spacing event, VB505 (`ConventionalZones`) every
/// `|` and every `N` followed by C6 (how `Nơi nhận` and `NƠI NHẬN` start).
/// A second pass over every byte for the few hundred `N`s cost more than
/// the three lanes the shared one adds to each window.
struct TextMarks {
    /// Every `|` and tab, in order.
    let tableMarks: [Int]
    /// Every position where `Spacing.isEvent` holds with the text's end
    /// as its limit, in order.
    let spacingEvents: [Int]
    /// Every `N` followed by C6, in order.
    let labelStarts: [Int]

    init(_ bytes: [UInt8]) {
        (tableMarks, spacingEvents, labelStarts) = bytes.withUnsafeBufferPointer { p in
            Self.lead.withUnsafeBufferPointer { lead in
                Self.next.withUnsafeBufferPointer { next in Self.collect(p, lead, next) }
            }
        }
    }

    /// Positions appended without a branch: each is written at the end,
    /// and the count moves on by 0 or 1 (`put`). Room for a step's
    /// candidates is made before the step (`reserve`). Used as a local
    /// variable whose address is never taken (`grown` takes and returns
    /// values), so that its count stays in a register: in a struct reached
    /// through a pointer (or captured by a closure), the count was read
    /// again from memory after every write through `base`.
    struct Positions {
        var base: UnsafeMutablePointer<Int>
        var capacity: Int
        var count = 0

        init(capacity: Int) {
            self.capacity = capacity
            base = .allocate(capacity: capacity)
        }

        /// Room for `n` more `put`s.
        @inline(__always) mutating func reserve(_ n: Int) {
            if count + n > capacity { (base, capacity) = Self.grown(base, count: count, capacity: capacity, least: count + n) }
        }

        /// Storage of at least `least` places (twice `capacity` or more)
        /// holding the `count` positions of `base`, which is freed.
        @inline(never) static func grown(_ base: UnsafeMutablePointer<Int>, count: Int, capacity: Int, least: Int) -> (UnsafeMutablePointer<Int>, Int) {
            let bigger = max(least, 2 * capacity)
            let new = UnsafeMutablePointer<Int>.allocate(capacity: bigger)
            new.moveInitialize(from: base, count: count)
            base.deallocate()
            return (new, bigger)
        }

        /// Writes `k` after the positions, kept if `keep` is 1 (dropped if 0).
        /// (Room for it: `reserve`.)
        @inline(__always) mutating func put(_ k: Int, _ keep: Int) {
            base[count] = k
            count &+= keep
        }

        /// The positions, as an array; the storage is freed.
        consuming func array() -> [Int] {
            let a = Array(UnsafeBufferPointer(start: base, count: count))
            base.deallocate()
            return a
        }
    }

    /// `isMark` and the kind of mark, by look-up, for a position with a
    /// byte after it: a mark where `lead[c] & next[d] & 0x0F` is not zero
    /// (`c` the byte, `d` the next one). Low four bits of `next[d]`: `d`
    /// is a blank; a blank or punctuation (`Spacing.isPunct`); not a
    /// blank; C6. Low four bits of `lead[c]`: those of them that make `c`
    /// a mark (a `|` or tab all of them: every `d` has the first or the
    /// third). Then one bit of `lead[c]` for its array: 0x10 a `|` or
    /// tab, 0x20 an `N`, 0x40 an event's byte.
    static let lead: [UInt8] = (0..<256).map { c in
        switch c {
        case 0x7C, 0x09: return 0x1F
        case 0x4E: return 0x28
        case 0x2C, 0x3B: return 0x44
        case 0x28: return 0x41
        case 0x20: return 0x42
        default: return 0
        }
    }

    /// See `lead`.
    static let next: [UInt8] = (0..<256).map { d in
        d == 0x20 ? 0x03 : (Spacing.isPunct(UInt8(d)) ? 0x06 : 0x04) | (d == 0xC6 ? 0x08 : 0)
    }

    /// Every mark (`isMark`) into its array (`lead` and `next` are those
    /// tables). Windows of sixteen bytes, four a step, each tested for
    /// candidate lanes at once; each candidate lane is then settled and filed by
    /// two look-ups and written to all three arrays, the count of the one
    /// it belongs to moving on, without a branch: four candidates in ten
    /// are not marks (a blank before a digit, mostly), and a branch on
    /// each answer was mispredicted most of the time.
    static func collect(_ p: UnsafeBufferPointer<UInt8>, _ lead: UnsafeBufferPointer<UInt8>, _ next: UnsafeBufferPointer<UInt8>)
        -> (marks: [Int], events: [Int], labels: [Int]) {
        // The corpus has one event per 180 bytes: room for one per 64 saves
        // almost every document the reallocations of growing.
        var marks = Positions(capacity: 64), events = Positions(capacity: p.count / 64 + 64), labels = Positions(capacity: 64)
        let n = p.count
        var i = 0
        if let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            let bar = SIMD16<UInt8>(repeating: 0x7C), tab = SIMD16<UInt8>(repeating: 0x09)
            let blank = SIMD16<UInt8>(repeating: 0x20), comma = SIMD16<UInt8>(repeating: 0x2C)
            let semicolon = SIMD16<UInt8>(repeating: 0x3B), top3 = SIMD16<UInt8>(repeating: 0xE0)
            let open = SIMD16<UInt8>(repeating: 0x28), bit3 = SIMD16<UInt8>(repeating: 0x08)
            let capitalN = SIMD16<UInt8>(repeating: 0x4E), oHornLead = SIMD16<UInt8>(repeating: 0xC6)
            // The candidate lanes of the window at `j`: a superset of the
            // marks (`isMark` decides). A blank or `(` (`x | 8` is `(`)
            // before a byte of 0x20–0x3F: a blank's events, and a `(`'s (a
            // blank after it) with the few `(` before another byte of that
            // range (`(1`: one in 4,000 bytes), in one test instead of one
            // per lead.
            @inline(__always) func window(_ j: Int) -> SIMDMask<SIMD16<Int8>> {
                let x = raw.loadUnaligned(fromByteOffset: j, as: SIMD16<UInt8>.self)
                let y = raw.loadUnaligned(fromByteOffset: j + 1, as: SIMD16<UInt8>.self)
                return (x .== bar) .| (x .== tab) .| ((x .== capitalN) .& (y .== oHornLead))
                    .| (((x | bit3) .== open) .& ((y & top3) .== blank)) .| (((x .== comma) .| (x .== semicolon)) .& (y .!= blank))
            }
            @inline(__always) func lanes(_ m: SIMDMask<SIMD16<Int8>>) -> UInt64 { UInt64(ByteScan.laneMask(m)) }
            while i + 65 <= n {
                let m0 = window(i), m1 = window(i + 16), m2 = window(i + 32), m3 = window(i + 48)
                if ByteScan.any((m0 .| m1) .| (m2 .| m3)) {
                    marks.reserve(64); events.reserve(64); labels.reserve(64)
                    // The step's lanes as one bit each, read by one loop: a
                    // loop per half window (eight) cost a mispredicted
                    // branch wherever one of them started or stopped.
                    var bits = lanes(m0) | lanes(m1) << 16 | lanes(m2) << 32 | lanes(m3) << 48
                    while bits != 0 {
                        file(i + bits.trailingZeroBitCount, p, lead, next, &marks, &events, &labels)
                        bits &= bits &- 1
                    }
                }
                i += 64
            }
            while i + 17 <= n {
                let m = window(i)
                if ByteScan.any(m) {
                    marks.reserve(16); events.reserve(16); labels.reserve(16)
                    var bits = lanes(m)
                    while bits != 0 {
                        file(i + bits.trailingZeroBitCount, p, lead, next, &marks, &events, &labels)
                        bits &= bits &- 1
                    }
                }
                i += 16
            }
        }
        // The last bytes, one by one.
        while i < n {
            if isMark(p, i) {
                switch p[i] {
                case 0x7C, 0x09: marks.reserve(1); marks.put(i, 1)
                case 0x4E: labels.reserve(1); labels.put(i, 1)
                default: events.reserve(1); events.put(i, 1)
                }
            }
            i += 1
        }
        return (marks.array(), events.array(), labels.array())
    }

    /// Files position `k`: see `collect`. `k` has the byte after it (a
    /// window at `j` reads `j ..< j + 17`, within the text); `lead` and
    /// `next` have 256 entries.
    @inline(__always)
    static func file(_ k: Int, _ p: UnsafeBufferPointer<UInt8>,
                     _ lead: UnsafeBufferPointer<UInt8>, _ next: UnsafeBufferPointer<UInt8>,
                     _ marks: inout Positions, _ events: inout Positions, _ labels: inout Positions) {
        let l = lead[Int(p[k])], d = next[Int(p[k + 1])]
        // 1 if any of the low four bits of `l & d` is set.
        let hit = Int((l & d & 0x0F) &+ 0x0F) >> 4
        marks.put(k, hit & Int(l >> 4) & 1)
        labels.put(k, hit & Int(l >> 5) & 1)
        events.put(k, hit & Int(l >> 6) & 1)
    }

    /// Whether `i` is a mark: a `|` or tab, an `N` followed by C6, or a
    /// spacing event (`Spacing.isEvent` with the text's end as the limit).
    @inline(__always) static func isMark(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = p[i]
        if c == 0x7C || c == 0x09 { return true }
        if c == 0x4E { return i + 1 < p.count && p[i + 1] == 0xC6 }
        return Spacing.isEvent(p, i, p.count)
    }
}
