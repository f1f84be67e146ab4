import VanBan

/// VB508 caps-weekday: `thứ hai, ngày 12/11/2007` → `thứ Hai, ngày 12/11/2007`.
public struct WeekdayCapitalisation: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB508", name: "caps-weekday", severity: .warning, appliesToNonDocuments: true,
        source: "NĐ 30/2020 Phụ lục II, mục V.10",
        summary: LocalizedText(vi: "Tên thứ trong tuần không viết hoa", en: "Weekday name not capitalised"),
        explanation: LocalizedText(
            vi: "Tên ngày trong tuần viết bằng chữ thì viết hoa số thứ: `thứ Hai`, `thứ Tư`, `Chủ nhật` (NĐ 30/2020 Phụ lục II, mục V.10). Vì `thứ hai` cũng là số thứ tự (`lần thứ hai`), quy tắc chỉ báo khi trước đó là từ chỉ thời điểm (`vào`, `ngày`, `sáng`…) hoặc đầu câu, không phải `lần thứ hai`, `nhóm thứ tư`, và ngay sau là ngày tháng (`thứ hai, ngày 12/11/2007`, `thứ hai 12/11`, `thứ ba, 05 tháng 5`) hoặc trong một khoảng thứ (`từ thứ hai đến thứ sáu`). Sửa an toàn: viết hoa số thứ.",
            en: "A weekday written in words capitalises its number: `thứ Hai`, `thứ Tư`, `Chủ nhật` (Decree 30/2020 Appendix II, V.10). Because `thứ hai` is also an ordinal (`lần thứ hai`), the rule reports only after a word of time (`vào`, `ngày`, `sáng`…) or at a sentence start, not after `lần`, `nhóm`…, and only when a date follows (`thứ hai, ngày 12/11/2007`, `thứ hai 12/11`) or in a span of days (`từ thứ hai đến thứ sáu`). Safe fix: capitalise the number."),
        fixSafety: .safe,
        triggering: [RuleExample("Hà Nội, thứ hai, ngày 12/11/2007", violations: 1, fixed: "Hà Nội, thứ Hai, ngày 12/11/2007"),
                     RuleExample("Họp vào chủ nhật ngày 5 tháng 3", violations: 1, fixed: "Họp vào Chủ nhật ngày 5 tháng 3"),
                     RuleExample("Tiếp công dân từ thứ hai đến thứ sáu hằng tuần.", violations: 2, fixed: "Tiếp công dân từ thứ Hai đến thứ Sáu hằng tuần.")],
        nonTriggering: [RuleExample("Lần thứ hai, ngày càng tăng; thứ Tư, ngày 28/11/2007; Chủ nhật, ngày 2/12; thứ năm là; Thứ ba, 03 Chương trình"),
                        RuleExample("từ thứ Hai đến thứ Sáu; lần thứ hai đến nay; từ lần thứ hai đến thứ ba"),
                        RuleExample("Hội nghị lần thứ hai, ngày 20 tháng 7 năm 2023; nhóm thứ tư 12/12 xã; Phiên họp thứ năm, ngày 12/11/2024")])

    static let matcher = PhraseMatcher(["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"])
    static let ngay = Lexicon(["ngày"])
    static let thang = Lexicon(["tháng"])
    static let den = Lexicon(["đến"])
    static let tu = Lexicon(["từ"])
    /// Words a weekday follows (`vào thứ hai`, `sáng thứ ba`, `ngày thứ tư`):
    /// after any other word (`lần thứ hai, ngày …`, `nhóm thứ tư 12/12`)
    /// `thứ` + number is an ordinal.
    static let beforeWeekday = Lexicon(["vào", "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "từ", "đến", "hôm", "các", "mỗi", "và", "hoặc", "hằng", "là", "trước", "sau", "tới", "nay", "mai", "qua"])

    /// Digits at `i` that start a date: `12/11`, `12-11`, `12.11` or `05 tháng 5` (not `03 Chương trình`).
    static func isDate(_ b: [UInt8], _ i: Int) -> Bool {
        var e = i
        while e < b.count && Bytes.isDigit(b[e]) { e += 1 }
        guard e > i, e - i <= 2, e < b.count else { return false }
        if (b[e] == 0x2F || b[e] == 0x2D || b[e] == 0x2E) && e + 1 < b.count && Bytes.isDigit(b[e + 1]) { return true }
        guard let (s, _) = TextScan.nextNonBlank(b, from: e) else { return false }
        var t = s
        while t < b.count && Bytes.isLetter(at: t, in: b) { t += b[t] < 0x80 ? 1 : (b[t] >= 0xE0 ? 3 : 2) }
        return t > s && thang.lookup(b, TextRange(s, t)) != nil
    }

    public func check(_ context: RuleContext) {
        let b = context.clean
        let words = context.analysis.words
        let matches = Self.matcher.matches(words: words, clean: b, hashes: context.analysis.wordHashes, starts: context.analysis.phraseStarts(for: Self.matcher))
        // Both ends of a span of weekdays (`từ thứ hai đến thứ sáu`) are
        // weekdays. Ordinals make spans too (`từ lần thứ hai đến thứ ba`),
        // so `từ` must come right before the first day.
        var span = Set<Int>()
        for i in matches.indices.dropLast() {
            let a = matches[i].firstWord, z = matches[i + 1].firstWord
            guard a > 0, Self.tu.lookup(b, words[a - 1].range) != nil,
                  TextScan.onlyBlanksBetween(b, words[a - 1].range.end, words[a].range.start),
                  z == a + 3, Self.den.lookup(b, words[a + 2].range)?.form == .lower,
                  TextScan.onlyBlanksBetween(b, words[a + 1].range.end, words[a + 2].range.start),
                  TextScan.onlyBlanksBetween(b, words[a + 2].range.end, words[z].range.start) else { continue }
            span.insert(a); span.insert(z)
        }
        for m in matches {
            let isSunday = m.phrase == 6
            // Wrong forms: `thứ hai` / `Thứ hai`; `chủ nhật` / `Chủ Nhật` (mid-sentence).
            if m.forms.contains(.upper) { continue }
            let target: [CaseForm]
            if isSunday {
                target = [.capitalized, .lower]
                if m.forms == target { continue }
            } else {
                guard m.forms[1] == .lower else { continue }
                target = [m.forms[0], .capitalized]
            }
            // `thứ hai` after a word that is not a weekday's (an ordinal:
            // `lần thứ hai, ngày 20 tháng 7`); `Chủ nhật` is no ordinal.
            if !isSunday, m.firstWord > 0, !span.contains(m.firstWord),
               TextScan.onlyBlanksBetween(b, words[m.firstWord - 1].range.end, words[m.firstWord].range.start),
               Self.beforeWeekday.lookup(b, words[m.firstWord - 1].range) == nil { continue }
            let last = m.firstWord + 1
            // A date must follow (`, ngày 12`, `ngày 12`, or `12/11`), or the
            // day is an end of a span.
            guard var (pos, c) = TextScan.nextNonBlank(b, from: words[last].range.end) ?? (span.contains(m.firstWord) ? (b.count, 0) : nil) else { continue }
            if c == 0x2C, let n = TextScan.nextNonBlank(b, from: pos + 1) { (pos, c) = n }
            var dated = span.contains(m.firstWord) || Bytes.isDigit(c) && Self.isDate(b, pos)
            if !dated, last + 1 < words.count, words[last + 1].range.start == pos, Self.ngay.lookup(b, words[last + 1].range) != nil,
               let (d0, d) = TextScan.nextNonBlank(b, from: words[last + 1].range.end), Bytes.isDigit(d) {
                dated = Self.isDate(b, d0)
            }
            guard dated else { continue }
            let p = Self.matcher.phrases[m.phrase]
            let edits = CaseFix.edits(words: words, firstWord: m.firstWord, official: p.official, forms: m.forms, target: target)
            let right = CaseFix.spelled(p.official, target)
            let wrong = CaseFix.written(b, words, m.firstWord, 2)
            context.report(TextRange(words[m.firstWord].range.start, words[last].range.end),
                           LocalizedText(vi: "Tên thứ trong tuần viết hoa: `\(wrong)` → `\(right)`", en: "Capitalise the weekday: `\(wrong)` → `\(right)`"),
                           fixes: [Fix(title: LocalizedText(vi: "Viết `\(right)`", en: "Write `\(right)`"), edits: edits, safety: .safe)])
        }
    }
}
