import VanBan

/// VB005 invisible-characters: control characters, zero-width characters
/// and stray byte-order marks inside the text.
public struct InvisibleCharacters: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB005", name: "invisible-characters", severity: .warning, appliesToNonDocuments: true,
        source: "TCVN 6909:2001; NĐ 30/2020 Phụ lục I, mục I.2",
        summary: LocalizedText(vi: "Ký tự điều khiển hoặc ký tự vô hình trong văn bản", en: "Control or invisible characters in the text"),
        explanation: LocalizedText(
            vi: "Ký tự điều khiển (trừ tab và xuống dòng), ký tự độ rộng 0 (U+200B–U+200F, U+2060), dấu gạch nối mềm và dấu BOM (U+FEFF) giữa văn bản thường lẫn vào khi sao chép từ trang web hoặc tệp PDF. Chúng không hiện ra nhưng làm hỏng tìm kiếm, đếm ký tự và so khớp số, ký hiệu văn bản. Sửa an toàn: xóa ký tự (không an toàn khi ký tự nằm giữa hai chữ cái, vì có thể là ranh giới từ).",
            en: "Control characters (other than tab and line breaks), zero-width characters (U+200B–U+200F, U+2060), soft hyphens and byte-order marks (U+FEFF) inside the text usually come from copying web pages or PDFs. They are invisible but break search, character counts and matching of document numbers. Safe fix: delete them (unsafe when the character sits between two letters, where it may mark a word boundary)."),
        fixSafety: .safe,
        triggering: [RuleExample("Số: 12/QĐ-\u{200B}UBND", violations: 1, fixed: "Số: 12/QĐ-UBND"),
                     RuleExample("Điều 1.\u{0007} Phạm vi", violations: 1, fixed: "Điều 1. Phạm vi")],
        nonTriggering: [RuleExample("Điều 1.\tPhạm vi điều chỉnh\r\n")])

    /// Length of an invisible character at `i`, 0 if none.
    @inline(__always)
    static func invisibleLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        if c < 0x20 { return c == 0x09 || c == 0x0A || c == 0x0D ? 0 : 1 }
        if c == 0x7F { return 1 }
        if c < 0xC2 { return 0 }
        let n = b.count
        if c == 0xC2, i + 1 < n {
            let d = b[i + 1]
            return (d >= 0x80 && d <= 0x9F) || d == 0xAD ? 2 : 0   // C1 controls, soft hyphen
        }
        if c == 0xE2, i + 2 < n, b[i + 1] == 0x80 {
            let d = b[i + 2]
            return (d >= 0x8B && d <= 0x8F) || d == 0xAA || d == 0xAB || d == 0xAC || d == 0xAD || d == 0xAE ? 3 : 0
        }
        if c == 0xE2, i + 2 < n, b[i + 1] == 0x81, b[i + 2] == 0xA0 { return 3 }  // word joiner
        if c == 0xEF, i + 2 < n, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return 3 }  // BOM
        return 0
    }

    /// The first position at or after `from` where an invisible character
    /// starts (`invisibleLength` > 0). Sixteen bytes at a time
    /// (`WindowScan`): a lane is a candidate if it is a control byte other
    /// than a line feed, DEL, C2, E2 or EF (the bytes an invisible
    /// character can start with): a superset of what `invisibleLength`
    /// takes, which then decides. One window in forty holds one (mostly a
    /// curly quote or dash, E2 80 9x): cheaper to look at those lanes one
    /// by one than to test the bytes after every lead of every window.
    static func nextInvisible(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let zero = SIMD16<UInt8>(repeating: 0), lf = SIMD16<UInt8>(repeating: 0x0A)
        let del = SIMD16<UInt8>(repeating: 0x7F), c2 = SIMD16<UInt8>(repeating: 0xC2)
        let ef = SIMD16<UInt8>(repeating: 0xEF), top3 = SIMD16<UInt8>(repeating: 0xE0)
        let notBit5 = SIMD16<UInt8>(repeating: 0xDF)
        return WindowScan.firstWide(b, from: from, to: b.count, candidates: { x, _, _ in
            // (C2 and E2 differ in bit 5 only.)
            (((x & top3) .== zero) .& (x .!= lf)) .| (x .== del) .| ((x & notBit5) .== c2) .| (x .== ef)
        }, exact: { invisibleLength(b, $0) > 0 })
    }

    /// `nextInvisible` byte by byte: the reference its fast path is tested against.
    static func nextInvisibleReference(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var i = from
        while i < b.count {
            if invisibleLength(b, i) > 0 { return i }
            i += 1
        }
        return nil
    }

    public func check(_ context: RuleContext) {
        let src = context.source.bytes
        var runs: [(Int, Int)] = []
        src.withUnsafeBufferPointer { b in
            var i = 0
            let n = b.count
            while i < n {
                guard let j = Self.nextInvisible(b, from: i) else { break }
                i = j
                let l = Self.invisibleLength(b, i)
                let s = i
                var e = i + l
                while e < n { let m = Self.invisibleLength(b, e); if m == 0 { break }; e += m }
                runs.append((s, e))
                i = e
            }
        }
        for (s, e) in runs {
            let r = TextRange(s, e)
            let between = Bytes.isLetter(at: Bytes.previousScalarStart(src, s), in: src) && s > 0 && e < src.count && Bytes.isLetter(at: e, in: src)
            var names: [String] = []
            var k = s
            while k < e {
                let (u, l) = Bytes.decodeScalar(src, k)
                let h = String(u.value, radix: 16, uppercase: true)
                names.append("U+" + String(repeating: "0", count: max(0, 4 - h.count)) + h)
                k += l
            }
            let list = names.joined(separator: ", ")
            context.report(r, LocalizedText(vi: "Ký tự vô hình hoặc ký tự điều khiển (\(list))",
                                            en: "Invisible or control character (\(list))"),
                           fixes: [context.fix(r, "", LocalizedText(vi: "Xóa ký tự", en: "Delete the character"),
                                               safety: between ? .unsafe : .safe)])
        }
    }
}
