import VanBan

/// VB002 legacy-encoding: text typed in TCVN3 (ABC, `.VnTime`) or VNI and
/// then read as Unicode, e.g. `Céng hoµ x· héi` or `Coäng hoøa xaõ hoäi`.
public struct LegacyEncoding: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB002", name: "legacy-encoding", severity: .error, appliesToNonDocuments: true,
        source: "NĐ 30/2020 Phụ lục I, mục I.2 (phông chữ tiếng Việt bộ mã Unicode theo TCVN 6909:2001)",
        summary: LocalizedText(vi: "Chữ gõ bằng bảng mã cũ (TCVN3/VNI) bị đọc sai thành ký tự lạ",
                               en: "Text typed in a legacy encoding (TCVN3/VNI) read as garbage"),
        explanation: LocalizedText(
            vi: "NĐ 30/2020 (Phụ lục I, mục I.2) yêu cầu phông chữ tiếng Việt bộ mã Unicode (TCVN 6909:2001). Văn bản soạn bằng bảng mã TCVN3 (ABC, phông `.VnTime`) hoặc VNI, khi mở như Unicode, hiện thành chuỗi ký tự lạ như `Céng hoµ x· héi` hoặc `Coäng hoøa`. Quy tắc chỉ báo khi một dòng có ít nhất hai từ không phải âm tiết tiếng Việt nhưng giải mã theo bảng mã cũ thành âm tiết hợp lệ, và ghi văn bản dự kiến trong thông báo. Sửa (không an toàn, cần đọc lại): chuyển mã các từ đó sang Unicode.",
            en: "Decree 30/2020 (Appendix I, I.2) requires a Vietnamese Unicode font (TCVN 6909:2001). Text written in the TCVN3 (ABC, `.VnTime` fonts) or VNI encodings and opened as Unicode shows as garbage such as `Céng hoµ x· héi` or `Coäng hoøa`. The rule reports a line only when at least two of its words are not Vietnamese syllables but decode, under a legacy table, to valid syllables; the message gives the likely intended text. Fix (unsafe, proofread it): convert those words to Unicode."),
        fixSafety: .unsafe,
        triggering: [RuleExample("Céng hoµ x· héi chñ nghÜa ViÖt Nam", violations: 1, fixed: "Cộng hoà xã hội chủ nghĩa Việt Nam"),
                     RuleExample("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", violations: 1, fixed: "Cộng hòa xã hội chủ nghĩa Việt Nam")],
        nonTriggering: [RuleExample("Cộng hòa xã hội chủ nghĩa Việt Nam. Café, résumé, 25 °C, © 2020, « trích dẫn »")])

    struct Token { var range: TextRange; var tcvn3: String?; var vni: String?; var strong: Bool }

    /// Whether the two-byte scalar whose lead byte is at `i` (with a byte
    /// after it) is a Latin-1 character that is not a Vietnamese letter.
    @inline(__always)
    static func isForeignLatin1(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = p[i]
        return c & 0xFE == 0xC2 && LegacyEncodings.isForeignLatin1(UInt32(c & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F))
    }

    /// The first position in `from..<p.count - 1` where `isForeignLatin1`
    /// holds. Sixteen bytes at a time, eight windows a step
    /// (`WindowScan.firstWide`): a lane is a candidate if it is C2, or C3
    /// followed by a byte that makes a foreign letter, and each candidate is
    /// settled by one look-up of `foreignAfterLead`.
    ///
    /// After C3 the test is exact, in five masked compares of the byte
    /// after the lead: `foreignAfterLead` reads only its low six bits, and
    /// the Vietnamese letters (à á â ã è é ê ì í ò ó ô õ ù ú ý) and their
    /// capitals differ in bit 5 only, so the foreign ones are a set of low
    /// five bits, {4–7, 11, 14–17, 22–24, 27, 28, 30, 31}: `y & 6 == 6`
    /// (6, 7, 14, 15, 22, 23, 30, 31), `y & 1E` 4 or 10 (4, 5, 16, 17),
    /// `y & F == B` (11, 27) and `y & 1B == 18` (24, 28). Vietnamese text is
    /// full of C3 letters (about one in 26 bytes); the test before this one
    /// let most of them through (a candidate lane per 60 bytes), and their
    /// look-ups cost 0.2 M mispredicted branches per corpus pass
    /// (cachegrind's branch simulation). Keeping them out costs 2.9 M
    /// instructions more, less than those branches cost (some fifteen
    /// cycles each). C2 lanes (a few hundred in the corpus) are all
    /// candidates.
    static func nextForeignLatin1(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let c2 = SIMD16<UInt8>(repeating: 0xC2), c3 = SIMD16<UInt8>(repeating: 0xC3)
        let bits12 = SIMD16<UInt8>(repeating: 0x06), low5Even = SIMD16<UInt8>(repeating: 0x1E)
        let four = SIMD16<UInt8>(repeating: 0x04), sixteen = SIMD16<UInt8>(repeating: 0x10)
        let low4 = SIMD16<UInt8>(repeating: 0x0F), eleven = SIMD16<UInt8>(repeating: 0x0B)
        let no2 = SIMD16<UInt8>(repeating: 0x1B), twentyFour = SIMD16<UInt8>(repeating: 0x18)
        return foreignAfterLead.withUnsafeBufferPointer { t in
            WindowScan.firstWide(p, from: from, to: p.count - 1, candidates: { x, y, _ in
                // Combined as a balanced tree: deeper, the compiler no longer
                // sees that every lane is 0 or FF and normalises each
                // window's result (shift, and, compare) before its test.
                let e = y & low5Even
                let foreign = (((y & bits12) .== bits12) .| ((y & low4) .== eleven))
                    .| ((e .== four) .| ((e .== sixteen) .| ((y & no2) .== twentyFour)))
                return (x .== c2) .| ((x .== c3) .& foreign)
            }, exact: { i in
                // The look-up first: a candidate lane's lead is C2 or C3.
                // (`i + 1 < p.count`: `to` above.)
                t[Int(p[i] & 1) << 6 | Int(p[i + 1] & 0x3F)] && p[i] & 0xFE == 0xC2
            })
        }
    }

    /// `isForeignLatin1` after its lead-byte test: index (lead & 1) << 6 |
    /// (second byte & 0x3F), the scalar less 0x80.
    static let foreignAfterLead: [Bool] = (0..<128).map { LegacyEncodings.isForeignLatin1(UInt32(0x80 + $0)) }

    /// `nextForeignLatin1` byte by byte: the reference its fast path is tested against.
    static func nextForeignLatin1Reference(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var i = from
        while i + 1 < p.count {
            if isForeignLatin1(p, i) { return i }
            i += 1
        }
        return nil
    }

    public func check(_ context: RuleContext) {
        let b = context.source.bytes
        // Only lines holding a Latin-1 character that is not a Vietnamese letter are examined.
        var lines: [TextRange] = []
        b.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i + 1 < n {
                guard let j = Self.nextForeignLatin1(p, from: i) else { break }
                let l = context.source.line(of: j)
                let r = context.source.lineRange(l)
                if lines.last != r { lines.append(r) }
                i = max(j + 2, r.end)
            }
        }
        guard !lines.isEmpty else { return }
        var tokens: [Token] = []
        for line in lines { scan(b, line, &tokens) }
        report(context, b, tokens)
    }

    func scan(_ b: [UInt8], _ line: TextRange, _ tokens: inout [Token]) {
        // The bytes read without bounds checks: `line` lies in `b`.
        b.withUnsafeBufferPointer { p in
            var i = line.start
            let n = line.end
            while i < n {
                let c = p[i]
                guard Bytes.isASCIILetter(c) || c == 0xC2 || c == 0xC3 else { i += 1; continue }
                // A maximal run of ASCII letters and Latin-1 scalars (U+00A1–U+00FF).
                let s = i
                var latin1 = 0, ascii = 0, other = false
                while i < n {
                    let d = p[i]
                    if Bytes.isASCIILetter(d) { ascii += 1; i += 1; continue }
                    if (d == 0xC2 || d == 0xC3) && i + 1 < n {
                        // `Bytes.decodeScalar`'s two-byte value, at least U+00A1?
                        if d == 0xC3 || p[i + 1] & 0x3F >= 0x21 {
                            latin1 += 1; i += 2; continue
                        }
                        break
                    }
                    if d >= 0xC4 { other = true; while i < n && p[i] >= 0x80 { i += 1 } ; continue }
                    break
                }
                if i == s { i += 1; continue }
                // Counted first, decoded only if it may be a token: without `other`
                // the run is ASCII letters and Latin-1 scalars, one scalar each.
                guard latin1 > 0, ascii > 0, !other, ascii + latin1 <= 10 else { continue }
                guard !Self.isVietnameseRun(b, s, i) else { continue }
                let scalars = WordScalars.of(b, TextRange(s, i))
                let strong = scalars.contains { LegacyEncodings.isForeignLatin1($0.value) }
                var t = Token(range: TextRange(s, i), tcvn3: nil, vni: nil, strong: strong)
                if let d = LegacyEncodings.decodeTCVN3(scalars), LegacyEncodings.isVietnamese(d) { t.tcvn3 = String(String.UnicodeScalarView(d)) }
                if Self.mayDecodeVNI(scalars), let d = LegacyEncodings.decodeVNI(scalars), LegacyEncodings.isVietnamese(d) { t.vni = String(String.UnicodeScalarView(d)) }
                if t.tcvn3 != nil || t.vni != nil { tokens.append(t) }
            }
        }
    }

    /// False when `LegacyEncodings.decodeVNI(s)` is certainly nil: a
    /// scalar of 0x80 or more whose lower case (as `decodeVNI` folds it)
    /// is none of the VNI marks and letters its tables know (`vniScalars`).
    /// `decodeVNI` builds four dictionaries per such scalar; most runs
    /// of a TCVN3 text hold a scalar VNI has no use for (`µ`, `·`, `¸`).
    static func mayDecodeVNI(_ s: [Unicode.Scalar]) -> Bool {
        for u in s where u.value >= 0x80 {
            let v = u.value
            let l = v >= 0xC0 && v <= 0xDE && v != 0xD7 ? v + 32 : v
            guard l < 0x100, vniScalars[Int(l)] else { return false }
        }
        return true
    }

    /// Per Latin-1 scalar: whether `decodeVNI` knows it in lower case, as a
    /// tone mark (F9 F8 FB F5 EF), a circumflex with a tone (E2 E1 E0 E5
    /// E3 E4), a breve with a tone (EA E9 E8 FA FC EB) or a letter of its
    /// own (F4 F6 F1 EC ED E6 F3 F2 EE): the keys of its tables.
    static let vniScalars: [Bool] = {
        var t = [Bool](repeating: false, count: 0x100)
        for v in [0xF9, 0xF8, 0xFB, 0xF5, 0xEF, 0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4, 0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB,
                  0xF4, 0xF6, 0xF1, 0xEC, 0xED, 0xE6, 0xF3, 0xF2, 0xEE] { t[v] = true }
        return t
    }()

    /// `LegacyEncodings.isVietnamese(WordScalars.of(b, TextRange(s, e)))`
    /// for a run of `scan` (ASCII letters and two-byte scalars of C2/C3
    /// leads), without building the scalars: that is whether the table
    /// holds the run lower-cased (`isVietnamese`'s second test,
    /// `Syllable.isValid`, holds only for words the table holds), so the
    /// run's hash is computed here as `SyllableTable.contains(scalars:)`
    /// computes it, scalar by scalar lower-cased as `Syllable.lowercased` does.
    static func isVietnameseRun(_ b: [UInt8], _ s: Int, _ e: Int) -> Bool {
        let lower = Syllable.lowerTable
        var h = WordHash.seed
        var i = s
        while i < e {
            let c = b[i]
            var v: UInt32
            if c < 0x80 {
                v = UInt32(c)
                if v >= 0x41 && v <= 0x5A { v += 32 }
                i += 1
            } else {
                // A C2/C3 lead: `Bytes.decodeScalar`'s two-byte value (below U+0100).
                v = lower[Int(UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F))]
                i += 2
            }
            if v < 0x80 {
                h = WordHash.step(h, UInt64(v))
            } else if v < 0x800 {
                h = WordHash.step(h, UInt64(0xC0 | v >> 6))
                h = WordHash.step(h, UInt64(0x80 | v & 0x3F))
            } else {
                h = WordHash.step(h, UInt64(0xE0 | v >> 12))
                h = WordHash.step(h, UInt64(0x80 | v >> 6 & 0x3F))
                h = WordHash.step(h, UInt64(0x80 | v & 0x3F))
            }
        }
        return SyllableTable.probe(h | 1, SyllableTable.table)
    }

    func report(_ context: RuleContext, _ b: [UInt8], _ tokens: [Token]) {
        guard tokens.count >= 2 else { return }
        // Group by line.
        var k = 0
        while k < tokens.count {
            let line = context.source.line(of: tokens[k].range.start)
            var e = k + 1
            while e < tokens.count && context.source.line(of: tokens[e].range.start) == line { e += 1 }
            let all = Array(tokens[k..<e])
            k = e
            // The encoding that explains more words of the line wins.
            let nT = all.filter { $0.tcvn3 != nil }.count, nV = all.filter { $0.vni != nil }.count
            let kind = nT >= nV ? LegacyEncodings.Kind.tcvn3 : .vni
            let group = all.filter { (kind == .tcvn3 ? $0.tcvn3 : $0.vni) != nil }
            guard group.count >= 2, group.contains(where: { $0.strong }) else { continue }
            let r = TextRange(group[0].range.start, group[group.count - 1].range.end)
            // Likely text: the span with the decoded words substituted.
            // A line in capitals (.VnTimeH): single-letter tokens such as `X·` are capitals too.
            var upperLine = true, asciiCount = 0
            for i in r.start..<r.end where Bytes.isASCIILetter(b[i]) { asciiCount += 1; if Bytes.isASCIILower(b[i]) { upperLine = false; break } }
            upperLine = upperLine && asciiCount >= 3
            var text = ""
            var pos = r.start
            var edits: [TextEdit] = []
            for t in group {
                var decoded = (kind == .tcvn3 ? t.tcvn3 : t.vni)!
                if upperLine { decoded = decoded.uppercased() }
                text += TextScan.string(b, TextRange(pos, t.range.start)) + decoded
                pos = t.range.end
                edits.append(TextEdit(range: t.range, replacement: decoded))
            }
            let shown = NonNFCText.clip(text)
            context.report(r, LocalizedText(
                vi: "Chữ bị lỗi bảng mã (\(kind.rawValue) đọc như Unicode); có lẽ là: “\(shown)”",
                en: "Garbled text (\(kind.rawValue) read as Unicode); probably: “\(shown)”"),
                fixes: [Fix(title: LocalizedText(vi: "Chuyển mã \(kind.rawValue) sang Unicode", en: "Convert \(kind.rawValue) to Unicode"),
                            edits: edits, safety: .unsafe)])
        }
    }
}
