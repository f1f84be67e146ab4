import VanBan

/// VB306 noi-nhan-items
///
/// What: a Nơi nhận item that does not start with `-` (`+ Bộ Tài chính;`) or
/// does not end with `;`.
/// Why: NĐ 30/2020 Phụ lục I, II.9.d: each recipient or group of recipients on
/// its own line, starting with a hyphen, ending with a semicolon; the last line
/// is the `- Lưu: …` line (VB307).
/// Fix: safe.
public struct NoiNhanItems: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB306", name: "noi-nhan-items", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, mục II.9.d",
        summary: LocalizedText(vi: "Mỗi nơi nhận bắt đầu bằng “-”, kết thúc bằng “;”", en: "Each recipient starts with “-” and ends with “;”"),
        explanation: LocalizedText(
            vi: "Tên mỗi cơ quan, tổ chức, đơn vị, cá nhân hoặc nhóm nhận văn bản trình bày trên một dòng riêng, đầu dòng có gạch đầu dòng (-), cuối dòng có dấu chấm phẩy; dòng cuối cùng là `- Lưu: VT, …` kết thúc bằng dấu chấm. Sửa tự động an toàn.",
            en: "Each recipient (or group) stands on its own line starting with a hyphen and ending with a semicolon; the last line is `- Lưu: VT, …` ending with a period. Safe fix."),
        fixSafety: .safe,
        triggering: [RuleExample("Nội dung./.\n\nNơi nhận:\n+ Như trên;\n- Bộ Tài chính\n- Lưu: VT.", violations: 2, fixed: "Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Bộ Tài chính;\n- Lưu: VT.")],
        nonTriggering: [RuleExample("Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Bộ Tài chính;\n- Lưu: VT, TCCB.")])
    public func check(_ ctx: RuleContext) {
        guard let nn = ctx.document.noiNhan else { return }
        for (k, item) in nn.items.enumerated() where k != nn.luuIndex {
            // Only items before the Lưu line (what follows is other text glued by the layout).
            if let li = nn.luuIndex, k > li { continue }
            var edits: [TextEdit] = []
            var vi: [String] = [], en: [String] = []
            // "+", "•", "–" are a drafter's choice; "~" is an OCR misreading of "-".
            // (Read on the bytes, `FieldBytes`: the marker and the item's
            // text are the clean view's, the terminator is the one byte
            // under its range.)
            let b = ctx.clean
            if let m = item.marker, !FieldBytes.equals(b, m.range, "-"), !FieldBytes.equals(b, m.range, "~") {
                edits.append(TextEdit(range: m.range, replacement: "-")); vi.append("bắt đầu bằng “-”"); en.append("start with “-”")
            }
            if item.text.range.isEmpty { continue }
            let terminator = item.terminator?.range
            if terminator.map({ FieldBytes.equals(b, $0, ";") }) != true {
                // A group header ending with ":" ("- VPCP: BTCN, các PCN") keeps its colon.
                if terminator.map({ FieldBytes.equals(b, $0, ":") }) == true { continue }
                let r = item.terminator?.range ?? TextRange(item.text.range.end, item.text.range.end)
                edits.append(TextEdit(range: r, replacement: ";")); vi.append("kết thúc bằng “;”"); en.append("end with “;”")
            }
            guard !edits.isEmpty else { continue }
            ctx.report(item.range, LocalizedText(vi: "Dòng nơi nhận phải " + vi.joined(separator: " và ") + ".", en: "A recipient line must " + en.joined(separator: " and ") + "."),
                       fixes: [Fix(title: LocalizedText(vi: "Sửa dòng nơi nhận", en: "Fix the recipient line"), edits: edits, safety: .safe)])
        }
    }
}
