import VanBan

/// VB308 luu-missing
///
/// What: a Nơi nhận block without the final `- Lưu: VT, …` line.
/// Why: NĐ 30/2020 Phụ lục I, II.9.d: the list ends with the filing line.
/// Fix: none (the drafting unit's abbreviation is the agency's).
public struct LuuMissing: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB308", name: "luu-missing", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, mục II.9.d (ô 9b)",
        summary: LocalizedText(vi: "Phần Nơi nhận thiếu dòng “- Lưu: VT, …”", en: "Nơi nhận lacks the “- Lưu: VT, …” line"),
        explanation: LocalizedText(
            vi: "Phần Nơi nhận kết thúc bằng dòng lưu văn bản `- Lưu: VT, <đơn vị soạn thảo>.`.",
            en: "The Nơi nhận list ends with the filing line `- Lưu: VT, <drafting unit>.`."),
        triggering: [RuleExample("Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Bộ Tài chính;", violations: 1)],
        nonTriggering: [RuleExample("BỘ NỘI VỤ\nSố: 15/BNV-VP\nV/v công tác văn thư\nHà Nội, ngày 10 tháng 3 năm 2021\n\nKính gửi: Các đơn vị\n\nNội dung./.\n\n| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT, VP. | **KT. BỘ TRƯỞNG**<br>**THỨ TRƯỞNG**<br><br>**Nguyễn Văn A** |\n|---|---|\n"),
                        RuleExample("Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.")])
    public func check(_ ctx: RuleContext) {
        guard let nn = ctx.document.noiNhan, nn.luuIndex == nil, !nn.items.isEmpty, !ClosingRules.endBlockInCellWithBreaks(ctx.document) else { return }
        ctx.report(nn.label.range, LocalizedText(vi: "Thiếu dòng “- Lưu: VT, …” ở cuối phần Nơi nhận.", en: "Missing the “- Lưu: VT, …” line at the end of Nơi nhận."))
    }
}
