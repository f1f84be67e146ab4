import VanBan

/// VB416 citation-superseded: a document relied on (căn cứ, `theo`, `thực
/// hiện`) that no longer governed at the citing document's date, with what
/// replaced it.
public struct CitationSuperseded: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB416", name: "citation-superseded", severity: .warning,
        source: "NĐ 30/2020 Điều 37 (replaces NĐ 110/2004, NĐ 09/2010; rules.md R-01); the document catalog",
        summary: LocalizedText(vi: "Căn cứ vào văn bản đã hết hiệu lực", en: "Relies on a document no longer in force"),
        explanation: LocalizedText(
            vi: "Khi văn bản được dẫn làm căn cứ (hoặc `theo`, `thực hiện`, `quy định tại`) đã bị thay thế trước ngày ban hành của văn bản, phải dẫn văn bản thay thế. Ví dụ: từ 05/3/2020 công tác văn thư theo Nghị định số 30/2020/NĐ-CP, không còn theo Nghị định số 110/2004/NĐ-CP, Nghị định số 09/2010/NĐ-CP hay Thông tư số 01/2011/TT-BNV. Lần nhắc đến để nói về việc thay thế, bãi bỏ, hoặc về việc đã làm trong một năm văn bản cũ còn hiệu lực (`Năm 2019, … theo quy định tại …`), không bị báo.",
            en: "When a document relied on (căn cứ, `theo`, `thực hiện`, `quy định tại`) had been replaced before the citing document's date, cite its replacement. E.g. from 05/3/2020 records management follows Decree 30/2020/NĐ-CP, not Decree 110/2004/NĐ-CP, 09/2010/NĐ-CP or Circular 01/2011/TT-BNV. Mentions about the replacement itself, or about work done in a year when the old text still governed (`Năm 2019, … theo quy định tại …`), are not reported."),
        triggering: [RuleExample("BỘ NỘI VỤ\nSố: 15/QĐ-BNV\nHà Nội, ngày 10 tháng 3 năm 2021\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế công tác văn thư\n\nCăn cứ Nghị định số 110/2004/NĐ-CP của Chính phủ về công tác văn thư;\n", violations: 1),
                     RuleExample("BỘ NỘI VỤ\nSố: 15/BNV-VP\nV/v công tác văn thư\nHà Nội, ngày 10 tháng 3 năm 2021\n\nKính gửi: Các đơn vị\n\nĐề nghị các đơn vị lập hồ sơ năm 2021 theo quy định tại Nghị định số 110/2004/NĐ-CP của Chính phủ.\n", violations: 1)],
        nonTriggering: [
            RuleExample("BỘ NỘI VỤ\nSố: 15/QĐ-BNV\nHà Nội, ngày 10 tháng 3 năm 2019\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế công tác văn thư\n\nCăn cứ Nghị định số 110/2004/NĐ-CP của Chính phủ về công tác văn thư;\n"),
            RuleExample("BỘ NỘI VỤ\nSố: 15/BNV-VP\nV/v công tác văn thư\nHà Nội, ngày 10 tháng 3 năm 2021\n\nKính gửi: Các đơn vị\n\nNghị định số 30/2020/NĐ-CP đã thay thế Nghị định số 110/2004/NĐ-CP của Chính phủ.\n"),
            RuleExample("BỘ NỘI VỤ\nSố: 15/BC-BNV\nHà Nội, ngày 10 tháng 3 năm 2021\n\nBÁO CÁO\nTổng kết công tác văn thư\n\nNăm 2019, Bộ đã lập hồ sơ theo quy định tại Nghị định số 110/2004/NĐ-CP của Chính phủ.\n"),
        ])

    static let relyCues: [[UInt8]] = ["căn cứ", "Căn cứ", "theo", "Theo", "thực hiện", "Thực hiện", "quy định tại", "hướng dẫn tại", "tại"].map { Array($0.utf8) }
    static let historyCues: [[UInt8]] = ["thay thế", "bãi bỏ", "hết hiệu lực", "thay cho", "trước đây", "sửa đổi"].map { Array($0.utf8) }

    public func check(_ context: RuleContext) {
        let doc = context.document
        guard let own = doc.date else { return }
        let b = context.clean
        let entries = context.analysis.catalogEntries
        let cits = context.analysis.citations.citations
        for i in cits.indices where cits[i].form == .numbered {
            // (The form read in place: a citation is copied, a retain and a
            // release, only when numbered.)
            let c = cits[i]
            guard c.form == .numbered, let n = c.number, let e = entries[i],
                  e.status == .replaced || e.status == .expired, let until = e.until, own > until else { continue }
            let lo = max(0, c.range.start - 60), hi = min(b.count, c.range.end + 60)
            if Self.historyCues.contains(where: { Bytes.find($0, in: b, from: lo, to: hi) != nil }) { continue }
            let inPreamble = CitationChecks.inPreamble(doc, c.range.start)
            let relied = inPreamble
                || Self.relyCues.contains(where: { Bytes.find($0, in: b, from: max(0, c.range.start - 30), to: c.range.start) != nil })
            guard relied else { continue }
            // "Năm 2024, … theo quy định tại Nghị định số 34/2016/NĐ-CP":
            // work done while the old text governed, not reliance today.
            if !inPreamble, Self.namesYearBefore(b, sentenceTo: c.range.start, until: until.year) { continue }
            let by = e.replacedBy.isEmpty ? "" : e.replacedBy.joined(separator: ", ")
            let vi = by.isEmpty ? "\(n.normalized) không còn hiệu lực từ sau ngày \(until.day)/\(until.month)/\(until.year)"
                : "\(n.normalized) đã được thay thế bởi \(by) (không còn áp dụng sau ngày \(until.day)/\(until.month)/\(until.year))"
            let en = by.isEmpty ? "\(n.normalized) no longer governs after \(until)" : "\(n.normalized) was replaced by \(by) (no longer governs after \(until))"
            context.report(c.range, LocalizedText(vi: vi + (e.source(of: "status").map { " [\($0)]" } ?? ""), en: en + (e.source(of: "status").map { " [\($0)]" } ?? "")),
                           tags: [.deprecated])
        }
    }

    /// Whether the sentence before `end` (back to a `.`, `;`, `:` or line
    /// end, at most 400 bytes) names a year up to `until` (four digits, not
    /// part of a number such as `34/2016/NĐ-CP`).
    static func namesYearBefore(_ b: [UInt8], sentenceTo end: Int, until: Int) -> Bool {
        var start = end
        while start > 0 && end - start < 400 {
            let c = b[start - 1]
            if c == 0x2E || c == 0x3B || c == 0x3A || c == 0x0A || c == 0x0D { break }
            start -= 1
        }
        var i = start
        while i < end {
            guard b[i] >= 0x30 && b[i] <= 0x39 else { i += 1; continue }
            var j = i
            while j < end && b[j] >= 0x30 && b[j] <= 0x39 { j += 1 }
            let before: UInt8 = i > 0 ? b[i - 1] : 0x20
            let after: UInt8 = j < b.count ? b[j] : 0x20
            if j - i == 4, before != 0x2F, after != 0x2F, before != 0x2D, after != 0x2D {
                var y = 0
                for k in i..<j { y = y * 10 + Int(b[k] - 0x30) }
                if y >= 1945 && y <= until { return true }
            }
            i = j
        }
        return false
    }
}
