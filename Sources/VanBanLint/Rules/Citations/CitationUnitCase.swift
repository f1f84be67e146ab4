import VanBan

/// VB412 citation-unit-case: `Điều`, `Chương`, `Mục`, `Phần` of a specific
/// document are capitalised; `khoản` and `điểm` stay lower case (ND30; TT01
/// capitalised `Khoản`/`Điểm` too, so only `điều`, `chương`… are checked there).
public struct CitationUnitCase: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB412", name: "citation-unit-case", severity: .warning, appliesToNonDocuments: true,
        source: "NĐ 30/2020 Phụ lục II, V.7 (rules.md R-25; TT 01/2011 Phụ lục VI capitalises Khoản, Điểm: §14)",
        summary: LocalizedText(vi: "Viết hoa sai tên đơn vị được viện dẫn", en: "Wrong case of a cited unit word"),
        explanation: LocalizedText(
            vi: "Viết hoa chữ cái đầu của Phần, Chương, Mục, Tiểu mục, Điều khi viện dẫn; khoản, điểm viết thường: `điểm a khoản 2 Điều 5`. Văn bản theo Thông tư 01/2011 viết hoa cả Khoản, Điểm nên chỉ kiểm tra Điều, Chương, Mục, Phần. Sửa: đổi chữ hoa/thường.",
            en: "Capitalise Phần, Chương, Mục, Tiểu mục, Điều in a reference; khoản and điểm stay lower case: `điểm a khoản 2 Điều 5`. Documents under Circular 01/2011 capitalise Khoản and Điểm, so only Điều, Chương, Mục, Phần are checked there. Fix: change the case."),
        fixSafety: .safe,
        triggering: [
            RuleExample("Theo quy định tại điểm a khoản 2 điều 5 Nghị định số 30/2020/NĐ-CP.", violations: 1,
                        fixed: "Theo quy định tại điểm a khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP."),
            RuleExample("BỘ NỘI VỤ\nSố: 15/BNV-VP\nV/v công tác văn thư\nHà Nội, ngày 10 tháng 3 năm 2021\n\nKính gửi: Các đơn vị\n\nTheo quy định tại Điểm a Khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP.\n", violations: 2,
                        fixed: "BỘ NỘI VỤ\nSố: 15/BNV-VP\nV/v công tác văn thư\nHà Nội, ngày 10 tháng 3 năm 2021\n\nKính gửi: Các đơn vị\n\nTheo quy định tại điểm a khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP.\n"),
        ],
        nonTriggering: [
            RuleExample("Theo quy định tại điểm a khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP."),
            RuleExample("Theo quy định tại Khoản 2 Điều 5 Thông tư số 01/2011/TT-BNV.", regime: .tt01),
            RuleExample("BỘ NỘI VỤ\nSố: 15/BNV-VP\nV/v công tác văn thư\nHà Nội, ngày 10 tháng 3 năm 2015\n\nKính gửi: Các đơn vị\n\nTheo quy định tại Khoản 2 Điều 5 Thông tư số 01/2011/TT-BNV.\n"),
            RuleExample("Sửa đổi, bổ sung các điều 26, 27 và 28 của Nghị định số 30/2020/NĐ-CP."),
            RuleExample("Khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP quy định như sau."),
        ])

    /// `các điều 26, 27 và 28`, `một số điều`: plural, generic, lower case.
    static let pluralCues: [[UInt8]] = ["các", "những", "số", "Các", "Những"].map { Array($0.utf8) }

    /// Whether capitalised `Khoản`/`Điểm` is a deviation: ND30 regime, or a
    /// legal normative document dated from 05/3/2020 (TT 01 capitalised them).
    static func lowerCaseKhoanApplies(_ context: RuleContext) -> Bool {
        // The date must be known: an undated draft may be of either era.
        guard context.regime != .tt01, let d = context.document.date else { return false }
        return d >= SimpleDate(year: 2020, month: 3, day: 5)!
    }

    /// Whether every letter of `text` is a capital and it has more than one
    /// scalar. An ASCII lower-case letter answers at once (`Điều`, `khoản`:
    /// nearly every unit word); the Unicode properties (slow on this
    /// toolchain) only for the rest.
    /// `isAllCaps(kw.text)`, answered on the bytes when an ASCII lower-case
    /// letter is among them (nearly every keyword: `Điều`, `khoản`).
    static func isAllCaps(_ b: [UInt8], _ kw: Field) -> Bool {
        for k in kw.range.start..<kw.range.end where b[k] >= 0x61 && b[k] <= 0x7A { return false }
        return isAllCaps(kw.text)
    }

    static func isAllCaps(_ text: String) -> Bool {
        if text.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return false }
        return text.unicodeScalars.filter({ ScalarClass.isAlphabetic($0) }).allSatisfy({ ScalarClass.isUppercase($0) }) && text.unicodeScalars.count > 1
    }

    public func check(_ context: RuleContext) {
        let b = context.clean
        let khoanApplies = Self.lowerCaseKhoanApplies(context)
        // (The units counted in place: a citation is copied, a retain and a
        // release, only when it has one.)
        let cits = context.analysis.citations.citations
        for i in cits.indices where !cits[i].units.isEmpty {
            let c = cits[i]
            // A citation in an editorial note is not checked. The test reads
            // back up to 400 bytes: made once a unit would be reported.
            var inNote: Bool?
            func skipped() -> Bool {
                if let known = inNote { return known }
                let v = CitationChecks.inEditorialNote(b, c.range.start)
                inNote = v
                return v
            }
            // (The units' fields read in place: a `UnitReference` copied is
            // a retain of each of its fields' storage and of its numbers.)
            let list = c.units
            units: for ui in list.indices {
                // The units no case applies to first: their keyword's text
                // is not made.
                switch list[ui].unit {
                case .muc, .phan, .tieuMuc, .phuLuc: continue
                case .khoan, .diem: if !khoanApplies { continue }
                case .dieu, .chuong: if list[ui].firstNumber == nil { continue }
                }
                let kw = list[ui].keyword
                // (Read on the keyword's bytes; its text is made for a finding.)
                var text: String { kw.text }
                guard let first = FieldBytes.firstScalar(kw, b) else { continue }
                let isUpper = ScalarClass.isUppercase(first)
                // ALL CAPS ("ĐIỀU 5") is a heading style, not a case slip:
                // tested once the first letter calls for a finding.
                switch list[ui].unit {
                case .khoan, .diem:
                    guard isUpper, khoanApplies, !Self.isAllCaps(b, kw), !CitationChecks.atSentenceStart(b, kw.range.start) else { continue }
                    if skipped() { break units }
                    let text = text
                    let fixed = CitationChecks.lowercasedFirst(text)
                    context.report(kw.range, LocalizedText(vi: "\"\(text)\" viết thường khi viện dẫn: \(fixed)", en: "\"\(text)\" should be lower case in a reference: \(fixed)"),
                                   fixes: [context.fix(kw.range, fixed, LocalizedText(vi: "Viết thường", en: "Lower-case it"))])
                case .dieu, .chuong:
                    // Lower-case "mục 2", "phần 1" are often generic sections of a report: not checked.
                    guard !isUpper, !Self.isAllCaps(b, kw), let n = list[ui].firstNumber, !b[kw.range.end..<n.range.start].contains(0x0A) else { continue }
                    let prev = CitationChecks.previousWord(b, kw.range.start)
                    if Self.pluralCues.contains(where: { $0[...] == prev }) { continue }
                    if skipped() { break units }
                    let text = text
                    let fixed = CitationChecks.capitalised(text)
                    context.report(kw.range, LocalizedText(vi: "\"\(text)\" viết hoa chữ cái đầu khi viện dẫn: \(fixed)", en: "\"\(text)\" should be capitalised in a reference: \(fixed)"),
                                   fixes: [context.fix(kw.range, fixed, LocalizedText(vi: "Viết hoa", en: "Capitalise"))])
                case .muc, .phan, .tieuMuc, .phuLuc:
                    continue
                }
            }
        }
    }
}
