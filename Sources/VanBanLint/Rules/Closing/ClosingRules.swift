import VanBan

/// The rules of this group, listed once here (the registry joins the groups).
enum ClosingRules {
    static let all: [any Rule.Type] = [
        AuthorityPrefixFormat.self, SignerAcademicTitle.self, SignerNameCase.self, SignatureMissing.self,
        NoiNhanLabel.self, NoiNhanItems.self, LuuFormat.self, LuuMissing.self, NoiNhanNhuTren.self, DeputyUnderTM.self,
    ]

    /// Whether the Nơi nhận block sits in a Markdown table cell that holds
    /// several lines (`<br>`): the parser reads such a cell as one line, so
    /// its items and the signature beside it are not told apart, and the
    /// rules about missing parts do not judge it.
    static func endBlockInCellWithBreaks(_ doc: Document) -> Bool {
        guard let nn = doc.noiNhan else { return false }
        let line = doc.source.lineRange(doc.source.line(of: nn.label.range.start))
        return MarkupCleaner.containsLineBreakTag(doc.source.bytes, in: line)
    }
}
