import VanBan

/// VB104 so-label-format
///
/// What: the number line does not start with `Số:`: the colon is missing
/// (`Số 15/QĐ-BNV`) or the word is in capitals (`SỐ:`).
/// Why: NĐ 30/2020 Phụ lục I, II.3: "từ Số được trình bày bằng chữ in thường,
/// sau từ Số có dấu hai chấm (:)".
/// Fix: safe, inserts the colon / rewrites `Số`.
public struct SoLabelFormat: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB104", name: "so-label-format", severity: .error,
        source: "NĐ 30/2020 Phụ lục I, mục II.3.a (TT 01/2011 Điều 8)",
        summary: LocalizedText(vi: "Dòng số, ký hiệu phải bắt đầu bằng “Số:”", en: "The number line must start with “Số:”"),
        explanation: LocalizedText(
            vi: "Từ “Số” viết chữ thường (chữ S hoa), theo sau là dấu hai chấm: `Số: 15/QĐ-BNV`. Sửa tự động an toàn: thêm dấu hai chấm hoặc viết lại “Số”.",
            en: "The word “Số” is in normal case and followed by a colon: `Số: 15/QĐ-BNV`. Safe fix: add the colon or rewrite “Số”."),
        fixSafety: .safe,
        triggering: [RuleExample("Số 15/QĐ-BNV", violations: 1, fixed: "Số: 15/QĐ-BNV"),
                     RuleExample("SỐ: 15/QĐ-BNV", violations: 1, fixed: "Số: 15/QĐ-BNV")],
        nonTriggering: [RuleExample("Số: 15/QĐ-BNV"), RuleExample("**Số: 2723/BTTTT-UDCNTT**"), RuleExample("Luật số: 80/2015/QH13")])
    public func check(_ ctx: RuleContext) {
        guard let n = ctx.document.header.number else { return }
        let label = ctx.text(n.label.range)
        // Only the word itself; OCR misreadings of it ("Sá:", "so:") are not a drafter's choice.
        guard label == "Số" || label == "SỐ" || label == "số" else { return }
        if label == "SỐ" {
            ctx.report(n.label.range, LocalizedText(vi: "Viết “Số” bằng chữ thường, không viết “SỐ”.", en: "Write “Số” in normal case, not “SỐ”."),
                       fixes: [ctx.fix(n.label.range, "Số", LocalizedText(vi: "Viết “Số”", en: "Write “Số”"))], severity: .warning)
        }
        if n.colon == nil {
            let at = TextRange(n.label.range.end, n.label.range.end)
            ctx.report(n.label.range, LocalizedText(vi: "Thiếu dấu hai chấm sau “Số”: viết “Số: \(n.number.normalized)”.",
                                                    en: "Missing colon after “Số”: write “Số: \(n.number.normalized)”."),
                       fixes: [ctx.fix(at, ":", LocalizedText(vi: "Thêm dấu hai chấm", en: "Add the colon"))])
        }
    }
}
