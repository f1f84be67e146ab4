import VanBan

/// The words of a markup-free view with their hashes, as `Words.indexed`
/// returns them.
typealias WordIndex = (words: [Word], hashes: [UInt64])

/// What one lint of a text keeps for the next lint of an edited version of
/// the same text: an editor re-lints its buffer on every keystroke, and most
/// of a large buffer is the same between two keystrokes.
///
/// Today it keeps the word index (`Words.indexed`, the largest single cost
/// of a lint): the next lint splits into words only the part of the view
/// that changed and takes the words before and after it from the previous
/// index, moved by the change's length. The result is exactly the index a
/// fresh split would give (`WordIndexReuse` says why), so findings never
/// depend on the history of edits.
///
/// One memory serves one buffer, and one lint at a time: the language
/// server keeps one per open document and lints each document serially.
/// Reading a memory made for another text is still correct, only slower.
public final class LintMemory: @unchecked Sendable {
    /// The markup-free view the index was made from.
    var clean: [UInt8] = []
    /// The word index of `clean` (when `hasIndex`).
    var index: WordIndex = ([], [])
    var hasIndex = false

    /// How the last word index was made, for tests and the benchmark: words
    /// taken from the previous index, and words split anew.
    public private(set) var lastReused = 0, lastScanned = 0

    /// Counts the word indexes made; a word list is reused only from the
    /// index just before the current one.
    private var generation = 0
    /// What the last update did to the word list: words `0..<kept` kept,
    /// the old `kept..<tail` replaced by `inserted` new words, the rest
    /// moved (nil after a split of the whole view).
    private var lastChange: (kept: Int, tail: Int, inserted: Int, oldCount: Int)?
    /// Per key: word lists (`wordList`) and the generation they belong to.
    private var lists: [String: (generation: Int, list: [Int])] = [:]

    public init() {}

    /// The sorted word indices that a per-word test passes (a rule's cheap
    /// filter), for the current word index: taken from the previous
    /// index's list where the words did not change, and asked of `test`
    /// for the rest.
    ///
    /// Exact for a test that is the same at every position of the text: its
    /// answer for word `k` depends only on the words `k - reach … k + reach`
    /// and the bytes between them (not on an absolute offset). The words
    /// kept before an edit and their neighbours are the same bytes, and so
    /// are the words after it, moved; one more word on each side than
    /// `reach` keeps even the bytes between a word and its neighbour's
    /// neighbour out of the edit.
    func wordList(_ key: String, wordCount: Int, reach: Int, _ test: (Range<Int>) -> [Int]) -> [Int] {
        if let (g, list) = lists[key], g == generation { return list }
        var out: [Int]
        if let (g, old) = lists[key], g == generation - 1, let c = lastChange {
            let margin = reach + 1
            let lo = max(0, c.kept - margin)
            let oldHi = min(c.oldCount, c.tail + margin)
            let shift = c.inserted - (c.tail - c.kept)
            let before = old.partitioningIndex { $0 >= lo }
            let after = old.partitioningIndex { $0 >= oldHi }
            out = []
            out.reserveCapacity(old.count + 8)
            out += old[..<before]
            out += test(lo..<(oldHi + shift))
            for k in old[after...] { out.append(k + shift) }
        } else {
            out = test(0..<wordCount)
        }
        lists[key] = (generation, out)
        return out
    }

    /// The word index of `clean`, made from the previous one where the
    /// text is the same, and kept for the next call.
    func wordIndex(of clean: [UInt8]) -> WordIndex {
        var made: WordIndex = ([], [])
        generation += 1
        if hasIndex {
            // Taken out of the memory, the old arrays are unique and are
            // edited in place.
            swap(&made, &index)
            let oldCount = made.words.count
            let change = WordIndexReuse.update(&made, from: self.clean, to: clean)
            (lastReused, lastScanned) = (change.reused, change.scanned)
            lastChange = (change.kept, change.tail, change.scanned, oldCount)
        } else {
            made = Words.indexed(clean)
            (lastReused, lastScanned) = (0, made.words.count)
            lastChange = nil
        }
        self.clean = clean
        index = made
        hasIndex = true
        return made
    }
}

/// Builds the word index of a text from the index of an earlier version.
///
/// Why it is exact. Let the old and new views share a prefix of `P` bytes
/// and a suffix of `S` bytes. `Words.indexed` reads the view forward, one
/// scalar at a time, and at each scalar it is either inside a word or
/// between words; what it does at a scalar depends only on the bytes up to
/// the end of that scalar (at most 4 bytes on).
/// - Before the change: an old word that ends at `e` with `e + 4 ≤ P` was
///   found from identical bytes, and so was the non-letter scalar at `e`
///   that ended it; the new scan finds the same words up to `e`, and is
///   between words at `e`, as the old one was.
/// - After the change: at a position `E ≥ newCount − S` where a non-letter
///   scalar starts, the bytes from `E` on are those of the old view from
///   `E − delta` on (a scalar boundary there too: the views are valid UTF-8
///   and the byte is the same). Both scans are between words there (no
///   word holds a non-letter), so from there on they find the same words,
///   `delta` bytes apart.
/// - Between `A` (the end of the last word kept before) and `E`, the new
///   view is split afresh. `Words.indexed` on those bytes alone finds what
///   the whole scan finds there: it starts between words at a scalar
///   boundary and stops at a scalar boundary where a word cannot go on.
enum WordIndexReuse {
    /// Turns `index`, the index of `a`, into the index of `b`; returns the
    /// number of words kept and of words split anew, and which: the old
    /// words `kept..<tail` were replaced by `scanned` new ones.
    static func update(_ index: inout WordIndex, from a: [UInt8], to b: [UInt8]) -> (reused: Int, scanned: Int, kept: Int, tail: Int) {
        let na = a.count, nb = b.count
        let oldCount = index.words.count
        let prefix = commonPrefix(a, b)
        if prefix == na && na == nb { return (oldCount, 0, oldCount, oldCount) }
        let suffix = commonSuffix(a, b, limit: min(na, nb) - prefix)
        let delta = nb - na

        // Words kept before the change: those ending 4 bytes or more before it.
        let kept = index.words.partitioningIndex { $0.range.end + 4 > prefix }
        let scanStart = kept > 0 ? index.words[kept - 1].range.end : 0

        // Where the rescan may stop: a non-letter scalar in the shared suffix.
        let scanEnd = b.withUnsafeBufferPointer { p -> Int in
            var e = max(scanStart, nb - suffix)
            while e < nb && p[e] & 0xC0 == 0x80 { e += 1 }   // to a scalar boundary
            ScalarClass.table.withUnsafeBufferPointer { t in
                ScalarClass.asciiTable.withUnsafeBufferPointer { ascii in
                    while e < nb {
                        let (f, len) = Words.classOf(p, e, nb, ascii, t)
                        if f & ScalarClass.letterOrMark == 0 { break }
                        e += len
                    }
                }
            }
            return e
        }
        // Old words from the matching position on are kept, moved by `delta`.
        let tail = scanEnd < nb ? index.words.partitioningIndex { $0.range.start >= scanEnd - delta } : oldCount

        let middle = Words.indexed(Array(b[scanStart..<scanEnd]))
        let middleWords = middle.words.map { w -> Word in
            var w = w
            w.range = TextRange(w.range.start + scanStart, w.range.end + scanStart)
            return w
        }
        index.words.replaceSubrange(kept..<tail, with: middleWords)
        index.hashes.replaceSubrange(kept..<tail, with: middle.hashes)
        if delta != 0 {
            index.words.withUnsafeMutableBufferPointer { w in
                for k in (kept + middleWords.count)..<w.count {
                    w[k].range = TextRange(w[k].range.start + delta, w[k].range.end + delta)
                }
            }
        }
        return (oldCount - (tail - kept), middleWords.count, kept, tail)
    }

    /// The length of the longest common prefix of `a` and `b`, compared
    /// eight bytes at a time.
    static func commonPrefix(_ a: [UInt8], _ b: [UInt8]) -> Int {
        let n = min(a.count, b.count)
        return a.withUnsafeBytes { pa in
            b.withUnsafeBytes { pb in
                var i = 0
                while i + 8 <= n && pa.loadUnaligned(fromByteOffset: i, as: UInt64.self) == pb.loadUnaligned(fromByteOffset: i, as: UInt64.self) { i += 8 }
                while i < n && pa[i] == pb[i] { i += 1 }
                return i
            }
        }
    }

    /// The length of the longest common suffix of `a` and `b`, at most `limit`.
    static func commonSuffix(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        let na = a.count, nb = b.count
        return a.withUnsafeBytes { pa in
            b.withUnsafeBytes { pb in
                var s = 0
                while s + 8 <= limit && pa.loadUnaligned(fromByteOffset: na - s - 8, as: UInt64.self) == pb.loadUnaligned(fromByteOffset: nb - s - 8, as: UInt64.self) { s += 8 }
                while s < limit && pa[na - s - 1] == pb[nb - s - 1] { s += 1 }
                return s
            }
        }
    }
}
