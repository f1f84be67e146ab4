import VanBan

/// VB414 internal-reference-dangling: a reference to a unit of the document
/// itself that does not exist (`Điều 7` in a four-article text, `khoản 5
/// Điều 2` when Điều 2 has three khoản, `Như Điều 3` with no Điều 3).
public struct InternalReferenceDangling: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB414", name: "internal-reference-dangling", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, II.6 and II.9 (`Như Điều …` in Nơi nhận); rules.md R-24",
        summary: LocalizedText(vi: "Viện dẫn đến điều, khoản không có trong văn bản", en: "Reference to a unit the document does not have"),
        explanation: LocalizedText(
            vi: "Viện dẫn nội bộ (`Điều 3`, `khoản 2 Điều này`, `Như Điều 3` ở Nơi nhận) phải trỏ đến đơn vị có thật của văn bản; quy chế ban hành kèm theo có cách đánh số riêng. Chỉ báo khi các điều (khoản) của văn bản được đánh số liên tục và số được dẫn vượt quá số cuối cùng, với viện dẫn `… Điều này` và `Như Điều …` ở Nơi nhận; `Điều N` đứng trần trong nội dung thường thuộc văn bản khác nên không bị báo.",
            en: "An internal reference (`Điều 3`, `khoản 2 Điều này`, `Như Điều 3` in Nơi nhận) must point to a unit the document has; an attached regulation has its own numbering. Reported only when the units are numbered without gaps and the cited number is past the last, for `… Điều này` references and `Như Điều …` in Nơi nhận; a bare `Điều N` in running text usually belongs to another document and is not reported."),
        triggering: [RuleExample("BỘ NỘI VỤ\nSố: 15/QĐ-BNV\nHà Nội, ngày 10 tháng 3 năm 2021\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành Quy chế.\n1. Khoản một.\n2. Thực hiện theo khoản 3 Điều này.\nĐiều 2. Hiệu lực.\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n", violations: 2)],
        nonTriggering: [RuleExample("BỘ NỘI VỤ\nSố: 15/QĐ-BNV\nHà Nội, ngày 10 tháng 3 năm 2021\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành Quy chế.\n1. Khoản một.\n2. Thực hiện theo khoản 1 Điều này và Điều 7 Luật Tổ chức Chính phủ.\nĐiều 2. Hiệu lực.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n")])

    /// Whether a dangling unit of citation `c` is certain: relative to the
    /// enclosing article (`khoản 5 Điều này`) or `Như Điều N` in Nơi nhận.
    /// A bare `Điều N` in running text is not reported: in real documents it
    /// mostly belongs to a document named later in a list, to an amended
    /// text, or to a quoted article.
    func isCertain(_ doc: Document, _ c: Citation) -> Bool {
        if c.form == .deictic { return c.deixis?.text == "này" && c.units.last?.numberCount == 0 }
        guard c.form == .internalUnits, let nn = doc.noiNhan?.range, nn.start <= c.range.start && c.range.start < nn.end else { return false }
        return true
    }

    public func check(_ context: RuleContext) {
        let g = context.analysis.citations
        // (The resolutions read in place: nearly none has a dangling unit,
        // and a copy of one is a retain of its node's box and of its list.)
        for i in g.resolutions.indices where !g.resolutions[i].dangling.isEmpty && isCertain(context.document, g.citations[i]) {
            for d in g.resolutions[i].dangling {
                let c = g.citations[i]
                let u = c.units[d.unitIndex]
                let num = u.number(d.numberIndex)
                let what = u.keyword.text + " " + num.text
                let level = u.unit == .dieu ? LocalizedText(vi: "điều", en: "articles") : u.unit == .khoan ? LocalizedText(vi: "khoản", en: "clauses") : u.unit == .diem ? LocalizedText(vi: "điểm", en: "points") : LocalizedText(vi: u.keyword.text.lowercased(), en: "units")
                context.report(TextRange(u.keyword.range.start, num.range.end), LocalizedText(
                    vi: "\(what) không có trong văn bản (chỉ có \(d.available) \(level.vi))",
                    en: "\(what) does not exist in the document (it has \(d.available) \(level.en))"))
            }
        }
    }
}
