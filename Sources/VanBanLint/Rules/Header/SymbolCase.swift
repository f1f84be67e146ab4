import VanBan

/// VB107 symbol-case
///
/// What: a symbol group written in lower case or as a capitalised word
/// (`15/qđ-bnv`, `12/Ubnd-VX`), or an official mixed-case code written
/// otherwise (`QYĐ` for `QyĐ`). Groups that mix capitals and lower case on
/// purpose are agencies' own codes and are left alone (`2591/BTP-KTrVB`,
/// `SGDĐT-GDTrH`): rules.md R-11 allows lower-case letters, R-12 leaves
/// unit codes to each agency.
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
            vi: "Ký hiệu văn bản (chữ viết tắt tên loại, tên cơ quan, đơn vị) viết bằng chữ in hoa: `15/QĐ-BNV`. Ngoại lệ là các chữ viết tắt chính thức có chữ thường: `QyĐ`, `CTr`, `TTr`, `TrS` (Phụ lục III) và `TTg`; các mã đơn vị do cơ quan tự đặt có cả chữ hoa lẫn chữ thường (`KTrVB`, `GDTrH`) cũng không bị báo. Chỉ báo nhóm viết toàn chữ thường (`qđ`) hoặc viết hoa chữ đầu như một từ (`Ubnd`). Sửa tự động an toàn.",
            en: "The symbol (type code, agency and unit abbreviations) is in capitals: `15/QĐ-BNV`. The official mixed-case codes `QyĐ`, `CTr`, `TTr`, `TrS` (Phụ lục III) and `TTg` are exceptions, and so are agencies' own unit codes that mix capitals and lower case on purpose (`KTrVB`, `GDTrH`). Only a group in lower case (`qđ`) or capitalised like a word (`Ubnd`) is reported. Safe fix."),
        fixSafety: .safe,
        triggering: [RuleExample("Số: 15/QĐ-bnv", violations: 1, fixed: "Số: 15/QĐ-BNV"),
                     RuleExample("Số: 12/Ubnd-VX", violations: 1, fixed: "Số: 12/UBND-VX"),
                     RuleExample("Số: 15/qđ-ubnd", violations: 1, fixed: "Số: 15/QĐ-UBND")],
        nonTriggering: [RuleExample("Số: 15/QĐ-BNV"), RuleExample("Số: 07/TTr-BTC"), RuleExample("Số: 1605/QĐ-TTg"), RuleExample("Số: 03/QyĐ-UBND"),
                        RuleExample("Số: 2591/BTP-KTrVB"), RuleExample("Số: 118/SGDĐT-GDTrH")])

    /// A group with lower-case letters and at most one capital: all lower
    /// case (`qđ`) or a capitalised word (`Ubnd`). Two capitals or more with
    /// lower case (`KTrVB`, `GDTrH`, `TTrBQP`) is an agency's own code.
    static func isCaseError(_ g: String) -> Bool {
        var upper = 0, lower = 0
        for ch in g.unicodeScalars where ScalarClass.isAlphabetic(ch) {
            if ScalarClass.isUppercase(ch) { upper += 1 } else if ScalarClass.isLowercase(ch) { lower += 1 }
        }
        return lower > 0 && upper <= 1
    }
    public func check(_ ctx: RuleContext) {
        guard let n = ctx.document.header.number?.number, !n.hasSpaces else { return }
        let groups = n.symbolParts
        var fixed: [String] = []
        var wrong = false
        for g in groups {
            if let official = Self.mixedCase[g.uppercased()] {
                if g != official { wrong = true }
                fixed.append(official)
            } else if Self.isCaseError(g) {
                wrong = true
                fixed.append(g.uppercased())
            } else {
                fixed.append(g)
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
