import VanBan

/// VB204 can-cu-format
///
/// What: a căn cứ line (or `Xét đề nghị …`, `Theo đề nghị …`) that does not
/// end with `;`, or, under NĐ 30/2020, a last one that does not end with `.`.
/// Why: NĐ 30/2020 Phụ lục I, II.6.a: "các căn cứ … xuống dòng, cuối dòng có
/// dấu chấm phẩy (;), dòng cuối cùng kết thúc bằng dấu chấm (.)". Under TT
/// 01/2011 the last căn cứ ended with a comma in practice, and legal
/// normative documents end it with `;` before the enacting sentence: for those
/// only the inner lines are checked.
/// Fix: safe, sets the final punctuation.
public struct CanCuFormat: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB204", name: "can-cu-format", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, mục II.6.a; Phụ lục III, Mẫu 1.2, 1.3",
        summary: LocalizedText(vi: "Căn cứ kết thúc bằng “;”, căn cứ cuối cùng bằng “.”", en: "Each căn cứ ends with “;”, the last with “.”"),
        explanation: LocalizedText(
            vi: "Mỗi căn cứ ban hành văn bản đặt trên một dòng, cuối dòng có dấu chấm phẩy; dòng cuối cùng (thường là `Theo đề nghị của …`) kết thúc bằng dấu chấm (NĐ 30/2020). Văn bản theo TT 01/2011 và văn bản quy phạm pháp luật chỉ được kiểm tra các dòng giữa. Sửa tự động an toàn.",
            en: "Each legal basis (căn cứ) stands on its own line ending with a semicolon; the last one (usually `Theo đề nghị của …`) ends with a period (NĐ 30/2020). Under TT 01/2011 and for legal normative documents only the inner lines are checked. Safe fix."),
        fixSafety: .safe,
        triggering: [RuleExample("QUYẾT ĐỊNH\nVề việc khen thưởng\n\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022,\nTheo đề nghị của Vụ trưởng Vụ Thi đua;\n\nQUYẾT ĐỊNH:\nĐiều 1. Khen thưởng.", violations: 2,
                                 fixed: "QUYẾT ĐỊNH\nVề việc khen thưởng\n\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nTheo đề nghị của Vụ trưởng Vụ Thi đua.\n\nQUYẾT ĐỊNH:\nĐiều 1. Khen thưởng.", regime: .nd30)],
        nonTriggering: [RuleExample("QUYẾT ĐỊNH\nVề việc khen thưởng\n\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nTheo đề nghị của Vụ trưởng Vụ Thi đua.\n\nQUYẾT ĐỊNH:\nĐiều 1. Khen thưởng.", regime: .nd30),
                        RuleExample("QUYẾT ĐỊNH\nVề việc khen thưởng\n\nCăn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003;\nXét đề nghị của Vụ trưởng Vụ Thi đua,\n\nQUYẾT ĐỊNH:\nĐiều 1. Khen thưởng.", regime: .tt01)])
    public func check(_ ctx: RuleContext) {
        let doc = ctx.document
        let items = doc.preamble
        guard !items.isEmpty else { return }
        // The last item is only known to be last when the enacting line follows it.
        let lastKnown = doc.enactingLine != nil
        for (k, item) in items.enumerated() {
            let isLast = k == items.count - 1
            let want: String
            if isLast {
                guard lastKnown, ctx.regime == .nd30 else { continue }
                want = "."
            } else {
                want = ";"
            }
            if item.terminator?.text == want { continue }
            // A căn cứ line that ends in the middle of a word was cut by the layout: leave it.
            guard let t = item.terminator else { continue }
            ctx.report(t.range, LocalizedText(vi: isLast ? "Căn cứ cuối cùng kết thúc bằng dấu chấm (.)." : "Mỗi căn cứ kết thúc bằng dấu chấm phẩy (;).",
                                              en: isLast ? "The last căn cứ ends with a period (.)." : "Each căn cứ ends with a semicolon (;)."),
                       fixes: [ctx.fix(t.range, want, LocalizedText(vi: "Đổi thành “\(want)”", en: "Change to “\(want)”"))])
        }
    }
}
