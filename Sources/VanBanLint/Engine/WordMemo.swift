import VanBan

/// A per-document memo of a rule's verdict on a word, keyed by the word's
/// bytes: Vietnamese text repeats a few thousand syllables, so a rule that
/// judges words slowly judges each distinct spelling once.
///
/// Fast because it never allocates per word: the key is the word's hash
/// from `SharedAnalysis.wordHashes` (already computed), the table is open
/// addressing over flat arrays, and a hit is confirmed by comparing the
/// bytes with the first word stored under that hash (so two spellings with
/// the same hash can never share a verdict; the second is not memoised).
struct WordMemo<Value> {
    /// A slot of the table: the hash (0 when empty), the first word stored
    /// under it, and its verdict. One array of slots, not one per field:
    /// one allocation per memo (a rule makes one per document), and a
    /// probe reads one slot.
    private struct Slot {
        var hash: UInt64
        var firstRange: TextRange
        var value: Value?
    }
    private var slots: [Slot]
    private var mask: Int
    private var count = 0
    /// The table size it may grow to.
    private let maxSize: Int

    /// A memo for about `capacity` distinct words (it stops memoising, and
    /// `lookup` returns nil, when three quarters full). The table starts
    /// small and doubles as words come: a document repeats far fewer
    /// spellings than it has candidate words, and clearing a table sized
    /// for all of them cost more than the memo saved.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        maxSize = size
        let start = min(size, 64)
        slots = Self.emptySlots(start)
        mask = start - 1
    }

    private static func emptySlots(_ n: Int) -> [Slot] {
        [Slot](repeating: Slot(hash: 0, firstRange: TextRange(0, 0), value: nil), count: n)
    }

    /// Doubles the table (when three quarters full and below `maxSize`),
    /// placing the stored words again.
    private mutating func grow() {
        let old = slots
        let size = (mask + 1) * 2
        slots = Self.emptySlots(size)
        mask = size - 1
        for e in old where e.hash != 0 {
            var s = WordHash.slot(e.hash, mask)
            while slots[s].hash != 0 { s = (s + 1) & mask }
            slots[s] = e
        }
    }

    /// The slot for the word `range` of `bytes` whose hash is `hash` (never
    /// 0: `Words` hashes have the low bit set): `found` when the same bytes
    /// are stored there, else the empty slot to `store` into (nil when the
    /// table is full or holds another spelling with the same hash).
    private func slot(_ hash: UInt64, _ range: TextRange, _ bytes: [UInt8]) -> (slot: Int, found: Bool)? {
        var s = WordHash.slot(hash, mask)
        while slots[s].hash != 0 {
            if slots[s].hash == hash {
                return Self.sameBytes(bytes, slots[s].firstRange, range) ? (s, true) : nil
            }
            s = (s + 1) & mask
        }
        return count * 4 < (mask + 1) * 3 ? (s, false) : nil
    }

    static func sameBytes(_ b: [UInt8], _ x: TextRange, _ y: TextRange) -> Bool {
        guard x.end - x.start == y.end - y.start else { return false }
        var i = x.start, j = y.start
        while i < x.end { if b[i] != b[j] { return false }; i += 1; j += 1 }
        return true
    }

    /// The memoised verdict on the word, or computes it with `judge` (once
    /// per distinct spelling while the memo has room).
    mutating func value(hash: UInt64, range: TextRange, in bytes: [UInt8], _ judge: () -> Value) -> Value {
        if count * 4 >= (mask + 1) * 3 && mask + 1 < maxSize { grow() }
        guard let (s, found) = slot(hash, range, bytes) else { return judge() }
        if found, let v = slots[s].value { return v }
        let v = judge()
        slots[s] = Slot(hash: hash, firstRange: range, value: v)
        count += 1
        return v
    }
}
