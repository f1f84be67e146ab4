import VanBan

/// VB305 noi-nhan-label
///
/// What: `Nơi nhận` without its colon, or written `NƠI NHẬN:`.
/// Why: NĐ 30/2020 Phụ lục I, II.9.d and mục V: `Nơi nhận:` in normal case
/// (bold italic, size 12) followed by a colon.
/// Fix: safe.
public struct NoiNhanLabel: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB305", name: "noi-nhan-label", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, mục II.9.d; mục V (dòng 8b)",
        summary: LocalizedText(vi: "Viết “Nơi nhận:” (chữ thường, có dấu hai chấm)", en: "Write “Nơi nhận:” (normal case, with a colon)"),
        explanation: LocalizedText(
            vi: "Từ `Nơi nhận` trình bày trên một dòng riêng, chữ in thường, sau có dấu hai chấm: `Nơi nhận:`. Sửa tự động an toàn.",
            en: "`Nơi nhận` stands on its own line, in normal case, followed by a colon: `Nơi nhận:`. Safe fix."),
        fixSafety: .safe,
        triggering: [RuleExample("Nội dung./.\n\nNơi nhận\n- Như trên;\n- Lưu: VT.", violations: 1, fixed: "Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT."),
                     RuleExample("Nội dung./.\n\nNƠI NHẬN:\n- Như trên;\n- Lưu: VT.", violations: 1, fixed: "Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.")],
        nonTriggering: [RuleExample("Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT."), RuleExample("Nội dung./.\n\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT.")])
    public func check(_ ctx: RuleContext) {
        guard let nn = ctx.document.noiNhan else { return }
        let written = ctx.text(nn.label.range)
        // Case variants only; OCR misreadings ("Noi nhận") are not a drafter's choice.
        if written != "Nơi nhận", written.lowercased() == "nơi nhận" {
            ctx.report(nn.label.range, LocalizedText(vi: "Viết “Nơi nhận” bằng chữ thường, không viết “\(written)”.", en: "Write “Nơi nhận” in normal case, not “\(written)”."),
                       fixes: [ctx.fix(nn.label.range, "Nơi nhận", LocalizedText(vi: "Viết “Nơi nhận”", en: "Write “Nơi nhận”"))])
        }
        if nn.colon == nil {
            ctx.report(nn.label.range, LocalizedText(vi: "Thiếu dấu hai chấm sau “Nơi nhận”.", en: "Missing colon after “Nơi nhận”."),
                       fixes: [ctx.fix(TextRange(nn.label.range.end, nn.label.range.end), ":", LocalizedText(vi: "Thêm dấu hai chấm", en: "Add the colon"))])
        }
    }
}
