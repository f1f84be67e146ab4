import VanBan

/// VB203 kinh-gui-format
///
/// What: `Kính gửi` without a colon; with several addressees, items not
/// starting with `-`, items (but the last) not ending with `;`, the last not
/// ending with `.`.
/// Why: NĐ 30/2020 Phụ lục I, II.9.b and the legend of ô 9a.
/// Fix: safe (colon, marker and final punctuation).
public struct KinhGuiFormat: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB203", name: "kinh-gui-format", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, mục II.9.b; mục IV (ô 9a)",
        summary: LocalizedText(vi: "“Kính gửi:” và danh sách nơi gửi viết sai dạng", en: "“Kính gửi:” or its list malformed"),
        explanation: LocalizedText(
            vi: "Sau `Kính gửi` có dấu hai chấm. Gửi một nơi: ghi cùng dòng (`Kính gửi: Bộ Nội vụ`). Gửi nhiều nơi: mỗi nơi một dòng, bắt đầu bằng gạch đầu dòng (-), cuối dòng có dấu chấm phẩy, dòng cuối cùng có dấu chấm. Sửa tự động an toàn.",
            en: "`Kính gửi` is followed by a colon. One addressee: on the same line (`Kính gửi: Bộ Nội vụ`). Several: one per line, each starting with a hyphen, ending with a semicolon, the last with a period. Safe fix."),
        fixSafety: .safe,
        triggering: [RuleExample("Kính gửi Bộ Nội vụ", violations: 1, fixed: "Kính gửi: Bộ Nội vụ"),
                     RuleExample("Kính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính;", violations: 1, fixed: "Kính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính."),
                     RuleExample("Kính gửi:\n- Bộ Nội vụ\n+ Bộ Tài chính.", violations: 2, fixed: "Kính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính.")],
        nonTriggering: [RuleExample("Kính gửi: Bộ Nội vụ"), RuleExample("Kính gửi:\n- Bộ Nội vụ;\n- Bộ Kế hoạch và Đầu tư;\n- Bộ Tài chính.")])
    public func check(_ ctx: RuleContext) {
        guard let kg = ctx.document.kinhGui else { return }
        if kg.colon == nil {
            let at = TextRange(kg.label.range.end, kg.label.range.end)
            ctx.report(kg.label.range, LocalizedText(vi: "Thiếu dấu hai chấm sau “Kính gửi”.", en: "Missing colon after “Kính gửi”."),
                       fixes: [ctx.fix(at, ":", LocalizedText(vi: "Thêm dấu hai chấm", en: "Add the colon"))])
        }
        let list = kg.items.filter { $0.marker != nil }
        guard list.count >= 2 else { return }
        for (k, item) in list.enumerated() {
            var edits: [TextEdit] = []
            var problems: [String] = [], problemsEN: [String] = []
            if let m = item.marker, m.text != "-" {
                edits.append(TextEdit(range: m.range, replacement: "-"))
                problems.append("bắt đầu bằng “-”"); problemsEN.append("start with “-”")
            }
            let want = k == list.count - 1 ? "." : ";"
            if item.terminator?.text != want {
                let r = item.terminator?.range ?? TextRange(item.text.range.end, item.text.range.end)
                edits.append(TextEdit(range: r, replacement: want))
                problems.append("kết thúc bằng “\(want)”"); problemsEN.append("end with “\(want)”")
            }
            guard !edits.isEmpty else { continue }
            ctx.report(item.range, LocalizedText(vi: "Dòng nơi gửi phải " + problems.joined(separator: " và ") + ".",
                                                 en: "An addressee line must " + problemsEN.joined(separator: " and ") + "."),
                       fixes: [Fix(title: LocalizedText(vi: "Sửa dòng nơi gửi", en: "Fix the addressee line"), edits: edits, safety: .safe)])
        }
    }
}
