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

    /// The position of a unit's number in its sequence (`c` → 3, `IV` → 4).
    static func ordinal(_ level: StructureLevel, _ t: String) -> Int? {
        switch level {
        case .diem: return Self.letters.firstIndex(of: t).map { $0 + 1 }
        case .chuong, .phan, .romanHeading: return StructureNumbering.arabic(t) ?? Int(t)
        default: return Int(t)
        }
    }

    /// The levels whose siblings form a sequence (Điều form one through the document).
    static let siblingLevels: [StructureLevel] = [.phan, .chuong, .khoan, .diem, .romanHeading]

    /// Checks the Điều of the document and of each attachment (each in text
    /// order, through the tree), then, parent by parent in text order, the
    /// siblings of each level of `siblingLevels` (when there are two or more).
    ///
    /// The nodes are read in place in their arrays (index and field), never
    /// copied: a `StructureNode` holds four strings and its children, and a
    /// copy retains and releases them all.
    public func check(_ ctx: RuleContext) {
        let doc = ctx.document
        var dieu = SequenceCheck()
        Self.visitDieu(doc.structure, &dieu, ctx)
        for a in doc.attachments {
            var seq = SequenceCheck()
            Self.visitDieu(a.structure, &seq, ctx)
        }
        Self.siblings(doc.structure, ctx)
        for a in doc.attachments { Self.siblings(a.structure, ctx) }
    }

    /// Feeds the Điều of a tree to `seq`, in text order (depth first).
    static func visitDieu(_ nodes: [StructureNode], _ seq: inout SequenceCheck, _ ctx: RuleContext) {
        for k in nodes.indices {
            if nodes[k].level == .dieu { seq.visit(nodes, k, ctx) }
            visitDieu(nodes[k].children, &seq, ctx)
        }
    }

    /// Checks each level's sequence among `nodes`, then the children of each node.
    static func siblings(_ nodes: [StructureNode], _ ctx: RuleContext) {
        for level in siblingLevels {
            var count = 0
            for k in nodes.indices where nodes[k].level == level { count += 1 }
            guard count > 1 else { continue }
            var seq = SequenceCheck()
            for k in nodes.indices where nodes[k].level == level { seq.visit(nodes, k, ctx) }
        }
        for k in nodes.indices { siblings(nodes[k].children, ctx) }
    }

    /// One sequence of units, fed in order: reports a number that neither
    /// follows the previous one nor restarts at 1.
    struct SequenceCheck {
        var prev: Int?

        mutating func visit(_ nodes: [StructureNode], _ k: Int, _ ctx: RuleContext) {
            let level = nodes[k].level
            // A bare "Điều 14" line with no period and no title is often a cell
            // of a flattened table: it neither breaks nor continues a sequence.
            if nodes[k].delimiter == nil && nodes[k].title == nil && level == .dieu { return }
            let text = nodes[k].number.text
            guard let v = StructureSequence.ordinal(level, text) else { prev = nil; return }
            if let p = prev, v != p + 1, v != 1 {
                let expected: String
                if level == .diem, p < StructureSequence.letters.count { expected = StructureSequence.letters[p] } else if [.chuong, .phan, .romanHeading].contains(level), let r = StructureNumbering.roman[p + 1] { expected = r } else { expected = String(p + 1) }
                // (The message is written when read: this rule has many findings.)
                let repeated = v == p
                ctx.report(nodes[k].number.range, LocalizedText(deferred: { lang in
                    lang == .vi ? (repeated ? "Số thứ tự “\(text)” bị lặp; số tiếp theo phải là “\(expected)”." : "Số thứ tự nhảy: sau số trước phải là “\(expected)”, không phải “\(text)”.")
                                : (repeated ? "“\(text)” is repeated; the next number is “\(expected)”." : "Gap in the numbering: “\(expected)” should come next, not “\(text)”.") }),
                           severity: [.dieu, .chuong, .phan].contains(level) ? nil : .info)
            }
            prev = v
        }
    }
}
