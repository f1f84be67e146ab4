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
    public func check(_ ctx: RuleContext) {
        var all = ctx.document.structure
        for a in ctx.document.attachments { all += a.structure }
        for level in [StructureLevel.phan, .chuong, .muc, .tieuMuc] {
            for n in StructureNode.collect(level, in: all) where n.title == nil {
                ctx.report(n.range, LocalizedText(vi: "“\(ctx.document.cleanText(n.range))” thiếu tiêu đề.", en: "“\(ctx.document.cleanText(n.range))” has no title."))
            }
        }
    }
}
