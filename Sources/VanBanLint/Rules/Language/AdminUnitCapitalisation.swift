import VanBan

/// VB507 caps-admin-units: `của Tỉnh Nam Định` → `của tỉnh Nam Định`, and
/// `quận 1` → `Quận 1`.
public struct AdminUnitCapitalisation: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB507", name: "caps-admin-units", severity: .warning, appliesToNonDocuments: true,
        source: "NĐ 30/2020 Phụ lục II, mục III.1",
        summary: LocalizedText(vi: "Danh từ chỉ đơn vị hành chính viết hoa trước tên riêng", en: "Administrative unit noun capitalised before a name"),
        explanation: LocalizedText(
            vi: "Danh từ chung chỉ đơn vị hành chính (`tỉnh`, `huyện`, `xã`, `phường`, `quận`, `thị xã`, `thị trấn`, `thành phố`) viết thường trước tên riêng: `tỉnh Nam Định`, `huyện Gia Lâm` (NĐ 30/2020 Phụ lục II, mục III.1). Ngoại lệ: tên là số hoặc tên người, sự kiện (`Quận 1`, `Phường Điện Biên Phủ`), và `Thành phố Hồ Chí Minh`, `Thủ đô Hà Nội`; cũng bỏ qua khi sau danh từ là họ tên người (từ ba âm tiết, bắt đầu bằng một họ phổ biến: `Ủy ban nhân dân Thành phố Bùi Xuân Cường`), và khi danh từ là một phần của từ khác (`Xã hội`, `Tỉnh ủy`, `Huyện đoàn`, `Xã đội`). Ngược lại, `quận`, `phường` viết thường trước số bị báo (`quận 1` → `Quận 1`), trừ khi số là số đếm hay danh sách (`mỗi phường 2 cán bộ`, `các quận 3, 5`). Quy tắc chỉ báo giữa câu (từ đứng trước viết thường), bỏ qua phần đầu văn bản, chữ ký, Nơi nhận. Sửa an toàn: đổi chữ hoa, thường.",
            en: "The common nouns of administrative units (`tỉnh`, `huyện`, `xã`, `phường`, `quận`, `thị xã`, `thị trấn`, `thành phố`) are lower case before a proper name: `tỉnh Nam Định`, `huyện Gia Lâm` (Decree 30/2020 Appendix II, III.1). Exceptions: names that are numbers or names of people or events (`Quận 1`, `Phường Điện Biên Phủ`), and `Thành phố Hồ Chí Minh`, `Thủ đô Hà Nội`; also skipped when a person's full name follows the noun (three syllables or more opening with a common family name: `Ủy ban nhân dân Thành phố Bùi Xuân Cường`), and when the noun is part of another word (`Xã hội`, `Tỉnh ủy`, `Huyện đoàn`, `Xã đội`). Conversely, `quận` and `phường` in lower case before a number are reported (`quận 1` → `Quận 1`), unless the number counts or lists (`mỗi phường 2 cán bộ`, `các quận 3, 5`). Reported only mid-sentence (the word before is lower case), outside the header, signature and Nơi nhận. Safe fix: change the case."),
        fixSafety: .safe,
        triggering: [RuleExample("Ủy ban nhân dân Tỉnh Nam Định báo cáo.", violations: 1, fixed: "Ủy ban nhân dân tỉnh Nam Định báo cáo."),
                     RuleExample("trên địa bàn Thị Xã Sơn Tây", violations: 1, fixed: "trên địa bàn thị xã Sơn Tây"),
                     RuleExample("tuần tra, kiểm soát tại quận 1 và phường 4", violations: 2, fixed: "tuần tra, kiểm soát tại Quận 1 và Phường 4")],
        nonTriggering: [RuleExample("Ủy ban nhân dân tỉnh Nam Định; tại Thành phố Hồ Chí Minh; Quận 1. Tỉnh Nam Định có"),
                        RuleExample("theo chỉ đạo của Phó Chủ tịch Ủy ban nhân dân Thành phố Bùi Xuân Cường tại cuộc họp"),
                        RuleExample("bình quân mỗi quận 12 phường, mỗi phường 2 cán bộ; các quận 3, 5 và 10"),
                        RuleExample("UBND TỈNH NAM ĐỊNH"),
                        RuleExample("gửi Bộ Lao động - Thương binh và Xã Hội và Tỉnh Ủy, Huyện Đoàn")])

    static let matcher = PhraseMatcher(["tỉnh", "huyện", "xã", "phường", "quận", "thị xã", "thị trấn", "thành phố"])
    static let hcm = Lexicon(["hồ"])

    public func check(_ context: RuleContext) {
        let b = context.clean
        let words = context.analysis.words
        var cursor = LineCursor(context.document)
        // The matches the loop reports from (most are in lower case: no forms array is made for them).
        let found = Self.matcher.matches(words: words, clean: b, hashes: context.analysis.wordHashes,
                                         starts: context.analysis.phraseStarts(for: Self.matcher)) { k, forms in
            (forms[0] == .lower && Self.isNumberedUnit(k)) || (forms[0] == .capitalized && forms.dropFirst().allSatisfy({ $0 != .upper }))
        }
        for m in found {
            if m.forms[0] == .lower, Self.isNumberedUnit(m.phrase) {
                reportNumbered(context, m, &cursor)
                continue
            }
            guard m.forms[0] == .capitalized, m.forms.dropFirst().allSatisfy({ $0 != .upper }) else { continue }
            let p = Self.matcher.phrases[m.phrase]
            let last = m.firstWord + p.ids.count - 1
            guard m.firstWord > 0, last + 1 < words.count else { continue }
            let prev = words[m.firstWord - 1], next = words[last + 1]
            // Mid-sentence: the previous word is lower case and adjacent on the line.
            guard !prev.isCapitalized, !prev.isAllCaps,
                  TextScan.onlyBlanksBetween(b, prev.range.end, words[m.firstWord].range.start) else { continue }
            // A proper name follows, capitalised (not all caps, not a number).
            guard next.isCapitalized, !next.isAllCaps || next.letterCount == 1,
                  TextScan.onlyBlanksBetween(b, words[last].range.end, next.range.start) else { continue }
            if m.phrase == 7, let h = Self.hcm.lookup(b, next.range), h.form == .capitalized { continue }
            // Not a unit but a word of its own: `Xã Hội` (society, in
            // `Thương binh và Xã hội`), `Tỉnh Ủy`, `Huyện Đoàn`, `Xã Đội`.
            if Self.compoundTails.lookup(b, next.range) != nil { continue }
            // A person's name: a unit named after one (`Huyện Trần Văn Thời`),
            // or an agency name ending in the unit's noun before its head's
            // name (`Chủ tịch Ủy ban nhân dân Thành phố Bùi Xuân Cường`).
            if PersonNames.isFullName(words, from: last + 1, clean: b) { continue }
            guard let line = cursor.line(at: words[m.firstWord].range.start), !line.kind.isConventionalBlock, line.kind != .title else { continue }
            let edits = CaseFix.edits(words: words, firstWord: m.firstWord, official: p.official, forms: m.forms,
                                      target: [CaseForm](repeating: .lower, count: p.ids.count))
            let wrong = CaseFix.written(b, words, m.firstWord, p.ids.count)
            let right = p.official.joined(separator: " ")
            let range = TextRange(words[m.firstWord].range.start, words[last].range.end)
            context.report(range, LocalizedText(vi: "Danh từ chỉ đơn vị hành chính viết thường trước tên riêng: `\(wrong)` → `\(right)`",
                                                en: "Administrative unit noun is lower case before a name: `\(wrong)` → `\(right)`"),
                           fixes: [Fix(title: LocalizedText(vi: "Viết `\(right)`", en: "Write `\(right)`"), edits: edits, safety: .safe)])
        }
    }

    /// Second syllables that make the unit's noun part of another word
    /// (`xã hội`, `tỉnh ủy`, `huyện đoàn`, `xã đội`, `tỉnh hội`).
    static let compoundTails = Lexicon(["hội", "ủy", "uỷ", "đoàn", "đội"])

    /// Whether unit `k` is `phường` or `quận`, the units whose names may be
    /// numbers (asked of every match).
    @inline(__always) static func isNumberedUnit(_ k: Int) -> Bool { k == 3 || k == 4 }
    /// Before these the noun is generic and the number a count or a list
    /// (`mỗi phường 2 cán bộ`, `các quận 3, 5 và 10`).
    static let quantifiers = Lexicon(["mỗi", "từng", "các", "những", "mọi", "cả", "một", "hai", "ba", "bốn", "năm", "mấy", "nhiều"])

    /// `quận 1` → `Quận 1`: a unit whose name is a number keeps its noun
    /// capitalised.
    private func reportNumbered(_ context: RuleContext, _ m: PhraseMatch, _ cursor: inout LineCursor) {
        let b = context.clean, words = context.analysis.words
        let w = words[m.firstWord]
        if m.firstWord > 0, Self.quantifiers.lookup(b, words[m.firstWord - 1].range) != nil { return }
        var k = w.range.end
        while k < b.count && b[k] == 0x20 { k += 1 }
        guard k > w.range.end, k - w.range.end <= 2, k < b.count, Bytes.isDigit(b[k]) else { return }
        var e = k
        while e < b.count && Bytes.isDigit(b[e]) { e += 1 }
        // Not a fraction or a date (`phường 1/2`).
        if e < b.count && (b[e] == UInt8(ascii: "/") || b[e] == UInt8(ascii: ".") && e + 1 < b.count && Bytes.isDigit(b[e + 1])) { return }
        guard let line = cursor.line(at: w.range.start), !line.kind.isConventionalBlock, line.kind != .title else { return }
        let p = Self.matcher.phrases[m.phrase]
        let right = TextScan.apply(.capitalized, to: p.official[0])
        let number = String(decoding: b[k..<e], as: UTF8.self)
        context.report(w.range, LocalizedText(vi: "Tên đơn vị hành chính là số: viết hoa danh từ chung: `\(p.official[0]) \(number)` → `\(right) \(number)`",
                                              en: "An administrative unit named by a number keeps its noun capitalised: `\(p.official[0]) \(number)` → `\(right) \(number)`"),
                       fixes: [Fix(title: LocalizedText(vi: "Viết `\(right)`", en: "Write `\(right)`"),
                                   edits: [TextEdit(range: w.range, replacement: right)], safety: .safe)])
    }
}
