import VanBan

/// How a word is written.
public enum CaseForm: UInt8, Sendable {
    /// `tài`
    case lower
    /// `Tài`
    case capitalized
    /// `TÀI`
    case upper
}

/// A small set of words looked up by their exact bytes, in three case forms,
/// without allocating: an open-addressing table of 64-bit FNV-1a hashes.
public final class Lexicon: Sendable {
    /// The words, lower case, in insertion order (ids index this).
    public let words: [String]
    private let keys: [UInt64]
    private let values: [UInt32]
    private let mask: Int
    /// Byte lengths (bit per length up to 63) and first bytes present, for a quick reject.
    private let lengths: UInt64
    private let firstBytes: [Bool]
    /// Bitmap of the first two bytes of every entry (65,536 bits).
    private let prefix2: [UInt64]
    /// Bitmap of sixteen bits of every entry's hash (`bitIndex`, 65,536
    /// bits): a word whose hash has no bit here is not in the set, found
    /// with one load (`candidates` probes every word of a text).
    fileprivate let hashBits: [UInt64]

    public init(_ list: [String]) {
        var uniq: [String] = []
        // One hash a word (`insert` tells whether it was new), in a set
        // sized once: the matchers build their lexicons at start-up.
        var seen = Set<String>(minimumCapacity: list.count)
        for w in list where seen.insert(w).inserted { uniq.append(w) }
        words = uniq
        var size = 16
        while size < uniq.count * 3 * 4 { size <<= 1 }
        var k = [UInt64](repeating: 0, count: size)
        var v = [UInt32](repeating: UInt32.max, count: size)
        var lens: UInt64 = 0
        var firsts = [Bool](repeating: false, count: 256)
        var p2 = [UInt64](repeating: 0, count: 1024)
        var hb = [UInt64](repeating: 0, count: 1024)
        for (id, w) in uniq.enumerated() {
            for (form, text) in [(CaseForm.lower, w), (.capitalized, Lexicon.capitalize(w)), (.upper, w.uppercased())] {
                let bytes = Array(text.utf8)
                let h = Lexicon.hash(bytes[...])
                var slot = WordHash.slot(h, size - 1)
                while v[slot] != UInt32.max && k[slot] != h { slot = (slot + 1) & (size - 1) }
                // `Y` is both the capitalised and the upper-case form: keep the first.
                if v[slot] != UInt32.max { continue }
                k[slot] = h
                v[slot] = UInt32(id) << 2 | UInt32(form.rawValue)
                let top = Lexicon.bitIndex(h)
                hb[top >> 6] |= 1 << UInt64(top & 63)
                if bytes.count < 64 { lens |= 1 << UInt64(bytes.count) }
                firsts[Int(bytes[0])] = true
                if bytes.count >= 2 { let x = Int(bytes[0]) << 8 | Int(bytes[1]); p2[x >> 6] |= 1 << UInt64(x & 63) }
            }
        }
        keys = k; values = v; mask = size - 1; lengths = lens; firstBytes = firsts; prefix2 = p2; hashBits = hb
    }

    public static func capitalize(_ w: String) -> String {
        guard let f = w.unicodeScalars.first else { return w }
        return String(f).uppercased() + String(w.unicodeScalars.dropFirst())
    }

    /// The FNV-1a hash of some bytes, without `hash`'s low bit set.
    static func fnv<S: Sequence>(_ b: S) -> UInt64 where S.Element == UInt8 {
        var h = WordHash.seed
        for c in b { h = WordHash.step(h, UInt64(c)) }
        return h
    }

    @inline(__always)
    static func hash(_ b: ArraySlice<UInt8>) -> UInt64 {
        var h = WordHash.seed
        for c in b { h = WordHash.step(h, UInt64(c)) }
        return h | 1
    }

    /// The id and case form of the word at `r` in `bytes`, if it is in the set.
    @inline(__always)
    public func lookup(_ bytes: [UInt8], _ r: TextRange) -> (id: Int, form: CaseForm)? {
        let n = r.end - r.start
        guard n > 0, n < 64, lengths & (1 << UInt64(n)) != 0, firstBytes[Int(bytes[r.start])] else { return nil }
        if n >= 2 {
            let x = Int(bytes[r.start]) << 8 | Int(bytes[r.start + 1])
            guard prefix2[x >> 6] & (1 << UInt64(x & 63)) != 0 else { return nil }
        }
        var h = WordHash.seed
        var i = r.start
        while i < r.end { h = WordHash.step(h, UInt64(bytes[i])); i += 1 }
        h |= 1
        var slot = WordHash.slot(h, mask)
        while values[slot] != UInt32.max {
            if keys[slot] == h { return (Int(values[slot] >> 2), CaseForm(rawValue: UInt8(values[slot] & 3))!) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Indices of the words in the set (`lookup` finds them), in text order:
    /// one pass over the per-word hashes (`Words.keysAndHashes`; shared per
    /// document in `SharedAnalysis`), reading the keys of hits only.
    /// - Parameter starts: when given, the indices (increasing) of a
    ///   superset of the words in the set (`SharedAnalysis.phraseStarts`):
    ///   only these are probed.
    /// - Parameter range: without `starts`, the word indices to probe (all
    ///   when nil).
    public func candidates(words: [Word], clean: [UInt8], hashes: [UInt64]? = nil,
                           starts: [Int]? = nil, in range: Range<Int>? = nil) -> [Int] {
        let hashes = hashes ?? Words.keysAndHashes(words, clean).hashes
        // Only the indices whose hash has its bit in `hashBits` can be
        // found: they are kept first, a chunk at a time, each index written
        // to `kept` and the count advanced by its bit, with no branch per
        // index (which pass is unpredictable, and most do not); then the
        // few kept are probed, in order.
        let chunk = 256
        let kept = UnsafeMutablePointer<Int>.allocate(capacity: chunk)
        defer { kept.deallocate() }
        var out: [Int] = []
        withProbe { probe in
            words.withUnsafeBufferPointer { wb in
            clean.withUnsafeBufferPointer { cb in
            hashes.withUnsafeBufferPointer { hb in
            hashBits.withUnsafeBufferPointer { bits in
            (starts ?? []).withUnsafeBufferPointer { sb in
                let useStarts = starts != nil
                let range = range ?? 0..<wb.count
                // The positions to read: of `sb` with starts, else of the words.
                let count = useStarts ? sb.count : range.count
                // Made at a size that holds most answers (growing an array copies it).
                out.reserveCapacity(useStarts ? count : count / 8)
                var from = 0
                while from < count {
                    let stop = min(count, from &+ chunk)
                    var c = 0
                    // (`c <= q - from < chunk`: every write lies in `kept`.)
                    if useStarts {
                        for q in from..<stop {
                            let i = sb[q]
                            kept[c] = i
                            c &+= Self.bit(bits, hb[i])
                        }
                    } else {
                        for q in from..<stop {
                            let i = range.lowerBound &+ q
                            kept[c] = i
                            c &+= Self.bit(bits, hb[i])
                        }
                    }
                    for k in 0..<c {
                        let i = kept[k]
                        if probe.lookup(hash: hb[i], key: Words.key(cb, wb[i].range)) != nil { out.append(i) }
                    }
                    from = stop
                }
            }
            }
            }
            }
            }
        }
        return out
    }

    /// `hashBits`' bit (`bits`) for hash `h`, as 0 or 1: 0 when no word of
    /// the set has the `bitIndex` of `h`. (Arithmetic, not a comparison: a
    /// comparison of a loaded value is compiled to a branch.)
    @inline(__always)
    static func bit(_ bits: UnsafeBufferPointer<UInt64>, _ h: UInt64) -> Int {
        let top = bitIndex(h)
        return Int(truncatingIfNeeded: bits[top >> 6] >> UInt64(top & 63) & 1)
    }

    /// The sixteen bits of hash `h` that `hashBits` records: the top ones
    /// of `h` times an odd constant. Not `h`'s own top bits: FNV-1a's last
    /// step multiplies by 2^40 + 0x1B3, so the last byte reaches bits 48–63
    /// only through carries, and words that differ in their last byte alone
    /// (`sở` and `số`, E1 BB 9F and E1 BB 91: the tone of an open syllable
    /// is its last byte) mostly shared them, every such neighbour of a
    /// member passing the bitmap and missing the probe behind it.
    @inline(__always)
    static func bitIndex(_ h: UInt64) -> Int {
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// The indices of `starts` (increasing) whose hash may be a word of
    /// the set (its bit in `hashBits`): a superset of those `lookup` finds,
    /// in order, found with no branch per index.
    func mayContain(_ starts: [Int], hashes: [UInt64]) -> [Int] {
        [Int](unsafeUninitializedCapacity: starts.count) { out, count in
            starts.withUnsafeBufferPointer { sb in
            hashes.withUnsafeBufferPointer { hb in
            hashBits.withUnsafeBufferPointer { bits in
                var c = 0
                // (`c <= q`: every write lies in `out`.)
                for q in 0..<sb.count {
                    let i = sb[q]
                    out[c] = i
                    c &+= Self.bit(bits, hb[i])
                }
                count = c
            }
            }
            }
        }
    }

    /// Look-ups by a word's precomputed hash (`Words.indexed`) and key
    /// (`Words.key`): the same answers as `lookup(_:_:)` without hashing
    /// the word again (the quick filter is applied to hits only, and the
    /// key, an autoclosure, is made for hits only).
    public struct Probe {
        let keys: UnsafeBufferPointer<UInt64>
        let values: UnsafeBufferPointer<UInt32>
        let mask: Int
        let lengths: UInt64
        let fb: UnsafeBufferPointer<Bool>
        let p2: UnsafeBufferPointer<UInt64>

        @inline(__always)
        public func lookup(hash h: UInt64, key k: @autoclosure () -> UInt32) -> (id: Int, form: CaseForm)? {
            var slot = WordHash.slot(h, mask)
            // The hash is compared first: most words probed are in the set
            // (the callers filter them first), at their first slot. (An
            // empty slot's key is 0, never a word's hash: its low bit is set.)
            while true {
                let v = values[slot]
                if keys[slot] == h {
                    guard QuickFilter.passes(k(), lengths, fb, p2) else { return nil }
                    return (Int(v >> 2), CaseForm(rawValue: UInt8(v & 3))!)
                }
                if v == UInt32.max { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Runs `body` with a `Probe` of this set (valid only inside `body`).
    public func withProbe<R>(_ body: (Probe) -> R) -> R {
        keys.withUnsafeBufferPointer { k in
            values.withUnsafeBufferPointer { v in
                firstBytes.withUnsafeBufferPointer { fb in
                    prefix2.withUnsafeBufferPointer { p2 in
                        body(Probe(keys: k, values: v, mask: mask, lengths: lengths, fb: fb, p2: p2))
                    }
                }
            }
        }
    }

    /// The quick-reject data, to copy into a local before a hot loop.
    public var filter: QuickFilter { QuickFilter(lengths: lengths, firstBytes: firstBytes, prefix2: prefix2) }
}

/// Length, first-byte and first-two-bytes filter of a `Lexicon`: most words
/// of a text are rejected with three loads and no hashing.
public struct QuickFilter: Sendable {
    let lengths: UInt64
    let firstBytes: [Bool]
    let prefix2: [UInt64]

    /// `mayContain` on a word key (`Words.keys`): length bit, then the
    /// first byte (one-byte words) or the first two bytes (which imply it).
    @inline(__always)
    static func passes(_ k: UInt32, _ lengths: UInt64, _ fb: UnsafeBufferPointer<Bool>, _ p2: UnsafeBufferPointer<UInt64>) -> Bool {
        let len = k >> 16
        guard len < 64, lengths & (1 << UInt64(len)) != 0 else { return false }
        if len == 1 { return fb[Int(k >> 8 & 0xFF)] }
        let x = Int(k & 0xFFFF)
        return p2[x >> 6] & (1 << UInt64(x & 63)) != 0
    }

    @inline(__always)
    public func mayContain(_ b: UnsafeBufferPointer<UInt8>, _ r: TextRange) -> Bool {
        let n = r.end - r.start
        guard n > 0, n < 64, lengths & (1 << UInt64(n)) != 0, firstBytes[Int(b[r.start])] else { return false }
        if n >= 2 {
            let x = Int(b[r.start]) << 8 | Int(b[r.start + 1])
            return prefix2[x >> 6] & (1 << UInt64(x & 63)) != 0
        }
        return true
    }
}

/// A multi-word phrase with its official spelling (`Bộ Tài chính`).
public struct Phrase: Sendable {
    /// The official spelling, one entry per word.
    public var official: [String]
    public var ids: [Int]
    public var forms: [CaseForm]
}

/// One occurrence of a phrase in the text.
public struct PhraseMatch: Sendable {
    public var phrase: Int
    /// Index of the first word in `SharedAnalysis.words`.
    public var firstWord: Int
    public var forms: [CaseForm]
}

/// Finds phrases (longest first) in the word list of a document.
public final class PhraseMatcher: Sendable {
    public let lexicon: Lexicon
    public let phrases: [Phrase]
    /// Phrase indices by the id of their first word, longest first.
    private let byFirst: [[Int]]
    /// The first words only (most words of the text are rejected here cheaply).
    private let firstLexicon: Lexicon
    /// `firstLexicon` id → `lexicon` id.
    private let firstToId: [Int]
    /// The phrases' ids flattened (offsets, then values), so the matching
    /// loop reads plain buffers.
    private let phraseIdStart: [Int], phraseIds: [Int]
    /// `byFirst` split by second word: the list of first word `f` (its
    /// `firstLexicon` id) and second word `s` (its `lexicon` id, or
    /// `lexicon.words.count` for none) is `pairFlat[pairStart[x]..<pairStart[x + 1]]`
    /// with `x = f * (lexicon.words.count + 1) + s`: the phrases of
    /// `byFirst[firstToId[f]]`, in their order, of one word or with `s`
    /// second. The others cannot match there, so most candidates try no
    /// phrase at all.
    private let pairStart: [Int], pairFlat: [Int]
    /// The most words of a phrase.
    private let maxLength: Int

    public init(_ official: [String]) {
        let split = official.map { PhraseMatcher.words(of: $0) }
        // Each word lower-cased once (the matchers are built at start-up).
        let lowered = split.map { $0.map { $0.lowercased() } }
        let lex = Lexicon(lowered.flatMap { $0 })
        lexicon = lex
        // `lex.id` by dictionary: its linear search made this quadratic (the
        // matchers are built at start-up); the words are unique, so the same ids.
        var idOf: [String: Int] = [:]
        for (k, w) in lex.words.enumerated() { idOf[w] = k }
        var ps: [Phrase] = []
        for (words, lower) in zip(split, lowered) {
            let ids = lower.map { idOf[$0]! }
            let forms: [CaseForm] = zip(words, lower).map { w, l in
                if w == l { return .lower }
                if w == w.uppercased() && w.unicodeScalars.count > 1 { return .upper }
                return .capitalized
            }
            ps.append(Phrase(official: words, ids: ids, forms: forms))
        }
        phrases = ps
        var bf = [[Int]](repeating: [], count: lex.words.count)
        for (k, p) in ps.enumerated() { bf[p.ids[0]].append(k) }
        for k in bf.indices { bf[k].sort { ps[$0].ids.count > ps[$1].ids.count } }
        byFirst = bf
        var idStart: [Int] = [0], ids: [Int] = []
        for p in ps { ids += p.ids; idStart.append(ids.count) }
        phraseIdStart = idStart; phraseIds = ids
        let firsts = lowered.map { $0[0] }
        firstLexicon = Lexicon(firsts)
        firstToId = firstLexicon.words.map { idOf[$0]! }
        let width = lex.words.count + 1
        var pStart: [Int] = [0], pFlat: [Int] = []
        for f in firstToId {
            for second in 0..<width {
                for pk in bf[f] where ps[pk].ids.count == 1 || ps[pk].ids[1] == second { pFlat.append(pk) }
                pStart.append(pFlat.count)
            }
        }
        pairStart = pStart; pairFlat = pFlat
        maxLength = ps.map { $0.ids.count }.max() ?? 1
    }

    /// `s.split(separator: " ").map(String.init)`, on bytes when no space
    /// of `s` can belong to a larger Character: the scalars on both sides
    /// of every space are below U+0300 or in Latin Extended Additional
    /// (U+1E00–U+1EFF, the toned Vietnamese vowels), none of them Prepend,
    /// Extend, ZWJ or SpacingMark, so every space is a Character of its
    /// own. (The Character split was a sixth of building the matchers.)
    static func words(of s: String) -> [String] {
        let b = Array(s.utf8), n = b.count
        func isContinuation(_ c: UInt8) -> Bool { c & 0xC0 == 0x80 }
        func isLatinExtendedAdditional(_ lead: UInt8, _ second: UInt8) -> Bool { lead == 0xE1 && second >= 0xB8 && second <= 0xBB }
        for k in 0..<n where b[k] == 0x20 {
            if k > 0 && b[k - 1] >= 0x80 {
                let before2 = k >= 2 && b[k - 2] >= 0xC2 && b[k - 2] <= 0xCB && isContinuation(b[k - 1])
                let before3 = k >= 3 && isLatinExtendedAdditional(b[k - 3], b[k - 2]) && isContinuation(b[k - 1])
                if !before2 && !before3 { return s.split(separator: " ").map(String.init) }
            }
            if k + 1 < n && b[k + 1] >= 0x80 {
                let after2 = b[k + 1] >= 0xC2 && b[k + 1] <= 0xCB
                let after3 = k + 2 < n && isLatinExtendedAdditional(b[k + 1], b[k + 2])
                if !after2 && !after3 { return s.split(separator: " ").map(String.init) }
            }
        }
        return b.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The first words of the phrases (lower case).
    public var firstWords: [String] { firstLexicon.words }

    /// All non-overlapping matches, left to right.
    /// - Parameter starts: when given, the indices (increasing) of every word
    ///   that may start a phrase: a superset of the words of the text that
    ///   are first words of this matcher (`SharedAnalysis.phraseStarts`).
    ///   Only these are probed; without it every word is.
    /// - Parameter keep: when given, asked of each match (its phrase and the
    ///   forms of its words) before it is made: a match it declines is left
    ///   out of the result (its words are still taken, as when kept). Rules
    ///   that skip most matches (correctly written names) decline them here,
    ///   so that no forms array is made for them.
    public func matches(words: [Word], clean: [UInt8], hashes: [UInt64]? = nil,
                        starts: [Int]? = nil,
                        keep: ((_ phrase: Int, _ forms: UnsafeBufferPointer<CaseForm>) -> Bool)? = nil) -> [PhraseMatch] {
        let hashes = hashes ?? Words.keysAndHashes(words, clean).hashes
        // Only the starts whose hash may be a first word's are probed (most
        // starts are other matchers' first words).
        let starts = starts.map { firstLexicon.mayContain($0, hashes: hashes) }
        var out: [PhraseMatch] = []
        let n = words.count
        // Look-ups of the words after a candidate, by offset (-2: not yet,
        // -1: not in the lexicon), and their forms (the candidate's own at 0).
        let maxLen = maxLength
        let cachedId = UnsafeMutableBufferPointer<Int>.allocate(capacity: maxLen + 1)
        let cachedForm = UnsafeMutableBufferPointer<CaseForm>.allocate(capacity: maxLen + 1)
        cachedId.initialize(repeating: -2)
        cachedForm.initialize(repeating: .lower)
        defer { cachedId.deallocate(); cachedForm.deallocate() }
        let width = lexicon.words.count + 1
        firstLexicon.withProbe { flp in
        lexicon.withProbe { lxp in
        clean.withUnsafeBufferPointer { cb in
        hashes.withUnsafeBufferPointer { hb in
        words.withUnsafeBufferPointer { wb in
        pairStart.withUnsafeBufferPointer { psb in
        pairFlat.withUnsafeBufferPointer { pfb in
        phraseIdStart.withUnsafeBufferPointer { pis in
        phraseIds.withUnsafeBufferPointer { pid in
        (starts ?? []).withUnsafeBufferPointer { sb in
        lexicon.hashBits.withUnsafeBufferPointer { lbits in
            // (The loop's state is declared here, inside the closures: a
            // variable declared outside them and changed here would live in
            // memory, read and written at every step.)
            var i = 0
            // `cachedId[2..<dirty]` may hold look-ups of the previous candidate.
            var dirty = 2
            let useStarts = starts != nil
            var si = 0
            while i < n {
                // Skip to the next word that may start a phrase.
                var hit: (id: Int, form: CaseForm)?
                if useStarts {
                    // (The starts before `i`, inside the last match, first.)
                    while si < sb.count && sb[si] < i { si &+= 1 }
                    i = n
                    while si < sb.count {
                        let j = sb[si]
                        si &+= 1
                        hit = flp.lookup(hash: hb[j], key: Words.key(cb, wb[j].range))
                        if hit != nil { i = j; break }
                    }
                } else {
                    while i < n {
                        hit = flp.lookup(hash: hb[i], key: Words.key(cb, wb[i].range))
                        if hit != nil { break }
                        i &+= 1
                    }
                }
                guard i < n, let f = hit else { break }
                // The second word, looked up first: it picks the phrases to try.
                for k in 2..<dirty { cachedId[k] = -2 }
                dirty = 2
                var second = width &- 1
                // (A word whose hash has no bit in the lexicon's `hashBits`
                // is not in it: most are rejected there, before their
                // bytes are read.)
                if i &+ 1 < n, Lexicon.bit(lbits, hb[i &+ 1]) != 0,
                   Self.onlyBlanksBetween(cb, wb[i].range.end, wb[i &+ 1].range.start),
                   let l = lxp.lookup(hash: hb[i &+ 1], key: Words.key(cb, wb[i &+ 1].range)) {
                    second = l.id; cachedId[1] = l.id; cachedForm[1] = l.form
                } else { cachedId[1] = -1 }
                let x = f.id &* width &+ second
                var matched = false
                // Phrases starting with these words (or this word alone), longest first.
                for q in psb[x]..<psb[x &+ 1] {
                    let pk = pfb[q]
                    let base = pis[pk]
                    let len = pis[pk &+ 1] &- base
                    guard i &+ len <= n else { continue }
                    var ok = true
                    var k = 1
                    while k < len {
                        if cachedId[k] == -2 {
                            if Lexicon.bit(lbits, hb[i &+ k]) != 0,
                               Self.onlyBlanksBetween(cb, wb[i &+ k &- 1].range.end, wb[i &+ k].range.start),
                               let l = lxp.lookup(hash: hb[i &+ k], key: Words.key(cb, wb[i &+ k].range)) {
                                cachedId[k] = l.id; cachedForm[k] = l.form
                            } else { cachedId[k] = -1 }
                            dirty = max(dirty, k &+ 1)
                        }
                        if cachedId[k] != pid[base &+ k] { ok = false; break }
                        k &+= 1
                    }
                    if ok {
                        cachedForm[0] = f.form
                        let forms = UnsafeBufferPointer(rebasing: cachedForm[0..<len])
                        if keep?(pk, forms) ?? true {
                            out.append(PhraseMatch(phrase: pk, firstWord: i, forms: Array(forms)))
                        }
                        i &+= len
                        matched = true
                        break
                    }
                }
                if !matched { i &+= 1 }
            }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        return out
    }

    /// `TextScan.onlyBlanksBetween` on the view's buffer.
    @inline(__always)
    static func onlyBlanksBetween(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        guard to > from else { return false }
        var k = from
        while k < to { if b[k] != 0x20 && b[k] != 0x09 { return false }; k &+= 1 }
        return true
    }
}

/// Small byte helpers shared by the language rules.
public enum TextScan {
    /// Whether `b[from..<to]` is one or more blanks (space or tab) only.
    @inline(__always)
    public static func onlyBlanksBetween(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool {
        guard to > from else { return false }
        var k = from
        while k < to { if b[k] != 0x20 && b[k] != 0x09 { return false }; k += 1 }
        return true
    }

    /// The string of a range of bytes.
    public static func string(_ b: [UInt8], _ r: TextRange) -> String {
        String(decoding: b[r.start..<r.end], as: UTF8.self)
    }

    /// Writes `word` (lower case) in the given case form.
    public static func apply(_ form: CaseForm, to word: String) -> String {
        switch form {
        case .lower: return word.lowercased()
        case .capitalized: return Lexicon.capitalize(word.lowercased())
        case .upper: return word.uppercased()
        }
    }

    /// The previous non-blank byte before `i` on the same line (nil at line start).
    public static func previousNonBlank(_ b: [UInt8], before i: Int) -> (Int, UInt8)? {
        var k = i - 1
        while k >= 0 && (b[k] == 0x20 || b[k] == 0x09) { k -= 1 }
        if k < 0 || b[k] == 0x0A || b[k] == 0x0D { return nil }
        return (k, b[k])
    }

    /// The next non-blank byte from `i` on the same line.
    public static func nextNonBlank(_ b: [UInt8], from i: Int) -> (Int, UInt8)? {
        var k = i
        while k < b.count && (b[k] == 0x20 || b[k] == 0x09) { k += 1 }
        if k >= b.count || b[k] == 0x0A || b[k] == 0x0D { return nil }
        return (k, b[k])
    }

    /// Whether the word at `index` is the first word of its line or follows
    /// a sentence end (`.`, `?`, `!`, `:`), an opening bracket/quote, a list marker.
    public static func isSentenceInitial(_ words: [Word], _ index: Int, clean: [UInt8]) -> Bool {
        let w = words[index]
        guard let (k, c) = previousNonBlank(clean, before: w.range.start) else { return true }
        switch c {
        case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ":"), UInt8(ascii: "("),
             UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "-"), UInt8(ascii: ")"), UInt8(ascii: "+"),
             UInt8(ascii: "["), UInt8(ascii: ";"):
            return true
        default:
            if c >= 0x80 {
                // Curly quotes, bullets, dashes (“ ” • – —) end in 0x9C/0x9D/0xA2/0x93/0x94 after E2 80.
                if k >= 2 && clean[k - 2] == 0xE2 && clean[k - 1] == 0x80 { return true }
            }
            if Bytes.isDigit(c) { return true }
            return false
        }
    }
}
