import VanBan

/// VB111 date-line-format
///
/// What: the place-and-date line lacks the comma after the place
/// (`Hà Nội ngày 15 tháng 02 năm 2021`) or the place name, or gives the
/// date in figures (`Hà Nội, 03/4/2025`) or without `năm`.
/// Why: NĐ 30/2020 Phụ lục I, II.4: `<Địa danh>, ngày … tháng … năm …`.
/// Fix: safe, inserts the comma; unsafe, writes a date in figures in words.
public struct DateLineFormat: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB111", name: "date-line-format", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, mục II.4 (TT 01/2011 Điều 9)",
        summary: LocalizedText(vi: "Dòng địa danh, ngày tháng năm viết sai dạng", en: "Place-and-date line malformed"),
        explanation: LocalizedText(
            vi: "Dòng địa danh và thời gian có dạng `Hà Nội, ngày 08 tháng 9 năm 2011`: địa danh viết hoa chữ đầu (không viết `hà Nội`), sau địa danh có dấu phẩy, ngày tháng năm viết bằng chữ (không viết `Hà Nội, 08/9/2011`). Sửa tự động an toàn: thêm dấu phẩy, viết hoa địa danh; không an toàn: viết ngày bằng chữ.",
            en: "The place-and-date line reads `Hà Nội, ngày 08 tháng 9 năm 2011`: a capitalised place name (not `hà Nội`) followed by a comma, the date in words (not `Hà Nội, 08/9/2011`). Safe fix: add the comma, capitalise the place; unsafe fix: write the date in words."),
        fixSafety: .safe,
        triggering: [RuleExample("Số: 15/QĐ-BNV\nHà Nội ngày 15 tháng 02 năm 2021", violations: 1, fixed: "Số: 15/QĐ-BNV\nHà Nội, ngày 15 tháng 02 năm 2021"),
                     RuleExample("Số: 15/QĐ-BNV\nngày 15 tháng 02 năm 2021", violations: 1),
                     RuleExample("Số: 412/BVĐĐ-KHTH\thà Nội, ngày 02 tháng 8 năm 2023", violations: 1, fixed: "Số: 412/BVĐĐ-KHTH\tHà Nội, ngày 02 tháng 8 năm 2023"),
                     RuleExample("BỘ NỘI VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 512/QĐ-BNV\tHà Nội, 03/4/2025\n\nQUYẾT ĐỊNH\nVề việc nâng bậc lương\n", violations: 1),
                     RuleExample("BỆNH VIỆN ĐA KHOA ĐỐNG ĐA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 412/BVĐĐ-KHTH\tHà Nội, ngày 02 tháng 8 2023\nV/v bổ sung cơ số thuốc\n\nKính gửi: Sở Y tế\n", violations: 1)],
        nonTriggering: [RuleExample("Số: 15/QĐ-BNV\nHà Nội, ngày 15 tháng 02 năm 2021"), RuleExample("Số: 15/QĐ-BNV\nThành phố Hồ Chí Minh, ngày 15 tháng 02 năm 2021"),
                        RuleExample("Số: 0125/KH-UBND\n|\n*Đắk Lắk, ngày 18\ntháng 11 năm 2025*")])
    /// Words that may stand before a place without being part of it.
    static let notPlaceWords: Set<String> = ["tại", "ở", "và", "ngày"]

    /// A lower-case word right before `start` (one blank between) that opens
    /// its column (line start, tab, `|` or two blanks before it): the first
    /// syllable of the place, written in lower case.
    static func lowerCaseStart(_ b: [UInt8], before start: Int) -> TextRange? {
        guard start >= 3, b[start - 1] == 0x20, b[start - 2] != 0x20 else { return nil }
        let end = start - 1
        var s = end
        while s > 0, !Bytes.isWhitespace(b[s - 1]), b[s - 1] != UInt8(ascii: "|") { s -= 1 }
        guard s < end else { return nil }
        let opensColumn = s == 0 || b[s - 1] == 0x0A || b[s - 1] == 0x09 || b[s - 1] == UInt8(ascii: "|")
            || (s >= 2 && b[s - 1] == 0x20 && b[s - 2] == 0x20)
        guard opensColumn else { return nil }
        var i = s
        while i < end {
            let (u, l) = Bytes.decodeScalar(b, i)
            guard Bytes.isLower(u) else { return nil }
            i += l
        }
        guard !notPlaceWords.contains(String(decoding: b[s..<end], as: UTF8.self)) else { return nil }
        return TextRange(s, end)
    }

    public func check(_ ctx: RuleContext) {
        guard let pd = ctx.document.header.placeDate else {
            // A date line in figures, or without `năm` (rules.md R-15).
            if let n = NumericDateLine.find(ctx.document) {
                let right = n.written
                ctx.report(n.range, LocalizedText(vi: "Ngày tháng năm ban hành viết đầy đủ bằng chữ: “\(right)”.",
                                                  en: "Write the date of issue in words: “\(right)”."),
                           fixes: [Fix(title: LocalizedText(vi: "Viết “\(right)”", en: "Write “\(right)”"),
                                       edits: [TextEdit(range: n.range, replacement: right)], safety: .unsafe)])
            }
            return
        }
        guard let place = pd.place else {
            ctx.report(pd.dateRange, LocalizedText(vi: "Thiếu địa danh trước ngày tháng (ví dụ “Hà Nội, ngày …”).",
                                                   en: "Missing place name before the date (e.g. “Hà Nội, ngày …”)."))
            return
        }
        if let lower = Self.lowerCaseStart(ctx.clean, before: place.range.start) {
            // `hà Nội, ngày …`: the parser's place starts at the capital.
            let word = String(decoding: ctx.clean[lower.start..<lower.end], as: UTF8.self)
            let right = TextScan.apply(.capitalized, to: word)
            ctx.report(TextRange(lower.start, place.range.end),
                       LocalizedText(vi: "Địa danh viết hoa chữ cái đầu: “\(right) \(place.text)”.", en: "Capitalise the place name: “\(right) \(place.text)”."),
                       fixes: [ctx.fix(lower, right, LocalizedText(vi: "Viết “\(right)”", en: "Write “\(right)”"))])
        }
        if pd.comma == nil {
            let at = TextRange(place.range.end, place.range.end)
            ctx.report(place.range, LocalizedText(vi: "Thiếu dấu phẩy sau địa danh: “\(place.text), ngày …”.",
                                                  en: "Missing comma after the place name: “\(place.text), ngày …”."),
                       fixes: [ctx.fix(at, ",", LocalizedText(vi: "Thêm dấu phẩy", en: "Add the comma"))])
        }
    }
}
