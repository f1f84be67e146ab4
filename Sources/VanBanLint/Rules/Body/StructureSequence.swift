import VanBan

/// VB206 structure-sequence
///
/// What: a gap or a repeat in the numbering of articles, chapters, khoản or
/// điểm (`Điều 2` then `Điều 4`; `a)`, `b)`, `d)`; `e)` then `f)` is VB205).
/// Why: NĐ 30/2020 Phụ lục I, II.6.c–đ: units are numbered in order (Điều in one
/// sequence through the document; khoản within an article; điểm within a
/// khoản, in the order of the Vietnamese alphabet). A numbering that restarts
/// at 1 (an attached regulation) is not a gap. Gaps among Điều, Chương and
/// Phần are warnings; among khoản, điểm and report headings, information
/// (lists there are often nested or broken by the layout).
/// Fix: none (renumbering changes references).
public struct StructureSequence: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB206", name: "structure-sequence", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, mục II.6.c–đ",
        summary: LocalizedText(vi: "Số thứ tự Điều, khoản, điểm bị nhảy hoặc lặp", en: "Gap or repeat in the numbering of units"),
        explanation: LocalizedText(
            vi: "Điều được đánh số liên tục trong toàn văn bản; khoản đánh số liên tục trong mỗi điều; điểm theo thứ tự chữ cái tiếng Việt a, b, c, d, đ, e, g, h, i, k… trong mỗi khoản. Đánh số lại từ 1 (ví dụ quy chế ban hành kèm theo) không bị báo. Nhảy số Điều, Chương, Phần là cảnh báo; nhảy số khoản, điểm, đề mục là thông tin. Không sửa tự động vì các viện dẫn có thể phụ thuộc vào số.",
            en: "Articles are numbered in one sequence through the document; khoản within each article; điểm follow the Vietnamese alphabet a, b, c, d, đ, e, g, h, i, k… within each khoản. A restart at 1 (an attached regulation) is not flagged. Gaps among Điều, Chương and Phần are warnings; among khoản, điểm and headings, information. No fix: references may depend on the numbers."),
        triggering: [RuleExample("Điều 1. Phạm vi\nĐiều 2. Đối tượng\nĐiều 4. Hiệu lực", violations: 1),
                     RuleExample("Điều 1. Phạm vi\n1. Một.\n2. Hai.\n2. Hai nữa.", violations: 1),
                     RuleExample("Điều 1. Phạm vi\n1. Gồm:\na) Một;\nb) Hai;\nd) Bốn.", violations: 1)],
        nonTriggering: [RuleExample("Điều 1. Phạm vi\n1. Gồm:\na) Một;\nb) Hai;\nc) Ba;\nd) Bốn;\nđ) Năm;\ne) Sáu;\ng) Bảy.\nĐiều 2. Hiệu lực"),
                        RuleExample("Điều 1. Ban hành Quy chế.\nĐiều 2. Hiệu lực.\nĐiều 1. Phạm vi\nĐiều 2. Đối tượng")])
    static let letters = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]

    func ordinal(_ n: StructureNode) -> Int? {
        let t = n.number.text
        switch n.level {
        case .diem: return Self.letters.firstIndex(of: t).map { $0 + 1 }
        case .chuong, .phan, .romanHeading: return StructureNumbering.arabic(t) ?? Int(t)
        default: return Int(t)
        }
    }

    public func check(_ ctx: RuleContext) {
        var seqs: [[StructureNode]] = [StructureNode.collect(.dieu, in: ctx.document.structure)]
        for a in ctx.document.attachments { seqs.append(StructureNode.collect(.dieu, in: a.structure)) }
        func siblings(_ nodes: [StructureNode]) {
            for level in [StructureLevel.phan, .chuong, .khoan, .diem, .romanHeading] {
                let same = nodes.filter { $0.level == level }
                if same.count > 1 { seqs.append(same) }
            }
            for n in nodes { siblings(n.children) }
        }
        siblings(ctx.document.structure)
        for a in ctx.document.attachments { siblings(a.structure) }
        for seq in seqs { checkSequence(seq, ctx) }
    }

    func checkSequence(_ seq: [StructureNode], _ ctx: RuleContext) {
        var prev: Int?
        for n in seq {
            // A bare "Điều 14" line with no period and no title is often a cell
            // of a flattened table: it neither breaks nor continues a sequence.
            if n.delimiter == nil && n.title == nil && n.level == .dieu { continue }
            guard let v = ordinal(n) else { prev = nil; continue }
            if let p = prev, v != p + 1, v != 1 {
                let expected: String
                if n.level == .diem, p < Self.letters.count { expected = Self.letters[p] } else if [.chuong, .phan, .romanHeading].contains(n.level), let r = StructureNumbering.roman[p + 1] { expected = r } else { expected = String(p + 1) }
                ctx.report(n.number.range, LocalizedText(vi: v == p ? "Số thứ tự “\(n.number.text)” bị lặp; số tiếp theo phải là “\(expected)”." : "Số thứ tự nhảy: sau số trước phải là “\(expected)”, không phải “\(n.number.text)”.",
                                                         en: v == p ? "“\(n.number.text)” is repeated; the next number is “\(expected)”." : "Gap in the numbering: “\(expected)” should come next, not “\(n.number.text)”."),
                           severity: [.dieu, .chuong, .phan].contains(n.level) ? nil : .info)
            }
            prev = v
        }
    }
}
