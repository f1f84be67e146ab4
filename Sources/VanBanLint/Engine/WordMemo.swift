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
    private var hashes: [UInt64]
    private var firstRanges: [TextRange]
    private var values: [Value?]
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
        hashes = [UInt64](repeating: 0, count: start)
        firstRanges = [TextRange](repeating: TextRange(0, 0), count: start)
        values = [Value?](repeating: nil, count: start)
        mask = start - 1
    }

    /// Doubles the table (when three quarters full and below `maxSize`),
    /// placing the stored words again.
    private mutating func grow() {
        let oldHashes = hashes, oldRanges = firstRanges, oldValues = values
        let size = (mask + 1) * 2
        hashes = [UInt64](repeating: 0, count: size)
        firstRanges = [TextRange](repeating: TextRange(0, 0), count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
        for i in oldHashes.indices where oldHashes[i] != 0 {
            var s = WordHash.slot(oldHashes[i], mask)
            while hashes[s] != 0 { s = (s + 1) & mask }
            hashes[s] = oldHashes[i]
            firstRanges[s] = oldRanges[i]
            values[s] = oldValues[i]
        }
    }

    /// The slot for the word `range` of `bytes` whose hash is `hash` (never
    /// 0: `Words` hashes have the low bit set): `found` when the same bytes
    /// are stored there, else the empty slot to `store` into (nil when the
    /// table is full or holds another spelling with the same hash).
    private func slot(_ hash: UInt64, _ range: TextRange, _ bytes: [UInt8]) -> (slot: Int, found: Bool)? {
        var s = WordHash.slot(hash, mask)
        while hashes[s] != 0 {
            if hashes[s] == hash {
                return Self.sameBytes(bytes, firstRanges[s], range) ? (s, true) : nil
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
        if found, let v = values[s] { return v }
        let v = judge()
        hashes[s] = hash
        firstRanges[s] = range
        values[s] = v
        count += 1
        return v
    }
}
