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

    /// The position of a unit's number in its sequence (`c` → 3, `IV` → 4):
    /// a điểm's letter in `letters` (the same as `StructureNumbering.letters`),
    /// a Roman numeral or a number. Read on the number's bytes (`FieldBytes`):
    /// its text is made only for a finding.
    static func ordinal(_ level: StructureLevel, _ b: [UInt8], _ r: TextRange) -> Int? {
        switch level {
        case .diem:
            // One letter of `letters`: an ASCII one, or `đ`.
            let n = r.end - r.start
            if n == 1 { return StructureNumbering.asciiLetterIndex[Int(b[r.start])].map { $0 + 1 } }
            if n == 2 && b[r.start] == 0xC4 && b[r.start + 1] == 0x91 { return 5 }
            return nil
        case .chuong, .phan, .romanHeading: return FieldBytes.roman(b, r) ?? FieldBytes.int(b, r)
        default: return FieldBytes.int(b, r)
        }
    }

    /// The levels whose siblings form a sequence (Điều form one through the document).
    static let siblingLevels: [StructureLevel] = [.phan, .chuong, .khoan, .diem, .romanHeading]

    /// One bit per level (`rank` gives two levels the same number).
    static func bit(_ level: StructureLevel) -> UInt8 {
        switch level {
        case .phan: return 1
        case .chuong: return 2
        case .muc: return 4
        case .tieuMuc: return 8
        case .dieu: return 16
        case .khoan: return 32
        case .diem: return 64
        case .romanHeading: return 128
        }
    }

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
        // (Most lists hold one level, or a single node: the levels present
        // are noted in one pass, and only those with two nodes or more are
        // walked again.)
        var once: UInt8 = 0, twice: UInt8 = 0
        for k in nodes.indices {
            let bit = Self.bit(nodes[k].level)
            twice |= once & bit
            once |= bit
        }
        if twice != 0 {
            for level in siblingLevels where twice & Self.bit(level) != 0 {
                var seq = SequenceCheck()
                for k in nodes.indices where nodes[k].level == level { seq.visit(nodes, k, ctx) }
            }
        }
        for k in nodes.indices where !nodes[k].children.isEmpty { siblings(nodes[k].children, ctx) }
    }

    /// One sequence of units, fed in order: reports a number that neither
    /// follows the previous one nor restarts at 1.
    struct SequenceCheck {
        var prev: Int?

        mutating func visit(_ nodes: [StructureNode], _ k: Int, _ ctx: RuleContext) {
            let level = nodes[k].level
            // A bare "Điều 14" line with no period and no title is often a cell
            // of a flattened table: it neither breaks nor continues a sequence.
            if level == .dieu && nodes[k].delimiter == nil && nodes[k].title == nil { return }
            guard let v = StructureSequence.ordinal(level, ctx.clean, nodes[k].number.range) else { prev = nil; return }
            if let p = prev, v != p + 1, v != 1 {
                let text = nodes[k].number.text
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
