import VanBan

/// VB301 authority-prefix-format
///
/// What: a signing-authority prefix written wrong: `KT BỘ TRƯỞNG` (no period),
/// `K/T.`, `T/M`, `T.M`, `Kt. Bộ trưởng`.
/// Why: NĐ 30/2020 Phụ lục I, II.7.b: the prefixes are `TM.`, `KT.`, `TL.`,
/// `TUQ.`, `Q.` in capitals with a period.
/// Fix: safe, rewrites the prefix.
public struct AuthorityPrefixFormat: Rule {
    public init() {}
    static let canonical: [String: String] = ["TM": "TM.", "T/M": "TM.", "KT": "KT.", "K/T": "KT.", "TL": "TL.", "T/L": "TL.", "TUQ": "TUQ.", "Q": "Q.",
                                                  "T.M": "TM.", "K.T": "KT.", "T.L": "TL."]
    public static let metadata = RuleMetadata(
        code: "VB301", name: "authority-prefix-format", severity: .error,
        source: "NĐ 30/2020 Phụ lục I, mục II.7.b, II.7.đ; mục V (dòng 7)",
        summary: LocalizedText(vi: "Quyền hạn người ký viết sai (TM., KT., TL., TUQ., Q.)", en: "Signing-authority prefix malformed (TM., KT., TL., TUQ., Q.)"),
        explanation: LocalizedText(
            vi: "Trước chức vụ người ký ghi chữ viết tắt quyền hạn bằng chữ in hoa, có dấu chấm: `TM.` (thay mặt tập thể), `KT.` (ký thay người đứng đầu), `TL.` (thừa lệnh), `TUQ.` (thừa ủy quyền), `Q.` (quyền). Ví dụ `KT. BỘ TRƯỞNG`. Sai: `KT BỘ TRƯỞNG`, `K/T. BỘ TRƯỞNG`. Sửa tự động an toàn.",
            en: "The authority prefix before the signer's title is in capitals with a period: `TM.` (on behalf of a collective), `KT.` (signing for the head), `TL.` (by order), `TUQ.` (by authorisation), `Q.` (acting). E.g. `KT. BỘ TRƯỞNG`. Wrong: `KT BỘ TRƯỞNG`, `K/T. BỘ TRƯỞNG`. Safe fix."),
        fixSafety: .safe,
        triggering: [RuleExample("Nội dung./.\n\nKT BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn A", violations: 1, fixed: "Nội dung./.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn A"),
                     RuleExample("Nội dung./.\n\nT/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A", violations: 1, fixed: "Nội dung./.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A"),
                     RuleExample("Nội dung./.\n\nT.M BAN THƯỜNG TRỰC\nCHỦ TỊCH\n\nNguyễn Văn A", violations: 1, fixed: "Nội dung./.\n\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n\nNguyễn Văn A")],
        nonTriggering: [RuleExample("Nội dung./.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn A"), RuleExample("Nội dung./.\n\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nHồ Đức Phớc")])
    public func check(_ ctx: RuleContext) {
        guard let sig = ctx.document.signature else { return }
        for line in sig.authorityLines {
            let t = line.text
            // The prefix: up to the first blank.
            let head = t.prefix { $0 != " " && $0 != "\t" }
            let headText = String(head)
            let bare = headText.hasSuffix(".") ? String(headText.dropLast()) : headText
            guard let want = Self.canonical[bare.uppercased()] else { continue }
            if headText == want { continue }
            let r = TextRange(line.range.start, line.range.start + headText.utf8.count)
            ctx.report(r, LocalizedText(vi: "Viết quyền hạn ký là “\(want)” (chữ in hoa, có dấu chấm), không viết “\(headText)”.",
                                        en: "Write the authority prefix “\(want)” (capitals and a period), not “\(headText)”."),
                       fixes: [ctx.fix(r, want, LocalizedText(vi: "Viết “\(want)”", en: "Write “\(want)”"))])
        }
    }
}
