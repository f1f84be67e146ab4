import VanBan

/// VB103 tieu-ngu-format
///
/// What: the Tiêu ngữ differs from `Độc lập - Tự do - Hạnh phúc`: missing,
/// every word capitalised (`Độc Lập - Tự Do - Hạnh Phúc`), hyphens without
/// spaces (`Độc lập-Tự do-Hạnh phúc`) or en dashes.
/// Why: NĐ 30/2020 Điều 8.2.a and Phụ lục I, II.1: only the first letter of
/// each phrase is capitalised and the phrases are joined by hyphens with spaces.
/// Fix: safe, rewrites the motto exactly when it is on one line.
public struct TieuNguFormat: Rule {
    public init() {}
    static let canonical = "Độc lập - Tự do - Hạnh phúc"
    static let canonicalBytes = Array(canonical.utf8)

    /// Whether the motto is the canonical one written with other blanks
    /// (a line break, two spaces): its blank runs collapsed to one space,
    /// none at the ends, it has the canonical bytes. Then, and only then,
    /// the text split at blanks and joined with spaces is the canonical
    /// text: with no carriage return (`\r\n` is one character, not a blank)
    /// and no combining mark (the canonical bytes have none), each blank
    /// byte is a blank character. Anything else is left to the general test.
    static func isCanonicalWithBlanks(_ b: [UInt8], _ r: TextRange) -> Bool {
        let want = canonicalBytes
        var j = 0, pending = false
        for k in r.start..<r.end {
            let c = b[k]
            if c == 0x0D { return false }
            if c == 0x20 || c == 0x0A || c == 0x09 {
                if j > 0 { pending = true }
                continue
            }
            if pending {
                guard j < want.count, want[j] == 0x20 else { return false }
                j += 1
                pending = false
            }
            guard j < want.count, want[j] == c else { return false }
            j += 1
        }
        return j == want.count
    }

    /// The motto's letters, lower-cased: what `check` compares a text's
    /// letters with (as a text, and as scalars for `lettersDiffer`).
    static let mottoLetterText = "độclậptựdohạnhphúc"
    static let mottoLetters: [Unicode.Scalar] = Array(mottoLetterText.unicodeScalars)

    /// The capitals of `mottoLetters` other than ASCII ones, with their
    /// lower-case letters.
    static let mottoCapitals: [UInt32: UInt32] = [0x110: 0x111, 0x1ED8: 0x1ED9, 0x1EAC: 0x1EAD, 0x1EF0: 0x1EF1, 0x1EA0: 0x1EA1, 0xDA: 0xFA]

    /// Whether the letters of `b[r]` (its alphabetic scalars, lower-cased)
    /// differ from `mottoLetters`, read on the bytes; nil when the bytes
    /// hold a scalar this does not read (then `check` asks the strings).
    /// Most mottos that are not written exactly lost a mark (`Hanh phúc`):
    /// `check` then stops at this test, and making its strings cost a
    /// hundred times more.
    ///
    /// It reads valid UTF-8 for U+0000–U+024F (ASCII and the Latin
    /// supplements: no combining mark), U+1E00–U+1EFF (Latin Extended
    /// Additional) and U+2000–U+207F (punctuation): there no other capital
    /// lower-cases to a letter of the motto (each of these capitals
    /// lower-cases to its own small letter), so a letter neither in
    /// `mottoLetters` nor in `mottoCapitals` lower-cases to no letter of the
    /// motto, and two such sequences of letters are equal as strings
    /// exactly when their scalars are.
    static func lettersDiffer(_ b: [UInt8], _ r: TextRange) -> Bool? {
        let want = mottoLetters
        var k = 0, differ = false
        var i = r.start
        while i < r.end {
            let c = b[i]
            var v: UInt32
            if c < 0x80 {
                v = UInt32(c); i += 1
            } else if c >= 0xC2 && c <= 0xC9, i + 1 < r.end, b[i + 1] & 0xC0 == 0x80 {
                v = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2
                guard v <= 0x24F else { return nil }
            } else if c == 0xE1 || c == 0xE2, i + 2 < r.end, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
                v = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3
                guard (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x2000 && v <= 0x207F) else { return nil }
            } else {
                return nil
            }
            let u = Unicode.Scalar(v)!
            guard ScalarClass.isAlphabetic(u) else { continue }
            let lower = v >= 0x41 && v <= 0x5A ? v + 0x20 : mottoCapitals[v] ?? v
            // (Read on to the end: a scalar it does not read answers nil.)
            if k >= want.count || want[k].value != lower { differ = true }
            k += 1
        }
        return differ || k != want.count
    }

    /// Words whose case shows a capitalisation slip rather than a misspelling.
    static let wrongCaseWords: [[Character]] = ["Lập", "Do", "Phúc", "LẬP"].map { Array($0) }

    public static let metadata = RuleMetadata(
        code: "VB103", name: "tieu-ngu-format", severity: .error,
        source: "NĐ 30/2020 Điều 8 khoản 2 điểm a; Phụ lục I, mục II.1",
        summary: LocalizedText(vi: "Tiêu ngữ viết sai", en: "Motto (Tiêu ngữ) miswritten"),
        explanation: LocalizedText(
            vi: "Tiêu ngữ là `Độc lập - Tự do - Hạnh phúc`: chữ cái đầu mỗi cụm viết hoa, giữa các cụm có gạch nối (-) và khoảng trắng. Thiếu Tiêu ngữ khi đã có Quốc hiệu, hoặc viết hoa mọi chữ, là lỗi (error); gạch nối không có khoảng trắng hay dùng gạch ngang dài (–) là cảnh báo. Sửa tự động an toàn khi Tiêu ngữ nằm trên một dòng.",
            en: "The motto is `Độc lập - Tự do - Hạnh phúc`: each phrase capitalised on its first letter, phrases joined by a hyphen with spaces. A missing motto (when the Quốc hiệu is present) or every word capitalised is an error; hyphens without spaces or en dashes are a warning. Safe fix when the motto is on one line."),
        fixSafety: .safe,
        triggering: [RuleExample("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc Lập - Tự Do - Hạnh Phúc", violations: 1, fixed: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
                     RuleExample("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập-Tự do-Hạnh phúc", violations: 1, fixed: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
                     RuleExample("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc", violations: 1, fixed: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
                     RuleExample("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 05/BNV-VP", violations: 1)],
        nonTriggering: [RuleExample("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
                        RuleExample("**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n---------------")])
    public func check(_ ctx: RuleContext) {
        let h = ctx.document.header
        guard let t = h.tieuNgu else {
            if let q = h.quocHieu {
                ctx.report(q.range, LocalizedText(vi: "Thiếu Tiêu ngữ “Độc lập - Tự do - Hạnh phúc” dưới Quốc hiệu.",
                                                  en: "Missing motto “Độc lập - Tự do - Hạnh phúc” under the national title."))
            }
            return
        }
        // Most documents write the motto exactly: the same bytes need no
        // splitting into Characters (the normalised form would be the same),
        // nor a string (read on the bytes of the clean view).
        if t.range.end - t.range.start == Self.canonicalBytes.count,
           Bytes.hasPrefix(ctx.clean, at: t.range.start, Self.canonicalBytes, end: t.range.end) { return }
        if Self.isCanonicalWithBlanks(ctx.clean, t.range) { return }
        if Self.lettersDiffer(ctx.clean, t.range) == true { return }
        let written = ctx.document.cleanText(t.range)
        let normalized = written.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
        if normalized == Self.canonical { return }
        // Compare letters only: a text whose letters differ from the motto's
        // (diacritics lost or misread by OCR) is not this rule's business.
        let letters = String(normalized.lowercased().unicodeScalars.filter { ScalarClass.isAlphabetic($0) }.map(Character.init))
        guard letters == Self.mottoLetterText else { return }
        // (`contains` on the characters, in one array: `String.contains`
        // costs tens of thousands of instructions a call.)
        let chars = Array(normalized)
        let wrongCase = Self.wrongCaseWords.contains { chars.containsRun($0) }
        let oneLine = !ctx.text(t.range).contains("\n") && !ctx.text(t.range).contains("*")
        let fixes = oneLine ? [ctx.fix(t.range, Self.canonical, LocalizedText(vi: "Viết lại Tiêu ngữ", en: "Rewrite the motto"))] : []
        ctx.report(t.range, LocalizedText(
            vi: "Tiêu ngữ phải là “Độc lập - Tự do - Hạnh phúc” (chỉ viết hoa chữ đầu mỗi cụm, gạch nối có khoảng trắng hai bên).",
            en: "The motto must read “Độc lập - Tự do - Hạnh phúc” (only each phrase's first letter capitalised; hyphens with spaces)."),
                   fixes: fixes, severity: wrongCase ? nil : .warning)
    }
}
