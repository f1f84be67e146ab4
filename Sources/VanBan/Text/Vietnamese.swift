/// Vietnamese letter facts used by the parser and the language rules.
public enum Vietnamese {
    /// Lower-case vowels with their base letter, tone-marked and not.
    static let groups: [(Character, String)] = [
        ("a", "aàáảãạăằắẳẵặâầấẩẫậ"),
        ("e", "eèéẻẽẹêềếểễệ"),
        ("i", "iìíỉĩị"),
        ("o", "oòóỏõọôồốổỗộơờớởỡợ"),
        ("u", "uùúủũụưừứửữự"),
        ("y", "yỳýỷỹỵ"),
        ("d", "dđ"),
    ]

    private static let baseTable: [UInt32: UInt8] = {
        var t: [UInt32: UInt8] = [:]
        for (base, letters) in groups {
            let b = base.asciiValue!
            for ch in letters {
                for s in String(ch).unicodeScalars { t[s.value] = b }
                for s in String(ch).uppercased().unicodeScalars { t[s.value] = b - 32 }
            }
        }
        return t
    }()

    /// Removes diacritics: "Cộng hòa" → "Cong hoa". For OCR-tolerant matching.
    ///
    /// Written from the text's bytes straight into the result's storage
    /// (never longer: a base letter is one byte, a scalar kept keeps its
    /// bytes), the base found by `fastBase` in the ranges its tables cover
    /// and by `baseTable` outside them: no scalar view is built and no
    /// letter hashed.
    public static func stripDiacritics(_ s: String) -> String {
        var s = s
        return s.withUTF8 { p in
            String(unsafeUninitializedCapacity: p.count) { out in
                var i = 0, n = 0
                while i < p.count {
                    let c = p[i]
                    if c < 0x80 { out[n] = c; n += 1; i += 1; continue }
                    let (u, len) = Bytes.decodeScalar(p, i)
                    let v = u.value
                    if v >= 0x300 && v <= 0x36F { i += len; continue }
                    let inTables = (v >= 0xC0 && v <= 0x1B0) || (v >= 0x1EA0 && v <= 0x1EF9)
                    if let b = inTables ? fastBase(v) : baseTable[v] {
                        out[n] = b; n += 1
                    } else {
                        for k in 0..<len { out[n + k] = p[i + k] }
                        n += len
                    }
                    i += len
                }
                return n
            }
        }
    }

    /// `baseTable` as arrays over the two ranges Vietnamese letters come from
    /// (U+00C0–U+01B0 and U+1EA0–U+1EF9); 0 where there is no base letter.
    private static let baseLow: [UInt8] = (0xC0...0x1B0).map { baseTable[UInt32($0)] ?? 0 }
    private static let baseHigh: [UInt8] = (0x1EA0...0x1EF9).map { baseTable[UInt32($0)] ?? 0 }

    /// The base ASCII letter of a marked Vietnamese letter (case kept), or
    /// nil. Table lookups, no hashing.
    @inline(__always)
    public static func fastBase(_ v: UInt32) -> UInt8? {
        if v >= 0xC0 && v <= 0x1B0 { let b = baseLow[Int(v - 0xC0)]; return b == 0 ? nil : b }
        if v >= 0x1EA0 && v <= 0x1EF9 { let b = baseHigh[Int(v - 0x1EA0)]; return b == 0 ? nil : b }
        return nil
    }

    /// The lower case of a scalar in the ranges Vietnamese text uses
    /// (ASCII, Latin-1, Latin Extended-A up to U+0137, Ơ/Ư, Latin Extended
    /// Additional from U+1EA0, combining marks); nil for any other scalar,
    /// which needs the Unicode tables.
    @inline(__always)
    public static func fastLower(_ v: UInt32) -> UInt32? {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? v | 0x20 : v }
        if v >= 0xC0 && v <= 0xDE { return v == 0xD7 ? v : v + 0x20 }
        if v >= 0xDF && v <= 0xFF { return v }
        if v >= 0x100 && v <= 0x137 { return v | 1 }
        if v == 0x1A0 || v == 0x1AF { return v + 1 }
        if v == 0x1A1 || v == 0x1B0 { return v }
        if v >= 0x1EA0 && v <= 0x1EFF { return v | 1 }
        if v >= 0x300 && v <= 0x36F { return v }
        return nil
    }

    /// What the header parser needs of a token, in one pass over its bytes.
    public struct TokenFacts {
        /// `String(decoding: bytes).lowercased()`.
        public var lower: String
        /// `stripDiacritics(lower)`.
        public var plain: String
    }

    public static func tokenFacts(_ bytes: [UInt8]) -> TokenFacts {
        var lower: [UInt8] = [], plain: [UInt8] = []
        lower.reserveCapacity(bytes.count)
        plain.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c < 0x80 {
                let l = Bytes.isASCIIUpper(c) ? c | 0x20 : c
                lower.append(l); plain.append(l); i += 1; continue
            }
            let (u, len) = Bytes.decodeScalar(bytes, i)
            guard let lv = fastLower(u.value), let lu = Unicode.Scalar(lv) else {
                // A scalar outside the fast ranges: the general route.
                let t = String(decoding: bytes, as: UTF8.self)
                let l = t.lowercased()
                return TokenFacts(lower: l, plain: stripDiacritics(l))
            }
            appendUTF8(lu, to: &lower)
            if lv >= 0x300 && lv <= 0x36F { i += len; continue }
            if let b = fastBase(lv) { plain.append(b) } else { appendUTF8(lu, to: &plain) }
            i += len
        }
        return TokenFacts(lower: String(decoding: lower, as: UTF8.self), plain: String(decoding: plain, as: UTF8.self))
    }

    /// Whether every scalar of `p` (valid UTF-8) has a `fastLower` form, so
    /// that `writeKey` can write a key straight from the bytes.
    @inline(__always)
    static func takesFastRoute(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < p.count {
            if p[i] < 0x80 { i += 1; continue }
            let (u, len) = Bytes.decodeScalar(p, i)
            guard fastLower(u.value) != nil else { return false }
            i += len
        }
        return true
    }

    /// `tokenFacts` of a header token, both forms without trailing `,;:.`.
    /// Written straight into the strings' storage when every scalar takes
    /// the fast route (`fastLower`, which keeps each letter's UTF-8 length),
    /// so a token costs no intermediate array.
    public static func tokenKeys(_ text: String) -> (lower: String, plain: String) {
        var text = text
        let fast = text.withUTF8 { p -> (String, String)? in
            guard takesFastRoute(p) else { return nil }
            let lower = String(unsafeUninitializedCapacity: p.count) { writeKey(p, into: $0, plain: false) }
            let plain = String(unsafeUninitializedCapacity: p.count) { writeKey(p, into: $0, plain: true) }
            return (lower, plain)
        }
        if let fast { return fast }
        let facts = tokenFacts(Array(text.utf8))
        return (trimmed(facts.lower), trimmed(facts.plain))
    }

    /// One form of `tokenKeys(String(decoding: bytes, as: UTF8.self))`, the
    /// lower-case one or with `plain` the one without marks, made from the
    /// bytes (valid UTF-8) without the intermediate text or the other form.
    public static func tokenKey(_ bytes: ArraySlice<UInt8>, plain: Bool) -> String {
        let fast = bytes.withUnsafeBufferPointer { p -> String? in
            guard takesFastRoute(p) else { return nil }
            return String(unsafeUninitializedCapacity: p.count) { writeKey(p, into: $0, plain: plain) }
        }
        if let fast { return fast }
        let facts = tokenFacts(Array(bytes))
        return trimmed(plain ? facts.plain : facts.lower)
    }

    /// `body` on the UTF-8 bytes of `tokenKey(bytes, plain:)`: written into
    /// a buffer on the stack when every scalar takes the fast route (no
    /// string made, as a comparison needs none), the key's own bytes
    /// otherwise. `fast` tells which.
    @inline(__always)
    static func withTokenKey<R>(_ bytes: ArraySlice<UInt8>, plain: Bool, _ body: (_ key: UnsafeBufferPointer<UInt8>, _ fast: Bool) -> R) -> R {
        bytes.withUnsafeBufferPointer { p in
            guard takesFastRoute(p) else {
                var key = tokenKey(bytes, plain: plain)
                return key.withUTF8 { body($0, false) }
            }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, p.count)) { out in
                let n = writeKey(p, into: out, plain: plain)
                return body(UnsafeBufferPointer(rebasing: out[0..<n]), true)
            }
        }
    }

    /// Whether `tokenKey(bytes, plain:) == word`, for an ASCII `word`,
    /// without making the key when every scalar takes the fast route: its
    /// scalars then come from ranges where no scalar is canonically
    /// equivalent to ASCII text but ASCII itself, so `==` holds exactly
    /// when the bytes are equal.
    static func tokenKeyEquals(_ bytes: ArraySlice<UInt8>, plain: Bool, _ word: String) -> Bool {
        withTokenKey(bytes, plain: plain) { key, fast in
            fast ? Bytes.equal(key, word) : String(decoding: key, as: UTF8.self) == word
        }
    }

    /// Writes a token's lower-case form (every scalar takes `fastLower`),
    /// or with `plain` its form without marks, into `out`; returns the
    /// length, trailing `,;:.` left out.
    private static func writeKey(_ p: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>, plain: Bool) -> Int {
        var i = 0, n = 0
        while i < p.count {
            let c = p[i]
            if c < 0x80 { out[n] = Bytes.isASCIIUpper(c) ? c | 0x20 : c; n += 1; i += 1; continue }
            let (u, len) = Bytes.decodeScalar(p, i)
            let lv = fastLower(u.value)!
            i += len
            if plain {
                if lv >= 0x300 && lv <= 0x36F { continue }
                if let b = fastBase(lv) { out[n] = b; n += 1; continue }
            }
            n += encodeUTF8(lv, into: out, at: n)
        }
        while n > 0, out[n - 1] == 0x2C || out[n - 1] == 0x3B || out[n - 1] == 0x3A || out[n - 1] == 0x2E { n -= 1 }
        return n
    }

    /// Trailing `,;:.` removed (by `Character`, as the slow route always did).
    static func trimmed(_ s: String) -> String {
        var k = Substring(s)
        while let l = k.last, l == "," || l == ";" || l == ":" || l == "." { k = k.dropLast() }
        return String(k)
    }

    /// Writes the UTF-8 form of scalar value `v` at `at`; returns its length.
    @inline(__always)
    static func encodeUTF8(_ v: UInt32, into a: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        if v < 0x80 { a[n] = UInt8(v); return 1 }
        if v < 0x800 { a[n] = UInt8(0xC0 | v >> 6); a[n + 1] = UInt8(0x80 | v & 0x3F); return 2 }
        if v < 0x10000 { a[n] = UInt8(0xE0 | v >> 12); a[n + 1] = UInt8(0x80 | v >> 6 & 0x3F); a[n + 2] = UInt8(0x80 | v & 0x3F); return 3 }
        a[n] = UInt8(0xF0 | v >> 18); a[n + 1] = UInt8(0x80 | v >> 12 & 0x3F); a[n + 2] = UInt8(0x80 | v >> 6 & 0x3F); a[n + 3] = UInt8(0x80 | v & 0x3F)
        return 4
    }

    @inline(__always)
    static func appendUTF8(_ u: Unicode.Scalar, to a: inout [UInt8]) {
        let v = u.value
        if v < 0x80 { a.append(UInt8(v)) }
        else if v < 0x800 { a.append(UInt8(0xC0 | v >> 6)); a.append(UInt8(0x80 | v & 0x3F)) }
        else if v < 0x10000 { a.append(UInt8(0xE0 | v >> 12)); a.append(UInt8(0x80 | v >> 6 & 0x3F)); a.append(UInt8(0x80 | v & 0x3F)) }
        else { a.append(UInt8(0xF0 | v >> 18)); a.append(UInt8(0x80 | v >> 12 & 0x3F)); a.append(UInt8(0x80 | v >> 6 & 0x3F)); a.append(UInt8(0x80 | v & 0x3F)) }
    }

    /// Whether the scalar is a Vietnamese (or ASCII) letter with a tone or
    /// vowel mark, i.e. a letter not in plain ASCII.
    public static func isMarkedLetter(_ u: Unicode.Scalar) -> Bool { baseTable[u.value] != nil && u.value >= 0x80 }

    /// Base ASCII letter of a Vietnamese letter, if it is one.
    public static func base(of u: Unicode.Scalar) -> UInt8? {
        if u.value < 0x80 { return Bytes.isASCIILetter(UInt8(u.value)) ? UInt8(u.value) : nil }
        return baseTable[u.value]
    }

    /// Common family names, upper case, to tell a signer's name written in
    /// capitals from a title line.
    public static let familyNames: Set<String> = [
        "NGUYỄN", "TRẦN", "LÊ", "PHẠM", "HOÀNG", "HUỲNH", "PHAN", "VŨ", "VÕ", "ĐẶNG", "BÙI", "ĐỖ", "HỒ", "NGÔ",
        "DƯƠNG", "LÝ", "ĐÀO", "ĐINH", "MAI", "TRỊNH", "LƯƠNG", "LÂM", "TRƯƠNG", "HÀ", "TẠ", "CAO", "LƯU", "TÔ",
        "THÁI", "CHU", "TÔN", "QUÁCH", "VƯƠNG", "LA", "KIỀU", "DOÃN", "TRIỆU", "NÔNG", "LỤC", "KHỔNG", "ÂU",
        "ĐOÀN", "VI", "HẦU", "VĂN", "THÂN", "LẠI", "GIANG", "HOÀNG", "PHÙNG", "KHƯƠNG", "TIÊU", "ĐÀM", "NINH",
    ]
}
