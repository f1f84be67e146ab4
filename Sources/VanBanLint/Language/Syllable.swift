import VanBan

/// Vietnamese syllable structure: (initial) + rhyme + at most one tone.
/// Works on short scalar arrays (one word), never on whole documents.
public enum Syllable {
    /// Tones in the order of `Vietnamese.groups`: none, huyền, sắc, hỏi, ngã, nặng.
    public enum Tone: Int, Sendable { case none = 0, grave, acute, hook, tilde, dot }

    /// Lower-case vowel (with its vowel mark) → rows of six tone forms.
    static let rows: [String] = [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ]

    /// scalar → (toneless scalar, tone), lower case only.
    static let decompose: [UInt32: (UInt32, Int)] = {
        var t: [UInt32: (UInt32, Int)] = [:]
        for row in rows {
            let s = Array(row.unicodeScalars)
            for (k, u) in s.enumerated() { t[u.value] = (s[0].value, k) }
        }
        return t
    }()

    /// Like `decompose`, also for capitals (the base is lower case).
    static let decomposeAnyCase: [UInt32: (UInt32, Int)] = {
        var t = decompose
        for (k, v) in decompose {
            let up = Unicode.Scalar(k)!.properties.uppercaseMapping.unicodeScalars
            if up.count == 1 { t[up.first!.value] = v }
        }
        return t
    }()

    /// `decomposeAnyCase` flat for U+0000–U+1FFF (where all its keys are):
    /// base << 8 | tone, 0 when absent.
    static let decomposeAnyCaseFlat: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 0x2000)
        for (k, v) in decomposeAnyCase where k < 0x2000 { t[Int(k)] = v.0 << 8 | UInt32(v.1) }
        return t
    }()

    /// `decomposeAnyCase[v]`, without hashing for scalars below U+2000.
    @inline(__always)
    static func decomposeAnyCase(_ v: UInt32) -> (UInt32, Int)? {
        guard v < 0x2000 else { return decomposeAnyCase[v] }
        let x = decomposeAnyCaseFlat[Int(v)]
        return x == 0 ? nil : (x >> 8, Int(x & 0xFF))
    }

    /// (toneless scalar, tone) → toned scalar.
    static let compose: [UInt64: Unicode.Scalar] = {
        var t: [UInt64: Unicode.Scalar] = [:]
        for row in rows {
            let s = Array(row.unicodeScalars)
            for (k, u) in s.enumerated() { t[UInt64(s[0].value) << 8 | UInt64(k)] = u }
        }
        return t
    }()

    static let initials: [String] = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ]

    /// Toneless rhymes (vowel nucleus with medial and final).
    static let rhymes: Set<String> = {
        let list = """
        a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây \
        e ec em en eng eo ep et ê êch êm ên ênh êp êt êu \
        i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu \
        o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oc oe oen oeo oet oi om on ong ooc oong op ot \
        ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt \
        u ua uân uâng uât uây uc uê uêch uênh ui um un ung uơ uôc uôi uôm uôn uông uôt up ut uy uya uych uyên uyêt uyn uynh uyp uyt uyu \
        ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu \
        y yêm yên yêng yêt yêu
        """
        return Set(list.split(separator: " ").map(String.init))
    }()

    /// Rhymes allowed only after `qu` (its `u` is part of the initial).
    static let quRhymes: Set<String> = ["y", "ynh", "yt", "ych", "yn", "yp", "yên", "yêt", "yêu"]

    /// Splits lower-case scalars into toneless string and tone; nil if a
    /// scalar is not a Vietnamese letter or there are two tones.
    public static func strip(_ s: [Unicode.Scalar]) -> (String, Tone)? {
        var out = String.UnicodeScalarView()
        var tone = 0
        for u in s {
            if let (base, t) = decompose[u.value] {
                if t != 0 {
                    if tone != 0 { return nil }
                    tone = t
                }
                out.append(Unicode.Scalar(base)!)
            } else if (u.value >= 0x61 && u.value <= 0x7A) || u.value == 0x111 {
                out.append(u)
            } else {
                return nil
            }
        }
        return (String(out), Tone(rawValue: tone)!)
    }

    /// Whether a lower-case word is a well-formed Vietnamese syllable.
    ///
    /// `SyllableTable` holds exactly the spellings `isValidParse` accepts
    /// (built from the same initials, rhymes and tone placements; the test
    /// `syllableTableIsComplete` enumerates them all), so the answer is
    /// one look-up: a hash, then on a hit the spelling compared byte for
    /// byte (`holds`), a parse only if two spellings of the table share a
    /// hash (none does today).
    public static func isValid(_ s: [Unicode.Scalar]) -> Bool {
        guard !s.isEmpty, s.count <= 8 else { return false }
        return SyllableTable.holds(scalars: s) ?? isValidParse(s)
    }

    /// `isValid(_:)` by parsing alone: the reference of its table shortcut.
    static func isValidParse(_ s: [Unicode.Scalar]) -> Bool {
        guard !s.isEmpty, s.count <= 8, let (plain, tone) = strip(s) else { return false }
        guard isValidParse(plain: plain, tone: tone) else { return false }
        if tone == .none { return true }
        // The tone sits on the main vowel (either vowel of open oa/oe/uy).
        let written = String(String.UnicodeScalarView(s))
        if applyTone(plain, tone) == written { return true }
        for pair in ["oa", "oe", "uy"] where plain.hasSuffix(pair) {
            var p = Array(plain.unicodeScalars)
            let k = p.count - 2
            if let c = compose[UInt64(p[k].value) << 8 | UInt64(tone.rawValue)] { p[k] = c }
            if String(String.UnicodeScalarView(p)) == written { return true }
        }
        return false
    }

    /// Whether a toneless lower-case word with `tone` is a well-formed
    /// syllable. For a word of a–z, `đ` and toneless vowels, whether
    /// `SyllableTable` holds its toned spelling (`applyTone`), as for
    /// `isValid(_:)`; the others are parsed.
    public static func isValid(plain: String, tone: Tone) -> Bool {
        if let held = SyllableTable.holdsToned(plain, tone) { return held }
        return isValidParse(plain: plain, tone: tone)
    }

    /// `isValid(plain:tone:)` by parsing alone: the reference of its table shortcut.
    static func isValidParse(plain: String, tone: Tone) -> Bool {
        let p = Array(plain.unicodeScalars)
        var candidates: [(String, String)] = [("", plain)]
        let bytes: [UInt8]? = Self.isSimple(plain) ? Array(plain.utf8) : nil
        for (k, ini) in initials.enumerated() where bytes.map({ Self.hasBytePrefix($0, initialBytes[k]) }) ?? plain.hasPrefix(ini) {
            candidates.append((ini, String(String.UnicodeScalarView(p[ini.unicodeScalars.count...]))))
        }
        for (ini, rhyme) in candidates {
            if ini == "gi" && (rhyme.isEmpty || !startsWithVowel(rhyme)) {
                // `gì`, `gìn`: the i is the vowel.
                if rhymes.contains("i" + rhyme) && stopToneOK("i" + rhyme, tone) { return true }
                continue
            }
            if ini == "qu" {
                let f = rhyme.unicodeScalars.first
                let ok = quRhymes.contains(rhyme) || (rhymes.contains(rhyme) && f != "u" && f != "ư" && f != "y")
                if ok && stopToneOK(rhyme, tone) { return true }
                continue
            }
            if rhymes.contains(rhyme) {
                // Spelling constraints: k/gh/ngh before e ê i only; c/g/ng not before them.
                let f = rhyme.unicodeScalars.first!
                let front = f == "e" || f == "ê" || f == "i" || f == "y"
                if (ini == "k" || ini == "gh" || ini == "ngh") && !front { continue }
                if (ini == "c" || ini == "ng") && front && f != "y" { continue }
                if stopToneOK(rhyme, tone) { return true }
            }
        }
        return false
    }

    /// Whether every scalar of `s` is in U+0020–U+02FF. In that range each
    /// scalar is a grapheme of its own (no marks or joiners) and no two are
    /// canonically equivalent, so `hasPrefix` (by characters, up to
    /// canonical equivalence) of an initial (ASCII or `đ`) is exactly a
    /// prefix of the UTF-8 bytes, without `String.hasPrefix`'s general
    /// (slow) comparison.
    static func isSimple(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x300 }
    }

    /// The UTF-8 bytes of `initials`, same order.
    static let initialBytes: [[UInt8]] = initials.map { Array($0.utf8) }

    static func hasBytePrefix(_ b: [UInt8], _ prefix: [UInt8]) -> Bool {
        guard b.count >= prefix.count else { return false }
        for i in prefix.indices where b[i] != prefix[i] { return false }
        return true
    }

    /// Whether a toneless lower-case ASCII/Vietnamese word could be a
    /// syllable written without its marks (`truong`, `cuc`, `thue`).
    public static func couldBeUnmarkedSyllable(_ lower: String) -> Bool {
        for t in [Tone.none, .acute] where isValid(plain: lower, tone: t) { return true }
        return false
    }

    static func startsWithVowel(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first else { return false }
        return "aăâeêioôơuưy".unicodeScalars.contains(f)
    }

    /// Syllables ending in c, ch, p, t take only sắc or nặng.
    static func stopToneOK(_ rhyme: String, _ tone: Tone) -> Bool {
        guard let l = rhyme.unicodeScalars.last else { return true }
        if l == "c" || l == "h" && rhyme.hasSuffix("ch") || l == "p" || l == "t" { return tone == .acute || tone == .dot }
        return true
    }

    /// Lower-cases the scalars of a word (Vietnamese letters and ASCII).
    public static func lowercased(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let t = lowerTable
        return s.map { u in
            if u.value >= 0x41 && u.value <= 0x5A { return Unicode.Scalar(u.value + 32)! }
            if u.value < 0x80 { return u }
            if u.value < 0x250 { return Unicode.Scalar(t[Int(u.value)])! }
            if u.value >= 0x1E00 && u.value < 0x1F00 { return Unicode.Scalar(t[Int(u.value) - 0x1E00 + 0x250])! }
            return lower(u)
        }
    }

    /// One scalar's lower case when it is a single scalar (else itself).
    static func lower(_ u: Unicode.Scalar) -> Unicode.Scalar {
        let l = u.properties.lowercaseMapping.unicodeScalars
        return l.count == 1 ? l.first! : u
    }

    /// `lower` for U+0000–U+024F and U+1E00–U+1EFF (index `v < 0x250 ? v :
    /// v - 0x1E00 + 0x250`), computed once: the property look-up is slow.
    static let lowerTable: [UInt32] = (Array(0..<0x250) + Array(0x1E00..<0x1F00)).map { (v: UInt32) -> UInt32 in
        Unicode.Scalar(v).map { lower($0).value } ?? v
    }

    /// Places `tone` on the main vowel of a toneless syllable.
    public static func applyTone(_ plain: String, _ tone: Tone) -> String {
        var p = Array(plain.unicodeScalars)
        guard tone != .none else { return plain }
        guard let target = toneTarget(p) else { return plain }
        if let c = compose[UInt64(p[target].value) << 8 | UInt64(tone.rawValue)] { p[target] = c }
        return String(String.UnicodeScalarView(p))
    }

    /// The position of the main vowel of a toneless syllable, where a tone
    /// goes (nil: no vowel). `toneTargetReference` in one pass, without
    /// collecting the vowels nor hashing a scalar (`vowelFlags`): the
    /// syllable table calls it for each of its four thousand syllables.
    static func toneTarget(_ p: [Unicode.Scalar]) -> Int? {
        let flags = vowelFlags
        @inline(__always) func flag(_ u: Unicode.Scalar) -> UInt8 { u.value < 0x2000 ? flags[Int(u.value)] : 0 }
        // The vowels as `toneTargetReference` collects them: their count,
        // the first two, and the last of `ăâêôơư`.
        var count = 0, v0 = -1, v1 = -1, marked = -1
        for k in p.indices {
            let f = flag(p[k])
            guard f != 0 else { continue }
            let u = p[k]
            if k == 1 && u == "u" && p[0] == "q" { continue }
            if k == 1 && u == "i" && p[0] == "g" && p.count > 2 && flag(p[2]) != 0 { continue }
            if count == 0 { v0 = k } else if count == 1 { v1 = k }
            count += 1
            if f == 2 { marked = k }
        }
        guard count > 0 else { return nil }
        if marked >= 0 { return marked }
        if count >= 3 { return v1 }
        if count == 2 {
            let hasFinal = v1 < p.count - 1
            let a = p[v0], b = p[v1]
            let open = (a == "o" && (b == "a" || b == "e")) || (a == "u" && (b == "y" || b == "ê"))
            return hasFinal || open ? v1 : v0
        }
        return v0
    }

    /// For U+0000–U+1FFF (where every key of `decompose` is): 0 if the
    /// scalar is no lower-case vowel (`decompose`), 2 for one of `ăâêôơư`,
    /// 1 for the others.
    static let vowelFlags: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 0x2000)
        for k in decompose.keys where k < 0x2000 { t[Int(k)] = 1 }
        for u in "ăâêôơư".unicodeScalars { t[Int(u.value)] = 2 }
        return t
    }()

    /// `toneTarget` as first written: the reference it is tested against.
    static func toneTargetReference(_ p: [Unicode.Scalar]) -> Int? {
        // Vowel positions (skip the u of qu and the i of gi + vowel).
        var vowels: [Int] = []
        for (k, u) in p.enumerated() where decompose[u.value] != nil {
            if k == 1 && u == "u" && p[0] == "q" { continue }
            if k == 1 && u == "i" && p[0] == "g" && p.count > 2 && decompose[p[2].value] != nil { continue }
            vowels.append(k)
        }
        guard !vowels.isEmpty else { return nil }
        var target = vowels[0]
        if let m = vowels.last(where: { "ăâêôơư".unicodeScalars.contains(p[$0]) }) { target = m }
        else if vowels.count >= 3 { target = vowels[1] }
        else if vowels.count == 2 {
            let hasFinal = vowels[1] < p.count - 1
            let pair = String(String.UnicodeScalarView([p[vowels[0]], p[vowels[1]]]))
            target = hasFinal || ["oa", "oe", "uy", "uê"].contains(pair) ? vowels[1] : vowels[0]
        }
        return target
    }
}

/// Every valid lower-case syllable (with its accepted tone placements), as
/// 64-bit hashes of its UTF-8 bytes: a word is checked with one hash and one
/// set look-up instead of a parse. Built once, on first use.
public enum SyllableTable {
    /// Every (initial, rhyme) pair the spelling rules allow, built directly
    /// (the same pairs `isValid(plain:tone:)` accepts), without tone.
    static func spellingPairs() -> [String] {
        let all = Syllable.rhymes.union(Syllable.quRhymes)
        var pairs: [String] = ["gi"]
        for ini in [""] + Syllable.initials {
            for rhyme in all {
                let f = rhyme.unicodeScalars.first!
                if ini == "qu" {
                    guard Syllable.quRhymes.contains(rhyme) || (Syllable.rhymes.contains(rhyme) && f != "u" && f != "ư" && f != "y") else { continue }
                } else {
                    guard Syllable.rhymes.contains(rhyme) else { continue }
                    let front = f == "e" || f == "ê" || f == "i" || f == "y"
                    if (ini == "k" || ini == "gh" || ini == "ngh") && !front { continue }
                    if (ini == "c" || ini == "ng") && front && f != "y" { continue }
                }
                pairs.append(ini + rhyme)
            }
        }
        return pairs
    }

    /// Open-addressing table of hashes (0 = empty).
    static let table: [UInt64] = built.table

    /// Where the spelling (UTF-8) of each slot's hash lies in `spellings`:
    /// start << 8 | length; 0xFF for a length when two spellings share the
    /// hash (then `holds` has no answer).
    static let spelledAt: [UInt32] = built.spelledAt

    /// The spellings of `table`'s entries, one after another.
    static let spellings: [UInt8] = built.spellings

    /// The spellings of the table, one entry per spelling and tone
    /// placement: UTF-8 bytes one after another, where each starts, and its
    /// hash (`Lexicon.hash` of the bytes, FNV-1a with the low bit set: 0
    /// marks an empty slot).
    struct Entries: Equatable {
        var bytes: [UInt8] = [], starts: [Int] = [], hashes: [UInt64] = []

        init(capacity: Int = 0) {
            bytes.reserveCapacity(capacity * 8); starts.reserveCapacity(capacity); hashes.reserveCapacity(capacity)
        }

        /// Entry `e`'s bytes (UTF-8, as `UTF8.encode` writes them).
        func spelling(_ e: Int) -> ArraySlice<UInt8> {
            bytes[starts[e]..<(e + 1 < starts.count ? starts[e + 1] : bytes.count)]
        }

        /// `p` with scalar `k` replaced by `r` (no copy of `p` per tone).
        mutating func add(_ p: [Unicode.Scalar], replacing k: Int = -1, with r: Unicode.Scalar = " ") {
            starts.append(bytes.count)
            var h = WordHash.seed
            func put(_ b: UInt32) { bytes.append(UInt8(b)); h = WordHash.step(h, UInt64(b)) }
            for (j, u) in p.enumerated() {
                let v = j == k ? r.value : u.value
                if v < 0x80 {
                    put(v)
                } else if v < 0x800 {
                    put(0xC0 | v >> 6); put(0x80 | v & 0x3F)
                } else {
                    put(0xE0 | v >> 12); put(0x80 | v >> 6 & 0x3F); put(0x80 | v & 0x3F)
                }
            }
            hashes.append(h | 1)
        }

        /// Every toned spelling of the toneless syllable `p0` (hashed as
        /// `Lexicon.hash(Array(Syllable.applyTone(plain, t).utf8)[...])`, and
        /// the other placement for open oa/oe/uy), the main vowel found once,
        /// not once per tone.
        mutating func addSyllable(_ p0: [Unicode.Scalar]) {
            let target = Syllable.toneTarget(p0)
            let last = p0.last, n = p0.count
            // `stopToneOK`: c, ch, p, t take only sắc or nặng.
            let stop = last == "c" || last == "h" && n >= 2 && p0[n - 2] == "c" || last == "p" || last == "t"
            let open = n >= 2 && ((p0[n - 2] == "o" && (last == "a" || last == "e")) || (p0[n - 2] == "u" && last == "y"))
            for t in SyllableTable.tones where !stop || t == .acute || t == .dot {
                if t != .none, let k = target, let c = Syllable.compose[UInt64(p0[k].value) << 8 | UInt64(t.rawValue)] {
                    add(p0, replacing: k, with: c)
                } else {
                    add(p0)
                }
                if t != .none && open {
                    let k = n - 2
                    if let c = Syllable.compose[UInt64(p0[k].value) << 8 | UInt64(t.rawValue)] { add(p0, replacing: k, with: c) } else { add(p0) }
                }
            }
        }
    }

    static let tones: [Syllable.Tone] = [.none, .grave, .acute, .hook, .tilde, .dot]

    /// The table's entries, as `entriesReference` makes them (the same, in
    /// the same order: test `SyllableTableTests.entriesMatchReference`), with
    /// the work done once per rhyme rather than once per (initial, rhyme)
    /// pair: the toned spellings of `initial + rhyme` are `initial`
    /// followed by those of the rhyme alone, since the tone goes to
    /// `initial.count + toneTarget(rhyme)` (every rhyme starts with a
    /// vowel, and the `u` of `qu` and `i` of `gi` are then not vowels),
    /// and whether the rhyme is closed by a stop or open (oa, oe, uy) is
    /// the rhyme's own. Two kinds of pairs are not so and take the general
    /// way: after `g`, where `g` + `ia` is read as `gi` + `a`, and a
    /// one-vowel rhyme after an initial ending in `o` or `u` (`qu` + `y`:
    /// the open `uy` also takes the tone on the initial's `u`).
    static func entries() -> Entries {
        let rhymes = Syllable.rhymes, quRhymes = Syllable.quRhymes
        let all = rhymes.union(quRhymes)
        /// A rhyme's spelling rule flags, and where its toned spellings are
        /// in `alone` (no reference counted field: read without copies).
        struct Rhyme { var inRhymes, afterQu, front, y, single: Bool; var entries: Range<Int> }
        // The rhymes in the order of `all` (as `spellingPairs`).
        var list: [Rhyme] = [], scalars: [[Unicode.Scalar]] = []
        list.reserveCapacity(all.count); scalars.reserveCapacity(all.count)
        var alone = Entries(capacity: 8 * all.count)
        for rhyme in all {
            let p = Array(rhyme.unicodeScalars), f = p[0]
            let first = alone.starts.count
            alone.addSyllable(p)
            list.append(Rhyme(inRhymes: rhymes.contains(rhyme),
                              afterQu: quRhymes.contains(rhyme) || (rhymes.contains(rhyme) && f != "u" && f != "ư" && f != "y"),
                              front: f == "e" || f == "ê" || f == "i" || f == "y", y: f == "y", single: p.count == 1,
                              entries: first..<alone.starts.count))
            scalars.append(p)
        }
        var e = Entries(capacity: 1 << 15)
        e.addSyllable(Array("gi".unicodeScalars))
        for ini in [""] + Syllable.initials {
            let pi = Array(ini.unicodeScalars), bytes = Array(ini.utf8)
            var state = WordHash.seed
            for b in bytes { state = WordHash.step(state, UInt64(b)) }
            let qu = ini == "qu", needsFront = ini == "k" || ini == "gh" || ini == "ngh", avoidsFront = ini == "c" || ini == "ng"
            let general = ini == "g", endsOpen = pi.last == "o" || pi.last == "u"
            for (n, r) in list.enumerated() {
                if qu {
                    guard r.afterQu else { continue }
                } else {
                    guard r.inRhymes else { continue }
                    if needsFront && !r.front { continue }
                    if avoidsFront && r.front && !r.y { continue }
                }
                if general || (r.single && endsOpen) {
                    e.addSyllable(pi + scalars[n])
                } else {
                    // `ini` followed by each of the rhyme's spellings, the
                    // hash carried on from `state`.
                    for k in r.entries {
                        let from = alone.starts[k], to = k + 1 < alone.starts.count ? alone.starts[k + 1] : alone.bytes.count
                        e.starts.append(e.bytes.count)
                        // Byte by byte: cheaper than `append(contentsOf:)` for a few bytes.
                        for b in bytes { e.bytes.append(b) }
                        var h = state
                        for j in from..<to {
                            let b = alone.bytes[j]
                            e.bytes.append(b)
                            h = WordHash.step(h, UInt64(b))
                        }
                        e.hashes.append(h | 1)
                    }
                }
            }
        }
        return e
    }

    /// The table's entries made pair by pair (`spellingPairs`, then each
    /// pair's toned spellings): the reference of `entries()`.
    static func entriesReference() -> Entries {
        var e = Entries(capacity: 1 << 15)
        for plain in spellingPairs() { e.addSyllable(Array(plain.unicodeScalars)) }
        return e
    }

    /// `table`, `spelledAt` and `spellings`, made together.
    private static let built: (table: [UInt64], spelledAt: [UInt32], spellings: [UInt8]) = {
        let made = entries()
        let bytes = made.bytes, starts = made.starts, hashes = made.hashes
        var size = 1024
        while size < hashes.count * 4 { size <<= 1 }
        var t = [UInt64](repeating: 0, count: size)
        var at = [UInt32](repeating: 0, count: size)
        for (e, h) in hashes.enumerated() {
            let s = starts[e], n = (e + 1 < starts.count ? starts[e + 1] : bytes.count) - s
            var slot = WordHash.slot(h, size - 1)
            while t[slot] != 0 && t[slot] != h { slot = (slot + 1) & (size - 1) }
            if t[slot] == 0 {
                t[slot] = h
                at[slot] = UInt32(s) << 8 | UInt32(n)
            } else if at[slot] & 0xFF != 0xFF {
                // The same hash again: the same spelling (a pair listed twice), or another one.
                let s0 = Int(at[slot] >> 8), n0 = Int(at[slot] & 0xFF)
                if n0 != n || !bytes[s0..<s0 + n0].elementsEqual(bytes[s..<s + n]) { at[slot] |= 0xFF }
            }
        }
        return (t, at, bytes)
    }()

    /// Whether the lower-case word at `r` is certainly a valid syllable
    /// (false means "check with `Syllable.isValid`").
    public static func contains(_ b: [UInt8], _ r: TextRange) -> Bool {
        contains(b, r, table: table)
    }

    /// `contains(_:_:table:)` for a word whose hash (`Words.keysAndHashes`, the
    /// same FNV-1a) is known.
    @inline(__always)
    static func contains(hash h: UInt64, _ t: UnsafeBufferPointer<UInt64>) -> Bool {
        let mask = t.count - 1
        var slot = WordHash.slot(h, mask)
        // (The hash first: most words probed are in the table, at their first slot.)
        while true {
            let v = t[slot]
            if v == h { return true }
            if v == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the table holds `plain`, a word of a–z, `đ` and toneless
    /// vowels (`Syllable.rows`' first column), with `tone` placed as
    /// `applyTone` does: exactly `Syllable.isValidParse(plain:tone:)`, since
    /// the table holds the spelling of every (initial, rhyme) pair it
    /// accepts with a tone and nothing else, and such a spelling gives back
    /// its pair and tone. Nil (no answer) when `holds` has none, and for a word of other scalars: a
    /// toned vowel, or one that `Set<String>` compares up to canonical
    /// equivalence (`o` + U+031B is `ơ`) where the table compares bytes.
    static func holdsToned(_ plain: String, _ tone: Syllable.Tone) -> Bool? {
        var p: [Unicode.Scalar] = []
        for u in plain.unicodeScalars {
            let v = u.value
            guard (v >= 0x61 && v <= 0x7A) || v == 0x111 || Syllable.decompose[v]?.1 == 0 else { return nil }
            p.append(u)
        }
        if tone != .none, let k = Syllable.toneTarget(p),
           let c = Syllable.compose[UInt64(p[k].value) << 8 | UInt64(tone.rawValue)] { p[k] = c }
        return holds(scalars: p)
    }

    /// Whether the table holds the spelling of lower-case scalars `s`: its
    /// hash, then the bytes themselves (`spelledAt`), so that no other word
    /// of the same hash is taken for it. Nil (no answer) in the unlikely
    /// case that two spellings of the table share that hash.
    static func holds(scalars s: [Unicode.Scalar]) -> Bool? {
        var bytes: [UInt8] = []
        var h = WordHash.seed
        for u in s { for b in UTF8.encode(u)! { bytes.append(b); h = WordHash.step(h, UInt64(b)) } }
        h |= 1
        let t = table
        let mask = t.count - 1
        var slot = WordHash.slot(h, mask)
        while t[slot] != 0 {
            if t[slot] == h {
                let at = spelledAt[slot]
                let start = Int(at >> 8), n = Int(at & 0xFF)
                if n == 0xFF { return nil }
                guard n == bytes.count else { return false }
                return spellings.withUnsafeBufferPointer { sp in
                    for k in 0..<n where sp[start + k] != bytes[k] { return false }
                    return true
                }
            }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// Whether lower-case scalars spell a syllable of the table (the same
    /// hash as of their UTF-8 bytes).
    static func contains(scalars s: [Unicode.Scalar]) -> Bool {
        let t = table
        var h = WordHash.seed
        for u in s { for b in UTF8.encode(u)! { h = WordHash.step(h, UInt64(b)) } }
        return probe(h | 1, t)
    }

    /// Whether the table holds the hash `h` (open addressing, linear probing).
    @inline(__always)
    static func probe(_ h: UInt64, _ t: [UInt64]) -> Bool {
        t.withUnsafeBufferPointer { contains(hash: h, $0) }
    }

    /// The same with the table fetched once by the caller (hot loops).
    @inline(__always)
    public static func contains(_ b: [UInt8], _ r: TextRange, table t: [UInt64]) -> Bool {
        var h = WordHash.seed
        var i = r.start
        while i < r.end { h = WordHash.step(h, UInt64(b[i])); i += 1 }
        return probe(h | 1, t)
    }
}
