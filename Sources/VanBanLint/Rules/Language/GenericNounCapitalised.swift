import VanBan

/// VB504 caps-generic-noun: `các Bộ, cơ quan ngang Bộ`, `các Chương trình`
/// → `các bộ, cơ quan ngang bộ`, `các chương trình`.
public struct GenericNounCapitalised: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB504", name: "caps-generic-noun", severity: .info, appliesToNonDocuments: true,
        source: "NĐ 30/2020 Phụ lục II, mục IV.1 và V.6; cách viết `Các bộ, cơ quan ngang bộ` của NĐ 30/2020 Điều 35.2, Điều 38.2",
        summary: LocalizedText(vi: "Danh từ chung chỉ loại cơ quan hoặc loại văn bản viết hoa khi dùng chung chung",
                               en: "Generic agency or document-type noun capitalised"),
        explanation: LocalizedText(
            vi: "Chỉ viết hoa loại hình cơ quan hoặc tên loại văn bản khi nói về một cơ quan, một văn bản cụ thể (`Bộ Tài chính`, `Nghị định số 30/2020/NĐ-CP`). Khi dùng chung chung, số nhiều, chúng viết thường: chính NĐ 30/2020 viết `Các bộ, cơ quan ngang bộ` (Điều 35.2, 38.2), và Phụ lục II mục V.6 chỉ viết hoa tên loại văn bản khi chỉ văn bản cụ thể. Quy tắc báo `các Bộ`, `cơ quan ngang Bộ`, `các Chương trình`… khi sau đó không có tên riêng, số hiệu hay dấu hai chấm. Mức thông tin (độ tin cậy trung bình). Sửa (không an toàn): viết thường.",
            en: "Capitalise an agency kind or a document type only when it names one specific body or document (`Bộ Tài chính`, `Nghị định số 30/2020/NĐ-CP`). Used generically, in the plural, they are lower case: the decree itself writes `Các bộ, cơ quan ngang bộ` (Articles 35.2, 38.2), and Appendix II V.6 capitalises document types only for a specific document. The rule reports `các Bộ`, `cơ quan ngang Bộ`, `các Chương trình`… when no proper name, number or colon follows. Info (medium confidence). Fix (unsafe): lower case."),
        fixSafety: .unsafe,
        triggering: [RuleExample("Kính gửi: Các Bộ, cơ quan ngang Bộ", violations: 2, fixed: "Kính gửi: Các bộ, cơ quan ngang bộ"),
                     RuleExample("và các Chương trình, kế hoạch ứng dụng", violations: 1, fixed: "và các chương trình, kế hoạch ứng dụng")],
        nonTriggering: [RuleExample("các bộ, cơ quan ngang bộ; các Bộ: Tài chính, Nội vụ; các Bộ Tài chính, Nội vụ; các Nghị định số 15/2018/NĐ-CP và 16/2018/NĐ-CP; các Ban HĐND; các Bộ trưởng, Thủ trưởng cơ quan ngang bộ")])

    static let matcher = PhraseMatcher([
        "các bộ", "các sở", "các ngành", "những bộ", "ngang bộ", "các chương trình", "các kế hoạch", "các đề án", "các dự án",
        "các nghị định", "các thông tư", "các quyết định", "các chỉ thị", "các nghị quyết", "các công văn",
    ])

    public func check(_ context: RuleContext) {
        let b = context.clean
        let words = context.analysis.words
        // The matches the loop reports from (most are in lower case: no forms array is made for them).
        let found = Self.matcher.matches(words: words, clean: b, hashes: context.analysis.wordHashes,
                                         starts: context.analysis.phraseStarts(for: Self.matcher)) { _, forms in
            forms[0] != .upper && forms[1] == .capitalized && forms.dropFirst(2).allSatisfy({ $0 == .lower })
        }
        for m in found {
            let p = Self.matcher.phrases[m.phrase]
            let forms = m.forms
            guard forms[0] != .upper, forms[1] == .capitalized, forms.dropFirst(2).allSatisfy({ $0 == .lower }) else { continue }
            let last = m.firstWord + p.ids.count - 1
            // What follows: a colon, a digit, `số`, or a capitalised word → specific.
            if let (pos, c) = TextScan.nextNonBlank(b, from: words[last].range.end) {
                if c == 0x3A || Bytes.isDigit(c) || c == 0x28 { continue }
                if last + 1 < words.count, words[last + 1].range.start == pos {
                    let n = words[last + 1]
                    if n.isCapitalized || n.isAllCaps { continue }
                    let t = TextScan.string(b, n.range)
                    if t == "số" || t == "trưởng" || t == "về" && p.ids.count > 2 { continue }
                }
            }
            let noun = words[m.firstWord + 1]
            let range = TextRange(words[m.firstWord].range.start, words[last].range.end)
            let wrong = CaseFix.written(b, words, m.firstWord, p.ids.count)
            let right = ([TextScan.string(b, words[m.firstWord].range)] + p.official.dropFirst()).joined(separator: " ")
            // (The message is written when read: this rule has many findings.)
            context.report(range, LocalizedText(deferred: { lang in
                lang == .vi ? "Dùng chung chung nên viết thường: `\(wrong)` → `\(right)`"
                            : "Generic use, write in lower case: `\(wrong)` → `\(right)`" }),
                           fixes: [context.fix(noun.range, p.official[1], LocalizedText(vi: "Viết thường", en: "Lower-case it"), safety: .unsafe)])
        }
    }
}
