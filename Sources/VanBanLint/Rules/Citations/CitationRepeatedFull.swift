import VanBan

/// VB408 citation-repeated-full: a later citation repeats the full form
/// (date, issuer) instead of type and number only.
public struct CitationRepeatedFull: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB408", name: "citation-repeated-full", severity: .info, appliesToNonDocuments: true,
        source: "NĐ 30/2020 Phụ lục I, II.6.b (rules.md R-22: repeat is info)",
        summary: LocalizedText(vi: "Lần dẫn sau nhắc lại đầy đủ", en: "Later citation repeats the full form"),
        explanation: LocalizedText(
            vi: "Từ lần dẫn thứ hai chỉ ghi tên loại và số, ký hiệu (`Nghị định số 64/2007/NĐ-CP`); ngày, cơ quan ban hành và trích yếu đã có ở lần đầu.",
            en: "From the second citation on, give only type and number (`Nghị định số 64/2007/NĐ-CP`); date, issuer and subject were given the first time."),
        triggering: [RuleExample("Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư. Theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ, văn bản phải có số.", violations: 1)],
        nonTriggering: [RuleExample("CHÍNH PHỦ\nSố: 09/2026/NĐ-CP\nHà Nội, ngày 12 tháng 01 năm 2026\n\nNGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều của Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư\n\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nTheo đề nghị của Bộ trưởng Bộ Nội vụ;\nChính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư.\n\nĐiều 1. Sửa đổi, bổ sung một số điều của Nghị định số 30/2020/NĐ-CP\n"),
                        RuleExample("Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư. Theo Nghị định số 30/2020/NĐ-CP, văn bản phải có số.")])

    public func check(_ context: RuleContext) {
        let g = context.analysis.citations
        // (The two ranges read once, the documents in place: copying the
        // title block or a `CitedDocument` retains each of its strings.)
        let subject = context.document.title?.subject?.range, enacting = context.document.enactingLine?.range
        for di in g.documents.indices {
            let d = (first: g.documents[di].first, mentions: g.documents[di].mentions)
            var sawFull = false
            for m in d.mentions {
                let c = g.citations[m]
                // The title and the enacting clause ("Chính phủ ban hành Nghị
                // định sửa đổi, bổ sung … Nghị định số … ngày …") name the
                // document in full as the form requires: neither counts.
                if Self.repeatsTheTitle(subject, enacting, c.range.start) { continue }
                let full = c.date != nil && c.issuerRange != nil
                // Tables of documents repeat the full form on purpose.
                if full && sawFull, !CitationChecks.inTable(context.document, c.range.start), let from = c.number?.range.end ?? c.name?.range.end {
                    // (The message is written when read: this rule has many findings.)
                    context.report(TextRange(from, c.range.end), LocalizedText(deferred: { lang in
                        lang == .vi ? "\(CitationChecks.label(c)) đã được dẫn đầy đủ ở trên; lần sau chỉ ghi tên loại và số, ký hiệu"
                                    : "\(CitationChecks.label(c)) was cited in full above; later citations give type and number only" }),
                        related: [RelatedLocation(range: g.citations[d.first].range, message: LocalizedText(vi: "lần dẫn đầu tiên", en: "first citation"))])
                }
                if full { sawFull = true }
            }
        }
    }

    /// Whether `offset` is in the title's subject or the enacting line.
    static func repeatsTheTitle(_ subject: TextRange?, _ enacting: TextRange?, _ offset: Int) -> Bool {
        if let s = subject, s.start <= offset && offset < s.end { return true }
        if let e = enacting, e.start <= offset && offset < e.end { return true }
        return false
    }
}
