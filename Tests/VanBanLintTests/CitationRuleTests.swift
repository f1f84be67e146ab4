import Testing
@testable import VanBan
@testable import VanBanLint

/// Every VB4xx rule's right and wrong examples run as tests; plus the seed
/// documents and specific precision cases.
@Suite struct CitationRuleTests {
    static let rules: [any Rule] = CitationRules.all.map { $0.init() }

    func lint(_ text: String, code: String, regime: Regime? = nil, catalog: DocumentCatalog? = nil) -> (LintResult, [Diagnostic]) {
        var o = LintOptions()
        o.select = [code]
        o.regime = regime
        if let catalog { o.catalog = catalog }
        let r = Linter.lint(SourceText(validUTF8: Array(text.utf8)), options: o)
        return (r, r.diagnostics.filter { $0.code == code })
    }

    @Test func everyRuleHasExamplesAndIsRegistered() {
        #expect(Self.rules.count == 16)
        for r in Self.rules {
            let m = r.metadata
            #expect(m.code.hasPrefix("VB4"))
            #expect(!m.triggering.isEmpty, "\(m.code) has no wrong example")
            #expect(!m.nonTriggering.isEmpty, "\(m.code) has no right example")
            #expect(RuleRegistry.rule(named: m.code) != nil)
        }
        #expect(Set(Self.rules.map { $0.metadata.code }).count == Self.rules.count)
    }

    @Test(arguments: CitationRules.all.map { $0.metadata.code })
    func examples(_ code: String) throws {
        let m = try #require(RuleRegistry.rule(named: code)).metadata
        for ex in m.triggering {
            let (_, d) = lint(ex.text, code: code, regime: ex.regime)
            #expect(d.count == ex.violations, "\(code) wrong example: \(ex.text)\n\(d.map(\.message.vi))")
            if let fixed = ex.fixed {
                let out = Fixer.apply(d, to: Array(ex.text.utf8), includeUnsafe: true)
                #expect(String(decoding: out.bytes, as: UTF8.self) == fixed, "\(code) fix")
                // The fixed text is clean.
                #expect(lint(fixed, code: code, regime: ex.regime).1.isEmpty, "\(code) fixed text still triggers")
            }
        }
        for ex in m.nonTriggering {
            let (_, d) = lint(ex.text, code: code, regime: ex.regime)
            #expect(d.isEmpty, "\(code) right example: \(ex.text)\n\(d.map(\.message.vi))")
        }
    }

    // MARK: Seeds (copied into Tests/Fixtures/citations)

    @Test func conflictMessageSaysNgayOnce() throws {
        let text = "Căn cứ Nghị định số 71/2007/NĐ-CP ngày 03/5/2007 của Chính phủ về quản lý;\nThực hiện Nghị định số 71/2007/NĐ-CP ngày 03/7/2007 của Chính phủ về quản lý."
        let (_, found) = lint(text, code: "VB409")
        let d = try #require(found.first)
        #expect(d.message.vi.contains("ngày 03/7/2007") && d.message.vi.contains("ngày 03/5/2007"), "\(d.message.vi)")
        #expect(!d.message.vi.contains("ngày ngày"), "\(d.message.vi)")
        #expect(!d.message.en.contains("ngày"), "\(d.message.en)")
    }

    @Test func seed000() throws {
        let text = try CitationFixtures.read("seed000.txt")
        var o = LintOptions()
        o.select = ["VB4"]
        let r = Linter.lint(SourceText(validUTF8: Array(text.utf8)), options: o)
        // Only the comma of "Điều 46, Nghị định số 64/2007/NĐ-CP" (info): nothing false.
        #expect(r.diagnostics.map(\.code) == ["VB411"])
        #expect(r.diagnostics.first?.severity == .info)
        #expect(r.diagnostics.first?.hasSafeFix == true)
        // The short second citation resolves to the first full one.
        let g = CitationResolver.resolve(r.document)
        let idx = g.citations.indices.filter { g.citations[$0].number?.normalized == "64/2007/NĐ-CP" }
        #expect(idx.count == 2)
        let second = idx[1]
        #expect(g.citations[second].units.first?.numbers.first?.text == "46")
        #expect(g.resolutions[second].antecedent == idx[0])
        #expect(g.definition(of: second) == g.citations[idx[0]].range)
        #expect(g.references(of: second) == idx)
    }

    @Test func seed002() throws {
        let text = try CitationFixtures.read("seed002.txt")
        var o = LintOptions()
        o.select = ["VB4"]
        let r = Linter.lint(SourceText(validUTF8: Array(text.utf8)), options: o)
        let g = CitationResolver.resolve(r.document)
        let c64 = g.citations.filter { $0.number?.normalized == "64/2007/NĐ-CP" }
        #expect(c64.count == 3)
        #expect(g.documents.filter { $0.number?.normalized == "64/2007/NĐ-CP" }.first?.mentions.count == 3)
        // The three lower-case "nghị định" are flagged, with a safe fix; nothing else.
        #expect(r.diagnostics.map(\.code) == ["VB413", "VB413", "VB413"])
        #expect(r.diagnostics.allSatisfy { $0.hasSafeFix && $0.severity == .warning })
        let fixed = Fixer.apply(r.diagnostics, to: Array(text.utf8), includeUnsafe: false)
        #expect(fixed.appliedFixes == 3)
        #expect(String(decoding: fixed.bytes, as: UTF8.self).contains("Nghị định số 64/2007/NĐ-CP ngày 10/4/2007"))
    }

    // MARK: Precision cases

    @Test func lowerCaseKhoanIsRightUnderTT01() {
        let doc = "BỘ NỘI VỤ\nSố: 15/BNV-VP\nV/v công tác văn thư\nHà Nội, ngày 10 tháng 3 năm 2015\n\nKính gửi: Các đơn vị\n\nTheo Khoản 2 Điều 5 Thông tư số 01/2011/TT-BNV.\n"
        #expect(lint(doc, code: "VB412").1.isEmpty)
    }

    @Test func bareArticleInRunningTextIsNotDangling() {
        let doc = "BỘ NỘI VỤ\nSố: 15/QĐ-BNV\nHà Nội, ngày 10 tháng 3 năm 2021\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Thực hiện theo Điều 46, Điều 47 và khoản 2 Điều 48 Nghị định số 64/2007/NĐ-CP.\nĐiều 2. Hiệu lực.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n"
        #expect(lint(doc, code: "VB414").1.isEmpty)
    }

    @Test func administrativeNumbersOfDifferentYearsAreDifferentDocuments() {
        let t = "Theo Quyết định số 844/QĐ-TTg ngày 18/5/2016 của Thủ tướng Chính phủ và Quyết định số 844/QĐ-TTg ngày 13/5/2026 của Thủ tướng Chính phủ."
        #expect(lint(t, code: "VB409").1.isEmpty)
        // The built-in catalog knows 844/QĐ-TTg of 2026 only (from the corpus or not): a 2016 one is another document.
        #expect(lint(t, code: "VB415").1.isEmpty)
    }

    @Test func conflictPointsAtTheEarlierCitation() throws {
        let t = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư. Theo Nghị định số 30/2020/NĐ-CP ngày 15/3/2020 của Chính phủ."
        let d = try #require(lint(t, code: "VB409").1.first)
        let firstDate = try #require(t.utf8.firstRange(of: "ngày 05/3/2020".utf8))
        let start = t.utf8.distance(from: t.utf8.startIndex, to: firstDate.lowerBound)
        #expect(d.related.first?.range.start == start)
    }

    /// Each citation is reported against the first earlier one it conflicts
    /// with, also when earlier citations repeat (only the first of each way
    /// of citing is compared: VB409 stays linear on much-cited numbers).
    @Test func conflictIsWithTheFirstConflictingEarlierCitation() throws {
        let a = "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ"
        let b = "Nghị định số 30/2020/NĐ-CP ngày 15/3/2020 của Chính phủ"
        let t = "Căn cứ \(a) về công tác văn thư.\nTheo \(a), văn bản có số.\nTheo \(b), văn bản có ngày.\nTheo \(a), văn bản có trích yếu.\n"
        let (r, found) = lint(t, code: "VB409")
        let src = r.document.source
        #expect(found.count == 2)
        // The third line conflicts with the first; the fourth with the third.
        let lines = found.map { src.position(of: $0.range.start, unit: .utf8).line }
        let earlier = found.map { src.position(of: $0.related[0].range.start, unit: .utf8).line }
        #expect(lines == [2, 3])
        #expect(earlier == [0, 2])
        // Many repeats of two dates: every repeat of the second conflicts with the first.
        let many = String(repeating: "Theo \(a), một.\n", count: 300) + String(repeating: "Theo \(b), hai.\n", count: 300)
        let (r2, f2) = lint(many, code: "VB409")
        #expect(f2.count == 300)
        #expect(f2.allSatisfy { r2.document.source.position(of: $0.related[0].range.start, unit: .utf8).line == 0 })
    }

    @Test func issuerMismatchOnlyWhenAnotherBodyIsNamed() {
        #expect(lint("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Bộ trưởng Bộ Nội vụ về công tác văn thư.", code: "VB403").1.count == 1)
        // A truncated or unknown issuer is not a finding.
        #expect(lint("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của cơ quan có thẩm quyền.", code: "VB403").1.isEmpty)
        #expect(lint("Căn cứ Quyết định số 05/QĐ-UBND ngày 05/3/2020 của Chủ tịch Ủy ban nhân dân tỉnh Nam Định.", code: "VB403").1.isEmpty)
    }

    @Test func supersededNeedsTheCitingDateAndReliance() {
        let head = "BỘ NỘI VỤ\nSố: 15/QĐ-BNV\nHà Nội, ngày 10 tháng 3 năm 2021\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế công tác văn thư\n\n"
        let d = lint(head + "Căn cứ Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ hướng dẫn thể thức;\n", code: "VB416").1
        #expect(d.count == 1)
        #expect(d.first?.message.vi.contains("30/2020/NĐ-CP") == true)
        #expect(d.first?.tags == [.deprecated])
        // Before 05/3/2020 TT 01/2011 governed.
        let old = head.replacingYear("2021", "2019") + "Căn cứ Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ hướng dẫn thể thức;\n"
        #expect(lint(old, code: "VB416").1.isEmpty)
    }

    @Test func firstCitationPrecision() {
        let head = "CHÍNH PHỦ\nSố: 12/2021/NĐ-CP\nHà Nội, ngày 10 tháng 3 năm 2021\n\nNGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều của Nghị định số 01/2015/NĐ-CP\n\n"
        // Same issuer (NĐ-CP cited by a NĐ-CP) may omit "của Chính phủ".
        let same = head + "Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 01/2015/NĐ-CP ngày 02 tháng 01 năm 2015 quy định chi tiết.\n"
        #expect(lint(same, code: "VB407").1.isEmpty)
        // Amendment chains cite type and number only.
        let chain = head + "Căn cứ Luật Đất đai được sửa đổi, bổ sung bởi Nghị định số 99/2020/NĐ-CP và Luật số 12/2022/QH15;\n"
        #expect(lint(chain, code: "VB407").1.isEmpty)
        // A Markdown table of documents.
        let table = head + "| 1 | Thông tư số 09/2023/TT-BTC | 01/02/2023 | Bộ Tài chính |\n"
        #expect(lint(table, code: "VB407").1.isEmpty)
        // Running text without date and issuer: a warning.
        let bare = head + "Căn cứ Thông tư số 09/2023/TT-BTC, Chính phủ quy định như sau về nhiều nội dung khác nhau.\n"
        let d = lint(bare, code: "VB407").1
        #expect(d.count == 1)
        #expect(d.first?.severity == .warning)
        // Only the subject missing: info.
        let subj = head + "Căn cứ Thông tư số 09/2023/TT-BTC ngày 01/02/2023 của Bộ Tài chính, Chính phủ quy định như sau.\n"
        #expect(lint(subj, code: "VB407").1.first?.severity == .info)
    }

    @Test func userCatalogExtendsTheBuiltIn() throws {
        let user = try DocumentCatalog.parse(Array(#"{"documents": [{"number": "12/2024/TT-BXD", "type": "thong-tu", "date": "2024-06-01", "issuer": "Bộ Xây dựng", "source": "my list"}]}"#.utf8))
        let cat = DocumentCatalog.builtin.merging(user)
        let t = "Theo Thông tư số 12/2024/TT-BXD ngày 02/6/2024 của Bộ Xây dựng."
        let d = lint(t, code: "VB415", catalog: cat).1
        #expect(d.count == 1)
        #expect(d.first?.message.vi.contains("my list") == true)
        #expect(lint(t, code: "VB415").1.isEmpty)
    }
}

extension String {
    func replacingYear(_ a: String, _ b: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: a) { out += rest[..<r.lowerBound] + b; rest = rest[r.upperBound...] }
        return out + rest
    }
}
