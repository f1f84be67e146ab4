import VanBan

/// VB009 unused-suppression: a `vblint-disable` comment that suppresses nothing.
/// Reported by the engine after all rules ran (see `Suppressions`).
public struct UnusedSuppression: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB009", name: "unused-suppression", severity: .hint, appliesToNonDocuments: true,
        source: "vblint",
        summary: LocalizedText(vi: "Chú thích tắt kiểm tra không có tác dụng", en: "Suppression comment that suppresses nothing"),
        explanation: LocalizedText(
            vi: "Một chú thích `<!-- vblint-disable… -->` không tắt phát hiện nào: lỗi đã được sửa hoặc mã quy tắc viết sai. Xóa chú thích để bản thảo gọn và để các lỗi sau này không bị che.",
            en: "A `<!-- vblint-disable… -->` comment suppresses no finding: the problem was fixed or the code is misspelt. Remove it so the draft stays clean and later problems are not hidden."),
        fixSafety: .unsafe,
        triggering: [RuleExample("<!-- vblint-disable-next-line VB501 -->\nMột câu đúng chính tả.", violations: 1)],
        nonTriggering: [RuleExample("Một câu đúng chính tả.")])
    public func check(_ context: RuleContext) {}
}
