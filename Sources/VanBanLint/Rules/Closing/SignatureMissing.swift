import VanBan

/// VB304 signature-missing
///
/// What: a document with a Nơi nhận block but no signature block (title and name).
/// Why: NĐ 30/2020 Điều 8.2.g: a document carries the signer's title, name and
/// signature. A text-only check sees the title and name lines only.
/// Fix: none.
public struct SignatureMissing: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB304", name: "signature-missing", severity: .warning,
        source: "NĐ 30/2020 Điều 8 khoản 2 điểm g; Phụ lục I, mục II.7",
        summary: LocalizedText(vi: "Thiếu chức vụ, họ tên người ký", en: "Missing the signer's title and name"),
        explanation: LocalizedText(
            vi: "Văn bản phải có chức vụ, họ tên và chữ ký của người có thẩm quyền (ví dụ `KT. BỘ TRƯỞNG` / `THỨ TRƯỞNG` / `Nguyễn Văn A`). Quy tắc báo khi văn bản có phần Nơi nhận mà không thấy khối chữ ký. Mức cảnh báo vì văn bản trích xuất thường mất cột chữ ký.",
            en: "A document carries the competent signer's title, name and signature (e.g. `KT. BỘ TRƯỞNG` / `THỨ TRƯỞNG` / `Nguyễn Văn A`). The rule fires when a document has a Nơi nhận block but no signature block. A warning, because extracted text often loses the signature column."),
        triggering: [RuleExample("Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.", violations: 1)],
        nonTriggering: [RuleExample("BỘ NỘI VỤ\nSố: 15/BNV-VP\nV/v công tác văn thư\nHà Nội, ngày 10 tháng 3 năm 2021\n\nKính gửi: Các đơn vị\n\nNội dung./.\n\n| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT, VP. | **KT. BỘ TRƯỞNG**<br>**THỨ TRƯỞNG**<br><br>**Nguyễn Văn A** |\n|---|---|\n"),
                        RuleExample("Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn A")])
    public func check(_ ctx: RuleContext) {
        let doc = ctx.document
        guard doc.signature == nil, let nn = doc.noiNhan, !ClosingRules.endBlockInCellWithBreaks(doc) else { return }
        ctx.report(nn.label.range, LocalizedText(vi: "Không thấy chức vụ và họ tên người ký (ví dụ “KT. BỘ TRƯỞNG / THỨ TRƯỞNG / Nguyễn Văn A”).",
                                                 en: "No signer's title and name found (e.g. “KT. BỘ TRƯỞNG / THỨ TRƯỞNG / Nguyễn Văn A”)."))
    }
}
