import VanBan

/// VB112 date-zero-padding
///
/// What: in the document's date, a day below 10 or month 1–2 without a
/// leading zero (`ngày 8 tháng 9`, `tháng 2`), or months 3–9 with one (`tháng 04`).
/// Why: NĐ 30/2020 Phụ lục I, II.4.b: "đối với những số chỉ ngày nhỏ hơn 10 và
/// tháng 1, 2 phải ghi thêm số 0 phía trước". The decree's examples write
/// `tháng 6`, `tháng 3` with no zero, so `tháng 04` is a (lesser) deviation.
/// Fix: safe.
public struct DateZeroPadding: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB112", name: "date-zero-padding", severity: .error,
        source: "NĐ 30/2020 Phụ lục I, mục II.4.b (TT 01/2011 Điều 9)",
        summary: LocalizedText(vi: "Ngày nhỏ hơn 10 và tháng 1, 2 phải có số 0 phía trước", en: "Days below 10 and months 1–2 need a leading zero"),
        explanation: LocalizedText(
            vi: "Ngày, tháng, năm ban hành viết bằng chữ số Ả Rập; ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước: `ngày 05 tháng 01 năm 2020`, `ngày 29 tháng 6 năm 2019`. Thiếu số 0 là lỗi; thêm số 0 cho tháng 3–9 (`tháng 04`) là cảnh báo vì khác mẫu của Nghị định. Sửa tự động an toàn.",
            en: "The date is written in Arabic digits; a day below 10 and months 1 and 2 take a leading zero: `ngày 05 tháng 01 năm 2020`, `ngày 29 tháng 6 năm 2019`. A missing zero is an error; a zero on months 3–9 (`tháng 04`) is a warning, since it departs from the decree's examples. Safe fix."),
        fixSafety: .safe,
        triggering: [RuleExample("Hà Nội, ngày 8 tháng 9 năm 2021", violations: 1, fixed: "Hà Nội, ngày 08 tháng 9 năm 2021"),
                     RuleExample("Hà Nội, ngày 15 tháng 2 năm 2021", violations: 1, fixed: "Hà Nội, ngày 15 tháng 02 năm 2021"),
                     RuleExample("Hà Nội, ngày 05 tháng 04 năm 2019", violations: 1, fixed: "Hà Nội, ngày 05 tháng 4 năm 2019")],
        nonTriggering: [RuleExample("Hà Nội, ngày 08 tháng 9 năm 2011"), RuleExample("Hà Nội, ngày 05 tháng 01 năm 2020"),
                        RuleExample("Hà Nội, ngày 29 tháng 12 năm 2019"), RuleExample("Hà Nội, ngày     tháng     năm 2024")])
    public func check(_ ctx: RuleContext) {
        guard let pd = ctx.document.header.placeDate else { return }
        if let d = pd.day, let v = Int(d.text), d.text.count == 1, v >= 1 {
            ctx.report(d.range, LocalizedText(vi: "Ngày nhỏ hơn 10 phải có số 0 phía trước: “ngày 0\(v)”.", en: "A day below 10 takes a leading zero: “ngày 0\(v)”."),
                       fixes: [ctx.fix(d.range, "0\(v)", LocalizedText(vi: "Thêm số 0", en: "Add the leading zero"))])
        }
        if let m = pd.month, let v = Int(m.text) {
            if (v == 1 || v == 2) && m.text.count == 1 {
                ctx.report(m.range, LocalizedText(vi: "Tháng 1 và 2 phải có số 0 phía trước: “tháng 0\(v)”.", en: "Months 1 and 2 take a leading zero: “tháng 0\(v)”."),
                           fixes: [ctx.fix(m.range, "0\(v)", LocalizedText(vi: "Thêm số 0", en: "Add the leading zero"))])
            } else if v >= 3 && v <= 9 && m.text.count == 2 {
                ctx.report(m.range, LocalizedText(vi: "Tháng \(v) không cần số 0 phía trước (chỉ tháng 1, 2): “tháng \(v)”.", en: "Month \(v) takes no leading zero (only months 1 and 2 do): “tháng \(v)”."),
                           fixes: [ctx.fix(m.range, "\(v)", LocalizedText(vi: "Bỏ số 0", en: "Remove the zero"))], severity: .warning)
            }
        }
    }
}
