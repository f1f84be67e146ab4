import VanBan

/// Issuer codes used in document numbers and the bodies they stand for
/// (rules.md Table D), with a test of whether a written issuer
/// (`của Bộ trưởng Bộ Nội vụ`) names that body.
public enum Issuers {
    public struct Entry: Sendable {
        public var code: String
        public var name: String
        /// Lower-case phrases, one of which a written issuer must contain.
        public var phrases: [String]
    }

    public static let all: [Entry] = [
        Entry(code: "CP", name: "Chính phủ", phrases: []),  // special: the whole issuer is "Chính phủ"
        Entry(code: "TTg", name: "Thủ tướng Chính phủ", phrases: ["thủ tướng"]),
        Entry(code: "VPCP", name: "Văn phòng Chính phủ", phrases: ["văn phòng chính phủ", "bộ trưởng, chủ nhiệm văn phòng chính phủ"]),
        Entry(code: "BNV", name: "Bộ Nội vụ", phrases: ["bộ nội vụ"]),
        Entry(code: "BTC", name: "Bộ Tài chính", phrases: ["bộ tài chính"]),
        Entry(code: "BKHĐT", name: "Bộ Kế hoạch và Đầu tư", phrases: ["bộ kế hoạch và đầu tư"]),
        Entry(code: "BTTTT", name: "Bộ Thông tin và Truyền thông", phrases: ["bộ thông tin và truyền thông"]),
        Entry(code: "BKHCN", name: "Bộ Khoa học và Công nghệ", phrases: ["bộ khoa học và công nghệ"]),
        Entry(code: "BCA", name: "Bộ Công an", phrases: ["bộ công an"]),
        Entry(code: "BQP", name: "Bộ Quốc phòng", phrases: ["bộ quốc phòng"]),
        Entry(code: "BNG", name: "Bộ Ngoại giao", phrases: ["bộ ngoại giao"]),
        Entry(code: "BTP", name: "Bộ Tư pháp", phrases: ["bộ tư pháp"]),
        Entry(code: "BCT", name: "Bộ Công Thương", phrases: ["bộ công thương"]),
        Entry(code: "BGDĐT", name: "Bộ Giáo dục và Đào tạo", phrases: ["bộ giáo dục và đào tạo"]),
        Entry(code: "BYT", name: "Bộ Y tế", phrases: ["bộ y tế"]),
        Entry(code: "BLĐTBXH", name: "Bộ Lao động - Thương binh và Xã hội", phrases: ["bộ lao động"]),
        Entry(code: "BNNPTNT", name: "Bộ Nông nghiệp và Phát triển nông thôn", phrases: ["bộ nông nghiệp và phát triển nông thôn"]),
        Entry(code: "BTNMT", name: "Bộ Tài nguyên và Môi trường", phrases: ["bộ tài nguyên và môi trường"]),
        Entry(code: "BNNMT", name: "Bộ Nông nghiệp và Môi trường", phrases: ["bộ nông nghiệp và môi trường"]),
        Entry(code: "BXD", name: "Bộ Xây dựng", phrases: ["bộ xây dựng"]),
        Entry(code: "BGTVT", name: "Bộ Giao thông vận tải", phrases: ["bộ giao thông vận tải"]),
        Entry(code: "BVHTTDL", name: "Bộ Văn hóa, Thể thao và Du lịch", phrases: ["bộ văn hóa, thể thao và du lịch"]),
        Entry(code: "UBDT", name: "Ủy ban Dân tộc", phrases: ["ủy ban dân tộc"]),
        Entry(code: "NHNN", name: "Ngân hàng Nhà nước Việt Nam", phrases: ["ngân hàng nhà nước"]),
        Entry(code: "TTCP", name: "Thanh tra Chính phủ", phrases: ["thanh tra chính phủ"]),
        Entry(code: "HĐND", name: "Hội đồng nhân dân", phrases: ["hội đồng nhân dân"]),
        Entry(code: "UBND", name: "Ủy ban nhân dân", phrases: ["ủy ban nhân dân"]),
        Entry(code: "UBTVQH", name: "Ủy ban Thường vụ Quốc hội", phrases: ["ủy ban thường vụ quốc hội"]),
        Entry(code: "QH", name: "Quốc hội", phrases: ["quốc hội"]),
        Entry(code: "CTN", name: "Chủ tịch nước", phrases: ["chủ tịch nước"]),
    ]

    /// The index in `all` of each code's entry (the last of a code).
    static let byCode: [String: Int] = {
        var d: [String: Int] = [:]
        for (k, e) in all.enumerated() { d[e.code] = k }
        return d
    }()

    /// `byCode` by bytes, for the ASCII codes: an ASCII text equals a
    /// code exactly when their bytes are equal, and hashing a `String`
    /// costs more.
    static let byASCIICode: [HashedKey: Int] = {
        var d: [HashedKey: Int] = [:]
        for (k, e) in all.enumerated() { d[HashedKey(e.code)] = k }
        return d
    }()

    /// The entry for a code (`QH13` and `UBTVQH14` by their prefix).
    public static func entry(code: String) -> Entry? { index(code: code).map { all[$0] } }

    /// The index in `all` of `entry(code:)`. A code of up to seven bytes
    /// whose bytes are an entry's (`packedCode`: nearly every code) is
    /// found in a scan of the entries' packed codes, without hashing it;
    /// other codes as `entry(code:)` always found them (an ASCII code by
    /// its bytes, any other as a `String`: canonically equivalent to a
    /// code of other bytes).
    static func index(code: String) -> Int? {
        var c = code
        let (packed, ascii) = c.withUTF8 { b in (CitationChecks.packedCode(b), b.allSatisfy { $0 < 0x80 }) }
        if let packed {
            for (k, p) in packedCodes.enumerated() where p == packed { return k }
        }
        if ascii {
            if packed == nil, let k = byASCIICode[HashedKey(code)] { return k }
        } else if let k = byCode[code] { return k }
        // (Only a code starting `QH` or `UBTVQH` can match: most are rejected on a byte.)
        guard let f = code.utf8.first, f == UInt8(ascii: "Q") || f == UInt8(ascii: "U") else { return nil }
        for p in numberedPrefixes where code.hasPrefix(p) && code.dropFirst(p.count).allSatisfy(\.isNumber) && code.count > p.count { return byCode[p] }
        return nil
    }

    /// Each entry's code as `CitationChecks.packedCode` (nil past seven bytes).
    static let packedCodes: [UInt64?] = all.map { e in
        var code = e.code
        return code.withUTF8 { CitationChecks.packedCode($0) }
    }

    /// Codes that take a number after them (`QH13`, `UBTVQH14`).
    static let numberedPrefixes = ["UBTVQH", "QH"]

    /// Folds the two accent placements (`uỷ`/`ủy`, `hoà`/`hòa`) and case.
    public static func fold(_ s: String) -> String { folded(s).string }

    /// A folded issuer. When every scalar is a Latin letter or sign
    /// (U+0000–U+024F, U+1E00–U+1EFF) without CR, characters are single
    /// scalars in NFC, so comparing the UTF-8 bytes is comparing characters:
    /// `bytes` is then set and searches run on bytes.
    struct Folded {
        var string: String
        var bytes: [UInt8]?
    }

    static func folded(_ s: String) -> Folded {
        if let b = foldBytes(s) { return Folded(string: String(decoding: b, as: UTF8.self), bytes: b) }
        return Folded(string: foldString(s), bytes: nil)
    }

    /// The reference implementation (any text).
    static func foldString(_ s: String) -> String {
        var t = s.lowercased()
        // Only when an old-style placement can occur (a "u"/"o" before a marked vowel).
        var prev: UInt8 = 0
        var may = false
        for c in t.utf8 { if (prev == UInt8(ascii: "u") || prev == UInt8(ascii: "o")) && c >= 0xC3 { may = true; break }; prev = c }
        if may {
            for (a, b) in placements where t.contains(a) {
                t = t.replacing(a, with: b)
            }
        }
        return t.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
    }

    static let placements: [(String, String)] = [("uỷ", "ủy"), ("uý", "úy"), ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oạ", "ọa"), ("oã", "õa")]
    static let placementBytes: [([UInt8], [UInt8])] = placements.map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Lower-case mapping of U+0000–U+024F and U+1E00–U+1EFF (index
    /// `v < 0x250 ? v : v - 0x1E00 + 0x250`); 0 where the mapping is not one
    /// scalar of those ranges.
    static let lowerTable: [UInt32] = {
        func inRange(_ v: UInt32) -> Bool { v < 0x250 || (v >= 0x1E00 && v < 0x1F00) }
        return (Array(0..<0x250) + Array(0x1E00..<0x1F00)).map { (v: UInt32) -> UInt32 in
            guard let u = Unicode.Scalar(v) else { return 0 }
            let m = u.properties.lowercaseMapping.unicodeScalars
            guard m.count == 1, let w = m.first, inRange(w.value), w.value != 0x0D else { return 0 }
            return w.value
        }
    }()

    /// `s.lowercased()` as UTF-8, for Latin text without CR (where it is
    /// exact and characters are single scalars); nil otherwise.
    static func lowerBytes(_ s: String) -> [UInt8]? {
        var s = s
        return s.withUTF8 { src -> [UInt8]? in
            var failed = false
            let out = [UInt8](unsafeUninitializedCapacity: 2 * src.count) { buf, count in
                if let n = lowerUTF8(src, into: buf, at: 0) { count = n } else { failed = true; count = 0 }
            }
            return failed ? nil : out
        }
    }

    /// `lowerBytes` of the UTF-8 `src`, written to `buf` from `start`
    /// (room for `2 * src.count` bytes: a scalar's lower case here takes at
    /// most 3 bytes, never more than twice its own length); the end of what
    /// was written, or nil where `lowerBytes` gives nil. Scalars are decoded
    /// by hand: the `unicodeScalars` view costs several times more.
    static func lowerUTF8(_ src: UnsafeBufferPointer<UInt8>, into buf: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int? {
        let table = lowerTable
        var n = start, i = 0
        while i < src.count {
            let c = src[i]
            if c < 0x80 {
                if c == 0x0D { return nil }
                buf[n] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                n += 1; i += 1
                continue
            }
            // Valid UTF-8 (a String's): a 2- or 3-byte sequence; 4 bytes is past U+FFFF.
            let v: UInt32
            if c < 0xE0 {
                v = UInt32(c & 0x1F) << 6 | UInt32(src[i + 1] & 0x3F)
                i += 2
            } else if c < 0xF0 {
                v = UInt32(c & 0x0F) << 12 | UInt32(src[i + 1] & 0x3F) << 6 | UInt32(src[i + 2] & 0x3F)
                i += 3
            } else { return nil }
            let k: Int
            if v < 0x250 { k = Int(v) } else if v >= 0x1E00 && v < 0x1F00 { k = Int(v) - 0x1E00 + 0x250 } else { return nil }
            let w = table[k]
            guard w != 0 else { return nil }
            n = Bytes.storeUTF8(w, into: buf, at: n)   // (a scalar below U+1F00)
        }
        return n
    }

    /// `foldString` on bytes, for the Latin text it is exact on; nil otherwise.
    static func foldBytes(_ s: String) -> [UInt8]? {
        guard var t = lowerBytes(s) else { return nil }
        var prev: UInt8 = 0
        var may = false
        for c in t { if (prev == UInt8(ascii: "u") || prev == UInt8(ascii: "o")) && c >= 0xC3 { may = true; break }; prev = c }
        if may {
            for (a, b) in placementBytes where byteFind(a, in: t) != nil {
                var r: [UInt8] = []
                r.reserveCapacity(t.count)
                var i = 0
                while i < t.count {
                    if t[i] == a[0], i + a.count <= t.count, t[i..<(i + a.count)].elementsEqual(a) { r.append(contentsOf: b); i += a.count; continue }
                    r.append(t[i]); i += 1
                }
                t = r
            }
        }
        // Blanks collapsed to one space, none at the ends: in place (what
        // is written never passes what is read).
        var n = 0
        var pendingSpace = false
        t.withUnsafeMutableBufferPointer { p in
            for i in 0..<p.count {
                let c = p[i]
                if c == 0x20 || c == 0x0A || c == 0x09 {
                    if n > 0 { pendingSpace = true }
                    continue
                }
                if pendingSpace { p[n] = 0x20; n += 1; pendingSpace = false }
                p[n] = c
                n += 1
            }
        }
        t.removeLast(t.count - n)
        return t
    }

    /// First index of `needle` in `hay` (an empty needle is found at 0).
    static func byteFind(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        needle.isEmpty ? 0 : Bytes.find(needle, in: hay, from: 0)
    }

    /// Whether `hay` contains `needle` (`byteFind(needle, in: hay) != nil`),
    /// for the short texts of issuers: compared in order.
    static func contains(_ hay: [UInt8], _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        let m = needle.count
        guard m > 0 else { return true }
        guard m <= hay.count else { return false }
        let first = needle[0]
        for i in 0...(hay.count - m) where hay[i] == first {
            var k = 1
            while k < m && hay[i + k] == needle[k] { k += 1 }
            if k == m { return true }
        }
        return false
    }

    /// Whether folded `a` contains folded `b`.
    static func contains(_ a: Folded, _ b: Folded) -> Bool {
        if let x = a.bytes, let y = b.bytes { return byteFind(y, in: x) != nil }
        return a.string.contains(b.string)
    }

    static let phraseBytes: [[[UInt8]]] = all.map { $0.phrases.map { Array($0.utf8) } }
    /// Every entry's phrases (`CP`'s test is not a phrase), each with the
    /// entry's index in `all` as its id.
    static let phraseIndex: PhraseIndex = {
        var phrases: [[UInt8]] = [], ids: [Int] = []
        for (k, e) in all.enumerated() where e.code != "CP" {
            for p in phraseBytes[k] { phrases.append(p); ids.append(k) }
        }
        return PhraseIndex(phrases, ids: ids)
    }()
    static let chinhPhu = Array("chính phủ".utf8)

    /// Whether a written issuer names the body of `entry`.
    public static func names(_ issuer: String, _ e: Entry) -> Bool { namesFolded(folded(issuer), e) }

    static func namesFolded(_ f: Folded, _ e: Entry) -> Bool {
        if let b = f.bytes {
            if e.code == "CP" {
                let p = chinhPhu
                return b.count >= p.count && b[0..<p.count].elementsEqual(p) && (b.count == p.count || b[p.count] == 0x20)
            }
            // (Each phrase searched on its own bytes: no array made of them.)
            return e.phrases.contains { phrase in
                var phrase = phrase
                return phrase.withUTF8 { contains(b, $0) }
            }
        }
        let s = f.string
        if e.code == "CP" { return s == "chính phủ" || s.hasPrefix("chính phủ ") }
        let chars = Array(s)
        return e.phrases.contains { chars.containsRun(Array($0)) }
    }


    /// Each entry's phrases as characters, for `named(folded:)` on text
    /// that is not read on bytes.
    static let phraseCharacters: [[[Character]]] = all.map { $0.phrases.map { Array($0) } }

    /// The index of `CP` in `all`, the entry tested apart.
    static let cpIndex = all.firstIndex { $0.code == "CP" }!

    /// The entries whose body the written issuer names (most specific first:
    /// `Thủ tướng Chính phủ` names TTg, not CP). The issuer is folded once.
    public static func named(by issuer: String) -> [Entry] { named(folded: folded(issuer)) }

    /// `named(by:)` of an issuer already folded.
    static func named(folded f: Folded) -> [Entry] {
        let mask = namedMask(folded: f)
        return all.indices.filter { mask >> UInt64($0) & 1 != 0 }.map { all[$0] }
    }

    /// The entries `named(folded:)` gives, as the bits of their indices
    /// in `all` (at most 64 entries): the codes of two issuers compared as
    /// two words, not two sets of strings.
    static func namedMask(folded f: Folded) -> UInt64 {
        assert(all.count <= 64, "Issuers.namedMask: more entries than bits")
        if let b = f.bytes {
            // One pass over the folded text finds every entry's phrases:
            // `accept` records each phrase that matches and declines it, so
            // the probe goes on to the other phrases at that position.
            var named = [Bool](repeating: false, count: all.count)
            let index = phraseIndex
            b.withUnsafeBufferPointer { p in
                for i in 0..<p.count { _ = index.match(p, at: i, end: p.count) { entry, _ in named[entry] = true; return false } }
            }
            var out: UInt64 = 0
            let cp = cpIndex
            for (k, e) in all.enumerated() {
                if k == cp { if namesFolded(f, e) { out |= 1 << UInt64(k) }; continue }
                if named[k] { out |= 1 << UInt64(k) }
            }
            return out
        }
        // (`all.filter { namesFolded(f, $0) }`, the text made characters once.)
        let chars = Array(f.string), cp = cpIndex, phrases = phraseCharacters
        var out: UInt64 = 0
        for (k, e) in all.enumerated() {
            if k == cp { if namesFolded(f, e) { out |= 1 << UInt64(k) }; continue }
            if phrases[k].contains(where: { chars.containsRun($0) }) { out |= 1 << UInt64(k) }
        }
        return out
    }
}
