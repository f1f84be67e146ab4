import VanBan

/// VB105 number-leading-zero
///
/// What: a document number below 10 written without a leading zero (`Số: 5/QĐ-BNV`).
/// Why: NĐ 30/2020 Phụ lục I, II.3.a: "số nhỏ hơn 10 phải ghi thêm số 0 phía
/// trước"; the same for legal normative documents (Luật 80/2015 Điều 10).
/// Fix: safe, writes `05`.
public struct NumberLeadingZero: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB105", name: "number-leading-zero", severity: .error,
        source: "NĐ 30/2020 Phụ lục I, mục II.3.a; Luật 80/2015/QH13 Điều 10",
        summary: LocalizedText(vi: "Số văn bản nhỏ hơn 10 phải có số 0 phía trước", en: "Numbers below 10 need a leading zero"),
        explanation: LocalizedText(
            vi: "Số của văn bản ghi bằng chữ số Ả Rập; số nhỏ hơn 10 phải ghi thêm số 0 phía trước: `Số: 05/BNV-VP`. Sửa tự động an toàn.",
            en: "The document number is written in Arabic digits; a number below 10 takes a leading zero: `Số: 05/BNV-VP`. Safe fix."),
        fixSafety: .safe,
        triggering: [RuleExample("Số: 5/QĐ-BNV", violations: 1, fixed: "Số: 05/QĐ-BNV"),
                     RuleExample("Số: 7/2024/NĐ-CP", violations: 1, fixed: "Số: 07/2024/NĐ-CP")],
        nonTriggering: [RuleExample("Số: 05/QĐ-BNV"), RuleExample("Số: 15/QĐ-BNV"), RuleExample("Số:      /TTr-BTC"), RuleExample("Số: 0125/KH-UBND")])
    public func check(_ ctx: RuleContext) {
        guard let n = ctx.document.header.number?.number else { return }
        let seq = n.sequence
        guard seq.count == 1, let d = seq.first, d.isNumber, d != "0" else { return }
        // The sequence starts the number's range (as written, no spaces before).
        let r = TextRange(n.range.start, n.range.start + 1)
        guard ctx.text(r) == String(d) else { return }
        ctx.report(r, LocalizedText(vi: "Số nhỏ hơn 10 phải có số 0 phía trước: viết “0\(d)”.",
                                    en: "A number below 10 takes a leading zero: write “0\(d)”."),
                   fixes: [ctx.fix(r, "0\(d)", LocalizedText(vi: "Thêm số 0", en: "Add the leading zero"))])
    }
}
