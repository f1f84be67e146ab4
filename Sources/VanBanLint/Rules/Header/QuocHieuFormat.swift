import VanBan

/// VB102 quoc-hieu-format
///
/// What: the Quốc hiệu is not written in capitals, or a word is misspelt.
/// Why: NĐ 30/2020 Phụ lục I, II.1 prescribes `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`
/// in capitals (both `HÒA` and `HOÀ` are accepted: the decree uses both).
/// Fix: safe, rewrites the line in capitals.
public struct QuocHieuFormat: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB102", name: "quoc-hieu-format", severity: .error,
        source: "NĐ 30/2020 Phụ lục I, mục II.1",
        summary: LocalizedText(vi: "Quốc hiệu không viết in hoa đúng", en: "Quốc hiệu not in capitals"),
        explanation: LocalizedText(
            vi: "Quốc hiệu viết bằng chữ in hoa: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` (chấp nhận cả `HOÀ`). Sửa tự động an toàn: chuyển thành chữ in hoa.",
            en: "The national title is written in capitals: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` (`HOÀ` is accepted too). Safe fix: upper-case the line."),
        fixSafety: .safe,
        triggering: [RuleExample("Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc", violations: 1,
                                 fixed: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")],
        nonTriggering: [RuleExample("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
                        RuleExample("**CỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**")])
    public func check(_ ctx: RuleContext) {
        guard let q = ctx.document.header.quocHieu else { return }
        let written = ctx.document.cleanText(q.range)
        guard written.hasLowercase else { return }
        // Diacritics lost (OCR) are not this rule's business: only case.
        guard Vietnamese.stripDiacritics(written) != written || written.contains("Ộ") || written.contains("ộ") else { return }
        // Fix only when the field is on one line with no markup inside.
        var fixes: [Fix] = []
        if !ctx.text(q.range).contains("\n") && !ctx.text(q.range).contains("*") {
            fixes = [ctx.fix(q.range, written.uppercased(), LocalizedText(vi: "Viết in hoa Quốc hiệu", en: "Upper-case the national title"))]
        }
        ctx.report(q.range, LocalizedText(
            vi: "Quốc hiệu phải viết in hoa: “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”.",
            en: "The national title must be in capitals: “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”."), fixes: fixes)
    }
}
