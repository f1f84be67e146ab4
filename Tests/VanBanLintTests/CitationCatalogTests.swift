import Testing
@testable import VanBan
@testable import VanBanLint

/// The catalog of documents: built-in JSON, user catalogs, the builder and
/// its conflicts.
@Suite struct CitationCatalogTests {
    @Test func builtInTextsParse() throws {
        let seed = try DocumentCatalog.parse(Array(CatalogSeed.json.utf8))
        let corpus = try DocumentCatalog.parse(Array(CatalogCorpus.json.utf8))
        #expect(seed.count >= 10)
        #expect(DocumentCatalog.builtin.count == seed.merging(corpus).count)
        // Every fact of the seed names its source.
        for e in seed.entries { #expect(e.source(of: "number") != nil, "\(e.number)") }
    }

    /// `parseDate` as it was before its byte fast path: the split on `-`.
    static func parseDateReference(_ s: String) -> SimpleDate? {
        let p = s.split(separator: "-")
        guard p.count == 3, p[0].count == 4, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]) else { return nil }
        return SimpleDate(year: y, month: m, day: d)
    }

    @Test func parseDateFastPathIsTheSplit() {
        let dates = ["2020-01-05", "0000-00-00", "2020-02-29", "2021-02-29", "2020-13-01", "2020-04-31", "9999-12-31",
                     "2020-1-05", "2020-01-5", "20201-01-05", "2020--01-05", "-2020-01-05", "2020-01-05-", "+202-01-05",
                     "2020-+1-05", "2020-01-0a", "2020/01/05", "2020-01-05 ", " 2020-01-05", "２020-01-05", "2020-0\u{301}1-05",
                     "2020-\u{301}01-05", "", "-", "--"]
        for s in dates { #expect(DocumentCatalog.parseDate(s) == Self.parseDateReference(s), "\(s)") }
        for e in DocumentCatalog.builtin.entries {
            if let d = e.date { #expect(DocumentCatalog.parseDate(d.description) == Self.parseDateReference(d.description)) }
        }
    }

    @Test func supersededDecreesAndCircular() throws {
        let c = DocumentCatalog.builtin
        for n in ["110/2004/NĐ-CP", "09/2010/NĐ-CP"] {
            let e = try #require(c.entry(number: n))
            #expect(e.status == .replaced)
            #expect(e.replacedBy == ["30/2020/NĐ-CP"])
        }
        let tt = try #require(c.entry(number: "01/2011/TT-BNV"))
        #expect(tt.until == SimpleDate(year: 2020, month: 3, day: 4))
        let nd30 = try #require(c.entry(number: "30/2020/ND-CP"))  // D/Đ folded in lookups
        #expect(nd30.date == SimpleDate(year: 2020, month: 3, day: 5))
        #expect(nd30.issuer == "Chính phủ")
    }

    @Test func administrativeNumbersNeedTheYear() {
        var c = DocumentCatalog()
        var e = CatalogEntry(number: "844/QĐ-TTg")
        e.date = SimpleDate(year: 2026, month: 5, day: 13)
        c.add(e)
        #expect(c.entry(number: "844/QĐ-TTg") == nil)
        #expect(c.entry(number: "844/QĐ-TTg", year: 2016) == nil)
        #expect(c.entry(number: "844/QĐ-TTg", year: 2026)?.date == e.date)
    }

    @Test func jsonRoundTrip() throws {
        let c = try DocumentCatalog.parse(Array(CatalogSeed.json.utf8))
        let again = try DocumentCatalog.parse(Array(c.json().utf8))
        #expect(again.entries == c.entries)
    }

    @Test(arguments: [
        #"[]"#, #"{"documents": 3}"#, #"{"documents": [{"type": "nghi-dinh"}]}"#,
        #"{"documents": [{"number": "1/2020/NĐ-CP", "type": "sach"}]}"#,
        #"{"documents": [{"number": "1/2020/NĐ-CP", "date": "2020-02-30"}]}"#,
        #"{"documents": [{"number": "1/2020/NĐ-CP", "status": "gone"}]}"#, #"{"#,
    ])
    func badCatalogsAreRejected(_ json: String) {
        #expect(throws: CatalogError.self) { try DocumentCatalog.parse(Array(json.utf8)) }
    }

    @Test func userFactsWinOverBuiltIn() throws {
        let user = try DocumentCatalog.parse(Array(#"{"documents": [{"number": "30/2020/NĐ-CP", "title": "về công tác văn thư (bản của tôi)", "source": "user"}]}"#.utf8))
        let m = DocumentCatalog.builtin.merging(user)
        let e = try #require(m.entry(number: "30/2020/NĐ-CP"))
        #expect(e.title == "về công tác văn thư (bản của tôi)")
        #expect(e.source(of: "title") == "user")
        #expect(e.date == SimpleDate(year: 2020, month: 3, day: 5))  // kept from the built-in
    }

    @Test func userCatalogFiles() throws {
        let a = Array(#"{"documents": [{"number": "7/2024/TT-BXD", "date": "2024-06-01", "source": "a"}]}"#.utf8)
        let b = Array(#"{"documents": [{"number": "7/2024/TT-BXD", "date": "2024-06-02", "source": "b"}]}"#.utf8)
        let c = try DocumentCatalog.withUserCatalogs([a, b])
        #expect(c.entry(number: "7/2024/TT-BXD")?.date == SimpleDate(year: 2024, month: 6, day: 2))
        #expect(c.count == DocumentCatalog.builtin.count + 1)
        #expect(throws: CatalogError.self) { try DocumentCatalog.withUserCatalogs([a, Array("{".utf8)]) }
    }

    static func doc(_ number: String, _ date: String, _ title: String) -> String {
        "CHÍNH PHỦ\nSố: \(number)\nHà Nội, ngày \(date)\n\nNGHỊ ĐỊNH\n\(title)\n\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n\nNghị định này quy định.\n"
    }

    @Test func builderReadsHeadersAndReportsConflicts() throws {
        let a = Self.doc("30/2020/NĐ-CP", "05 tháng 3 năm 2020", "Về công tác văn thư")
        let b = Self.doc("30/2020/NĐ-CP", "06 tháng 3 năm 2020", "Về công tác văn thư")
        let c = Self.doc("31/2020/NĐ-CP", "05 tháng 3 năm 2020", "Về lưu trữ")
        let r = CatalogBuilder.build([("a.txt", SourceText(validUTF8: Array(a.utf8))), ("b.txt", SourceText(validUTF8: Array(b.utf8))),
                                      ("c.txt", SourceText(validUTF8: Array(c.utf8)))])
        #expect(r.catalog.count == 2)
        let e = try #require(r.catalog.entry(number: "30/2020/NĐ-CP"))
        #expect(e.kind == .nghiDinh)
        #expect(e.issuer == "Chính phủ")
        #expect(e.date == SimpleDate(year: 2020, month: 3, day: 5))
        #expect(e.title == "Về công tác văn thư")
        #expect(e.source(of: "date") == "a.txt (header)")
        #expect(r.conflicts.count == 1)
        #expect(r.conflicts.first?.fact == "date")
        #expect(r.conflicts.first?.second.source == "b.txt (header)")
        // The Swift form parses back to the same catalog.
        let swift = CatalogBuilder.swiftSource(r.catalog, typeName: "X", generatedBy: "test")
        let start = try #require(swift.firstRange(of: "##\"\"\"\n")).upperBound
        let end = try #require(swift.firstRange(of: "\"\"\"##", startingAt: start)).lowerBound
        let back = try DocumentCatalog.parse(Array(swift[start..<end].utf8))
        #expect(back.entries == r.catalog.entries)
    }

    @Test func builderSkipsWhatItCannotTrust() {
        let wrongYear = Self.doc("30/2019/NĐ-CP", "05 tháng 3 năm 2020", "Về công tác văn thư")
        let news = "Hôm nay trời đẹp. Theo Nghị định số 30/2020/NĐ-CP."
        let r = CatalogBuilder.build([("x.txt", SourceText(validUTF8: Array(wrongYear.utf8))), ("y.txt", SourceText(validUTF8: Array(news.utf8)))])
        #expect(r.catalog.count == 0)
        #expect(r.skipped.count == 2)
    }
}

extension String {
    func firstRange(of s: String, startingAt i: String.Index) -> Range<String.Index>? { self[i...].firstRange(of: s) }
}
