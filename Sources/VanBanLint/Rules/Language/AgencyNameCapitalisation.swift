import VanBan

/// VB501 caps-organisations: `bộ Tài Chính`, `văn phòng Chính Phủ`, `Chính Phủ`,
/// `bộ TTTT` → `Bộ Tài chính`, `Văn phòng Chính phủ`, `Chính phủ`, `Bộ TTTT`.
public struct AgencyNameCapitalisation: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB501", name: "caps-organisations", severity: .warning, appliesToNonDocuments: true,
        source: "NĐ 30/2020 Phụ lục II, mục IV.1",
        summary: LocalizedText(vi: "Viết hoa sai tên cơ quan, tổ chức", en: "Wrong capitalisation of an agency name"),
        explanation: LocalizedText(
            vi: "Tên cơ quan, tổ chức viết hoa chữ cái đầu của các từ, cụm từ chỉ loại hình và chức năng, lĩnh vực (NĐ 30/2020 Phụ lục II, mục IV.1): `Bộ Tài chính`, `Văn phòng Chính phủ`, `Bộ Nội vụ`, `Ủy ban nhân dân`, `Chính phủ`; không viết `bộ Tài Chính`, `Bộ Tài Chính`, `văn phòng Chính Phủ`, `Chính Phủ`. Quy tắc so khớp với danh sách tên chính thức (Chính phủ, Quốc hội, các bộ, sở, Ủy ban nhân dân, Hội đồng nhân dân…), bỏ qua chữ in hoa toàn bộ và cách viết thường toàn bộ (dùng chung chung, như `chính phủ điện tử`). Cũng báo `bộ` viết thường trước tên viết tắt của bộ (`bộ TTTT`). Sửa an toàn: chỉ đổi chữ hoa, chữ thường.",
            en: "Agency names capitalise the first letter of the words naming the kind of body and its function or field (Decree 30/2020 Appendix II, IV.1): `Bộ Tài chính`, `Văn phòng Chính phủ`, `Bộ Nội vụ`, `Ủy ban nhân dân`, `Chính phủ`; not `bộ Tài Chính`, `Bộ Tài Chính`, `văn phòng Chính Phủ`, `Chính Phủ`. The rule compares with a list of official names (Government, National Assembly, ministries, departments, people's committees and councils…) and skips all-caps text and all-lower-case generic uses (`chính phủ điện tử`). It also reports a lower-case `bộ` before a ministry abbreviation (`bộ TTTT`). Safe fix: only letter case changes."),
        fixSafety: .safe,
        triggering: [RuleExample("Theo văn phòng Chính Phủ", violations: 1, fixed: "Theo Văn phòng Chính phủ"),
                     RuleExample("Phối hợp với bộ KHĐT, bộ Tài Chính đề xuất.", violations: 2, fixed: "Phối hợp với Bộ KHĐT, Bộ Tài chính đề xuất."),
                     RuleExample("Giao bộ Nội Vụ chủ trì; báo cáo Chính Phủ.", violations: 2, fixed: "Giao Bộ Nội vụ chủ trì; báo cáo Chính phủ."),
                     RuleExample("Ủy ban Nhân dân tỉnh Sơn La", violations: 1, fixed: "Ủy ban nhân dân tỉnh Sơn La"),
                     RuleExample("Đề nghị Sở Lao động - Thương Binh và Xã Hội tỉnh Thái Bình", violations: 1, fixed: "Đề nghị Sở Lao động - Thương binh và Xã hội tỉnh Thái Bình")],
        nonTriggering: [RuleExample("BỘ TÀI CHÍNH\nBộ Tài chính, Văn phòng Chính phủ, Bộ Công Thương, Ủy ban nhân dân tỉnh, xây dựng chính phủ điện tử, Hội đồng nhân dân.")])

    static let matcher = PhraseMatcher(OfficialNames.agencies)
    static let boSo = Lexicon(["bộ", "sở"])
    /// Words that make a compound with a following "bộ"/"sở" (`tiến bộ`, `cơ sở`).
    static let compoundHeads: Set<String> = ["tiến", "đồng", "cán", "toàn", "nội", "bước", "cơ", "trụ", "căn", "thủ", "sơ", "bộ"]

    public func check(_ context: RuleContext) {
        let b = context.clean
        let words = context.analysis.words
        let phrases = Self.matcher.phrases
        // The matches the loop reports from (most names are written right: no forms array is made for them).
        let found = Self.matcher.matches(words: words, clean: b, hashes: context.analysis.wordHashes,
                                         starts: context.analysis.phraseStarts(for: Self.matcher)) { k, forms in
            // (`!forms.contains(.upper) && !forms.allSatisfy { $0 == .lower } &&
            // !forms.elementsEqual(phrases[k].forms)`, in one loop: asked of every match.)
            let target = phrases[k].forms
            var allLower = true, same = forms.count == target.count
            for i in forms.indices {
                let f = forms[i]
                if f == .upper { return false }
                if f != .lower { allLower = false }
                if same && target[i] != f { same = false }
            }
            return !allLower && !same
        }
        for m in found {
            let p = Self.matcher.phrases[m.phrase]
            let forms = m.forms
            if forms.contains(.upper) { continue }
            if forms.allSatisfy({ $0 == .lower }) { continue }
            guard zip(forms, p.forms).contains(where: { $0 != $1 }) else { continue }
            let edits = CaseFix.edits(words: words, firstWord: m.firstWord, official: p.official, forms: forms, target: p.forms)
            let range = TextRange(words[m.firstWord].range.start, words[m.firstWord + p.ids.count - 1].range.end)
            let right = p.official.joined(separator: " ")
            let wrong = CaseFix.written(b, words, m.firstWord, p.ids.count)
            context.report(range, LocalizedText(vi: "Viết hoa tên cơ quan sai: `\(wrong)` → `\(right)`",
                                                en: "Agency name capitalised wrongly: `\(wrong)` → `\(right)`"),
                           fixes: [Fix(title: LocalizedText(vi: "Viết `\(right)`", en: "Write `\(right)`"), edits: edits, safety: .safe)])
        }
        // `bộ TTTT`, `sở TC`.
        let boSo = Self.boSo
        for k in boSo.candidates(words: words, clean: b, hashes: context.analysis.wordHashes, starts: context.analysis.phraseStarts(for: boSo)) where k + 1 < words.count {
            let w = words[k]
            guard let hit = boSo.lookup(b, w.range), hit.form == .lower else { continue }
            let n = words[k + 1]
            guard n.isAllCaps, TextScan.onlyBlanksBetween(b, w.range.end, n.range.start) else { continue }
            // `tiến bộ KH&CN`, `đồng bộ`, `cán bộ`: "bộ" closing a compound is no ministry.
            if k > 0, TextScan.onlyBlanksBetween(b, words[k - 1].range.end, w.range.start),
               Self.compoundHeads.contains(TextScan.string(b, words[k - 1].range).lowercased()) { continue }
            var e = n.range.end
            while e < b.count, b[e] == 0x26 || b[e] == 0x2D || Bytes.isASCIIUpper(b[e]) || (b[e] == 0xC4 && e + 1 < b.count && b[e + 1] == 0x90) {
                e += b[e] == 0xC4 ? 2 : 1
            }
            let abbr = TextScan.string(b, TextRange(n.range.start, e))
            guard OfficialNames.ministryAbbreviations.contains(abbr) else { continue }
            let kind = hit.id == 0 ? "Bộ" : "Sở"
            let old = TextScan.string(b, w.range)
            context.report(TextRange(w.range.start, e), LocalizedText(
                vi: "Tên cơ quan phải viết hoa chữ đầu: `\(old) \(abbr)` → `\(kind) \(abbr)`",
                en: "Agency name must be capitalised: `\(old) \(abbr)` → `\(kind) \(abbr)`"),
                fixes: [context.fix(w.range, kind, LocalizedText(vi: "Viết `\(kind)`", en: "Write `\(kind)`"))])
        }
    }
}
