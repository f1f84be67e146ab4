import VanBan

/// VB406 citation-date-after-document: a document cannot cite one issued
/// after itself.
public struct CitationDateAfterDocument: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB406", name: "citation-date-after-document", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, II.6.b (rules.md R-21)",
        summary: LocalizedText(vi: "Văn bản được dẫn có ngày sau ngày của chính văn bản", en: "Cited document is dated after the citing document"),
        explanation: LocalizedText(
            vi: "Một văn bản chỉ có thể dẫn văn bản đã ban hành trước hoặc cùng ngày với nó. Ngày dẫn muộn hơn ngày ban hành của văn bản thường là chép sai ngày (hoặc sai năm).",
            en: "A document can only cite documents issued on or before its own date. A later cited date is usually a mistyped day or year."),
        triggering: [RuleExample("SỞ NỘI VỤ\nSố: 1245/SNV-CCVC\nV/v báo cáo số lượng viên chức\n\nQuảng Ngãi, ngày 14 tháng 8 năm 2023\n\nKính gửi: Bộ Nội vụ\n\nThực hiện Công văn số 3812/BNV-CCVC ngày 20 tháng 9 năm 2023 của Bộ Nội vụ về việc báo cáo số lượng viên chức, Sở Nội vụ báo cáo như sau.\n", violations: 1),
                     RuleExample("BỘ NỘI VỤ\nSố: 15/QĐ-BNV\nHà Nội, ngày 10 tháng 3 năm 2021\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\n\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2022 của Chính phủ về công tác văn thư;\n", violations: 1)],
        nonTriggering: [RuleExample("BỘ NỘI VỤ\nSố: 15/QĐ-BNV\nHà Nội, ngày 10 tháng 3 năm 2021\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\n\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n")])

    public func check(_ context: RuleContext) {
        // (A text without a dated citation has nothing to compare.)
        let citations = context.analysis.citations.citations
        guard citations.contains(where: { $0.date != nil }), let own = CitationChecks.reliableOwnDate(context.document) else { return }
        for c in citations {
            guard let d = c.date, let f = c.dateField, d > own else { continue }
            // (The message is written when read: a long text may have hundreds
            // of findings.)
            context.report(f.range, LocalizedText(deferred: { lang in
                lang == .vi ? "Văn bản được dẫn ngày \(CitationChecks.bareDate(f.text)), sau ngày ban hành của văn bản này (\(own))"
                            : "The cited document is dated \(CitationChecks.bareDate(f.text)), after this document's own date (\(own))" }))
        }
    }
}
