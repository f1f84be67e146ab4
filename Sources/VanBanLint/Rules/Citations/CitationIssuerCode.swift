import VanBan

/// VB403 citation-issuer-code: the issuer written in a citation must be the
/// body its number's issuer code stands for (`NĐ-CP` is the Chính phủ's,
/// `QĐ-TTg` the Thủ tướng's, `TT-BNV` the Bộ Nội vụ's).
public struct CitationIssuerCode: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB403", name: "citation-issuer-code", severity: .warning, appliesToNonDocuments: true,
        source: "NĐ 30/2020 Phụ lục I, II.3.b (rules.md R-12, Table D); Luật 80/2015 Điều 10",
        summary: LocalizedText(vi: "Cơ quan ban hành được dẫn không khớp ký hiệu", en: "Cited issuer disagrees with the issuer code"),
        explanation: LocalizedText(
            vi: "Ký hiệu chứa chữ viết tắt tên cơ quan ban hành: `CP` là Chính phủ, `TTg` là Thủ tướng Chính phủ, `BNV` là Bộ Nội vụ… Khi trích dẫn ghi `của <cơ quan>` thì cơ quan phải đúng với ký hiệu. Chỉ báo khi cơ quan ghi trong trích dẫn rõ ràng là một cơ quan khác.",
            en: "The symbol carries the issuer's abbreviation: `CP` the Government, `TTg` the Prime Minister, `BNV` the Ministry of Home Affairs… The `của <issuer>` of a citation must be that body. Reported only when the written issuer clearly names another body."),
        triggering: [RuleExample("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Thủ tướng Chính phủ về công tác văn thư.", violations: 1)],
        nonTriggering: [
            RuleExample("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư."),
            RuleExample("Căn cứ Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ trưởng Bộ Nội vụ hướng dẫn thể thức."),
            RuleExample("Căn cứ Quyết định số 1605/QĐ-TTg ngày 27/8/2010 của Thủ tướng Chính phủ phê duyệt Chương trình."),
        ])

    public func check(_ context: RuleContext) {
        let cits = context.analysis.citations.citations
        for i in cits.indices where cits[i].form == .numbered {
            // (The form read in place: a citation is copied, a retain and a
            // release, only when numbered.)
            let c = cits[i]
            // (The number is copied only for a finding.)
            guard c.form == .numbered, c.issuerRange != nil, c.number?.isPartyStyle == false, c.numberSymbolPartCount == 2,
                  let code = c.numberIssuerCode, let k = Issuers.index(code: code), let issuer = c.issuer else { continue }
            // (The text made and hashed once: `Field.text` makes a new string per call.)
            let written = issuer.text
            if context.analysis.issuers.names(HashedKey(written), entry: k) { continue }
            let expected = Issuers.all[k]
            let others = context.analysis.issuers.named(by: written).filter { $0.code != expected.code }
            guard let other = others.first, let n = c.number else { continue }
            context.report(issuer.range, LocalizedText(
                vi: "Ký hiệu \(n.normalized) là của \(expected.name) (\(code)), nhưng trích dẫn ghi \"\(written)\" (\(other.name))",
                en: "Symbol \(n.normalized) belongs to \(expected.name) (\(code)), but the citation says \"\(written)\" (\(other.name))"))
        }
    }
}
