import VanBan

/// VB107 symbol-case
///
/// What: lower-case letters in the symbol (`15/qđ-bnv`), other than the
/// official mixed-case codes `QyĐ`, `CTr`, `TTr`, `TrS`.
/// Why: NĐ 30/2020 Phụ lục I, II.3.b: the symbol is written in capitals.
/// Fix: safe, upper-cases the symbol (keeping the official mixed-case codes).
public struct SymbolCase: Rule {
    public init() {}
    static let mixedCase: [String: String] = ["QYĐ": "QyĐ", "CTR": "CTr", "TTR": "TTr", "TRS": "TrS", "TTG": "TTg"]
    public static let metadata = RuleMetadata(
        code: "VB107", name: "symbol-case", severity: .error,
        source: "NĐ 30/2020 Phụ lục I, mục II.3.b",
        summary: LocalizedText(vi: "Ký hiệu văn bản phải viết in hoa", en: "The symbol must be in capitals"),
        explanation: LocalizedText(
            vi: "Ký hiệu văn bản (chữ viết tắt tên loại, tên cơ quan, đơn vị) viết bằng chữ in hoa: `15/QĐ-BNV`. Ngoại lệ là các chữ viết tắt chính thức có chữ thường: `QyĐ`, `CTr`, `TTr`, `TrS` (Phụ lục III) và `TTg`. Sửa tự động an toàn.",
            en: "The symbol (type code, agency and unit abbreviations) is in capitals: `15/QĐ-BNV`. The official mixed-case codes `QyĐ`, `CTr`, `TTr`, `TrS` (Phụ lục III) and `TTg` are exceptions. Safe fix."),
        fixSafety: .safe,
        triggering: [RuleExample("Số: 15/QĐ-bnv", violations: 1, fixed: "Số: 15/QĐ-BNV"),
                     RuleExample("Số: 12/Ubnd-VX", violations: 1, fixed: "Số: 12/UBND-VX")],
        nonTriggering: [RuleExample("Số: 15/QĐ-BNV"), RuleExample("Số: 07/TTr-BTC"), RuleExample("Số: 1605/QĐ-TTg"), RuleExample("Số: 03/QyĐ-UBND")])
    public func check(_ ctx: RuleContext) {
        guard let n = ctx.document.header.number?.number, !n.hasSpaces else { return }
        let groups = n.symbolParts
        var fixed: [String] = []
        var wrong = false
        for g in groups {
            if let official = Self.mixedCase[g.uppercased()] {
                if g != official { wrong = true }
                fixed.append(official)
            } else {
                if g.hasLowercase { wrong = true }
                fixed.append(g.uppercased())
            }
        }
        guard wrong else { return }
        let symbol = fixed.joined(separator: "-")
        let raw = ctx.text(n.range)
        guard let slash = raw.lastIndex(of: "/") else { return }
        let prefix = raw[...slash]
        let r = TextRange(n.range.start + prefix.utf8.count, n.range.end)
        ctx.report(r, LocalizedText(vi: "Ký hiệu văn bản phải viết in hoa: “\(symbol)”.", en: "The symbol must be in capitals: “\(symbol)”."),
                   fixes: [ctx.fix(r, symbol, LocalizedText(vi: "Viết in hoa ký hiệu", en: "Upper-case the symbol"))])
    }
}
