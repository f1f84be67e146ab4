import VanBan

/// VB503 caps-trung-uong: `thành phố trực thuộc Trung Ương` → `trung ương`.
public struct TrungUongCapitalisation: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB503", name: "caps-trung-uong", severity: .warning, appliesToNonDocuments: true,
        source: "NĐ 30/2020 Phụ lục II, mục III.1; cách viết của NĐ 30/2020 Phụ lục I, mục II.4.a (`tỉnh, thành phố trực thuộc trung ương`)",
        summary: LocalizedText(vi: "Viết hoa sai `trung ương`", en: "Wrong capitalisation of `trung ương`"),
        explanation: LocalizedText(
            vi: "Trong cụm `tỉnh, thành phố trực thuộc trung ương`, `trung ương` viết thường (cách viết của chính NĐ 30/2020). Khi là một phần tên riêng (`Ban Chấp hành Trung ương`, `Văn phòng Trung ương Đảng`) chỉ `Trung` viết hoa; `Trung Ương` luôn sai. `trực thuộc Trung ương` (chỉ `Trung` viết hoa) gặp nhiều trong văn bản đã ban hành nên chỉ ở mức thông tin. Sửa an toàn: chỉ đổi chữ hoa, chữ thường.",
            en: "In `tỉnh, thành phố trực thuộc trung ương` the words `trung ương` are lower case (the decree's own wording). As part of a proper name (`Ban Chấp hành Trung ương`, `Văn phòng Trung ương Đảng`) only `Trung` is capitalised; `Trung Ương` is always wrong. `trực thuộc Trung ương` (only `Trung` capitalised) is common in published texts, so it is info only. Safe fix: only letter case changes."),
        fixSafety: .safe,
        triggering: [RuleExample("UBND 9 tỉnh, thành phố trực thuộc Trung Ương", violations: 1, fixed: "UBND 9 tỉnh, thành phố trực thuộc trung ương"),
                     RuleExample("các tỉnh, thành phố trực thuộc Trung ương", violations: 1, fixed: "các tỉnh, thành phố trực thuộc trung ương"),
                     RuleExample("Ban Chấp hành Trung Ương Đảng", violations: 1, fixed: "Ban Chấp hành Trung ương Đảng")],
        nonTriggering: [RuleExample("tỉnh, thành phố trực thuộc trung ương; Văn phòng Trung ương Đảng; TRUNG ƯƠNG")])

    static let lex = Lexicon(["trung", "ương", "trực", "thuộc"])
    /// The word a finding starts with (`lex` id 0): the candidates are
    /// looked for with it alone, so that `PhraseStarts` (every phrase rule
    /// probes its starts) does not take the frequent `thuộc` and `trực`.
    static let first = Lexicon(["trung"])

    public func check(_ context: RuleContext) {
        let b = context.clean
        let words = context.analysis.words
        let lex = Self.lex
        let first = Self.first
        for k in first.candidates(words: words, clean: b, hashes: context.analysis.wordHashes, starts: context.analysis.phraseStarts(for: first)) where k + 1 < words.count {
            guard let t = lex.lookup(b, words[k].range), t.id == 0, t.form == .capitalized,
                  TextScan.onlyBlanksBetween(b, words[k].range.end, words[k + 1].range.start),
                  let u = lex.lookup(b, words[k + 1].range), u.id == 1, u.form != .upper else { continue }
            var afterTrucThuoc = false
            if k >= 2, let a = lex.lookup(b, words[k - 2].range), a.id == 2, a.form == .lower,
               let c = lex.lookup(b, words[k - 1].range), c.id == 3, c.form == .lower,
               TextScan.onlyBlanksBetween(b, words[k - 1].range.end, words[k].range.start) {
                afterTrucThuoc = true
            }
            let range = TextRange(words[k].range.start, words[k + 1].range.end)
            let wrong = CaseFix.written(b, words, k, 2)
            if afterTrucThuoc {
                let edits = [TextEdit(range: words[k].range, replacement: "trung")] + (u.form == .lower ? [] : [TextEdit(range: words[k + 1].range, replacement: "ương")])
                // `Trung ương` here is common in published texts: info; `Trung Ương` is wrong either way.
                // (The message is written when read: this rule has many findings.)
                context.report(range, LocalizedText(deferred: { lang in
                    lang == .vi ? "`trực thuộc \(wrong)` → `trực thuộc trung ương` (viết thường)"
                                : "`trực thuộc \(wrong)` → `trực thuộc trung ương` (lower case)" }),
                               fixes: [Fix(title: LocalizedText(vi: "Viết `trung ương`", en: "Write `trung ương`"), edits: edits, safety: .safe)],
                               severity: u.form == .lower ? .info : nil)
            } else if u.form == .capitalized {
                context.report(range, LocalizedText(vi: "`Trung Ương` → `Trung ương`", en: "`Trung Ương` → `Trung ương`"),
                               fixes: [context.fix(words[k + 1].range, "ương", LocalizedText(vi: "Viết `Trung ương`", en: "Write `Trung ương`"))])
            }
        }
    }
}
