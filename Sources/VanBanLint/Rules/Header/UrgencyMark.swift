import VanBan

/// VB114 urgency-mark
///
/// What: an urgency mark that is not one of `HỎA TỐC`, `THƯỢNG KHẨN`, `KHẨN`
/// (`RẤT KHẨN`; `HỎA TỐC HẸN GIỜ` after 2020), or a mark not in capitals.
/// Why: NĐ 30/2020 Phụ lục I, III.2: three urgency levels, in capitals, bold.
/// Fix: safe for the case; none for the level.
public struct UrgencyMark: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB114", name: "urgency-mark", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, mục III.2",
        summary: LocalizedText(vi: "Dấu chỉ mức độ khẩn, mật viết sai", en: "Urgency or secrecy mark miswritten"),
        explanation: LocalizedText(
            vi: "Mức độ khẩn gồm `HỎA TỐC`, `THƯỢNG KHẨN`, `KHẨN`; mức độ mật gồm `TUYỆT MẬT`, `TỐI MẬT`, `MẬT`; viết chữ in hoa, đậm. `RẤT KHẨN` không phải một mức độ khẩn; `HỎA TỐC HẸN GIỜ` chỉ có trước năm 2020 (độ tin cậy thấp: thông tin). Sửa chữ hoa tự động an toàn.",
            en: "Urgency levels are `HỎA TỐC`, `THƯỢNG KHẨN`, `KHẨN`; secrecy levels `TUYỆT MẬT`, `TỐI MẬT`, `MẬT`; in bold capitals. `RẤT KHẨN` is no level; `HỎA TỐC HẸN GIỜ` existed only before 2020 (low confidence: information). The case fix is safe."),
        fixSafety: .safe,
        triggering: [RuleExample("RẤT KHẨN\nSố: 05/BNV-VP\nV/v triển khai", violations: 1),
                     RuleExample("Hỏa tốc\nSố: 05/BNV-VP\nV/v triển khai", violations: 1, fixed: "HỎA TỐC\nSố: 05/BNV-VP\nV/v triển khai")],
        nonTriggering: [RuleExample("HỎA TỐC\nSố: 05/BNV-VP\nV/v triển khai"), RuleExample("THƯỢNG KHẨN\nSố: 05/BNV-VP\nV/v triển khai")])
    public func check(_ ctx: RuleContext) {
        for mark in [ctx.document.header.urgency, ctx.document.header.secrecy].compactMap({ $0 }) {
            let written = ctx.document.cleanText(mark.range)
            let up = written.vbUpper
            if up == "RẤT KHẨN" {
                ctx.report(mark.range, LocalizedText(vi: "“RẤT KHẨN” không phải mức độ khẩn; dùng “HỎA TỐC”, “THƯỢNG KHẨN” hoặc “KHẨN”.",
                                                     en: "“RẤT KHẨN” is no urgency level; use “HỎA TỐC”, “THƯỢNG KHẨN” or “KHẨN”."))
                continue
            }
            if up == "HỎA TỐC HẸN GIỜ" && ctx.regime == .nd30 {
                ctx.report(mark.range, LocalizedText(vi: "Nghị định 30/2020 chỉ quy định “HỎA TỐC”, “THƯỢNG KHẨN”, “KHẨN”.",
                                                     en: "Decree 30/2020 defines only “HỎA TỐC”, “THƯỢNG KHẨN”, “KHẨN”."), severity: .info)
                continue
            }
            if written.hasLowercase {
                let fixedText = up == written.uppercased() ? written.uppercased() : up
                ctx.report(mark.range, LocalizedText(vi: "Viết dấu mức độ bằng chữ in hoa: “\(fixedText)”.", en: "Write the mark in capitals: “\(fixedText)”."),
                           fixes: [ctx.fix(mark.range, fixedText, LocalizedText(vi: "Viết in hoa", en: "Upper-case"))])
            }
        }
    }
}
