import VanBan

/// VB502 caps-titles: `Thủ Tướng`, `Phó Thủ Tướng`, `phó thủ tướng Nguyễn
/// Thiện Nhân` → `Thủ tướng`, `Phó Thủ tướng`, `Phó Thủ tướng Nguyễn Thiện Nhân`.
public struct TitleCapitalisation: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB502", name: "caps-titles-with-name", severity: .warning, appliesToNonDocuments: true,
        source: "NĐ 30/2020 Phụ lục II, mục V.3",
        summary: LocalizedText(vi: "Viết hoa sai chức vụ", en: "Wrong capitalisation of a title"),
        explanation: LocalizedText(
            vi: "Chức vụ đi với tên người cụ thể viết hoa chữ cái đầu của chức vụ (NĐ 30/2020 Phụ lục II, mục V.3): `Thủ tướng Chính phủ`, `Chủ tịch Quốc hội`, `Phó Thủ tướng Nguyễn Thiện Nhân`; chỉ âm tiết đầu (và `Phó` + âm tiết đầu của chức vụ) viết hoa, không viết hoa mọi âm tiết (`Thủ Tướng`, `Bộ Trưởng`). Chức vụ viết thường toàn bộ chỉ bị báo khi đứng ngay trước tên người hoặc `Chính phủ`. Cách viết `Phó thủ tướng`, `Phó chủ tịch` chỉ ở mức thông tin (nghị định không có ví dụ với `Phó`). Sửa an toàn: chỉ đổi chữ hoa, chữ thường.",
            en: "A title that goes with a specific person capitalises its first letter (Decree 30/2020 Appendix II, V.3): `Thủ tướng Chính phủ`, `Chủ tịch Quốc hội`, `Phó Thủ tướng Nguyễn Thiện Nhân`; only the first syllable (and `Phó` + the title's first syllable) is capitalised, not every syllable (`Thủ Tướng`, `Bộ Trưởng`). An all-lower-case title is reported only right before a person's name or `Chính phủ`. `Phó thủ tướng`, `Phó chủ tịch` are info only (the decree gives no `Phó` example). Safe fix: only letter case changes."),
        fixSafety: .safe,
        triggering: [RuleExample("Phó Thủ Tướng Nguyễn Thiện Nhân kết luận", violations: 1, fixed: "Phó Thủ tướng Nguyễn Thiện Nhân kết luận"),
                     RuleExample("ý kiến của phó thủ tướng Nguyễn Thiện Nhân", violations: 1, fixed: "ý kiến của Phó Thủ tướng Nguyễn Thiện Nhân"),
                     RuleExample("trình Thủ Tướng Chính phủ phê duyệt", violations: 1, fixed: "trình Thủ tướng Chính phủ phê duyệt")],
        nonTriggering: [RuleExample("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nThủ tướng Chính phủ; Phó Thủ tướng Nguyễn Thiện Nhân; giúp bộ trưởng quản lý; chủ tịch ủy ban.")])

    static let matcher = PhraseMatcher(OfficialNames.titles)
    static let chinhPhu = Lexicon(["chính", "phủ"])

    public func check(_ context: RuleContext) {
        let b = context.clean
        let words = context.analysis.words
        let phrases = Self.matcher.phrases
        // The matches the loop reports from (most titles are written right: no forms array is made for them).
        let found = Self.matcher.matches(words: words, clean: b, hashes: context.analysis.wordHashes,
                                         starts: context.analysis.phraseStarts(for: Self.matcher)) { k, forms in
            // (`!forms.contains(.upper) && !forms.elementsEqual(phrases[k].forms)`,
            // in one loop: asked of every match.)
            let target = phrases[k].forms
            var same = forms.count == target.count
            for i in forms.indices {
                let f = forms[i]
                if f == .upper { return false }
                if same && target[i] != f { same = false }
            }
            return !same
        }
        for m in found {
            let p = Self.matcher.phrases[m.phrase]
            let forms = m.forms
            if forms.contains(.upper) { continue }
            guard zip(forms, p.forms).contains(where: { $0 != $1 }) else { continue }
            let last = m.firstWord + p.ids.count - 1
            var severity: Severity? = nil
            if forms.allSatisfy({ $0 == .lower }) {
                // Part of a longer title after a capitalised word (`Phó Tống cục trưởng` in OCR text): skip.
                if m.firstWord > 0, words[m.firstWord - 1].isCapitalized,
                   TextScan.onlyBlanksBetween(b, words[m.firstWord - 1].range.end, words[m.firstWord].range.start) { continue }
                // Generic use unless a name or `Chính phủ` follows.
                var follows = CaseFix.personNameFollows(b, words, after: last)
                if !follows, last + 1 < words.count, TextScan.onlyBlanksBetween(b, words[last].range.end, words[last + 1].range.start),
                   let c = Self.chinhPhu.lookup(b, words[last + 1].range), c.id == 0, c.form == .capitalized {
                    follows = true
                }
                guard follows else { continue }
            } else if forms[0] == p.forms[0] {
                // Only under-capitalised inner words (`Phó thủ tướng`): info.
                let over = zip(forms, p.forms).contains { $0 == .capitalized && $1 == .lower }
                if !over { severity = .info }
            }
            let edits = CaseFix.edits(words: words, firstWord: m.firstWord, official: p.official, forms: forms, target: p.forms)
            let range = TextRange(words[m.firstWord].range.start, words[last].range.end)
            let right = p.official.joined(separator: " ")
            let wrong = CaseFix.written(b, words, m.firstWord, p.ids.count)
            context.report(range, LocalizedText(vi: "Viết hoa chức vụ sai: `\(wrong)` → `\(right)`",
                                                en: "Title capitalised wrongly: `\(wrong)` → `\(right)`"),
                           fixes: [Fix(title: LocalizedText(vi: "Viết `\(right)`", en: "Write `\(right)`"), edits: edits, safety: .safe)],
                           severity: severity)
        }
    }
}
