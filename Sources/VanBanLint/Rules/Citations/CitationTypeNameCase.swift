import VanBan

/// VB413 citation-type-name-case: a type name naming a specific document is
/// capitalised (`Nghị định số 64/2007/NĐ-CP`, not `nghị định số …`).
public struct CitationTypeNameCase: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB413", name: "citation-type-name-case", severity: .warning, appliesToNonDocuments: true,
        source: "NĐ 30/2020 Phụ lục II, V.6 (rules.md R-26)",
        summary: LocalizedText(vi: "Tên loại văn bản cụ thể phải viết hoa", en: "Type name of a specific document must be capitalised"),
        explanation: LocalizedText(
            vi: "Khi chỉ một văn bản cụ thể (có số, ký hiệu), viết hoa chữ cái đầu của tên loại: `Nghị định số 64/2007/NĐ-CP`. Sửa: viết hoa chữ cái đầu.",
            en: "When it names a specific document (with a number), the type name is capitalised: `Nghị định số 64/2007/NĐ-CP`. Fix: capitalise the first letter."),
        fixSafety: .safe,
        triggering: [RuleExample("Theo nghị định số 64/2007/NĐ-CP của Chính phủ.", violations: 1, fixed: "Theo Nghị định số 64/2007/NĐ-CP của Chính phủ.")],
        nonTriggering: [RuleExample("Theo Nghị định số 64/2007/NĐ-CP của Chính phủ."), RuleExample("Theo văn bản số 2723/BTTTT-UDCNTT của Bộ Thông tin và Truyền thông.")])

    public func check(_ context: RuleContext) {
        let cits = context.analysis.citations.citations
        for i in cits.indices where cits[i].form == .numbered {
            // (The form read in place: a citation is copied, a retain and a
            // release, only when numbered.)
            let c = cits[i]
            // (The first letter read on its bytes, before anything else.)
            guard c.form == .numbered, let t = c.typeName, let f = FieldBytes.firstScalar(t, context.clean), ScalarClass.isLowercase(f),
                  !CitationChecks.isGenericTypeName(c, at: i, context) else { continue }
            // Last: the editorial-note test reads back up to 400 bytes.
            guard !CitationChecks.inEditorialNote(context.clean, c.range.start) else { continue }
            let text = t.text
            let fixed = CitationChecks.capitalised(text)
            // "công văn số …" in lower case is the settled practice of many
            // agencies: info only.
            let sev: Severity? = c.kind == .congVan ? .info : nil
            // (The message and the fix's title are written when read: this
            // rule has many findings.)
            context.report(t.range, LocalizedText(deferred: { lang in
                               lang == .vi ? "\"\(text)\" chỉ một văn bản cụ thể: viết hoa \"\(fixed)\""
                                           : "\"\(text)\" names a specific document: capitalise it as \"\(fixed)\"" }),
                           fixes: [context.fix(t.range, fixed, LocalizedText(deferred: { lang in
                               lang == .vi ? "Viết hoa \"\(fixed)\"" : "Capitalise \"\(fixed)\"" }))], severity: sev)
        }
    }
}
