import VanBan

/// VB106 number-no-spaces
///
/// What: blanks inside the number/symbol (`15 / QĐ - BNV`).
/// Why: NĐ 30/2020 Phụ lục I, II.3.b: the parts are joined by `/` and `-`
/// "không cách chữ".
/// Fix: safe, removes the blanks.
public struct NumberNoSpaces: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB106", name: "number-no-spaces", severity: .error,
        source: "NĐ 30/2020 Phụ lục I, mục II.3.b",
        summary: LocalizedText(vi: "Số, ký hiệu văn bản không được có khoảng trắng", en: "No blanks inside the number and symbol"),
        explanation: LocalizedText(
            vi: "Giữa số, năm và ký hiệu là dấu gạch chéo (/), giữa các nhóm chữ viết tắt là gạch nối (-), không cách chữ: `15/QĐ-BNV`, không viết `15 / QĐ - BNV`. Sửa tự động an toàn: xóa khoảng trắng.",
            en: "Number, year and symbol are joined by `/`, the symbol's groups by `-`, with no blanks: `15/QĐ-BNV`, not `15 / QĐ - BNV`. Safe fix: remove the blanks."),
        fixSafety: .safe,
        triggering: [RuleExample("Số: 15 / QĐ - BNV", violations: 1, fixed: "Số: 15/QĐ-BNV"),
                     RuleExample("Số: 1640 /TCT-HTQT", violations: 1, fixed: "Số: 1640/TCT-HTQT")],
        nonTriggering: [RuleExample("Số: 15/QĐ-BNV"), RuleExample("Số:\n15/QĐ-BNV")])
    public func check(_ ctx: RuleContext) {
        guard let n = ctx.document.header.number?.number, n.hasSpaces else { return }
        let raw = ctx.text(n.range)
        // A line break inside comes from layout (a table cell), not from the drafter.
        guard !raw.contains("\n"), !raw.contains("\r"), !raw.contains("*") else { return }
        // Blank templates ("…/QĐ", "  /TTr-BTC") keep their placeholder blanks.
        guard !n.sequence.isEmpty, n.sequence.allSatisfy(\.isNumber) else { return }
        // "1640 /TCT-HTQT": a number stamped into the blank of a printed form
        // leaves a blank before the slash only; real, but a lesser matter.
        let onlyBeforeSlash = raw.replacingBlankBeforeFirstSlash() == n.normalized
        ctx.report(n.range, LocalizedText(vi: "Số, ký hiệu có khoảng trắng: viết “\(n.normalized)”.",
                                          en: "Blanks inside the number: write “\(n.normalized)”."),
                   fixes: [ctx.fix(n.range, n.normalized, LocalizedText(vi: "Xóa khoảng trắng", en: "Remove the blanks"))],
                   severity: onlyBeforeSlash ? .info : nil)
    }
}

extension String {
    /// The text with the blanks right before the first `/` removed.
    func replacingBlankBeforeFirstSlash() -> String {
        guard let slash = firstIndex(of: "/") else { return self }
        var head = self[..<slash]
        while let l = head.last, l == " " || l == "\t" { head = head.dropLast() }
        return String(head) + self[slash...]
    }
}
