import VanBan

/// VB115 agency-missing
///
/// What: the header has the Quốc hiệu but no issuing-agency line.
/// Why: NĐ 30/2020 Điều 8.2.b and Phụ lục I, II.2: the issuing agency's name
/// (under its parent agency's, if any) stands at the top left of page 1.
/// Fix: none.
public struct AgencyMissing: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB115", name: "agency-missing", severity: .warning,
        source: "NĐ 30/2020 Điều 8 khoản 2 điểm b; Phụ lục I, mục II.2",
        summary: LocalizedText(vi: "Thiếu tên cơ quan, tổ chức ban hành", en: "Missing the issuing agency's name"),
        explanation: LocalizedText(
            vi: "Tên cơ quan, tổ chức ban hành văn bản (viết in hoa, dưới tên cơ quan chủ quản nếu có) đặt ở góc trên bên trái trang đầu, ngang hàng Quốc hiệu. Quy tắc chỉ báo khi đã thấy Quốc hiệu, tức phần đầu văn bản không bị mất khi trích xuất.",
            en: "The issuing agency's name (in capitals, under its parent agency's if any) stands at the top left of page 1, level with the national title. The rule fires only when the national title was found, i.e. the header was not lost in extraction."),
        triggering: [RuleExample("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 05/BNV-VP\nV/v triển khai", violations: 1)],
        nonTriggering: [RuleExample("BỘ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 05/BNV-VP\nV/v triển khai"),
                        RuleExample("BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/BNV-VP")])
    public func check(_ ctx: RuleContext) {
        let h = ctx.document.header
        guard let q = h.quocHieu, h.agencyLines.isEmpty, h.number != nil else { return }
        ctx.report(q.range, LocalizedText(vi: "Không thấy tên cơ quan, tổ chức ban hành (viết in hoa, góc trên bên trái).",
                                          en: "No issuing agency's name found (in capitals, top left)."))
    }
}
