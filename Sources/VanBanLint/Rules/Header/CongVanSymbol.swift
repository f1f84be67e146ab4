import VanBan

/// VB109 cong-van-symbol
///
/// What: a công văn whose symbol carries a type code (`2723/CV-BTTTT`), or a
/// symbol with only one group.
/// Why: NĐ 30/2020 Phụ lục I, II.3.b: the symbol of a công văn is the issuing
/// agency's abbreviation + `-` + the drafting unit's; there is no type code
/// for công văn in Phụ lục III.
/// Fix: none (the unit code must be chosen by the agency).
public struct CongVanSymbol: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB109", name: "cong-van-symbol", severity: .warning, regimes: Regime.administrative,
        source: "NĐ 30/2020 Phụ lục I, mục II.3.b; Phụ lục III, mục I",
        summary: LocalizedText(vi: "Ký hiệu công văn không có chữ viết tắt tên loại", en: "A công văn's symbol has no type code"),
        explanation: LocalizedText(
            vi: "Ký hiệu công văn gồm chữ viết tắt tên cơ quan ban hành và chữ viết tắt tên đơn vị soạn thảo: `2723/BTTTT-UDCNTT`. Không có chữ viết tắt “CV”: `2723/CV-BTTTT` là sai.",
            en: "A công văn's symbol is the issuing agency's abbreviation and the drafting unit's: `2723/BTTTT-UDCNTT`. There is no “CV” type code: `2723/CV-BTTTT` is wrong."),
        triggering: [RuleExample("Số: 2723/CV-BTTTT\nV/v kiện toàn bộ máy", violations: 1)],
        nonTriggering: [RuleExample("Số: 2723/BTTTT-UDCNTT\nV/v kiện toàn bộ máy"), RuleExample("Số: 15/QĐ-BNV\nQUYẾT ĐỊNH\nVề việc khen thưởng")])
    public func check(_ ctx: RuleContext) {
        let doc = ctx.document
        guard doc.kind == .congVan, doc.title?.vv != nil, doc.title?.typeName == nil,
              let n = doc.header.number?.number, n.year == nil, !n.isPartyStyle else { return }
        if let first = n.symbolParts.first, first == "CV" || first == "CVĐ" {
            ctx.report(n.range, LocalizedText(vi: "Công văn không có chữ viết tắt tên loại: bỏ “\(first)-”, ký hiệu gồm tên cơ quan và đơn vị soạn thảo (ví dụ “BTTTT-UDCNTT”).",
                                              en: "A công văn has no type code: drop “\(first)-”; the symbol is agency and drafting unit (e.g. “BTTTT-UDCNTT”)."))
        }
    }
}
