import VanBan

/// VB208 end-mark
///
/// What: the body does not end with `./.`.
/// Why: every template of NĐ 30/2020 Phụ lục III and the decree itself end the
/// body with `./.`, but no sentence of the decree requires it: a convention,
/// so this is only information.
/// Fix: safe, appends `./.` after the last sentence's period.
public struct EndMark: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB208", name: "end-mark", severity: .info,
        source: "NĐ 30/2020 Phụ lục III (Mẫu 1.1–3.2) — quy ước, không phải quy định",
        summary: LocalizedText(vi: "Nội dung văn bản nên kết thúc bằng “./.”", en: "The body customarily ends with “./.”"),
        explanation: LocalizedText(
            vi: "Các mẫu văn bản tại Phụ lục III Nghị định 30/2020 đều kết thúc phần nội dung bằng dấu `./.` ngay sau câu cuối. Đây là quy ước, không phải quy định, nên chỉ ở mức thông tin. Sửa tự động an toàn: thêm `/.` sau dấu chấm cuối.",
            en: "Every template of Phụ lục III of Decree 30/2020 ends the body with `./.` right after the last sentence. A convention rather than a rule, hence information only. Safe fix: append `/.` after the final period."),
        fixSafety: .safe,
        triggering: [RuleExample("Số: 05/BNV-VP\nV/v góp ý\n\nBộ Nội vụ đề nghị Quý cơ quan góp ý.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.", violations: 1,
                                 fixed: "Số: 05/BNV-VP\nV/v góp ý\n\nBộ Nội vụ đề nghị Quý cơ quan góp ý./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.")],
        nonTriggering: [RuleExample("Số: 05/BNV-VP\nV/v góp ý\n\nBộ Nội vụ đề nghị Quý cơ quan góp ý./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.")])
    public func check(_ ctx: RuleContext) {
        let doc = ctx.document
        guard doc.endMarks.isEmpty, let closing = doc.noiNhan?.range.start ?? doc.signature?.range.start else { return }
        // The last content line before the closing blocks.
        guard let last = doc.lines.last(where: { $0.trimmed.end <= closing && !$0.trimmed.isEmpty && ($0.kind == .paragraph || $0.kind == .heading || $0.kind == .listItem) }) else { return }
        let r = last.trimmed
        var fixes: [Fix] = []
        if ctx.clean[r.end - 1] == UInt8(ascii: ".") {
            fixes = [ctx.fix(TextRange(r.end, r.end), "/.", LocalizedText(vi: "Thêm “/.”", en: "Append “/.”"))]
        }
        ctx.report(r, LocalizedText(vi: "Nội dung văn bản thường kết thúc bằng “./.” ngay sau câu cuối.", en: "The body customarily ends with “./.” right after the last sentence."), fixes: fixes)
    }
}
