import VanBan

/// VB111 date-line-format
///
/// What: the place-and-date line lacks the comma after the place
/// (`Hà Nội ngày 15 tháng 02 năm 2021`) or the place name.
/// Why: NĐ 30/2020 Phụ lục I, II.4: `<Địa danh>, ngày … tháng … năm …`.
/// Fix: safe, inserts the comma.
public struct DateLineFormat: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB111", name: "date-line-format", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, mục II.4 (TT 01/2011 Điều 9)",
        summary: LocalizedText(vi: "Dòng địa danh, ngày tháng năm viết sai dạng", en: "Place-and-date line malformed"),
        explanation: LocalizedText(
            vi: "Dòng địa danh và thời gian có dạng `Hà Nội, ngày 08 tháng 9 năm 2011`: địa danh viết hoa chữ đầu, sau địa danh có dấu phẩy. Sửa tự động an toàn: thêm dấu phẩy.",
            en: "The place-and-date line reads `Hà Nội, ngày 08 tháng 9 năm 2011`: a capitalised place name followed by a comma. Safe fix: add the comma."),
        fixSafety: .safe,
        triggering: [RuleExample("Số: 15/QĐ-BNV\nHà Nội ngày 15 tháng 02 năm 2021", violations: 1, fixed: "Số: 15/QĐ-BNV\nHà Nội, ngày 15 tháng 02 năm 2021"),
                     RuleExample("Số: 15/QĐ-BNV\nngày 15 tháng 02 năm 2021", violations: 1)],
        nonTriggering: [RuleExample("Số: 15/QĐ-BNV\nHà Nội, ngày 15 tháng 02 năm 2021"), RuleExample("Số: 15/QĐ-BNV\nThành phố Hồ Chí Minh, ngày 15 tháng 02 năm 2021"),
                        RuleExample("Số: 0125/KH-UBND\n|\n*Đắk Lắk, ngày 18\ntháng 11 năm 2025*")])
    public func check(_ ctx: RuleContext) {
        guard let pd = ctx.document.header.placeDate else { return }
        guard let place = pd.place else {
            ctx.report(pd.dateRange, LocalizedText(vi: "Thiếu địa danh trước ngày tháng (ví dụ “Hà Nội, ngày …”).",
                                                   en: "Missing place name before the date (e.g. “Hà Nội, ngày …”)."))
            return
        }
        if pd.comma == nil {
            let at = TextRange(place.range.end, place.range.end)
            ctx.report(place.range, LocalizedText(vi: "Thiếu dấu phẩy sau địa danh: “\(place.text), ngày …”.",
                                                  en: "Missing comma after the place name: “\(place.text), ngày …”."),
                       fixes: [ctx.fix(at, ",", LocalizedText(vi: "Thêm dấu phẩy", en: "Add the comma"))])
        }
    }
}
