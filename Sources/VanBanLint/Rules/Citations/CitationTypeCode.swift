import VanBan

/// VB402 citation-type-code: the type name of a citation must agree with the
/// type code in its number (`Nghị định` ↔ `NĐ`, `Thông tư` ↔ `TT`,
/// `Quyết định` ↔ `QĐ`).
public struct CitationTypeCode: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB402", name: "citation-type-code", severity: .warning, appliesToNonDocuments: true,
        source: "NĐ 30/2020 Phụ lục III, I (rules.md Table A, R-12, R-13); R-57",
        summary: LocalizedText(vi: "Tên loại văn bản được dẫn không khớp mã trong số, ký hiệu", en: "Cited type name disagrees with the type code of the number"),
        explanation: LocalizedText(
            vi: "Ký hiệu của văn bản chứa chữ viết tắt tên loại (`NĐ` nghị định, `TT` thông tư, `QĐ` quyết định, `NQ` nghị quyết, `CT` chỉ thị, `KH` kế hoạch…). Khi dẫn, tên loại phải đúng với mã đó: `Thông tư số 30/2020/NĐ-CP` là dẫn sai (hoặc tên loại, hoặc số).",
            en: "A number's symbol carries the type abbreviation (`NĐ` decree, `TT` circular, `QĐ` decision, `NQ` resolution…). The cited type name must match it: `Thông tư số 30/2020/NĐ-CP` is wrong (the type or the number)."),
        triggering: [RuleExample("Căn cứ Thông tư số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.", violations: 1)],
        nonTriggering: [
            RuleExample("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư."),
            RuleExample("Căn cứ Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP của Bộ Nội vụ và Văn phòng Chính phủ."),
            RuleExample("Thực hiện văn bản số 2723/BTTTT-UDCNTT của Bộ Thông tin và Truyền thông."),
        ])

    public func check(_ context: RuleContext) {
        let cits = context.analysis.citations.citations
        for i in cits.indices where cits[i].form == .numbered {
            // (The form read in place: a citation is copied, a retain and a
            // release, only when numbered.)
            let c = cits[i]
            // (The number and type name are copied only for a finding.)
            guard c.form == .numbered, let kind = c.kind, kind != .congVan, c.number?.isPartyStyle == false, c.typeNameRange != nil,
                  !CitationChecks.isGenericTypeName(c, at: i, context) else { continue }
            let codeKind = CitationChecks.kind(ofCode: c.numberTypeCode)
            if kind == .luat || kind == .boLuat {
                // Laws carry no type code: "Luật … số 64/2025/QH15".
                guard let ck = codeKind else { continue }
                report(context, c, c.typeName!, c.number!, ck)
                continue
            }
            guard let ck = codeKind, ck != kind else { continue }
            // "Thông tư số 21/2015/TTLT-…" is the usual short form of a joint circular.
            if (kind, ck) == (.thongTu, .thongTuLienTich) || (kind, ck) == (.nghiQuyet, .nghiQuyetLienTich) { continue }
            // NQ is both nghị quyết and the NQ of Quốc hội; "Quy định"/"Quy chế" are issued by a Quyết định.
            if kind == .quyDinh || kind == .quyChe { continue }
            report(context, c, c.typeName!, c.number!, ck)
        }
    }

    func report(_ context: RuleContext, _ c: Citation, _ tn: Field, _ n: DocumentNumber, _ ck: DocumentKind) {
        let name = DocumentTypes.info(ck)?.name ?? ck.rawValue
        context.report(TextRange(tn.range.start, n.range.end),
                       LocalizedText(vi: "\"\(tn.text)\" nhưng ký hiệu \(n.normalized) là của \(name.lowercased()) (mã \(n.typeCode ?? ""))",
                                     en: "\"\(tn.text)\" but the symbol \(n.normalized) is that of a \(name) (code \(n.typeCode ?? ""))"))
    }
}
