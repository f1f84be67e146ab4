/// Byte-level helpers for the one-pass scanners. Everything here works on
/// UTF-8 bytes; nothing iterates `Character`s (36 MB/s on this toolchain).
public enum Bytes {
    /// Writes the UTF-8 of `v`, a scalar below U+10000, at `j` of `out`
    /// (room checked by the caller) and returns the index after it: the
    /// encoding written out, cheaper than an encoder view.
    @inline(__always)
    public static func storeUTF8(_ v: UInt32, into out: UnsafeMutableBufferPointer<UInt8>, at j: Int) -> Int {
        if v < 0x80 {
            out[j] = UInt8(v)
            return j + 1
        }
        if v < 0x800 {
            out[j] = UInt8(0xC0 | v >> 6); out[j + 1] = UInt8(0x80 | v & 0x3F)
            return j + 2
        }
        out[j] = UInt8(0xE0 | v >> 12); out[j + 1] = UInt8(0x80 | (v >> 6) & 0x3F); out[j + 2] = UInt8(0x80 | v & 0x3F)
        return j + 3
    }

    @inlinable @inline(__always) public static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    @inlinable @inline(__always) public static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    @inlinable @inline(__always) public static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inlinable @inline(__always) public static func isASCIIUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inlinable @inline(__always) public static func isASCIILower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inlinable @inline(__always) public static func isASCIILetter(_ b: UInt8) -> Bool { isASCIIUpper(b) || isASCIILower(b) }

    /// Whether the bytes are those of `s` (`s.utf8`, compared byte for byte).
    @inline(__always)
    public static func equal(_ p: UnsafeBufferPointer<UInt8>, _ s: String) -> Bool {
        var s = s
        return s.withUTF8 { q in p.count == q.count && (p.isEmpty || memcmpEqual(p, q)) }
    }

    /// Whether `s` opens `p` (byte for byte).
    @inline(__always)
    public static func hasPrefix(_ p: UnsafeBufferPointer<UInt8>, _ s: String) -> Bool {
        var s = s
        return s.withUTF8 { q in p.count >= q.count && (q.isEmpty || memcmpEqual(UnsafeBufferPointer(rebasing: p[0..<q.count]), q)) }
    }

    /// Whether `s` closes `p` (byte for byte).
    @inline(__always)
    public static func hasSuffix(_ p: UnsafeBufferPointer<UInt8>, _ s: String) -> Bool {
        var s = s
        return s.withUTF8 { q in p.count >= q.count && (q.isEmpty || memcmpEqual(UnsafeBufferPointer(rebasing: p[(p.count - q.count)...]), q)) }
    }

    /// Two buffers of one length, equal byte for byte.
    @inline(__always)
    static func memcmpEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for k in 0..<a.count where a[k] != b[k] { return false }
        return true
    }

    /// Decodes the scalar starting at `i` (which must be a lead byte).
    @inlinable @inline(__always)
    public static func decodeScalar(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let c = p[i]
        if c < 0x80 { return (Unicode.Scalar(c), 1) }
        let n = p.count
        if c < 0xE0, i + 1 < n {
            return (Unicode.Scalar(UInt32(c & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)) ?? "\u{FFFD}", 2)
        }
        if c < 0xF0, i + 2 < n {
            let v = UInt32(c & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
        }
        if i + 3 < n {
            let v = UInt32(c & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
        }
        return ("\u{FFFD}", 1)
    }

    public static func decodeScalar(_ b: [UInt8], _ i: Int) -> (Unicode.Scalar, Int) {
        b.withUnsafeBufferPointer { decodeScalar($0, i) }
    }

    /// The start of the scalar that ends just before `i`.
    @inline(__always)
    public static func previousScalarStart(_ b: [UInt8], _ i: Int) -> Int {
        var j = i - 1
        while j > 0 && b[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    /// First occurrence of `needle` in `hay[from..<to]`, the rarest byte
    /// searched sixteen at a time (SIMD), then eight (`ByteScan`).
    public static func find(_ needle: [UInt8], in hay: [UInt8], from: Int, to: Int? = nil) -> Int? {
        let end = min(to ?? hay.count, hay.count)
        guard !needle.isEmpty, from >= 0, needle.count <= end - from else { return nil }
        let m = needle.count
        // Scan for the needle's rarest byte (the `/` of `./.`, not its `.`):
        // candidates come in the same order, so the first match is the same.
        let a = anchor(of: needle)
        let probe = needle[a]
        return hay.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { nd in
                var i = from + a
                let to = end - m + 1 + a
                let splat = SIMD16<UInt8>(repeating: probe)
                let raw = UnsafeRawPointer(h.baseAddress)
                while true {
                    // Sixteen bytes at a time while none is the probe (long
                    // searches: `./.` over a whole document); the window that
                    // holds one is read eight at a time from `i`, as before.
                    if let raw {
                        // (Thirty-two bytes a step first: one test for two
                        // windows, for the long searches.)
                        while i + 32 <= to && !ByteScan.any((raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self) .== splat)
                                                            .| (raw.loadUnaligned(fromByteOffset: i &+ 16, as: SIMD16<UInt8>.self) .== splat)) { i &+= 32 }
                        while i + 16 <= to && !ByteScan.any(raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self) .== splat) { i &+= 16 }
                    }
                    guard let p = ByteScan.firstIndex(h, from: i, to: to, { x in ByteScan.eq(x, probe) }) else { return nil }
                    let j = p - a
                    var k = 0
                    while k < m && h[j + k] == nd[k] { k += 1 }
                    if k == m { return j }
                    i = p + 1
                }
            }
        }
    }

    /// The index of the byte of `needle` least likely in Vietnamese text:
    /// ASCII punctuation other than `.` and `,` first, then capitals and
    /// digits, then other bytes; blanks, lower-case letters and the lead
    /// bytes of Vietnamese letters last.
    @inline(__always)
    static func anchor(of needle: [UInt8]) -> Int {
        var best = 0, bestRank = -1
        for (k, c) in needle.enumerated() {
            let rank: Int
            switch c {
            case 0x20, 0x2C, 0x2E, 0x61...0x7A, 0xC3, 0xC4, 0xC6, 0xE1, 0xBA, 0xBB: rank = 0
            case 0x80...: rank = 1
            case 0x30...0x39, 0x41...0x5A: rank = 2
            default: rank = 3
            }
            if rank > bestRank { best = k; bestRank = rank }
        }
        return best
    }

    @inlinable @inline(__always)
    public static func hasPrefix(_ hay: [UInt8], at i: Int, _ needle: [UInt8], end: Int? = nil) -> Bool {
        let e = end ?? hay.count
        if i + needle.count > e { return false }
        var k = 0
        while k < needle.count { if hay[i + k] != needle[k] { return false }; k += 1 }
        return true
    }

    /// Whether the scalar at `i` is a letter (or combining mark).
    @inlinable @inline(__always)
    public static func isLetter(at i: Int, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i >= 0, i < b.count else { return false }
        let c = b[i]
        if c < 0x80 { return isASCIILetter(c) }
        if c & 0xC0 == 0x80 { return true }
        // Fast paths: Latin-1 letters and Latin Extended-A/B (C3–C9),
        // combining marks (CC, CD), Latin Extended Additional (E1 B8–BB).
        if c >= 0xC3 && c <= 0xC9 {
            if c == 0xC3, i + 1 < b.count, b[i + 1] == 0x97 || b[i + 1] == 0xB7 { return false }
            return true
        }
        if c == 0xCC || c == 0xCD { return true }
        if c == 0xE1, i + 1 < b.count, b[i + 1] >= 0xB8 && b[i + 1] <= 0xBB { return true }
        return isOtherLetter(at: i, in: b)
    }

    /// `isLetter(at:in:)` past its fast paths, out of line: inlined, the
    /// Unicode-property fallback makes every caller fetch type metadata on
    /// entry (measured in the citation scanner's loop).
    @usableFromInline @inline(never)
    static func isOtherLetter(at i: Int, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        let (s, _) = decodeScalar(b, i)
        return isLetter(s)
    }

    public static func isLetter(at i: Int, in b: [UInt8]) -> Bool {
        b.withUnsafeBufferPointer { isLetter(at: i, in: $0) }
    }

    /// Letter case of a scalar: 1 upper, -1 lower, 0 neither (digits,
    /// punctuation, uncased letters). Table lookups for the Latin ranges that
    /// Vietnamese uses (and the punctuation it is written with); the Unicode
    /// properties (slow on this toolchain) only for the rest. (Each range
    /// read from the table was checked against those properties.)
    @inlinable @inline(__always)
    public static func letterCase(_ u: Unicode.Scalar) -> Int {
        let v = u.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return 1 }
            if v >= 0x61 && v <= 0x7A { return -1 }
            return 0
        }
        if v >= 0xC0 && v <= 0xFF {
            if v == 0xD7 || v == 0xF7 { return 0 }
            return v <= 0xDE ? 1 : -1
        }
        if v >= 0x100 && v <= 0x137 { return v & 1 == 0 ? 1 : -1 }
        // Ũ/ũ (U+0168/9) and their neighbours pair the other way round.
        if v >= 0x14A && v <= 0x177 { return v & 1 == 0 ? 1 : -1 }
        // Latin-1 signs and punctuation (NBSP, °): only ª, µ and º are cased.
        if v >= 0xA0 && v <= 0xBF { return v == 0xAA || v == 0xB5 || v == 0xBA ? -1 : 0 }
        // General Punctuation (“ ” ‘ ’ – — …), where no scalar is cased.
        if v >= 0x2000 && v <= 0x206F { return 0 }
        if v == 0x1A0 || v == 0x1AF { return 1 }
        if v == 0x1A1 || v == 0x1B0 { return -1 }
        if v >= 0x1E00 && v <= 0x1EFF { return v & 1 == 0 ? 1 : -1 }
        if v >= 0x300 && v <= 0x36F { return 0 }
        if v < 0x80 { return 0 }
        return letterCaseByProperties(u)
    }

    /// `letterCase` from the Unicode properties, out of line: inlined, the
    /// properties' metadata was fetched on entry to every caller.
    @usableFromInline @inline(never)
    static func letterCaseByProperties(_ u: Unicode.Scalar) -> Int {
        let p = u.properties
        return p.isUppercase ? 1 : (p.isLowercase ? -1 : 0)
    }

    @inlinable @inline(__always) public static func isUpper(_ u: Unicode.Scalar) -> Bool { letterCase(u) == 1 }
    @inlinable @inline(__always) public static func isLower(_ u: Unicode.Scalar) -> Bool { letterCase(u) == -1 }

    /// Whether a scalar is a letter or a combining mark (fast for Vietnamese).
    @inlinable @inline(__always)
    public static func isLetter(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return isASCIILetter(UInt8(v)) }
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }
        if v >= 0x300 && v <= 0x36F { return true }
        if v >= 0x1E00 && v <= 0x1EFF { return true }
        // Latin-1 signs (ª, µ and º are letters) and General Punctuation
        // (none is), checked against the properties below.
        if v >= 0xA0 && v <= 0xBF { return v == 0xAA || v == 0xB5 || v == 0xBA }
        if v >= 0x2000 && v <= 0x206F { return false }
        return isLetterByProperties(u)
    }

    /// `isLetter` from the Unicode properties, out of line (see
    /// `letterCaseByProperties`).
    @usableFromInline @inline(never)
    static func isLetterByProperties(_ u: Unicode.Scalar) -> Bool {
        let p = u.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark
    }

    /// Whether a string has a lower-case letter.
    public static func hasLower<S: StringProtocol>(_ s: S) -> Bool { s.unicodeScalars.contains { isLower($0) } }
    /// Whether a string has an upper-case letter.
    public static func hasUpper<S: StringProtocol>(_ s: S) -> Bool { s.unicodeScalars.contains { isUpper($0) } }

    /// Whether the scalar ending just before `i` is a letter or digit.
    @inlinable @inline(__always)
    public static func isWordCharBefore(_ i: Int, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0, i <= b.count else { return false }
        let p = b[i - 1]
        if p < 0x80 { return isASCIILetter(p) || isDigit(p) }
        var j = i - 1
        while j > 0 && b[j] & 0xC0 == 0x80 { j -= 1 }
        return isLetter(at: j, in: b)
    }

    /// (An ASCII byte before `i`, the common case, is decided at the call;
    /// the rest out of line. Called through the array, each test cost a
    /// call and a buffer set up.)
    @inline(__always)
    public static func isWordCharBefore(_ i: Int, in b: [UInt8]) -> Bool {
        if i > 0 && i <= b.count, case let p = b[i - 1], p < 0x80 { return isASCIILetter(p) || isDigit(p) }
        return isWordCharBeforeOutOfLine(i, in: b)
    }

    @inline(never)
    static func isWordCharBeforeOutOfLine(_ i: Int, in b: [UInt8]) -> Bool {
        b.withUnsafeBufferPointer { isWordCharBefore(i, in: $0) }
    }

    /// Whether the scalar at `i` is a letter or digit.
    @inlinable @inline(__always)
    public static func isWordChar(at i: Int, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i >= 0, i < b.count else { return false }
        let c = b[i]
        if c < 0x80 { return isASCIILetter(c) || isDigit(c) }
        return isLetter(at: i, in: b)
    }

    /// (An ASCII byte, the common case, decided at the call, as above.)
    @inline(__always)
    public static func isWordChar(at i: Int, in b: [UInt8]) -> Bool {
        if i >= 0 && i < b.count, case let c = b[i], c < 0x80 { return isASCIILetter(c) || isDigit(c) }
        return isWordCharOutOfLine(at: i, in: b)
    }

    @inline(never)
    static func isWordCharOutOfLine(at i: Int, in b: [UInt8]) -> Bool {
        b.withUnsafeBufferPointer { isWordChar(at: i, in: $0) }
    }
}

extension StringProtocol {
    /// `hasPrefix` compared byte for byte. For NFC text it answers as
    /// `hasPrefix` does (which walks `Character`s and costs a hundred times
    /// more), except where the text goes on with a combining mark after the
    /// prefix: the parser's keywords never end in a mark.
    @inlinable
    public func utf8HasPrefix(_ p: String) -> Bool {
        let n = p.utf8.count
        guard utf8.count >= n else { return false }
        // Contiguous texts (native strings and their slices) compared as
        // buffers: the same bytes, without the views' index arithmetic.
        if let same = utf8.withContiguousStorageIfAvailable({ a in
            p.utf8.withContiguousStorageIfAvailable { b in UnsafeBufferPointer(rebasing: a[..<n]).elementsEqual(b) }
        }), let same { return same }
        return utf8.prefix(n).elementsEqual(p.utf8)
    }

    /// Whether the two texts have the same UTF-8 bytes
    /// (`utf8.elementsEqual`), lengths compared first and the bytes of
    /// contiguous texts compared as buffers.
    @inlinable
    public func utf8Equals(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        if let same = utf8.withContiguousStorageIfAvailable({ a in
            other.utf8.withContiguousStorageIfAvailable { b in a.elementsEqual(b) }
        }), let same { return same }
        return utf8.elementsEqual(other.utf8)
    }

    /// `hasSuffix` compared byte for byte (see `utf8HasPrefix`).
    @inlinable
    public func utf8HasSuffix(_ p: String) -> Bool {
        let n = p.utf8.count
        guard utf8.count >= n else { return false }
        if let same = utf8.withContiguousStorageIfAvailable({ a in
            p.utf8.withContiguousStorageIfAvailable { b in UnsafeBufferPointer(rebasing: a[(a.count - n)...]).elementsEqual(b) }
        }), let same { return same }
        return utf8.suffix(n).elementsEqual(p.utf8)
    }
}

extension String {
    /// Upper-cases and folds `Ò`/`OÀ`-style tone placement and NFD so that
    /// header phrases compare by content ("CỘNG HOÀ" == "Cộng hòa").
    public var vbFolded: String {
        var s = self.lowercased()
        if s.unicodeScalars.contains(where: { $0.value >= 0x300 && $0.value <= 0x36F }) {
            s = String(String.UnicodeScalarView(s.unicodeScalars)).nfcNormalized
        }
        // Old-style tone placement to the new style used in the decrees
        // ("hoà" → "hòa"), only at a syllable's end: "hoạch" keeps its tone.
        let pairs = ToneFolding.pairs, base = ToneFolding.base
        let u = Array(s.unicodeScalars)
        var changed = false
        var out = String.UnicodeScalarView()
        var k = 0
        while k < u.count {
            if k + 1 < u.count, let m = pairs[u[k].value], let toned = m[u[k + 1].value],
               k == 0 || u[k - 1] != "q",  // "quý" is "qu" + "ý"
               k + 2 == u.count || !Bytes.isLetter(u[k + 2]),
               let t = Unicode.Scalar(toned), let plain = base[u[k + 1].value].flatMap(Unicode.Scalar.init) {
                out.append(t); out.append(plain)
                changed = true
                k += 2
                continue
            }
            out.append(u[k])
            k += 1
        }
        if changed { s = String(out) }
        return s
    }
}

enum ToneFolding {
    /// `vbFolded.uppercased()` without the Unicode tables, for text whose
    /// scalars all lie in the ranges Vietnamese uses and have a one-to-one
    /// case mapping there (ASCII, Latin-1 letters but ß and ÿ, Ă Đ Ĩ Ũ Ơ Ư,
    /// U+1EA0–U+1EF9) or no case (ASCII and general punctuation). Nil for
    /// anything else (combining marks included), which takes the general
    /// route. `VbUpperTests` checks the two routes agree.
    static func upperFolded(_ s: String) -> String? {
        var s = s
        return s.withUTF8 { upperFolded($0) }
    }

    /// `upperFolded` on the UTF-8 bytes of a text (valid UTF-8, as a
    /// `String`'s are). The scalars are decoded into a buffer on the stack,
    /// folded in place, and encoded straight into the result's storage: no
    /// array, dictionary or scalar view is made. (The result is never
    /// longer than the text: every mapping here keeps a scalar's length in
    /// UTF-8, and a tone moved from `ý` onto `u` shortens the pair.)
    static func upperFolded(_ src: UnsafeBufferPointer<UInt8>) -> String? {
        let n = src.count
        if n == 0 { return "" }
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: n) { u -> String? in
            // The scalars, lower-cased: at most one per byte. (A lead byte
            // of valid UTF-8 has its continuation bytes in bounds.)
            var count = 0
            var i = 0
            while i < n {
                let c = src[i]
                let v: UInt32
                if c < 0x80 {
                    v = UInt32(c); i += 1
                } else if c < 0xE0 {
                    v = UInt32(c & 0x1F) << 6 | UInt32(src[i + 1] & 0x3F); i += 2
                } else if c < 0xF0 {
                    v = UInt32(c & 0x0F) << 12 | UInt32(src[i + 1] & 0x3F) << 6 | UInt32(src[i + 2] & 0x3F); i += 3
                } else {
                    v = UInt32(c & 0x07) << 18 | UInt32(src[i + 1] & 0x3F) << 12 | UInt32(src[i + 2] & 0x3F) << 6 | UInt32(src[i + 3] & 0x3F); i += 4
                }
                guard let l = simpleLower(v) else { return nil }
                u[count] = l
                count += 1
            }
            // Tone placement, as `vbFolded` does it (on the lower-case text).
            var k = 0
            while k + 1 < count {
                if u[k] == 0x6F || u[k] == 0x75, let (toned, plain) = fold(u[k], u[k + 1]),
                   k == 0 || u[k - 1] != 0x71,
                   k + 2 == count || !(Unicode.Scalar(u[k + 2]).map(Bytes.isLetter) ?? false) {
                    u[k] = toned; u[k + 1] = plain
                    k += 2
                    continue
                }
                k += 1
            }
            return String(unsafeUninitializedCapacity: n) { out in
                var j = 0
                // (Every scalar here is below U+10000.)
                for k in 0..<count { j = Bytes.storeUTF8(simpleUpper(u[k]), into: out, at: j) }
                return j
            }
        }
    }

    /// `pairs` and `base` as a switch: for `o`/`u` followed by a toned
    /// vowel, the toned `o`/`u` and the plain vowel.
    @inline(__always)
    static func fold(_ first: UInt32, _ second: UInt32) -> (UInt32, UInt32)? {
        if first == 0x6F {
            switch second {
            case 0xE0: return (0xF2, 0x61)
            case 0xE1: return (0xF3, 0x61)
            case 0x1EA3: return (0x1ECF, 0x61)
            case 0xE3: return (0xF5, 0x61)
            case 0x1EA1: return (0x1ECD, 0x61)
            case 0xE8: return (0xF2, 0x65)
            case 0xE9: return (0xF3, 0x65)
            case 0x1EBB: return (0x1ECF, 0x65)
            case 0x1EBD: return (0xF5, 0x65)
            case 0x1EB9: return (0x1ECD, 0x65)
            default: return nil
            }
        }
        if first == 0x75 {
            switch second {
            case 0x1EF3: return (0xF9, 0x79)
            case 0xFD: return (0xFA, 0x79)
            case 0x1EF7: return (0x1EE7, 0x79)
            case 0x1EF9: return (0x169, 0x79)
            case 0x1EF5: return (0x1EE5, 0x79)
            default: return nil
            }
        }
        return nil
    }

    /// Lower case of a scalar with a one-to-one mapping (see `upperFolded`).
    @inline(__always)
    static func simpleLower(_ v: UInt32) -> UInt32? {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? v | 0x20 : v }
        if v >= 0xC0 && v <= 0xDE { return v == 0xD7 ? v : v + 0x20 }
        if v >= 0xE0 && v <= 0xFE { return v }
        switch v {
        case 0x102, 0x110, 0x128, 0x168, 0x1A0, 0x1AF: return v + 1
        case 0x103, 0x111, 0x129, 0x169, 0x1A1, 0x1B0: return v
        case 0x1EA0...0x1EF9: return v | 1
        case 0x2010...0x2027, 0x2030...0x205E: return v
        default: return nil
        }
    }

    /// Upper case of a scalar that `simpleLower` returned.
    @inline(__always)
    static func simpleUpper(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return v >= 0x61 && v <= 0x7A ? v - 0x20 : v }
        if v >= 0xE0 && v <= 0xFE { return v == 0xF7 ? v : v - 0x20 }
        switch v {
        case 0x103, 0x111, 0x129, 0x169, 0x1A1, 0x1B0: return v - 1
        case 0x1EA0...0x1EF9: return v & ~1
        default: return v
        }
    }

    static let pairs: [UInt32: [UInt32: UInt32]] = [
        0x6F: [0xE0: 0xF2, 0xE1: 0xF3, 0x1EA3: 0x1ECF, 0xE3: 0xF5, 0x1EA1: 0x1ECD,   // o + à á ả ã ạ
               0xE8: 0xF2, 0xE9: 0xF3, 0x1EBB: 0x1ECF, 0x1EBD: 0xF5, 0x1EB9: 0x1ECD], // o + è é ẻ ẽ ẹ
        0x75: [0x1EF3: 0xF9, 0xFD: 0xFA, 0x1EF7: 0x1EE7, 0x1EF9: 0x169, 0x1EF5: 0x1EE5], // u + ỳ ý ỷ ỹ ỵ
    ]
    static let base: [UInt32: UInt32] = [0xE0: 0x61, 0xE1: 0x61, 0x1EA3: 0x61, 0xE3: 0x61, 0x1EA1: 0x61,
                                         0xE8: 0x65, 0xE9: 0x65, 0x1EBB: 0x65, 0x1EBD: 0x65, 0x1EB9: 0x65,
                                         0x1EF3: 0x79, 0xFD: 0x79, 0x1EF7: 0x79, 0x1EF9: 0x79, 0x1EF5: 0x79]
}

/// Every offset at which a needle occurs in a text (overlaps included),
/// found in one pass, so that a per-line search becomes a binary search:
/// `first(in: s, e)` is `Bytes.find(needle, in: text, from: s, to: e)`.
/// For needles that are rare in the text (the end mark `./.`).
public struct OccurrenceIndex: Sendable {
    public let offsets: [Int]
    public let length: Int

    public init(of needle: [UInt8], in text: [UInt8]) {
        var out: [Int] = []
        var i = 0
        while let k = Bytes.find(needle, in: text, from: i) { out.append(k); i = k + 1 }
        offsets = out
        length = needle.count
    }

    /// The index of occurrences found otherwise (`offsets` ascending, each
    /// an occurrence of a needle of `length` bytes, none left out).
    init(offsets: [Int], length: Int) {
        self.offsets = offsets
        self.length = length
    }

    /// `first(in:_:)` for a caller whose `s` never decreases from one call
    /// to the next: `cursor` (0 before the first call) keeps the index of
    /// the first occurrence not before the last `s`, so a line-by-line
    /// reader moves it forward instead of searching each time.
    @inline(__always)
    public func first(in s: Int, _ e: Int, cursor: inout Int) -> Int? {
        while cursor < offsets.count && offsets[cursor] < s { cursor += 1 }
        return cursor < offsets.count && offsets[cursor] + length <= e ? offsets[cursor] : nil
    }

    /// The first occurrence that starts at or after `s` and ends by `e`.
    public func first(in s: Int, _ e: Int) -> Int? {
        var lo = 0, hi = offsets.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if offsets[mid] < s { lo = mid + 1 } else { hi = mid }
        }
        return lo < offsets.count && offsets[lo] + length <= e ? offsets[lo] : nil
    }
}
