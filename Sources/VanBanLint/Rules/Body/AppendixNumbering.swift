import VanBan

/// VB209 appendix-numbering
///
/// What: a document with two or more appendices numbered in Arabic digits
/// (`Phụ lục 1`, `Phụ lục 2`).
/// Why: NĐ 30/2020 Phụ lục I, III.1: with two or more appendices, each is
/// numbered in Roman numerals (`Phụ lục I`, `Phụ lục II`).
/// Fix: unsafe (references to the appendices may need the same change).
public struct AppendixNumbering: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB209", name: "appendix-numbering", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, mục III.1",
        summary: LocalizedText(vi: "Phụ lục đánh số La Mã khi có từ hai phụ lục", en: "Appendices take Roman numerals when there are two or more"),
        explanation: LocalizedText(
            vi: "Văn bản có từ hai phụ lục trở lên thì các phụ lục được đánh số thứ tự bằng chữ số La Mã: `Phụ lục I`, `Phụ lục II`. Sửa tự động cần xác nhận vì các viện dẫn tới phụ lục cũng phải đổi.",
            en: "With two or more appendices, each is numbered in Roman numerals: `Phụ lục I`, `Phụ lục II`. Unsafe fix, since references to the appendices must change too."),
        fixSafety: .unsafe,
        triggering: [RuleExample("Nội dung./.\n\nPhụ lục 1\nDANH MỤC A\n\nPhụ lục 2\nDANH MỤC B", violations: 2, fixed: "Nội dung./.\n\nPhụ lục I\nDANH MỤC A\n\nPhụ lục II\nDANH MỤC B")],
        nonTriggering: [RuleExample("Nội dung./.\n\nPhụ lục I\nDANH MỤC A\n\nPhụ lục II\nDANH MỤC B"), RuleExample("Nội dung./.\n\nPhụ lục\nDANH MỤC A")])
    static let phuLuc = [Array("Phụ lục".utf8), Array("PHỤ LỤC".utf8)]

    public func check(_ ctx: RuleContext) {
        let b = ctx.clean
        var headings: [(number: TextRange, value: Int?)] = []
        guard !b.isEmpty else { return }
        // Both spellings start with `P`: most lines stop at their first
        // byte, in one branch, taken for few lines. The byte is read for
        // an empty line too (its start, or the text's last byte; the prefix
        // test then fails): a branch on emptiness was mispredicted for one
        // line in three. The lines and that byte are read without bounds
        // checks (`k` is an index of `lines`, `first` one of `b`).
        let starts: [Int] = ctx.document.lines.withUnsafeBufferPointer { lp in
            b.withUnsafeBufferPointer { bp in
                var found: [Int] = []
                let last = bp.count - 1
                for k in 0..<lp.count where bp[min(lp[k].trimmed.start, last)] == 0x50 { found.append(k) }
                return found
            }
        }
        let lines = ctx.document.lines
        for k in starts {
            let t = lines[k].trimmed
            guard let p = Self.phuLuc.first(where: { Bytes.hasPrefix(b, at: t.start, $0, end: t.end) }) else { continue }
            var i = t.start + p.count
            guard i < t.end, Bytes.isBlank(b[i]) else { continue }
            while i < t.end && Bytes.isBlank(b[i]) { i += 1 }
            let s = i
            while i < t.end && (Bytes.isDigit(b[i]) || Bytes.isASCIIUpper(b[i])) { i += 1 }
            // The heading line holds only "Phụ lục N" (maybe with a period or colon).
            var e = i
            while e < t.end && (b[e] == UInt8(ascii: ".") || b[e] == UInt8(ascii: ":") || Bytes.isBlank(b[e])) { e += 1 }
            guard i > s, e == t.end else { continue }
            let num = ctx.document.cleanText(TextRange(s, i))
            if let v = Int(num) { headings.append((TextRange(s, i), v)) } else if StructureNumbering.arabic(num) != nil { headings.append((TextRange(s, i), nil)) }
        }
        guard headings.count >= 2 else { return }
        for h in headings {
            guard let v = h.value, let r = StructureNumbering.roman[v] else { continue }
            ctx.report(h.number, LocalizedText(vi: "Văn bản có nhiều phụ lục: đánh số La Mã, “Phụ lục \(r)”.", en: "Several appendices: number them in Roman numerals, “Phụ lục \(r)”."),
                       fixes: [ctx.fix(h.number, r, LocalizedText(vi: "Đổi thành “\(r)”", en: "Change to “\(r)”"), safety: .unsafe)])
        }
    }
}
