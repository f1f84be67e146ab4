import VanBan

/// VB411 citation-unit-comma: no comma between the units of a reference or
/// between the units and the document (`Điều 46, Nghị định số …`).
public struct CitationUnitComma: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB411", name: "citation-unit-comma", severity: .info, appliesToNonDocuments: true,
        source: "NĐ 34/2016 Điều 75.4 (rules.md R-24: comma is info); NĐ 30/2020 Phụ lục II, V.7 (examples)",
        summary: LocalizedText(vi: "Dấu phẩy giữa đơn vị được viện dẫn và văn bản", en: "Comma between a cited unit and the document"),
        explanation: LocalizedText(
            vi: "Viện dẫn viết liền, không có dấu phẩy: `Điều 46 Nghị định số 64/2007/NĐ-CP`, không viết `Điều 46, Nghị định số 64/2007/NĐ-CP`. Sửa: xóa dấu phẩy.",
            en: "A reference runs without commas: `Điều 46 Nghị định số 64/2007/NĐ-CP`, not `Điều 46, Nghị định số 64/2007/NĐ-CP`. Fix: remove the comma."),
        fixSafety: .safe,
        triggering: [RuleExample("Như quy định tại Điều 46, Nghị định số 64/2007/NĐ-CP.", violations: 1, fixed: "Như quy định tại Điều 46 Nghị định số 64/2007/NĐ-CP.")],
        nonTriggering: [RuleExample("Như quy định tại Điều 46 Nghị định số 64/2007/NĐ-CP.")])

    public func check(_ context: RuleContext) {
        // Only a citation with a comma can be reported: that test first
        // (the editorial-note test reads back up to 400 bytes).
        // (The separators counted in place: a citation is copied, a retain
        // and a release, only when it has one.)
        let cits = context.analysis.citations.citations
        for i in cits.indices where !cits[i].separators.isEmpty && !CitationChecks.inEditorialNote(context.clean, cits[i].range.start) {
            let c = cits[i]
            for s in c.separators {
                // (The message is written when read.)
                context.report(s, LocalizedText(deferred: { lang in
                    let what = CitationChecks.label(c)
                    if what.isEmpty { return lang == .vi ? "Không dùng dấu phẩy giữa các đơn vị được viện dẫn" : "No comma between the cited units" }
                    return lang == .vi ? "Không dùng dấu phẩy trong viện dẫn \"\(what)\"" : "No comma inside the reference to \"\(what)\""
                }),
                               fixes: [context.fix(s, "", LocalizedText(vi: "Xóa dấu phẩy", en: "Remove the comma"))])
            }
        }
    }
}
