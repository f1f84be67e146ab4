import VanBan

/// VB309 noi-nhan-nhu-tren
///
/// What: a document sent to the addressees of its `Kính gửi` whose Nơi nhận
/// does not start with `- Như trên;`.
/// Why: NĐ 30/2020 Phụ lục I, II.9.d: for a công văn (and a tờ trình or báo
/// cáo sent upward) the first item is `Như trên`, standing for the addressees
/// of Kính gửi. Information: some offices list them again on purpose.
/// Fix: none.
public struct NoiNhanNhuTren: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB309", name: "noi-nhan-nhu-tren", severity: .info,
        source: "NĐ 30/2020 Phụ lục I, mục II.9.d",
        summary: LocalizedText(vi: "Nơi nhận của văn bản có “Kính gửi” bắt đầu bằng “- Như trên;”", en: "With “Kính gửi”, Nơi nhận starts with “- Như trên;”"),
        explanation: LocalizedText(
            vi: "Khi văn bản có phần `Kính gửi`, dòng đầu của phần Nơi nhận là `- Như trên;` (thay cho việc ghi lại các nơi đã kính gửi). Mức thông tin.",
            en: "When a document has a `Kính gửi` block, the first Nơi nhận line is `- Như trên;` (standing for the addressees). Information."),
        triggering: [RuleExample("Kính gửi: Bộ Nội vụ\n\nNội dung./.\n\nNơi nhận:\n- Bộ Nội vụ;\n- Lưu: VT.", violations: 1)],
        nonTriggering: [RuleExample("Kính gửi: Bộ Nội vụ\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT."), RuleExample("Nội dung./.\n\nNơi nhận:\n- Bộ Nội vụ;\n- Lưu: VT.")])
    public func check(_ ctx: RuleContext) {
        guard ctx.document.kinhGui != nil, let nn = ctx.document.noiNhan, let first = nn.items.first, nn.luuIndex != 0 else { return }
        let t = first.text.text.vbFolded
        guard !t.hasPrefix("như trên"), !t.hasPrefix("như điều"), !t.hasPrefix("nhu tren") else { return }
        ctx.report(first.range, LocalizedText(vi: "Văn bản có “Kính gửi”: dòng đầu của Nơi nhận thường là “- Như trên;”.", en: "With “Kính gửi”, the first Nơi nhận line is usually “- Như trên;”."))
    }
}
