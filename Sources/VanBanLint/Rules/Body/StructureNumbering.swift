import VanBan

/// VB205 structure-numbering
///
/// What: Phần/Chương numbered in Arabic digits (`Chương 1`), Mục/Tiểu mục in
/// Roman numerals (`Mục I`), điểm lettered with letters outside the Vietnamese
/// alphabet (`f)`, `j)`, `w)`, `z)`), khoản numbered `1)` inside an article, or
/// `Điều 1:` instead of `Điều 1.`, or `a.` instead of `a)` for a điểm.
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
            vi: "Phần, Chương đánh số La Mã (`Chương II`); Mục, Tiểu mục đánh số Ả Rập (`Mục 2`); Điều viết `Điều 5.`; khoản đánh số Ả Rập kèm dấu chấm (`1.`); điểm dùng chữ cái tiếng Việt kèm dấu đóng ngoặc đơn theo thứ tự a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y (không có f, j, w, z). Điểm dùng chữ f, j, w, z là lỗi (error); điểm viết `a.`, `b.` thay cho `a)`, `b)` được báo khi dòng trước hoặc sau tiếp dãy chữ cái. Sửa dấu an toàn; đổi số (ví dụ `Chương 1` → `Chương I`) cần xác nhận.",
            en: "Phần and Chương take Roman numerals (`Chương II`); Mục and Tiểu mục Arabic numbers (`Mục 2`); an article reads `Điều 5.`; a khoản `1.`; a điểm a Vietnamese letter and a parenthesis in the order a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z). A điểm lettered f, j, w or z is an error; `a.`, `b.` for `a)`, `b)` is reported when a line before or after continues the letters. Delimiter fixes are safe; renumbering (`Chương 1` → `Chương I`) is unsafe."),
        fixSafety: .safe,
        triggering: [RuleExample("Chương 1\nQUY ĐỊNH CHUNG", violations: 1, fixed: "Chương I\nQUY ĐỊNH CHUNG"),
                     RuleExample("Mục II\nTHỦ TỤC", violations: 1, fixed: "Mục 2\nTHỦ TỤC"),
                     RuleExample("Điều 1: Phạm vi điều chỉnh", violations: 1, fixed: "Điều 1. Phạm vi điều chỉnh"),
                     RuleExample("Điều 1. Phạm vi\n1) Nội dung một.\n2) Nội dung hai.", violations: 2, fixed: "Điều 1. Phạm vi\n1. Nội dung một.\n2. Nội dung hai."),
                     RuleExample("Điều 1. Phạm vi\n1. Gồm:\ne) Nội dung e;\nf) Nội dung f.", violations: 1),
                     RuleExample("2. Các hoạt động hưởng ứng\na. Hội chợ ẩm thực biển;\nb. Giải lướt ván diều quốc tế.", violations: 2,
                                 fixed: "2. Các hoạt động hưởng ứng\na) Hội chợ ẩm thực biển;\nb) Giải lướt ván diều quốc tế.")],
        nonTriggering: [RuleExample("Chương I\nQUY ĐỊNH CHUNG\nMục 1\nPHẠM VI\nĐiều 1. Phạm vi điều chỉnh\n1. Gồm:\na) Nội dung a;\nđ) Nội dung đ."),
                        RuleExample("I. MỤC ĐÍCH\n1) Nội dung một."),
                        RuleExample("Đã gửi thư cho ông Nguyễn Văn A.\na. Nguyễn là người ký."),
                        RuleExample("Sổ đăng ký ghi:\n\"a. Quyết định khởi tố vụ án;\nb. Quyết định khởi tố bị can;\nc. Lệnh bắt bị can để tạm giam.\"")])
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
        checkLettersWithPeriod(ctx)
    }

    /// The letters of điểm, in order.
    static let letters: [String] = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]

    /// Per ASCII byte, the index in `letters` of that lower-case letter.
    static let asciiLetterIndex: [Int?] = (0..<256).map { c in
        c < 0x80 ? letters.firstIndex(of: String(UnicodeScalar(UInt8(c)))) : nil
    }

    /// The index of a kind among `LineKind`'s cases (its stored tag: the
    /// enum has no payloads), for a test by bit mask without a branch.
    @inline(__always) static func caseIndex(_ kind: LineKind) -> UInt32 {
        UInt32(unsafeBitCast(kind, to: UInt8.self))
    }

    /// Bit `caseIndex(k)` set for the kinds of line `checkLettersWithPeriod`
    /// reads: a điểm written `b)` is a heading, and may be the neighbour.
    /// (`LineKind` has fewer than 32 cases.)
    static let markerKinds: UInt32 = [LineKind.paragraph, .listItem, .heading].reduce(0) { $0 | 1 << caseIndex($1) }

    /// Per byte: 1 for a letter of `letters` (ASCII) and C4 (`đ`'s first byte).
    static let firstByte: [UInt8] = (0..<256).map { c in asciiLetterIndex[c] != nil || c == 0xC4 ? 1 : 0 }

    /// Per byte: 1 for `.`, `)` and 0x91 (`đ`'s second byte).
    static let secondByte: [UInt8] = (0..<256).map { c in c == 0x2E || c == 0x29 || c == 0x91 ? 1 : 0 }

    /// The điểm letter opening a line as `a.` or `a)` (then a blank and a
    /// letter), its index in `letters`, and whether it has the period.
    static func marker(_ b: [UInt8], _ r: TextRange) -> (index: Int, period: Bool, delimiter: Int)? {
        guard r.end - r.start >= 4 else { return nil }
        let len = b[r.start] == 0xC4 && b[r.start + 1] == 0x91 ? 2 : 1   // `đ` is two bytes
        let d = r.start + len
        guard d + 2 < r.end, b[d] == UInt8(ascii: ".") || b[d] == UInt8(ascii: ")"), b[d + 1] == 0x20,
              Bytes.isLetter(at: d + 2, in: b) else { return nil }
        // The letter's index in `letters`, read on the byte (`đ` comes after `d`).
        let i: Int
        if len == 2 { i = 4 } else {
            guard let k = asciiLetterIndex[Int(b[r.start])] else { return nil }
            i = k
        }
        return (i, b[d] == UInt8(ascii: "."), d)
    }

    /// Whether the list around line `k` is quoted (a line of it opens with
    /// a quotation mark, or its line closes one): quoted text is someone
    /// else's words, not the document's own structure.
    static func inQuotedList(_ b: [UInt8], _ lines: [LineInfo], _ k: Int) -> Bool {
        let quoteOpen: [[UInt8]] = [[0x22], Array("“".utf8)], quoteClose: [[UInt8]] = [[0x22], Array("”".utf8)]
        var i = k
        while i >= 0 && k - i <= 6 {
            let t = lines[i].trimmed
            if t.end == t.start { break }   // a blank line ends the list
            if quoteOpen.contains(where: { Bytes.hasPrefix(b, at: t.start, $0) }) { return true }
            i -= 1
        }
        let t = lines[k].trimmed
        return quoteClose.contains { q in t.end - t.start > q.count && Array(b[(t.end - q.count)..<t.end]) == q }
            || (b[t.end - 1] == UInt8(ascii: ".") && quoteClose.contains { q in t.end - t.start > q.count + 1 && Array(b[(t.end - 1 - q.count)..<(t.end - 1)]) == q })
    }

    /// `a. Nội dung` for a điểm (rules.md R-28 lists `a. b. c.` as wrong):
    /// reported when a neighbouring line within six continues or precedes
    /// the sequence (`a.` then `b)` or `b.`), so that a lone initial or
    /// abbreviation opening a line is not taken for a điểm.
    func checkLettersWithPeriod(_ ctx: RuleContext) {
        let b = ctx.clean
        let lines = ctx.document.lines
        var markers: [(line: Int, index: Int, period: Bool, delimiter: Int)] = []
        // Headings too: a điểm written `b)` is one, and may be the neighbour.
        // The lines and bytes read without bounds checks: `k` is an index
        // of `lines`, and a line's trimmed range lies in `clean`.
        // `marker` needs a letter of `letters` then `.` or `)`, or C4 91
        // (`đ`), and four bytes or more: the line's first two bytes leave
        // out almost every line, read by look-up (`firstByte`,
        // `secondByte`; a letter then 0x91, or C4 then `.`, cannot be in
        // UTF-8). The kind and those bytes are tested together, as bits,
        // in one branch (taken for few lines): a branch on the kind alone
        // was mispredicted for one line in two, one on the second byte
        // (`1.` passed it) for one in three. (The length is `marker`'s.)
        guard b.count >= 2 else { return }
        lines.withUnsafeBufferPointer { lp in
            b.withUnsafeBufferPointer { bp in
                Self.firstByte.withUnsafeBufferPointer { first in
                    Self.secondByte.withUnsafeBufferPointer { second in
                        // (`at` and `at + 1` lie in `clean`; a line of four
                        // bytes or more starts at `at`.)
                        let last = bp.count - 2
                        for k in 0..<lp.count {
                            let r = lp[k].trimmed
                            let at = min(r.start, last)
                            let bytes = first[Int(bp[at])] & second[Int(bp[at + 1])]
                            if Self.markerKinds &>> Self.caseIndex(lp[k].kind) & UInt32(bytes) != 0,
                               let m = Self.marker(b, r) { markers.append((k, m.index, m.period, m.delimiter)) }
                        }
                    }
                }
            }
        }
        for (j, m) in markers.enumerated() where m.period {
            let next = j + 1 < markers.count && markers[j + 1].line - m.line <= 6 && markers[j + 1].index == m.index + 1
            let previous = j > 0 && m.line - markers[j - 1].line <= 6 && markers[j - 1].index == m.index - 1
            guard next || previous, !Self.inQuotedList(b, lines, m.line) else { continue }
            let letter = Self.letters[m.index]
            ctx.report(TextRange(m.delimiter, m.delimiter + 1),
                       LocalizedText(vi: "Điểm đánh bằng chữ cái kèm dấu đóng ngoặc: “\(letter))”, không dùng “\(letter).”.",
                                     en: "A điểm is lettered with a parenthesis: “\(letter))”, not “\(letter).”."),
                       fixes: [ctx.fix(TextRange(m.delimiter, m.delimiter + 1), ")", LocalizedText(vi: "Đổi thành dấu đóng ngoặc", en: "Change to a parenthesis"))],
                       severity: .warning)
        }
    }

    func walk(_ nodes: [StructureNode], parentLevel: StructureLevel?, _ ctx: RuleContext) {
        for k in nodes.indices {
            check(nodes, k, parentLevel: parentLevel, ctx)
            walk(nodes[k].children, parentLevel: nodes[k].level, ctx)
        }
    }

    func check(_ nodes: [StructureNode], _ k: Int, parentLevel: StructureLevel?, _ ctx: RuleContext) {
        // Made when read: most Điều and khoản are never reported, and their
        // numbers are read only then. The tests read the bytes (`FieldBytes`).
        var num: String { nodes[k].number.text }
        let b = ctx.clean
        switch nodes[k].level {
        case .phan, .chuong:
            if let v = FieldBytes.int(b, nodes[k].number.range), let r = Self.roman[v] {
                ctx.report(nodes[k].number.range, LocalizedText(vi: "\(nodes[k].keyword?.text ?? "Chương") đánh số La Mã: “\(r)”.", en: "\(nodes[k].keyword?.text ?? "Chương") takes a Roman numeral: “\(r)”."),
                           fixes: [ctx.fix(nodes[k].number.range, r, LocalizedText(vi: "Đổi thành “\(r)”", en: "Change to “\(r)”"), safety: .unsafe)], severity: .warning)
            }
        case .muc, .tieuMuc:
            if let v = FieldBytes.roman(b, nodes[k].number.range) {
                ctx.report(nodes[k].number.range, LocalizedText(vi: "Mục đánh số Ả Rập: “\(v)”.", en: "A Mục takes an Arabic number: “\(v)”."),
                           fixes: [ctx.fix(nodes[k].number.range, String(v), LocalizedText(vi: "Đổi thành “\(v)”", en: "Change to “\(v)”"), safety: .unsafe)], severity: .warning)
            }
        case .dieu:
            if let d = nodes[k].delimiter, FieldBytes.equals(b, d.range, ":") {
                ctx.report(d.range, LocalizedText(vi: "Viết “Điều \(num).” (dấu chấm sau số điều).", en: "Write “Điều \(num).” (a period after the number)."),
                           fixes: [ctx.fix(d.range, ".", LocalizedText(vi: "Đổi thành dấu chấm", en: "Change to a period"))], severity: .warning)
            }
        case .khoan:
            if parentLevel == .dieu, let d = nodes[k].delimiter, FieldBytes.equals(b, d.range, ")") {
                ctx.report(d.range, LocalizedText(vi: "Khoản đánh số “\(num).”, không dùng “\(num))”.", en: "A khoản is numbered “\(num).”, not “\(num))”."),
                           fixes: [ctx.fix(d.range, ".", LocalizedText(vi: "Đổi thành dấu chấm", en: "Change to a period"))], severity: .warning)
            }
        case .diem:
            let r = nodes[k].number.range
            if r.end - r.start == 1, case let c = b[r.start], c == UInt8(ascii: "f") || c == UInt8(ascii: "j") || c == UInt8(ascii: "w") || c == UInt8(ascii: "z") {
                let num = num
                ctx.report(nodes[k].number.range, LocalizedText(vi: "Chữ “\(num)” không có trong bảng chữ cái tiếng Việt: điểm đánh theo thứ tự a, b, c, d, đ, e, g, h, i, k…",
                                                         en: "“\(num)” is not a Vietnamese letter: điểm run a, b, c, d, đ, e, g, h, i, k…"))
            }
        case .romanHeading:
            break
        }
    }
}
