import VanBan

/// VB310 deputy-without-kt
///
/// What: a deputy's title (`PHÓ CHỦ TỊCH`, `PHÓ GIÁM ĐỐC`) right under a
/// `TM.` line, with no `KT.` line between them.
/// Why: NĐ 30/2020 Phụ lục I, II.7.b: a deputy signs for the head with
/// `KT.`; on behalf of a collective that is `TM. ỦY BAN NHÂN DÂN` /
/// `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` (rules.md R-32, a suspicious combination:
/// warning). Not for a standing committee (`TM. BAN THƯỜNG TRỰC`), whose
/// every member signs on its behalf.
/// Fix: none (the head's title to put after `KT.` is not known for sure).
public struct DeputyUnderTM: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB310", name: "deputy-without-kt", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, mục II.7.b (rules.md R-32)",
        summary: LocalizedText(vi: "Cấp phó ký thay mặt tập thể phải có dòng “KT.”", en: "A deputy signing on behalf of a collective needs a “KT.” line"),
        explanation: LocalizedText(
            vi: "Cấp phó ký thay người đứng đầu ghi `KT.` trước chức vụ người đứng đầu. Khi ký thay mặt tập thể, thể thức là `TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`; viết `PHÓ CHỦ TỊCH` ngay dưới `TM. ỦY BAN NHÂN DÂN` là thiếu dòng `KT. CHỦ TỊCH`. Thường trực, thường vụ (`TM. BAN THƯỜNG TRỰC` / `PHÓ CHỦ TỊCH`, `TM. THƯỜNG TRỰC HĐND`) không bị báo: mỗi thành viên đều ký thay mặt tập thể. Không có sửa tự động: chức vụ người đứng đầu cần người soạn ghi.",
            en: "A deputy signing for the head writes `KT.` before the head's title. On behalf of a collective the form is `TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`; `PHÓ CHỦ TỊCH` right under `TM. ỦY BAN NHÂN DÂN` lacks the `KT. CHỦ TỊCH` line. Standing committees (`TM. BAN THƯỜNG TRỰC` / `PHÓ CHỦ TỊCH`, `TM. THƯỜNG TRỰC HĐND`) are not reported: each member signs on the collective's behalf. No automatic fix: the head's title is for the drafter to write."),
        triggering: [RuleExample("Nội dung./.\n\nTM. ỦY BAN NHÂN DÂN\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A", violations: 1)],
        nonTriggering: [RuleExample("Nội dung./.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A"),
                        RuleExample("Nội dung./.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A"),
                        RuleExample("Nội dung./.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A"),
                        RuleExample("Nội dung./.\n\nTM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A")])

    static let tm = Array("TM.".utf8), kt = Array("KT.".utf8), pho = Array("PHÓ ".utf8)
    static let standing = [Array("THƯỜNG TRỰC".utf8), Array("THƯỜNG VỤ".utf8)]

    public func check(_ ctx: RuleContext) {
        guard let sig = ctx.document.signature, let title = sig.titleLines.first else { return }
        let b = ctx.clean
        let hasTM = sig.authorityLines.contains { Bytes.hasPrefix(b, at: $0.range.start, Self.tm) }
        let hasKT = sig.authorityLines.contains { Bytes.hasPrefix(b, at: $0.range.start, Self.kt) }
        // The title stands after the authority lines, and is a deputy's.
        guard hasTM, !hasKT, sig.authorityLines.allSatisfy({ $0.range.end <= title.range.start }),
              Bytes.hasPrefix(b, at: title.range.start, Self.pho) else { return }
        // A standing committee (`TM. BAN THƯỜNG TRỰC`, `TM. THƯỜNG TRỰC HĐND`,
        // `TM. BAN THƯỜNG VỤ`): each of its members, deputies included,
        // signs on its behalf.
        if sig.authorityLines.contains(where: { a in Self.standing.contains { Bytes.find($0, in: b, from: a.range.start, to: a.range.end) != nil } }) { return }
        ctx.report(title.range, LocalizedText(
            vi: "“\(title.text)” ký thay mặt tập thể phải có dòng “KT.” và chức vụ người đứng đầu ở trên (ví dụ “KT. CHỦ TỊCH”).",
            en: "“\(title.text)” signing on behalf of a collective needs a “KT.” line with the head's title above it (e.g. “KT. CHỦ TỊCH”)."))
    }
}
