import VanBan

/// VB205 structure-numbering
///
/// What: Phần/Chương numbered in Arabic digits (`Chương 1`), Mục/Tiểu mục in
/// Roman numerals (`Mục I`), điểm lettered with letters outside the Vietnamese
/// alphabet (`f)`, `j)`, `w)`, `z)`), khoản numbered `1)` inside an article, or
/// `Điều 1:` instead of `Điều 1.`.
/// Why: NĐ 30/2020 Phụ lục I, II.6.c–đ (and ND 34/2016 Điều 62 for legal
/// normative documents): Phần/Chương take Roman numerals, Mục/Tiểu mục Arabic
/// numbers, Điều `Điều N.`, khoản `N.`, điểm `a)` … in the order a b c d đ e g h i k l m n o p q r s t u v x y.
/// Fix: safe for delimiters; unsafe for renumbering (references may follow).
public struct StructureNumbering: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB205", name: "structure-numbering", severity: .error,
        source: "NĐ 30/2020 Phụ lục I, mục II.6.c–đ; NĐ 34/2016 Điều 62",
        summary: LocalizedText(vi: "Đánh số Phần, Chương, Mục, Điều, khoản, điểm sai quy định", en: "Phần/Chương/Mục/Điều/khoản/điểm numbered the wrong way"),
        explanation: LocalizedText(
            vi: "Phần, Chương đánh số La Mã (`Chương II`); Mục, Tiểu mục đánh số Ả Rập (`Mục 2`); Điều viết `Điều 5.`; khoản đánh số Ả Rập kèm dấu chấm (`1.`); điểm dùng chữ cái tiếng Việt kèm dấu đóng ngoặc đơn theo thứ tự a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y (không có f, j, w, z). Điểm dùng chữ f, j, w, z là lỗi (error). Sửa dấu an toàn; đổi số (ví dụ `Chương 1` → `Chương I`) cần xác nhận.",
            en: "Phần and Chương take Roman numerals (`Chương II`); Mục and Tiểu mục Arabic numbers (`Mục 2`); an article reads `Điều 5.`; a khoản `1.`; a điểm a Vietnamese letter and a parenthesis in the order a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z). A điểm lettered f, j, w or z is an error. Delimiter fixes are safe; renumbering (`Chương 1` → `Chương I`) is unsafe."),
        fixSafety: .safe,
        triggering: [RuleExample("Chương 1\nQUY ĐỊNH CHUNG", violations: 1, fixed: "Chương I\nQUY ĐỊNH CHUNG"),
                     RuleExample("Mục II\nTHỦ TỤC", violations: 1, fixed: "Mục 2\nTHỦ TỤC"),
                     RuleExample("Điều 1: Phạm vi điều chỉnh", violations: 1, fixed: "Điều 1. Phạm vi điều chỉnh"),
                     RuleExample("Điều 1. Phạm vi\n1) Nội dung một.\n2) Nội dung hai.", violations: 2, fixed: "Điều 1. Phạm vi\n1. Nội dung một.\n2. Nội dung hai."),
                     RuleExample("Điều 1. Phạm vi\n1. Gồm:\ne) Nội dung e;\nf) Nội dung f.", violations: 1)],
        nonTriggering: [RuleExample("Chương I\nQUY ĐỊNH CHUNG\nMục 1\nPHẠM VI\nĐiều 1. Phạm vi điều chỉnh\n1. Gồm:\na) Nội dung a;\nđ) Nội dung đ."),
                        RuleExample("I. MỤC ĐÍCH\n1) Nội dung một.")])
    static let roman = [1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX", 10: "X", 11: "XI", 12: "XII", 13: "XIII", 14: "XIV", 15: "XV", 16: "XVI", 17: "XVII", 18: "XVIII", 19: "XIX", 20: "XX"]
    static func arabic(_ roman: String) -> Int? { Self.roman.first { $0.value == roman }?.key }

    /// Every unit of the document's tree, then of each attachment's, depth
    /// first. The nodes are read in place (array and index), and a node's
    /// parent is known by its level only: no `StructureNode` (four strings
    /// and its children) is copied.
    public func check(_ ctx: RuleContext) {
        let doc = ctx.document
        walk(doc.structure, parentLevel: nil, ctx)
        for a in doc.attachments { walk(a.structure, parentLevel: nil, ctx) }
    }

    func walk(_ nodes: [StructureNode], parentLevel: StructureLevel?, _ ctx: RuleContext) {
        for k in nodes.indices {
            check(nodes, k, parentLevel: parentLevel, ctx)
            walk(nodes[k].children, parentLevel: nodes[k].level, ctx)
        }
    }

    func check(_ nodes: [StructureNode], _ k: Int, parentLevel: StructureLevel?, _ ctx: RuleContext) {
        // Made when read: most Điều and khoản are never reported, and their
        // numbers are read only then.
        var num: String { nodes[k].number.text }
        switch nodes[k].level {
        case .phan, .chuong:
            let num = num
            if let v = Int(num), let r = Self.roman[v] {
                ctx.report(nodes[k].number.range, LocalizedText(vi: "\(nodes[k].keyword?.text ?? "Chương") đánh số La Mã: “\(r)”.", en: "\(nodes[k].keyword?.text ?? "Chương") takes a Roman numeral: “\(r)”."),
                           fixes: [ctx.fix(nodes[k].number.range, r, LocalizedText(vi: "Đổi thành “\(r)”", en: "Change to “\(r)”"), safety: .unsafe)], severity: .warning)
            }
        case .muc, .tieuMuc:
            if let v = Self.arabic(num) {
                ctx.report(nodes[k].number.range, LocalizedText(vi: "Mục đánh số Ả Rập: “\(v)”.", en: "A Mục takes an Arabic number: “\(v)”."),
                           fixes: [ctx.fix(nodes[k].number.range, String(v), LocalizedText(vi: "Đổi thành “\(v)”", en: "Change to “\(v)”"), safety: .unsafe)], severity: .warning)
            }
        case .dieu:
            if let d = nodes[k].delimiter, d.text == ":" {
                ctx.report(d.range, LocalizedText(vi: "Viết “Điều \(num).” (dấu chấm sau số điều).", en: "Write “Điều \(num).” (a period after the number)."),
                           fixes: [ctx.fix(d.range, ".", LocalizedText(vi: "Đổi thành dấu chấm", en: "Change to a period"))], severity: .warning)
            }
        case .khoan:
            if let d = nodes[k].delimiter, d.text == ")", parentLevel == .dieu {
                ctx.report(d.range, LocalizedText(vi: "Khoản đánh số “\(num).”, không dùng “\(num))”.", en: "A khoản is numbered “\(num).”, not “\(num))”."),
                           fixes: [ctx.fix(d.range, ".", LocalizedText(vi: "Đổi thành dấu chấm", en: "Change to a period"))], severity: .warning)
            }
        case .diem:
            let num = num
            if num == "f" || num == "j" || num == "w" || num == "z" {
                ctx.report(nodes[k].number.range, LocalizedText(vi: "Chữ “\(num)” không có trong bảng chữ cái tiếng Việt: điểm đánh theo thứ tự a, b, c, d, đ, e, g, h, i, k…",
                                                         en: "“\(num)” is not a Vietnamese letter: điểm run a, b, c, d, đ, e, g, h, i, k…"))
            }
        case .romanHeading:
            break
        }
    }
}
