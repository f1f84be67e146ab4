import VanBan

/// VB303 signer-name-case
///
/// What: the signer's name written in capitals (`NGUYỄN VĂN A`).
/// Why: NĐ 30/2020 Phụ lục I, II.7.c and the table of mục V: the name is in
/// normal case (bold), `Nguyễn Văn A`.
/// Fix: unsafe (title case of each word).
public struct SignerNameCase: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB303", name: "signer-name-case", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, mục II.7.c; mục V",
        summary: LocalizedText(vi: "Họ tên người ký viết chữ thường, không in hoa", en: "Signer's name in normal case, not capitals"),
        explanation: LocalizedText(
            vi: "Họ và tên người ký trình bày bằng chữ in thường (chữ cái đầu mỗi tiếng viết hoa), kiểu chữ đứng, đậm: `Nguyễn Văn A`, không viết `NGUYỄN VĂN A`. Sửa tự động cần xác nhận.",
            en: "The signer's full name is in normal case (each syllable capitalised), upright bold: `Nguyễn Văn A`, not `NGUYỄN VĂN A`. Unsafe fix."),
        fixSafety: .unsafe,
        triggering: [RuleExample("Nội dung./.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNGUYỄN VĂN AN", violations: 1, fixed: "Nội dung./.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn An")],
        nonTriggering: [RuleExample("Nội dung./.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn An")])
    public func check(_ ctx: RuleContext) {
        guard let n = ctx.document.signature?.name, !n.text.hasLowercase, n.text.hasUppercase else { return }
        let fixed = n.text.split(separator: " ").map { String($0).capitalizedWord }.joined(separator: " ")
        let oneLine = !ctx.text(n.range).contains("*")
        ctx.report(n.range, LocalizedText(vi: "Họ tên người ký viết chữ thường: “\(fixed)”.", en: "Write the signer's name in normal case: “\(fixed)”."),
                   fixes: oneLine ? [ctx.fix(n.range, fixed, LocalizedText(vi: "Viết “\(fixed)”", en: "Write “\(fixed)”"), safety: .unsafe)] : [])
    }
}
