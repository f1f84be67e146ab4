import VanBan

/// VB202 vv-format
///
/// What: the công văn's subject marker is not `V/v` (`V/V`, `v/v`, `Về việc`).
/// Why: NĐ 30/2020 Phụ lục I, II.5.b: "trích yếu nội dung công văn … sau chữ
/// V/v". Fix: safe, writes `V/v`.
public struct VvFormat: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB202", name: "vv-format", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, mục II.5.b",
        summary: LocalizedText(vi: "Trích yếu công văn bắt đầu bằng “V/v”", en: "A công văn's subject starts with “V/v”"),
        explanation: LocalizedText(
            vi: "Trích yếu nội dung công văn đặt dưới số, ký hiệu, bắt đầu bằng `V/v` (V hoa, v thường): `V/v nâng bậc lương năm 2019`, không viết `Về việc` (cách viết trích yếu của quyết định). Sửa tự động an toàn.",
            en: "A công văn's subject sits under its number and starts with `V/v` (capital V, small v): `V/v nâng bậc lương năm 2019`, not `Về việc` (a quyết định's form). Safe fix."),
        fixSafety: .safe,
        triggering: [RuleExample("Số: 05/BNV-VP\nV/V nâng bậc lương năm 2019", violations: 1, fixed: "Số: 05/BNV-VP\nV/v nâng bậc lương năm 2019"),
                     RuleExample("Số: 05/BNV-VP\nv/v nâng bậc lương năm 2019", violations: 1, fixed: "Số: 05/BNV-VP\nV/v nâng bậc lương năm 2019"),
                     RuleExample("Số: 05/BNV-VP\nVề việc nâng bậc lương năm 2019", violations: 1, fixed: "Số: 05/BNV-VP\nV/v nâng bậc lương năm 2019")],
        nonTriggering: [RuleExample("Số: 05/BNV-VP\nV/v nâng bậc lương năm 2019"),
                        RuleExample("Số: 05/QĐ-BNV\n\nQUYẾT ĐỊNH\nVề việc nâng bậc lương năm 2019")])
    public func check(_ ctx: RuleContext) {
        guard let vv = ctx.document.title?.vv else { return }
        // `Về việc …` under the number of a công văn (the parser reads it as
        // the V/v line only there, with no type name).
        if vv.range.end - vv.range.start > 4, case let written = ctx.text(vv.range), written.lowercased().hasPrefix("về") {
            ctx.report(vv.range, LocalizedText(vi: "Trích yếu công văn viết sau “V/v”, không viết “\(written)”.", en: "A công văn's subject follows “V/v”, not “\(written)”."),
                       fixes: [ctx.fix(vv.range, "V/v", LocalizedText(vi: "Viết “V/v”", en: "Write “V/v”"))])
            return
        }
        let r = TextRange(vv.range.start, vv.range.start + 3)
        guard r.end <= ctx.source.count else { return }
        let written = ctx.text(r)
        // Only the casings of "V/v"; OCR misreadings ("Viv", "VW") are not a drafter's choice.
        guard written != "V/v", ["V/V", "v/v", "v/V"].contains(written) else { return }
        ctx.report(r, LocalizedText(vi: "Viết “V/v”, không viết “\(written)”.", en: "Write “V/v”, not “\(written)”."),
                   fixes: [ctx.fix(r, "V/v", LocalizedText(vi: "Viết “V/v”", en: "Write “V/v”"))])
    }
}
