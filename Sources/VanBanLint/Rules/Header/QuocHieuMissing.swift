import VanBan

/// VB101 quoc-hieu-missing
///
/// What: the document has no Quốc hiệu (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`).
/// Why: it is the first component of every official document (NĐ 30/2020 Điều 8.2.a).
/// Fix: none (the line must be added in the header's right column).
/// A Quốc hiệu that OCR or a two-column layout broke up (`CONG HOA XA HOI
/// CHU NGHIAVIETNAM`, `NAM` pushed to the next line) counts as present.
public struct QuocHieuMissing: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB101", name: "quoc-hieu-missing", severity: .warning,
        source: "NĐ 30/2020 Điều 8 khoản 2 điểm a; Phụ lục I, mục II.1 (TT 01/2011 Điều 6)",
        summary: LocalizedText(vi: "Thiếu Quốc hiệu", en: "Missing Quốc hiệu (national title)"),
        explanation: LocalizedText(
            vi: "Mọi văn bản phải có Quốc hiệu `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` ở đầu trang đầu, bên phải, trên Tiêu ngữ. Quy tắc chỉ chạy khi văn bản có các thành phần thể thức khác (số, ngày tháng…), nên bài báo hay ghi chú không bị báo. Mức cảnh báo vì văn bản trích xuất từ bảng thường mất cột này.",
            en: "Every document carries the national title `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` at the top right of the first page, above the motto. The rule runs only on text recognised as a document (it has a number, a date line, …), so news text is not flagged. A warning, because text extracted from a header table often loses this column."),
        triggering: [RuleExample("BỘ NỘI VỤ\nSố: 15/QĐ-BNV\nHà Nội, ngày 05 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\nVề việc khen thưởng", violations: 1)],
        nonTriggering: [RuleExample("BỘ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/QĐ-BNV\nHà Nội, ngày 05 tháng 3 năm 2024"),
                        RuleExample("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
                        RuleExample("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nTỔNG CỤC THUẾ NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 262/TCT-PC Hà Nội, ngày 22 tháng 01 năm 2015"),
                        RuleExample("TONG CUC THUE CONG HOA XA HOI CHU NGHIAVIETNAM\nSố: 345/CT-TTHT Thanh Hóa, ngày 28 tháng 01 năm 2021")])
    public func check(_ ctx: RuleContext) {
        // A Quốc hiệu broken by OCR or by the header's two columns stands
        // in the text: it is not missing.
        guard ctx.document.header.quocHieu == nil, ctx.document.header.quocHieuDamaged == nil else { return }
        ctx.report(ctx.firstLineRange, LocalizedText(
            vi: "Thiếu Quốc hiệu: đầu văn bản phải có dòng “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”.",
            en: "Missing national title: the document must open with “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”."))
    }
}
