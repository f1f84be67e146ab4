import VanBan

/// VB201 ten-loai-trich-yeu-missing
///
/// What: a document with a number and a date but neither a type name
/// (`QUYẾT ĐỊNH`, `KẾ HOẠCH` …) nor a `V/v …` trích yếu.
/// Why: NĐ 30/2020 Điều 8.2.d and Phụ lục I, II.5: typed documents carry their
/// type name and trích yếu; a công văn carries `V/v` + trích yếu under the number.
/// Fix: none.
public struct TrichYeuMissing: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB201", name: "ten-loai-trich-yeu-missing", severity: .warning,
        source: "NĐ 30/2020 Điều 8 khoản 2 điểm d; Phụ lục I, mục II.5",
        summary: LocalizedText(vi: "Thiếu tên loại và trích yếu (hoặc “V/v” của công văn)", en: "Missing type name and subject (or a công văn's “V/v”)"),
        explanation: LocalizedText(
            vi: "Văn bản có tên loại phải ghi tên loại (chữ in hoa, ví dụ `QUYẾT ĐỊNH`) và trích yếu nội dung ngay dưới; công văn ghi trích yếu bắt đầu bằng `V/v` dưới số, ký hiệu. Quy tắc báo khi văn bản có số và ngày tháng nhưng không có cả hai.",
            en: "A typed document states its type name (in capitals, e.g. `QUYẾT ĐỊNH`) with the subject below; a công văn states its subject, starting with `V/v`, under the number. The rule fires when a document has a number and a date but neither."),
        triggering: [RuleExample("Số: 15/QĐ-BNV\nHà Nội, ngày 05 tháng 3 năm 2024\n\nBộ Nội vụ thông báo như sau.", violations: 1)],
        nonTriggering: [RuleExample("Số: 15/QĐ-BNV\nHà Nội, ngày 05 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\nVề việc khen thưởng"),
                        RuleExample("Số: 2723/BTTTT-UDCNTT\nHà Nội, ngày 08 tháng 9 năm 2011\nV/v kiện toàn bộ máy")])
    public func check(_ ctx: RuleContext) {
        let doc = ctx.document
        guard let n = doc.header.number, doc.header.placeDate != nil,
              doc.title?.typeName == nil, doc.title?.vv == nil else { return }
        ctx.report(n.range, LocalizedText(
            vi: "Không thấy tên loại văn bản (ví dụ “QUYẾT ĐỊNH”) và trích yếu, hoặc “V/v …” của công văn.",
            en: "No type name (e.g. “QUYẾT ĐỊNH”) with a subject, nor a công văn's “V/v …”, was found."))
    }
}
