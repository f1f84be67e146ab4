import VanBan

/// VB410 citation-unit-order: units of a reference go from the smallest to
/// the largest (`điểm a khoản 2 Điều 5`, not `Điều 5 khoản 2 điểm a`).
public struct CitationUnitOrder: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB410", name: "citation-unit-order", severity: .warning, appliesToNonDocuments: true,
        source: "NĐ 34/2016 Điều 75.4 (rules.md R-24); NQ 351/2017 Điều 24.4; NĐ 30/2020 Phụ lục II, V.7 (examples)",
        summary: LocalizedText(vi: "Viện dẫn phần, điều, khoản, điểm không theo thứ tự từ nhỏ đến lớn", en: "Units not cited from smallest to largest"),
        explanation: LocalizedText(
            vi: "Khi viện dẫn đến đơn vị bên trong văn bản, ghi từ đơn vị nhỏ đến đơn vị lớn rồi đến văn bản: `điểm a khoản 2 Điều 5 Nghị định số …`.",
            en: "Cite units from the smallest to the largest, then the document: `điểm a khoản 2 Điều 5 Nghị định số …`."),
        triggering: [RuleExample("Theo quy định tại Điều 5 khoản 2 điểm a Nghị định số 30/2020/NĐ-CP.", violations: 1)],
        nonTriggering: [RuleExample("Theo quy định tại điểm a khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP.")])

    public func check(_ context: RuleContext) {
        let b = context.clean
        // (The units counted in place: a citation is copied, a retain and a
        // release, only when it has two.)
        let cits = context.analysis.citations.citations
        for i in cits.indices where cits[i].units.count >= 2 {
            let c = cits[i]
            let u = c.units
            guard u.indices.dropFirst().contains(where: { u[$0].unit.rank < u[$0 - 1].unit.rank }) else { continue }
            let r = TextRange(u[0].range.start, u[u.count - 1].range.end)
            // One line only: a heading followed by a sub-heading is not a reference.
            guard !b[r.start..<r.end].contains(0x0A), !CitationChecks.atSentenceStart(b, r.start) || u[0].unit.rank < UnitReference.Unit.dieu.rank else { continue }
            let written = u.map { $0.keyword.text + " " + $0.numbers.map(\.text).joined(separator: ", ") }.joined(separator: " ")
            context.report(r, LocalizedText(vi: "\"\(written)\": viện dẫn từ đơn vị nhỏ đến đơn vị lớn (điểm, khoản, Điều, Mục, Chương, Phần)",
                                            en: "\"\(written)\": cite from the smallest unit to the largest (điểm, khoản, Điều, Mục, Chương, Phần)"))
        }
    }
}
