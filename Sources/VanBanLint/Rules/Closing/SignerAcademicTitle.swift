import VanBan

/// VB302 signer-academic-title
///
/// What: an academic title or degree before the signer's name (`TS. Nguyễn Văn A`).
/// Why: NĐ 30/2020 Phụ lục I, II.7.c: "không ghi học hàm, học vị và các danh
/// hiệu danh dự khác" (sector heads may allow it for the armed forces,
/// education, health and science bodies: suppress the rule there).
/// Fix: unsafe, removes the title.
public struct SignerAcademicTitle: Rule {
    public init() {}
    static let titles = ["PGS.TS.", "PGS.TS", "GS.TS.", "GS.TS", "PGS. TS.", "GS. TS.", "PGS.", "GS.", "TS.", "ThS.", "KS.", "BS.", "Ths.", "TSKH.",
                         // Without the period, or in words: only before a blank.
                         "PGS", "GS", "TS", "ThS", "TSKH", "Phó Giáo sư", "Giáo sư", "Tiến sĩ", "Thạc sĩ"]
    /// Each of `titles` followed by a blank (made once, not per line).
    static let spacedTitles = titles.map { $0 + " " }
    /// The bytes of `titles` and of `spacedTitles` (made once).
    static let titleBytes = titles.map { Array($0.utf8) }, spacedTitleBytes = spacedTitles.map { Array($0.utf8) }
    /// Whether `text` may start with `title` (a necessary condition of
    /// `hasPrefix`, tested on bytes first: `hasPrefix` compares characters
    /// by canonical equivalence, hundreds of instructions each). The bytes
    /// are compared while both sides are ASCII: an ASCII scalar decomposes
    /// to itself and starts a character of its own (the title has no
    /// carriage return), so a differing pair of ASCII bytes, or the text
    /// ending after equal ASCII bytes, rules the prefix out. Any byte that
    /// is not ASCII, on either side, leaves the answer to `hasPrefix`; but
    /// for one case: a title's ASCII byte against the text's lead byte of
    /// a scalar that is not ASCII. The title's character there is that
    /// ASCII character alone (the title goes on in ASCII or ends), and the
    /// text's is equivalent to it only if that scalar decomposes to it
    /// alone: the singletons U+037E (`;`), U+1FEF (`` ` ``) and U+212A (the
    /// Kelvin sign, `K`), left to `hasPrefix`. A combining mark there (after
    /// equal ASCII bytes) makes the text's previous character differ from
    /// the title's. Names opening with `Đ`, `Ư`, `Ô` are ruled out so.
    /// (On the text's contiguous bytes, read once per candidate line.)
    static func mayHavePrefix(_ text: UnsafeBufferPointer<UInt8>, _ title: [UInt8]) -> Bool {
        var i = 0
        for t in title {
            guard i < text.count else { return false }
            let c = text[i]
            if t < 0x80 && c >= 0x80 {
                // U+037E is CD BE, U+1FEF is E1 BF AF, U+212A is E2 84 AA.
                switch c {
                case 0xCD: return i + 1 < text.count && text[i + 1] == 0xBE
                case 0xE1: return i + 2 < text.count && text[i + 1] == 0xBF && text[i + 2] == 0xAF
                case 0xE2: return i + 2 < text.count && text[i + 1] == 0x84 && text[i + 2] == 0xAA
                default: return false
                }
            }
            if c >= 0x80 || t >= 0x80 { return true }
            if c != t { return false }
            i += 1
        }
        return true
    }

    public static let metadata = RuleMetadata(
        code: "VB302", name: "signer-academic-title", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, mục II.7.c",
        summary: LocalizedText(vi: "Không ghi học hàm, học vị trước tên người ký", en: "No academic title before the signer's name"),
        explanation: LocalizedText(
            vi: "Họ và tên người ký không kèm học hàm, học vị và các danh hiệu danh dự: viết `Nguyễn Văn A`, không viết `TS. Nguyễn Văn A`. Lực lượng vũ trang, giáo dục, y tế, khoa học có thể có quy định riêng: khi đó tắt quy tắc trong `.vblint.json`. Sửa tự động cần xác nhận.",
            en: "The signer's name carries no academic title or honorific: `Nguyễn Văn A`, not `TS. Nguyễn Văn A`. Armed forces, education, health and science bodies may have their own rule: disable it in `.vblint.json` there. Unsafe fix."),
        fixSafety: .unsafe,
        triggering: [RuleExample("Nội dung./.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTS. Nguyễn Văn A", violations: 1, fixed: "Nội dung./.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn A"),
                     RuleExample("Nội dung./.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTiến sĩ Nguyễn Văn A", violations: 1, fixed: "Nội dung./.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn A"),
                     RuleExample("Nội dung./.\n\nNơi nhận:\tCỤC TRƯỞNG\n- Như trên;\n- Lưu: VT, TH.\n\n\tPGS.TS. Lê Văn Thuyết", violations: 1, fixed: "Nội dung./.\n\nNơi nhận:\tCỤC TRƯỞNG\n- Như trên;\n- Lưu: VT, TH.\n\n\tLê Văn Thuyết")],
        nonTriggering: [RuleExample("Nội dung./.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn A"),
                        RuleExample("Nội dung./.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Tiến Sĩ")])
    public func check(_ ctx: RuleContext) {
        guard let sig = ctx.document.signature else { return }
        // The name line, or a line right after the titles that starts with a title.
        var candidates: [Field] = []
        if let n = sig.name { candidates.append(n) }
        // The first line after the signature block, and, when Nơi nhận
        // stands beside the signature and ends below it, the first line
        // after Nơi nhận (where the name of such a layout stands).
        var afters = [sig.range.end]
        if let nn = ctx.document.noiNhan, nn.range.end > sig.range.end { afters.append(nn.range.end) }
        let lines = ctx.document.lines
        for after in afters {
            // Lines are in text order and a line's trimmed text lies within it:
            // no line ending before `after` qualifies, so the search starts at
            // the first that does not (found by bisection, not a walk from the top).
            let first = lines.partitioningIndex { $0.range.end >= after }
            for l in lines[first...] where l.trimmed.start >= after && !l.trimmed.isEmpty {
                candidates.append(Field(range: l.trimmed, text: ctx.document.cleanText(l.trimmed)))
                break
            }
        }
        for c in candidates {
            // A field's text may be made anew each time it is read: read it once.
            let text = c.text
            var utf8 = text
            let found = utf8.withUTF8 { bytes in
                Self.titles.indices.first(where: {
                    (Self.mayHavePrefix(bytes, Self.spacedTitleBytes[$0]) && text.hasPrefix(Self.spacedTitles[$0]))
                        || (Self.mayHavePrefix(bytes, Self.titleBytes[$0]) && text.hasPrefix(Self.titles[$0]) && Self.titles[$0].hasSuffix("."))
                })
            }
            guard let k = found else { continue }
            let t = Self.titles[k]
            var end = c.range.start + t.utf8.count
            while end < c.range.end && Bytes.isBlank(ctx.clean[end]) { end += 1 }
            let rest = ctx.document.cleanText(TextRange(end, c.range.end))
            guard rest.split(separator: " ").count >= 2, rest.first?.isUppercase == true else { continue }
            ctx.report(TextRange(c.range.start, end), LocalizedText(vi: "Không ghi học hàm, học vị “\(t)” trước tên người ký.", en: "Do not put the title “\(t)” before the signer's name."),
                       fixes: [ctx.fix(TextRange(c.range.start, end), "", LocalizedText(vi: "Bỏ “\(t)”", en: "Remove “\(t)”"), safety: .unsafe)])
            return
        }
    }
}
