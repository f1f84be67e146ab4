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
        var marks: [Int] = [], events: [Int] = [], labels: [Int] = []
        // The corpus has one event per 180 bytes: room for one per 64 saves
        // almost every document the seven or eight reallocations of appending.
        events.reserveCapacity(bytes.count / 64)
        bytes.withUnsafeBufferPointer { p in
            Self.each(p) { j in
                // (No byte is two of these: an event is at a blank, `,`, `;` or `(`.)
                switch p[j] {
                case 0x7C, 0x09: marks.append(j)
                case 0x4E: labels.append(j)
                default: events.append(j)
                }
            }
        }
        tableMarks = marks; spacingEvents = events; labelStarts = labels
    }

    /// Every `|` or tab, spacing event (`Spacing.isEvent` with the text's
    /// end as the limit) and `N` followed by C6, in order, to `body`, in one
    /// scan (`WindowScan.forEach`; the lane test is a superset, `isMark` decides).
    static func each(_ p: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        let bar = SIMD16<UInt8>(repeating: 0x7C), tab = SIMD16<UInt8>(repeating: 0x09)
        let blank = SIMD16<UInt8>(repeating: 0x20), comma = SIMD16<UInt8>(repeating: 0x2C)
        let semicolon = SIMD16<UInt8>(repeating: 0x3B), top3 = SIMD16<UInt8>(repeating: 0xE0)
        let open = SIMD16<UInt8>(repeating: 0x28), bit3 = SIMD16<UInt8>(repeating: 0x08)
        let capitalN = SIMD16<UInt8>(repeating: 0x4E), oHornLead = SIMD16<UInt8>(repeating: 0xC6)
        // A blank or `(` (`x | 8` is `(`) before a byte of 0x20–0x3F: a
        // blank's events, and a `(`'s (a blank after it) with the few `(`
        // before another byte of that range (`(1`: one in 4,000 bytes),
        // in one test instead of one per lead.
        WindowScan.forEach(p, from: 0, to: p.count, candidates: { x, y, _ in
            (x .== bar) .| (x .== tab) .| ((x .== capitalN) .& (y .== oHornLead))
                .| (((x | bit3) .== open) .& ((y & top3) .== blank)) .| (((x .== comma) .| (x .== semicolon)) .& (y .!= blank))
        }, exact: { isMark(p, $0) }, body)
    }

    /// Whether `each` stops at `i`.
    @inline(__always) static func isMark(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = p[i]
        if c == 0x7C || c == 0x09 { return true }
        if c == 0x4E { return i + 1 < p.count && p[i + 1] == 0xC6 }
        return Spacing.isEvent(p, i, p.count)
    }
}
