/// Renders a rule's documentation (what `vblint explain` prints, and what
/// the language server shows on hover).
public enum RuleDocs {
    public static func render(_ m: RuleMetadata, lang: MessageLanguage) -> String {
        let vi = lang == .vi
        var s = "# \(m.code) \(m.name)\n\n"
        s += "\(m.summary.text(lang))\n\n"
        s += (vi ? "Mức độ: " : "Severity: ") + m.severity.rawValue + "\n"
        s += (vi ? "Áp dụng: " : "Regimes: ") + m.regimes.map(\.rawValue).sorted().joined(separator: ", ") + "\n"
        s += (vi ? "Căn cứ: " : "Source: ") + m.source + "\n"
        if let f = m.fixSafety { s += (vi ? "Sửa tự động: " : "Fix: ") + (f == .safe ? (vi ? "an toàn" : "safe") : (vi ? "cần xác nhận" : "unsafe")) + "\n" }
        s += "\n" + m.explanation.text(lang) + "\n"
        if !m.triggering.isEmpty {
            s += "\n" + (vi ? "## Sai" : "## Wrong") + "\n"
            for e in m.triggering { s += "\n```\n\(e.text)\n```\n"; if let f = e.fixed { s += (vi ? "Sửa thành:" : "Fixed:") + "\n```\n\(f)\n```\n" } }
        }
        if !m.nonTriggering.isEmpty {
            s += "\n" + (vi ? "## Đúng" : "## Right") + "\n"
            for e in m.nonTriggering { s += "\n```\n\(e.text)\n```\n" }
        }
        return s
    }
}
