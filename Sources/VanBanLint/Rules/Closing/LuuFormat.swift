import VanBan

/// VB307 luu-format
///
/// What: the last Nơi nhận line is not `- Lưu: VT, <unit>.`: the colon is
/// missing (`- Lưu VT, UDCNTT.`), `VT` is missing (`- Lưu: Văn thư.`), or it
/// does not end with a period.
/// Why: NĐ 30/2020 Phụ lục I, II.9.d (ô 9b): "Lưu: VT, … (viết tắt tên đơn vị
/// soạn thảo, số lượng bản lưu nếu cần)".
/// Fix: safe for the colon and the period.
public struct LuuFormat: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB307", name: "luu-format", severity: .error,
        source: "NĐ 30/2020 Phụ lục I, mục II.9.d (ô 9b); TT 01/2011 Điều 15",
        summary: LocalizedText(vi: "Dòng lưu viết đúng dạng “- Lưu: VT, …”", en: "The filing line reads “- Lưu: VT, …”"),
        explanation: LocalizedText(
            vi: "Dòng cuối của phần Nơi nhận là `- Lưu: VT, <chữ viết tắt đơn vị soạn thảo> (số bản nếu cần).`: có dấu hai chấm sau `Lưu`, có `VT` (văn thư), kết thúc bằng dấu chấm. Thiếu dấu hai chấm hoặc thiếu `VT` là lỗi; dấu câu cuối sai là cảnh báo. Sửa tự động an toàn cho dấu hai chấm và dấu chấm.",
            en: "The last Nơi nhận line is `- Lưu: VT, <drafting unit> (copies if needed).`: a colon after `Lưu`, `VT` (the records office), a final period. A missing colon or `VT` is an error; wrong final punctuation a warning. Safe fix for the colon and the period."),
        fixSafety: .safe,
        triggering: [RuleExample("Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu VT, UDCNTT.", violations: 1, fixed: "Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, UDCNTT."),
                     RuleExample("Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TCCB;", violations: 1, fixed: "Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TCCB."),
                     RuleExample("Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: Văn thư.", violations: 1)],
        nonTriggering: [RuleExample("Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TCCB."), RuleExample("Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, UDCNTT (02b)."),
                        RuleExample("Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.")])
    public func check(_ ctx: RuleContext) {
        guard let luu = ctx.document.noiNhan?.luu else { return }
        let b = ctx.clean
        let t = luu.text.range
        // Only the word itself ("Lưu", 4 bytes); OCR misreadings the parser
        // tolerates ("Luu", "Lan") are not a drafter's choice.
        guard t.end - t.start >= 4, ctx.document.cleanText(TextRange(t.start, t.start + 4)) == "Lưu" else { return }
        let kw = 4
        var i = t.start + kw
        while i < t.end && Bytes.isBlank(b[i]) { i += 1 }
        var missingColon = false
        if i < t.end && b[i] == UInt8(ascii: ":") { i += 1 }
        else if i < t.end && (b[i] == UInt8(ascii: ";") || b[i] == UInt8(ascii: ",") || b[i] == UInt8(ascii: ".")) {
            // "- Lưu; VT." — a colon mistyped.
            let r = TextRange(i, i + 1)
            ctx.report(r, LocalizedText(vi: "Sau “Lưu” là dấu hai chấm, không phải “\(ctx.text(r))”.", en: "“Lưu” is followed by a colon, not “\(ctx.text(r))”."),
                       fixes: [ctx.fix(r, ":", LocalizedText(vi: "Đổi thành dấu hai chấm", en: "Change to a colon"))])
            i += 1
        } else { missingColon = true }
        while i < t.end && Bytes.isBlank(b[i]) { i += 1 }
        let rest = ctx.document.cleanText(TextRange(i, t.end))
        if missingColon {
            let at = TextRange(t.start + kw, t.start + kw)
            ctx.report(luu.range, LocalizedText(vi: "Thiếu dấu hai chấm sau “Lưu”: viết “- Lưu: \(rest).”.", en: "Missing colon after “Lưu”: write “- Lưu: \(rest).”."),
                       fixes: [ctx.fix(at, ":", LocalizedText(vi: "Thêm dấu hai chấm", en: "Add the colon"))])
        }
        if !(rest.hasPrefix("VT") && (rest.count == 2 || !(rest.dropFirst(2).first?.isLetter ?? false))) {
            ctx.report(luu.range, LocalizedText(vi: "Dòng lưu phải ghi “VT” (văn thư) trước đơn vị soạn thảo: “- Lưu: VT, …”.", en: "The filing line names “VT” (records office) first: “- Lưu: VT, …”."))
        }
        if luu.terminator?.text != "." {
            let r = luu.terminator?.range ?? TextRange(t.end, t.end)
            ctx.report(r.isEmpty ? luu.range : r, LocalizedText(vi: "Dòng lưu kết thúc bằng dấu chấm (.).", en: "The filing line ends with a period (.)."),
                       fixes: [ctx.fix(r, ".", LocalizedText(vi: "Kết thúc bằng dấu chấm", en: "End with a period"))], severity: .warning)
        }
    }
}
