import VanBan

/// VB405 citation-invalid-date: a cited date that does not exist
/// (`ngày 31/4/2020`, `ngày 29/02/2019`).
public struct CitationInvalidDate: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB405", name: "citation-invalid-date", severity: .error, appliesToNonDocuments: true,
        source: "NĐ 30/2020 Phụ lục I, II.6.b (rules.md R-21: the date of issue is part of a citation)",
        summary: LocalizedText(vi: "Ngày ban hành được dẫn không có thật", en: "Cited date does not exist"),
        explanation: LocalizedText(
            vi: "Ngày ban hành trong trích dẫn phải là một ngày có thật trên lịch (không có ngày 31 tháng 4, ngày 29 tháng 2 của năm không nhuận, tháng 13).",
            en: "The date of issue in a citation must exist on the calendar (no 31 April, no 29 February in a common year, no month 13)."),
        triggering: [RuleExample("Căn cứ Thông tư số 05/2019/TT-BNV ngày 31/4/2019 của Bộ Nội vụ về công tác văn thư.", violations: 1)],
        nonTriggering: [RuleExample("Căn cứ Thông tư số 05/2019/TT-BNV ngày 30/4/2019 của Bộ Nội vụ về công tác văn thư.")])

    public func check(_ context: RuleContext) {
        // (The date and the date field read in place: a citation is
        // copied, a retain and a release, only when it has a field and no date.)
        let cits = context.analysis.citations.citations
        for i in cits.indices where cits[i].date == nil && cits[i].dateFieldRange != nil {
            let c = cits[i]
            guard CitationChecks.hasFullDateField(c) else { continue }
            guard let f = c.dateField else { continue }
            context.report(f.range, LocalizedText(vi: "Ngày \"\(f.text)\" không có thật", en: "Date \"\(f.text)\" does not exist"))
        }
    }
}
