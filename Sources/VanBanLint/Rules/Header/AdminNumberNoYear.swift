import VanBan

/// VB110 admin-number-no-year
///
/// What: the number of a document that can only be administrative (công văn,
/// thông báo, kế hoạch, tờ trình, báo cáo, giấy mời …) carries a year
/// (`Số: 12/2024/UBND-VX`).
/// Why: NĐ 30/2020 Phụ lục I, II.3 numbers administrative documents without a
/// year; `N/YYYY/…` is the pattern of legal normative documents (Luật
/// 80/2015/QH13 Điều 10). Medium confidence as a rule: information.
/// Fix: unsafe, removes the year.
public struct AdminNumberNoYear: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB110", name: "admin-number-no-year", severity: .info, regimes: Regime.administrative,
        source: "NĐ 30/2020 Phụ lục I, mục II.3; Luật 80/2015/QH13 Điều 10",
        summary: LocalizedText(vi: "Số văn bản hành chính không ghi năm", en: "Administrative numbers carry no year"),
        explanation: LocalizedText(
            vi: "Số của văn bản hành chính gồm số thứ tự và ký hiệu, không ghi năm (`Số: 12/UBND-VX`); dạng `12/2024/…` là của văn bản quy phạm pháp luật. Áp dụng cho các loại chỉ có thể là văn bản hành chính (công văn, thông báo, kế hoạch, tờ trình, báo cáo, giấy mời…). Mức thông tin. Sửa tự động cần xác nhận.",
            en: "An administrative document's number is a sequence and a symbol with no year (`Số: 12/UBND-VX`); `12/2024/…` is the pattern of legal normative documents. Applies to types that can only be administrative (công văn, thông báo, kế hoạch, tờ trình, báo cáo, giấy mời…). Information. Unsafe fix."),
        fixSafety: .unsafe,
        triggering: [RuleExample("Số: 12/2024/KH-UBND\nHà Nội, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\nPhát động thi đua", violations: 1, fixed: "Số: 12/KH-UBND\nHà Nội, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\nPhát động thi đua")],
        nonTriggering: [RuleExample("Số: 12/KH-UBND\nHà Nội, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\nPhát động thi đua"),
                        RuleExample("Số: 18/2020/QĐ-TTg\nHà Nội, ngày 05 tháng 3 năm 2020\n\nQUYẾT ĐỊNH\nQuy định")])
    public func check(_ ctx: RuleContext) {
        let doc = ctx.document
        guard doc.kind.isAdministrativeOnly, let n = doc.header.number?.number, let y = n.year, !n.hasSpaces else { return }
        let raw = ctx.text(n.range)
        let yearText = "/\(y)/"
        guard let r = raw.range(ofBytes: yearText) else { return }
        let start = n.range.start + r.lowerBound
        let edit = TextRange(start, start + yearText.utf8.count - 1)
        ctx.report(edit, LocalizedText(vi: "Số văn bản hành chính không ghi năm: viết “\(raw.replacingFirst(yearText, with: "/"))”.",
                                       en: "An administrative number carries no year: write “\(raw.replacingFirst(yearText, with: "/"))”."),
                   fixes: [ctx.fix(edit, "", LocalizedText(vi: "Bỏ năm", en: "Remove the year"), safety: .unsafe)])
    }
}

extension String {
    /// Byte offsets of the first occurrence of `s` (UTF-8).
    func range(ofBytes s: String) -> Range<Int>? {
        let b = Array(utf8), n = Array(s.utf8)
        guard let i = Bytes.find(n, in: b, from: 0) else { return nil }
        return i..<(i + n.count)
    }
    func replacingFirst(_ s: String, with r: String) -> String {
        guard let x = range(ofBytes: s) else { return self }
        let b = Array(utf8)
        return String(decoding: Array(b[..<x.lowerBound]) + Array(r.utf8) + Array(b[x.upperBound...]), as: UTF8.self)
    }
}
