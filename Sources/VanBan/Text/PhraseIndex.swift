/// A set of byte strings (keywords, type names in each casing) matched at a
/// position in a UTF-8 buffer, for the scanners' hot paths.
///
/// The phrases live in one contiguous storage and are bucketed by their
/// first two bytes (or, for a suffix index, their last two), longest first
/// within a bucket, so a probe compares against the few phrases that share
/// the opening bytes, without allocating or retaining anything. A phrase of
/// one byte is entered in every bucket of its byte.
public final class PhraseIndex: Sendable {
    struct Entry: Sendable {
        var start: Int32
        var length: Int32
        var id: Int32
        /// The phrase's first `min(8, length)` bytes as a little-endian
        /// word (zero above them), compared with one load in `match`; in a
        /// suffix index its last `min(8, length)` bytes, as the top bytes
        /// of the word that ends with them (zero below them), compared with
        /// the eight bytes that end at the position.
        var head: UInt64
        /// The bits of `head`'s bytes (all of them from eight bytes on).
        var mask: UInt64
    }

    private let storage: [UInt8]
    private let entries: [Entry]
    /// `bucketStart[k]..<bucketStart[k + 1]` are the entries of bucket k.
    private let bucketStart: [Int32]
    /// Whether the index is keyed by the phrases' last bytes (for matching
    /// a phrase that ends at a position).
    public let suffix: Bool
    /// The bytes a phrase can open with (or close with, for a suffix index).
    public let edgeBytes: ByteSet

    static let bucketMask = 1023
    /// A filter over the phrases' first `filterLength` bytes (last, for a
    /// suffix index), hashed to one bit each: in Vietnamese text two bytes
    /// are not selective (`đ` + the next byte opens `điểm` and `được`
    /// alike), four are.
    private let filter: [UInt64]
    /// min(4, the shortest phrase's length).
    public let filterLength: Int
    /// `32 - 8 * filterLength`: the shift that leaves `mayMatch`'s word of
    /// `filterLength` bytes from the big-endian word of four.
    private let filterShift: UInt32

    /// The union of several indexes' filters (all with a filter length of
    /// 4 and the same direction), for one test that covers them all.
    public static func unionFilter(_ indexes: [PhraseIndex]) -> [UInt64]? {
        guard let f = indexes.first, indexes.allSatisfy({ $0.filterLength == 4 && $0.suffix == f.suffix }) else { return nil }
        var u = [UInt64](repeating: 0, count: f.filter.count)
        for x in indexes { for k in u.indices { u[k] |= x.filter[k] } }
        return u
    }

    /// Whether the four bytes at `i` (which must be in bounds) pass a
    /// filter built by `unionFilter`.
    @inline(__always)
    public static func passes(_ filter: UnsafeBufferPointer<UInt64>, _ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let h = UInt32(p[i]) << 24 | UInt32(p[i + 1]) << 16 | UInt32(p[i + 2]) << 8 | UInt32(p[i + 3])
        let k = filterHash(h)
        return filter[k >> 6] & (1 << UInt64(k & 63)) != 0
    }
    static let filterMask = 8191

    @inline(__always)
    static func filterHash(_ h: UInt32) -> Int { Int((h &* 0x9E37_79B1) >> 19) & filterMask }

    /// Whether a phrase may start at `i` (end at `i`, for a suffix index):
    /// a cheap test before `match`. Never false when `match` would succeed.
    @inline(__always)
    public func mayMatch(_ p: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        var h: UInt32 = 0
        if suffix {
            guard i - filterLength >= 0, i <= end else { return true }
            for q in 0..<filterLength { h = h << 8 | UInt32(p[i - 1 - q]) }
        } else {
            guard i >= 0, i + filterLength <= end else { return true }
            if filterLength == 4 {
                h = UInt32(p[i]) << 24 | UInt32(p[i + 1]) << 16 | UInt32(p[i + 2]) << 8 | UInt32(p[i + 3])
            } else {
                for q in 0..<filterLength { h = h << 8 | UInt32(p[i + q]) }
            }
        }
        let k = PhraseIndex.filterHash(h)
        return filter[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    @inline(__always)
    public func mayMatch(_ b: [UInt8], at i: Int, end: Int? = nil) -> Bool {
        b.withUnsafeBufferPointer { mayMatch($0, at: i, end: min(end ?? $0.count, $0.count)) }
    }

    @inline(__always)
    static func bucket(_ a: UInt8, _ b: UInt8) -> Int { (Int(a) &* 67 &+ Int(b)) & bucketMask }

    /// - Parameters:
    ///   - phrases: the byte strings; empty ones are ignored.
    ///   - ids: the id reported for each phrase (defaults to its index).
    ///   - suffix: key by the last two bytes instead of the first two.
    public init(_ phrases: [[UInt8]], ids: [Int]? = nil, suffix: Bool = false) {
        self.suffix = suffix
        var storage: [UInt8] = []
        var items: [(bucket: Int, entry: Entry)] = []
        var edges: [UInt8] = []
        for (k, p) in phrases.enumerated() where !p.isEmpty {
            var head: UInt64 = 0
            let m = min(8, p.count)
            var mask: UInt64 = p.count >= 8 ? ~0 : (1 << UInt64(8 * p.count)) &- 1
            if suffix {
                for q in 0..<m { head |= UInt64(p[p.count - m + q]) << UInt64(8 * (8 - m + q)) }
                mask = p.count >= 8 ? ~0 : ~((1 << UInt64(8 * (8 - m))) &- 1)
            } else {
                for q in 0..<m { head |= UInt64(p[q]) << UInt64(8 * q) }
            }
            let e = Entry(start: Int32(storage.count), length: Int32(p.count), id: Int32(ids?[k] ?? k), head: head, mask: mask)
            storage.append(contentsOf: p)
            let a = suffix ? p[p.count - 1] : p[0]
            edges.append(a)
            if p.count == 1 {
                for x in 0...255 { items.append((PhraseIndex.bucket(a, UInt8(x)), e)) }
            } else {
                let b = suffix ? p[p.count - 2] : p[1]
                items.append((PhraseIndex.bucket(a, b), e))
            }
        }
        // Stable: equal lengths keep the order given.
        items = items.enumerated().sorted {
            if $0.element.bucket != $1.element.bucket { return $0.element.bucket < $1.element.bucket }
            if $0.element.entry.length != $1.element.entry.length { return $0.element.entry.length > $1.element.entry.length }
            return $0.offset < $1.offset
        }.map { $0.element }
        var starts = [Int32](repeating: 0, count: PhraseIndex.bucketMask + 2)
        for it in items { starts[it.bucket + 1] += 1 }
        for k in 0...PhraseIndex.bucketMask { starts[k + 1] += starts[k] }
        self.storage = storage
        self.entries = items.map { $0.entry }
        self.bucketStart = starts
        let fl = min(4, phrases.filter { !$0.isEmpty }.map { $0.count }.min() ?? 1)
        var filter = [UInt64](repeating: 0, count: (PhraseIndex.filterMask + 1) / 64)
        for p in phrases where !p.isEmpty {
            var h: UInt32 = 0
            for q in 0..<fl { h = h << 8 | UInt32(suffix ? p[p.count - 1 - q] : p[q]) }
            let k = PhraseIndex.filterHash(h)
            filter[k >> 6] |= 1 << UInt64(k & 63)
        }
        self.filter = filter
        self.filterLength = fl
        self.filterShift = UInt32(32 - 8 * fl)
        self.edgeBytes = ByteSet(edges)
    }

    public convenience init(_ phrases: [String], ids: [Int]? = nil, suffix: Bool = false) {
        self.init(phrases.map { Array($0.utf8) }, ids: ids, suffix: suffix)
    }

    /// The longest phrase that starts at `i` (ends at `i`, for a suffix
    /// index) within `[lower, end)` and that `accept(id, length)` takes.
    @inline(__always)
    public func match(_ p: UnsafeBufferPointer<UInt8>, at i: Int, lower: Int = 0, end: Int,
                      accept: (Int, Int) -> Bool = { _, _ in true }) -> (id: Int, length: Int)? {
        if suffix {
            guard i > lower, i <= end, edgeBytes.contains(p[i - 1]) else { return nil }
        } else {
            guard i >= lower, i < end, edgeBytes.contains(p[i]) else { return nil }
        }
        let a = suffix ? p[i - 1] : p[i]
        let b: UInt8 = suffix ? (i - 2 >= lower ? p[i - 2] : 0) : (i + 1 < end ? p[i + 1] : 0)
        let k = PhraseIndex.bucket(a, b)
        let n = p.count
        return storage.withUnsafeBufferPointer { s in
            entries.withUnsafeBufferPointer { es in
                var e = Int(bucketStart[k])
                let last = Int(bucketStart[k + 1])
                // A prefix index compares every phrase from `i`: the eight
                // bytes there are read once (when they are in the buffer).
                if !suffix && i &+ 8 <= n {
                    let word = UInt64(littleEndian: UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self))
                    while e < last {
                        let entry = es[e]
                        e &+= 1
                        let len = Int(entry.length)
                        if i + len > end || word & entry.mask != entry.head { continue }
                        // (The first eight bytes, or all, are equal: the rest.)
                        var q = 8
                        let st = Int(entry.start)
                        while q < len && p[i &+ q] == s[st &+ q] { q &+= 1 }
                        if q >= len && accept(Int(entry.id), len) { return (Int(entry.id), len) }
                    }
                    return nil
                }
                // A suffix index compares every phrase's last eight bytes
                // (or all) with the eight that end at `i`, read once (when
                // `i` is eight bytes or more into the buffer; bytes before a
                // shorter phrase are masked off), then the bytes before them.
                if suffix && i >= 8 {
                    let word = UInt64(littleEndian: UnsafeRawPointer(p.baseAddress! + (i &- 8)).loadUnaligned(as: UInt64.self))
                    while e < last {
                        let entry = es[e]
                        e &+= 1
                        guard word & entry.mask == entry.head else { continue }
                        let len = Int(entry.length)
                        let from = i &- len
                        if from < lower { continue }
                        var q = 0
                        let st = Int(entry.start)
                        while q < len &- 8 && p[from &+ q] == s[st &+ q] { q &+= 1 }
                        if q >= len &- 8 && accept(Int(entry.id), len) { return (Int(entry.id), len) }
                    }
                    return nil
                }
                while e < last {
                    let entry = es[e]
                    e &+= 1
                    let len = Int(entry.length)
                    let from = suffix ? i - len : i
                    if from < lower || from + len > end { continue }
                    // The first eight bytes in one comparison when eight
                    // bytes can be read at `from` (bytes past the phrase are
                    // masked off, so reading past `end` changes nothing);
                    // the rest, and a phrase near the buffer's end, byte by
                    // byte (in a suffix index, whose heads hold the last
                    // bytes, every byte).
                    var q = 0
                    if !suffix && from &+ 8 <= n {
                        let word = UnsafeRawPointer(p.baseAddress! + from).loadUnaligned(as: UInt64.self)
                        if UInt64(littleEndian: word) & entry.mask != entry.head { continue }
                        q = min(8, len)
                    }
                    let st = Int(entry.start)
                    while q < len && p[from &+ q] == s[st &+ q] { q &+= 1 }
                    if q == len && accept(Int(entry.id), len) { return (Int(entry.id), len) }
                }
                return nil
            }
        }
    }

    /// The longest phrase written at `i` that no letter or digit follows
    /// (`Bytes.isWordChar(at:in:)` false at its end): the answer of
    /// `mayMatch` and then `match` with that test (which it stays, and is
    /// checked against in the tests), in one pass where eight bytes can be
    /// read at `i` and the index is a prefix index. The eight bytes are
    /// loaded once for the filter (its big-endian word is their first four
    /// swapped), the bucket (their first two) and every phrase's head; the
    /// edge-byte test, one more filter before the bucket, is left out:
    /// a phrase whose first byte is not written there fails its head.
    @inline(__always)
    public func wholeWord(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (id: Int, length: Int)? {
        let n = p.count
        guard i >= 0, i < n else { return nil }
        guard !suffix, i &+ 8 <= n, let base = p.baseAddress else {
            guard mayMatch(p, at: i, end: n) else { return nil }
            return match(p, at: i, end: n) { _, len in !Bytes.isWordChar(at: i + len, in: p) }
        }
        let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        let k = PhraseIndex.filterHash(UInt32(truncatingIfNeeded: word).byteSwapped >> filterShift)
        return filter.withUnsafeBufferPointer { f -> (id: Int, length: Int)? in
            guard f[k >> 6] & (1 << UInt64(k & 63)) != 0 else { return nil }
            let bucket = PhraseIndex.bucket(UInt8(truncatingIfNeeded: word), UInt8(truncatingIfNeeded: word >> 8))
            return storage.withUnsafeBufferPointer { s in
                entries.withUnsafeBufferPointer { es in
                    bucketStart.withUnsafeBufferPointer { starts in
                        var e = Int(starts[bucket])
                        let last = Int(starts[bucket &+ 1])
                        while e < last {
                            let entry = es[e]
                            e &+= 1
                            let len = Int(entry.length)
                            guard word & entry.mask == entry.head, i &+ len <= n else { continue }
                            // (The first eight bytes, or all, are equal: the rest.)
                            var q = 8
                            let st = Int(entry.start)
                            while q < len && base[i &+ q] == s[st &+ q] { q &+= 1 }
                            if q >= len && !Bytes.isWordChar(at: i &+ len, in: p) { return (Int(entry.id), len) }
                        }
                        return nil
                    }
                }
            }
        }
    }

    /// Every pair of opening bytes a phrase can start with, as
    /// `first | second << 8` (a phrase of one byte opens with its byte and
    /// any other). Only for a prefix index.
    public var openingPairs: Set<UInt16> {
        precondition(!suffix)
        var out = Set<UInt16>()
        for e in entries {
            let a = UInt16(storage[Int(e.start)])
            if e.length == 1 {
                for x in 0...255 { out.insert(a | UInt16(x) << 8) }
            } else {
                out.insert(a | UInt16(storage[Int(e.start) + 1]) << 8)
            }
        }
        return out
    }

    /// The phrases, each once (a phrase of one byte is entered in many
    /// buckets), in no particular order.
    public var phrases: [[UInt8]] {
        var seen = Set<[UInt8]>()
        for e in entries { seen.insert(Array(storage[Int(e.start)..<Int(e.start + e.length)])) }
        return Array(seen)
    }

    /// `match` on an array.
    @inline(__always)
    public func match(_ b: [UInt8], at i: Int, lower: Int = 0, end: Int? = nil,
                      accept: (Int, Int) -> Bool = { _, _ in true }) -> (id: Int, length: Int)? {
        b.withUnsafeBufferPointer { match($0, at: i, lower: lower, end: min(end ?? $0.count, $0.count), accept: accept) }
    }
}
