import VanBan

/// VB203 kinh-gui-format
///
/// What: `Kính gửi` without a colon; with several addressees, items not
/// starting with `-`, items (but the last) not ending with `;`, the last not
/// ending with `.`; several addressees on the one line (`…; Ủy ban …`).
/// A two-level list is right as it is: an item ending with `:` heads the
/// items under another marker that follow it (`- Các sở …:` / `+ Thành
/// phố Hà Nội;`).
/// Why: NĐ 30/2020 Phụ lục I, II.9.b and the legend of ô 9a.
/// Fix: safe (colon, marker and final punctuation).
public struct KinhGuiFormat: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB203", name: "kinh-gui-format", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, mục II.9.b; mục IV (ô 9a)",
        summary: LocalizedText(vi: "“Kính gửi:” và danh sách nơi gửi viết sai dạng", en: "“Kính gửi:” or its list malformed"),
        explanation: LocalizedText(
            vi: "Sau `Kính gửi` có dấu hai chấm. Gửi một nơi: ghi cùng dòng (`Kính gửi: Bộ Nội vụ`). Gửi nhiều nơi: mỗi nơi một dòng, bắt đầu bằng gạch đầu dòng (-), cuối dòng có dấu chấm phẩy, dòng cuối cùng có dấu chấm; không viết nhiều nơi liền trên dòng `Kính gửi:` (không có sửa tự động cho trường hợp này). Danh sách hai cấp được chấp nhận: một dòng kết thúc bằng dấu hai chấm (`- Các sở giáo dục và đào tạo:`) mở các dòng cấp dưới với dấu đầu dòng khác (`+ Thành phố Hà Nội;`). Sửa tự động an toàn.",
            en: "`Kính gửi` is followed by a colon. One addressee: on the same line (`Kính gửi: Bộ Nội vụ`). Several: one per line, each starting with a hyphen, ending with a semicolon, the last with a period; not several on the `Kính gửi:` line (no automatic fix for that). A two-level list is accepted: a line ending with a colon (`- Các sở giáo dục và đào tạo:`) opens lines under another marker (`+ Thành phố Hà Nội;`). Safe fix."),
        fixSafety: .safe,
        triggering: [RuleExample("Kính gửi Bộ Nội vụ", violations: 1, fixed: "Kính gửi: Bộ Nội vụ"),
                     RuleExample("Kính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính;", violations: 1, fixed: "Kính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính."),
                     RuleExample("Kính gửi:\n- Bộ Nội vụ\n+ Bộ Tài chính.", violations: 2, fixed: "Kính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính."),
                     RuleExample("Kính gửi: Các sở, ban, ngành cấp tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố.", violations: 1),
                     RuleExample("Kính gửi:\n- Các sở giáo dục và đào tạo:\n+ Thành phố Hà Nội;\n+ Thành phố Đà Nẵng;\n- Các đại học;", violations: 1, fixed: "Kính gửi:\n- Các sở giáo dục và đào tạo:\n+ Thành phố Hà Nội;\n+ Thành phố Đà Nẵng;\n- Các đại học.")],
        nonTriggering: [RuleExample("Kính gửi: Bộ Nội vụ"), RuleExample("Kính gửi: Công ty TNHH Ford Việt Nam;"),
                        RuleExample("| Kính gửi: Sở Nội vụ; | Hà Nội, ngày 05 tháng 3 năm 2024 |"), RuleExample("Kính gửi:\n- Bộ Nội vụ;\n- Bộ Kế hoạch và Đầu tư;\n- Bộ Tài chính."),
                        RuleExample("Kính gửi:\n- Các đại học, học viện;\n- Các sở giáo dục và đào tạo:\n+ Thành phố Hà Nội;\n+ Thành phố Đà Nẵng.")])
    /// In a one-line addressee, a `;` followed by another addressee (one
    /// blank, then a capital letter; more blanks or a tab is a column
    /// break, as a table's `|` blanked in the clean view): that `;`.
    static func secondAddressee(_ b: [UInt8], _ r: TextRange) -> TextRange? {
        var i = r.start
        while i + 2 < r.end {
            if b[i] == UInt8(ascii: ";"), b[i + 1] == 0x20, Bytes.isUpper(Bytes.decodeScalar(b, i + 2).0) { return TextRange(i, i + 1) }
            i += 1
        }
        return nil
    }

    public func check(_ ctx: RuleContext) {
        guard let kg = ctx.document.kinhGui else { return }
        if kg.colon == nil {
            let at = TextRange(kg.label.range.end, kg.label.range.end)
            ctx.report(kg.label.range, LocalizedText(vi: "Thiếu dấu hai chấm sau “Kính gửi”.", en: "Missing colon after “Kính gửi”."),
                       fixes: [ctx.fix(at, ":", LocalizedText(vi: "Thêm dấu hai chấm", en: "Add the colon"))])
        }
        if kg.isInline, kg.items.count == 1, case let item = kg.items[0],
           case let line = ctx.source.lineRange(ctx.source.line(of: item.text.range.start)),
           let semicolon = Self.secondAddressee(ctx.clean, TextRange(item.text.range.start, line.end)) {
            // `Kính gửi: Các sở, ban, ngành; Ủy ban nhân dân các huyện.`
            ctx.report(TextRange(item.text.range.start, line.end), LocalizedText(
                vi: "Gửi nhiều nơi: mỗi nơi một dòng, bắt đầu bằng “-”, kết thúc bằng “;” (nơi cuối bằng “.”), không viết liền trên một dòng.",
                en: "Several addressees go one per line, each starting with “-” and ending with “;” (the last with “.”), not on one line."),
                related: [RelatedLocation(range: semicolon, message: LocalizedText(vi: "Nơi gửi thứ hai bắt đầu sau dấu này", en: "The second addressee starts after this"))])
            return
        }
        let list = kg.items.filter { $0.marker != nil }
        guard list.count >= 2 else { return }
        // A two-level list: "- Các sở giáo dục và đào tạo:" opens a group of
        // items under another marker ("+ Thành phố Hà Nội;"). The head ends
        // with its colon, and the group's items keep their own marker.
        var subItem = [Bool](repeating: false, count: list.count)
        var isHead = [Bool](repeating: false, count: list.count)
        var k0 = 0
        while k0 + 1 < list.count {
            let head = list[k0], sub = list[k0 + 1].marker?.text
            guard head.terminator?.text == ":", let sub, sub != head.marker?.text else { k0 += 1; continue }
            isHead[k0] = true
            var k = k0 + 1
            while k < list.count && list[k].marker?.text == sub { subItem[k] = true; k += 1 }
            k0 = k
        }
        for (k, item) in list.enumerated() {
            var edits: [TextEdit] = []
            var problems: [String] = [], problemsEN: [String] = []
            if isHead[k] { continue }
            if let m = item.marker, m.text != "-", !subItem[k] {
                edits.append(TextEdit(range: m.range, replacement: "-"))
                problems.append("bắt đầu bằng “-”"); problemsEN.append("start with “-”")
            }
            let want = k == list.count - 1 ? "." : ";"
            if item.terminator?.text != want {
                let r = item.terminator?.range ?? TextRange(item.text.range.end, item.text.range.end)
                edits.append(TextEdit(range: r, replacement: want))
                problems.append("kết thúc bằng “\(want)”"); problemsEN.append("end with “\(want)”")
            }
            guard !edits.isEmpty else { continue }
            ctx.report(item.range, LocalizedText(vi: "Dòng nơi gửi phải " + problems.joined(separator: " và ") + ".",
                                                 en: "An addressee line must " + problemsEN.joined(separator: " and ") + "."),
                       fixes: [Fix(title: LocalizedText(vi: "Sửa dòng nơi gửi", en: "Fix the addressee line"), edits: edits, safety: .safe)])
        }
    }
}
