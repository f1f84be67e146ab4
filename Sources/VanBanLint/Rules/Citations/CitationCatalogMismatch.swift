import VanBan

/// VB415 citation-catalog-mismatch: a cited date, type or issuer that
/// disagrees with the catalog of documents.
public struct CitationCatalogMismatch: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB415", name: "citation-catalog-mismatch", severity: .warning, appliesToNonDocuments: true,
        source: "NĐ 30/2020 Phụ lục I, II.6.b (rules.md R-21); facts: the document catalog (built-in + `catalogs` in .vblint.json)",
        summary: LocalizedText(vi: "Trích dẫn khác thông tin của văn bản trong danh mục", en: "Citation disagrees with the document catalog"),
        explanation: LocalizedText(
            vi: "vblint có danh mục văn bản (số, tên loại, ngày, cơ quan ban hành, trích yếu, hiệu lực, kèm nguồn của từng thông tin), mở rộng được bằng danh mục của người dùng. Khi trích dẫn ghi ngày, tên loại hoặc cơ quan ban hành khác với danh mục, có thể trích dẫn đã chép sai.",
            en: "vblint has a catalog of documents (number, type, date, issuer, title, status, each with its source), extendable with user catalogs. A citation whose date, type or issuer differs from the catalog was probably copied wrongly."),
        triggering: [RuleExample("Thực hiện Nghị định số 64/2007/NĐ-CP ngày 10/5/2007 của Chính phủ về ứng dụng công nghệ thông tin.", violations: 1)],
        nonTriggering: [RuleExample("Thực hiện Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ về ứng dụng công nghệ thông tin.")])

    public func check(_ context: RuleContext) {
        let entries = context.analysis.catalogEntries
        let cits = context.analysis.citations.citations
        for i in cits.indices where cits[i].form == .numbered {
            // (The form read in place: a citation is copied, a retain and a
            // release, only when numbered.)
            let c = cits[i]
            guard c.form == .numbered, let n = c.number, !n.isPartyStyle, let e = entries[i] else { continue }
            if let d = c.date, let ed = e.date, d != ed, let f = c.dateField {
                // (The source looked up for a finding only.)
                let src = e.source(of: "date").map { " [\($0)]" } ?? ""
                context.report(f.range, LocalizedText(vi: "\(n.normalized) ban hành ngày \(vnDate(ed)), trích dẫn ghi \(f.text)\(src)",
                                                      en: "\(n.normalized) was issued on \(ed), the citation says \(f.text)\(src)"))
            }
            if let k = c.kind, let ek = e.kind, k != ek, !CitationChecks.isGenericTypeName(c, at: i, context), k != .congVan, let t = c.typeName,
               !(ek == .thongTuLienTich && k == .thongTu) {
                let name = DocumentTypes.info(ek)?.name ?? ek.rawValue
                context.report(t.range, LocalizedText(vi: "\(n.normalized) là \(name.lowercased()), trích dẫn ghi \"\(t.text)\"\(e.source(of: "type").map { " [\($0)]" } ?? "")",
                                                      en: "\(n.normalized) is a \(name), the citation says \"\(t.text)\"\(e.source(of: "type").map { " [\($0)]" } ?? "")"))
            }
            if let iss = c.issuer, let ei = e.issuer {
                let named = context.analysis.issuers.codes(iss.text), expected = context.analysis.issuers.codes(ei)
                if named != 0, expected != 0, named & expected == 0 {
                    context.report(iss.range, LocalizedText(vi: "\(n.normalized) do \(ei) ban hành, trích dẫn ghi \"\(iss.text)\"\(e.source(of: "issuer").map { " [\($0)]" } ?? "")",
                                                            en: "\(n.normalized) was issued by \(ei), the citation says \"\(iss.text)\"\(e.source(of: "issuer").map { " [\($0)]" } ?? "")"))
                }
            }
        }
    }

    func vnDate(_ d: SimpleDate) -> String { "\(d.day)/\(d.month)/\(d.year)" }
}
