import VanBan

/// VB207 heading-title-missing
///
/// What: a Phần, Chương or Mục without a title.
/// Why: NĐ 30/2020 Phụ lục I, II.6.d: when the content is divided into phần,
/// chương, mục, tiểu mục, điều, each has a title.
/// Fix: none.
public struct HeadingsHaveTitles: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB207", name: "heading-title-missing", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, mục II.6.d",
        summary: LocalizedText(vi: "Phần, Chương, Mục phải có tiêu đề", en: "Phần, Chương and Mục need a title"),
        explanation: LocalizedText(
            vi: "Khi nội dung văn bản được bố cục theo phần, chương, mục, mỗi phần, chương, mục phải có tiêu đề: tên chương viết in hoa ngay dưới dòng `Chương I`.",
            en: "When a document is divided into phần, chương and mục, each has a title: the chapter's title in capitals under the `Chương I` line."),
        triggering: [RuleExample("Chương I\n\nĐiều 1. Phạm vi điều chỉnh", violations: 1)],
        nonTriggering: [RuleExample("Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh"), RuleExample("Chương I. QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh")])
    /// Level by level, the untitled units of the document's tree and then
    /// of each attachment's, in text order. The nodes are read in place
    /// (array and index): no copy of a `StructureNode` (four strings and its
    /// children, retained and released per copy) is made.
    public func check(_ ctx: RuleContext) {
        // One walk of each tree for the four levels (findings are sorted
        // by position afterwards, so the order they are found in is moot).
        let doc = ctx.document
        Self.reportUntitled(in: doc.structure, ctx)
        for a in doc.attachments { Self.reportUntitled(in: a.structure, ctx) }
    }

    /// Whether units of the level need a title.
    static func needsTitle(_ level: StructureLevel) -> Bool {
        switch level {
        case .phan, .chuong, .muc, .tieuMuc: return true
        case .dieu, .khoan, .diem, .romanHeading: return false
        }
    }

    /// Reports the units of the titled levels without a title in a tree,
    /// depth first. The finding is made apart (`report`): made here, the
    /// document it reads was copied (two copies of 1,176 bytes) on every
    /// call, one per node with children, before any test. (`case .none`
    /// tests the title without copying it, as `== nil` did.)
    static func reportUntitled(in nodes: [StructureNode], _ ctx: RuleContext) {
        for k in nodes.indices {
            if Self.needsTitle(nodes[k].level), case .none = nodes[k].title { report(nodes[k].range, ctx) }
            reportUntitled(in: nodes[k].children, ctx)
        }
    }

    /// The finding for the untitled unit whose heading is `r`.
    @inline(never)
    static func report(_ r: TextRange, _ ctx: RuleContext) {
        let text = ctx.document.cleanText(r)
        ctx.report(r, LocalizedText(vi: "“\(text)” thiếu tiêu đề.", en: "“\(text)” has no title."))
    }
}
