import VanBan

/// VB108 type-code-matches-title
///
/// What: the type code in the symbol is not the one of the type name printed
/// in the title (`Số: 07/KH-UBND` over `BÁO CÁO`), or a code of the other
/// regime is used (`/UQ-` for a giấy ủy quyền dated 2022: NĐ 30 writes `GUQ`).
/// Why: NĐ 30/2020 Phụ lục I, II.3.b and Phụ lục III, I (Table A of rules.md).
/// Fix: unsafe (the title may be the wrong part): offers the expected code.
public struct TypeCodeMatchesTitle: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB108", name: "type-code-matches-title", severity: .error,
        source: "NĐ 30/2020 Phụ lục I, mục II.3.b; Phụ lục III, mục I (TT 01/2011 Phụ lục I)",
        summary: LocalizedText(vi: "Chữ viết tắt tên loại trong ký hiệu không khớp tên loại văn bản", en: "Type code in the symbol does not match the type name"),
        explanation: LocalizedText(
            vi: "Ký hiệu của văn bản có tên loại gồm chữ viết tắt tên loại theo bảng tại Phụ lục III (QĐ, KH, TTr, BC, TB, GM, GUQ…) và chữ viết tắt tên cơ quan. Chữ viết tắt phải khớp tên loại in ở ô 5a: `KẾ HOẠCH` đi với `/KH-`. Văn bản từ 05/3/2020 dùng bảng của NĐ 30 (`BGN`, `BTT`, `GUQ`, `GNP`), văn bản 2011–2020 dùng bảng của TT 01/2011 (`GN`, `TTh`, `UQ`, `NP`). Đề xuất sửa (cần xác nhận).",
            en: "The symbol of a typed document starts with the type code of Phụ lục III (QĐ, KH, TTr, BC, TB, GM, GUQ…) then the agency code. It must match the type name printed in box 5a: `KẾ HOẠCH` goes with `/KH-`. Documents from 05/3/2020 use NĐ 30's table (`BGN`, `BTT`, `GUQ`, `GNP`); 2011–2020 documents use TT 01/2011's (`GN`, `TTh`, `UQ`, `NP`). Unsafe fix offered."),
        fixSafety: .unsafe,
        triggering: [RuleExample("Số: 07/KH-UBND\nHà Nội, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nTình hình thực hiện", violations: 1, fixed: "Số: 07/BC-UBND\nHà Nội, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nTình hình thực hiện"),
                     RuleExample("Số: 03/UQ-UBND\nHà Nội, ngày 05 tháng 3 năm 2022\n\nGIẤY ỦY QUYỀN", violations: 1, fixed: "Số: 03/GUQ-UBND\nHà Nội, ngày 05 tháng 3 năm 2022\n\nGIẤY ỦY QUYỀN")],
        nonTriggering: [RuleExample("Số: 07/KH-UBND\nHà Nội, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\nPhát động phong trào thi đua"),
                        RuleExample("Số: 03/UQ-UBND\nHà Nội, ngày 05 tháng 3 năm 2015\n\nGIẤY ỦY QUYỀN"),
                        RuleExample("Số: 15/2024/NĐ-CP\nHà Nội, ngày 05 tháng 3 năm 2024\n\nNGHỊ ĐỊNH\nQuy định chi tiết")])
    public func check(_ ctx: RuleContext) {
        let doc = ctx.document
        guard let n = doc.header.number?.number, let code = n.typeCode, !n.isPartyStyle,
              let tn = doc.title?.typeName,
              let kind = DocumentTypes.upperNamesLongestFirst.first(where: { $0.name == tn.text })?.kind,
              let info = DocumentTypes.info(kind) else { return }
        let expected: String?
        switch ctx.regime {
        case .tt01: expected = info.tt01Code ?? info.nd30Code
        case .nd30, .qppl: expected = info.nd30Code
        }
        guard let exp = expected, exp != code else { return }
        // Normative decisions and resolutions share codes across regimes; only the code matters.
        guard let r = codeRange(ctx, n, code) else { return }
        ctx.report(r, LocalizedText(vi: "Ký hiệu “\(code)” không khớp tên loại “\(tn.text)”: theo \(ctx.regime.title.vi) phải là “\(exp)”.",
                                    en: "Type code “\(code)” does not match the type name “\(tn.text)”: under \(ctx.regime.title.en) it is “\(exp)”."),
                   fixes: [ctx.fix(r, exp, LocalizedText(vi: "Đổi thành “\(exp)”", en: "Change to “\(exp)”"), safety: .unsafe)],
                   related: [RelatedLocation(range: tn.range, message: LocalizedText(vi: "Tên loại văn bản", en: "The type name"))])
    }

    func codeRange(_ ctx: RuleContext, _ n: DocumentNumber, _ code: String) -> TextRange? {
        let raw = ctx.text(n.range)
        guard let slash = raw.lastIndex(of: "/") else { return nil }
        let start = n.range.start + raw[...slash].utf8.count
        let r = TextRange(start, start + code.utf8.count)
        return r.end <= n.range.end && ctx.text(r) == code ? r : nil
    }
}
