import VanBan

/// VB404 citation-year-mismatch: the year inside a cited number must be the
/// year of the cited date (`30/2020/NĐ-CP ngày 05/3/2019` is wrong).
public struct CitationYearMismatch: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB404", name: "citation-year-mismatch", severity: .warning, appliesToNonDocuments: true,
        source: "Luật 80/2015 Điều 10.3; Luật 64/2025 Điều 7.3 (rules.md R-52: numbered per calendar year)",
        summary: LocalizedText(vi: "Năm trong số, ký hiệu khác năm của ngày ban hành được dẫn", en: "Year in the number differs from the year of the cited date"),
        explanation: LocalizedText(
            vi: "Văn bản quy phạm pháp luật được đánh số theo năm ban hành: năm trong số (`30/2020/NĐ-CP`) là năm của ngày ký. Nếu ngày được dẫn thuộc năm khác thì số hoặc ngày đã bị chép sai.",
            en: "Legal normative documents are numbered per year of issue: the year in the number (`30/2020/NĐ-CP`) is the year of signing. A cited date in another year means the number or the date was copied wrongly."),
        triggering: [RuleExample("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2019 của Chính phủ về công tác văn thư.", violations: 1)],
        nonTriggering: [RuleExample("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.")])

    public func check(_ context: RuleContext) {
        let cits = context.analysis.citations.citations
        for i in cits.indices where cits[i].form == .numbered {
            // (The form read in place: a citation is copied, a retain and a
            // release, only when numbered.)
            let c = cits[i]
            // (The years compared first: the number and the date field are
            // copied only for a finding.)
            guard let y = c.number?.year, let d = c.date, d.year != y, let f = c.dateField, let n = c.number else { continue }
            context.report(f.range, LocalizedText(vi: "Số \(n.normalized) mang năm \(y) nhưng ngày được dẫn là \(f.text) (năm \(d.year))",
                                                  en: "Number \(n.normalized) carries the year \(y) but the cited date is \(f.text) (\(d.year))"),
                           related: [RelatedLocation(range: n.range, message: LocalizedText(vi: "số, ký hiệu", en: "the number"))])
        }
    }
}
