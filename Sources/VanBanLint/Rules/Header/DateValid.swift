import VanBan

/// VB113 date-valid
///
/// What: the document's date is not a calendar date (`ngày 31 tháng 4`), or the
/// header has a number but no place-and-date line at all.
/// Why: NĐ 30/2020 Điều 8.2.c and Phụ lục I, II.4: every document states where
/// and when it was issued.
/// Fix: none.
public struct DateValid: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB113", name: "date-valid", severity: .error,
        source: "NĐ 30/2020 Điều 8 khoản 2 điểm c; Phụ lục I, mục II.4",
        summary: LocalizedText(vi: "Ngày ban hành không hợp lệ hoặc thiếu", en: "Issue date invalid or missing"),
        explanation: LocalizedText(
            vi: "Văn bản phải ghi địa danh và ngày, tháng, năm ban hành, và ngày đó phải có thật (không có ngày 31 tháng 4 hay 29 tháng 02 năm 2023). Bản mẫu để trống ngày (`ngày   tháng   năm 2024`) không bị báo. Thiếu cả dòng ngày tháng là cảnh báo, trừ luật, pháp lệnh và văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội: ngày thông qua ghi ở cuối văn bản.",
            en: "A document states the place and the date of issue, and the date must exist (there is no 31 April, nor 29 February 2023). Templates with blank days (`ngày   tháng   năm 2024`) are not flagged. A missing date line is a warning, except in laws, pháp lệnh and texts of the Quốc hội and its Standing Committee, which state the date of passing at the end."),
        triggering: [RuleExample("Số: 15/QĐ-BNV\nHà Nội, ngày 31 tháng 4 năm 2024", violations: 1),
                     RuleExample("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/QĐ-BNV\n\nQUYẾT ĐỊNH", violations: 1),
                     RuleExample("BỆNH VIỆN ĐA KHOA ĐỐNG ĐA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 412/BVĐĐ-KHTH\nV/v đề nghị bổ sung cơ số thuốc\n\nKính gửi: Sở Y tế thành phố Hà Nội\n\nTừ đầu tháng 7 năm 2023 đến nay, số người bệnh tăng nhanh.\n", violations: 1)],
        nonTriggering: [RuleExample("Số: 15/QĐ-BNV\nHà Nội, ngày 29 tháng 02 năm 2024"), RuleExample("Số: 15/QĐ-BNV\nHà Nội, ngày    tháng    năm 2024"),
                        RuleExample("QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLuật số: 64/2025/QH15\n\nLUẬT\nBAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT")])
    public func check(_ ctx: RuleContext) {
        let h = ctx.document.header
        guard let pd = h.placeDate else {
            // Only when no date is written at all in the header (an
            // OCR-garbled date is not a missing one, and a date in figures
            // is VB111's): before the type name, Kính gửi, căn cứ and body,
            // whichever comes first, and within the first 25 lines.
            if NumericDateLine.find(ctx.document) != nil { return }
            let top = NumericDateLine.headerEnd(ctx.document)
            // Laws, pháp lệnh and the Quốc hội's resolutions carry no such
            // line: the date of passing closes the text (rules.md ).
            if Self.datedAtTheEnd(ctx.document) { return }
            if let n = h.number, h.quocHieu != nil, Bytes.find(Array("năm".utf8), in: ctx.clean, from: 0, to: top) == nil {
                ctx.report(n.range, LocalizedText(vi: "Thiếu dòng địa danh và ngày, tháng, năm ban hành.", en: "Missing the place-and-date line."), severity: .warning)
            }
            return
        }
        guard pd.date == nil, let d = pd.day.flatMap({ Int($0.text) }), let m = pd.month.flatMap({ Int($0.text) }),
              let y = pd.year.flatMap({ Int($0.text) }) else { return }
        ctx.report(pd.dateRange, LocalizedText(vi: "Ngày \(d)/\(m)/\(y) không có thật.", en: "\(d)/\(m)/\(y) is not a calendar date."))
    }

    /// A text of the Quốc hội or its Standing Committee (a luật, bộ luật,
    /// pháp lệnh, or a number issued by `QH…`/`UBTVQH…`).
    static func datedAtTheEnd(_ doc: Document) -> Bool {
        switch doc.kind {
        case .luat, .boLuat, .phapLenh: return true
        default: break
        }
        guard let code = doc.header.number?.number.issuerCode else { return false }
        return code.hasPrefix("QH") || code.hasPrefix("UBTVQH")
    }
}
