import Testing
@testable import VanBan
@testable import VanBanLint

/// Resolution of short and deictic references (eyecite-style) into a
/// `CitationGraph`.
@Suite struct CitationResolverTests {
    func graph(_ text: String) -> (Document, CitationGraph) {
        let d = Parser.parse(text)
        return (d, CitationResolver.resolve(d))
    }

    /// Long lists of articles are looked up through an index: the same
    /// answers as searching them in order, with repeated numbers (texts
    /// pasted twice) and with numbers in order.
    @Test func longArticleListsIndexAgreeWithOrderedSearch() throws {
        func articles(_ numbers: [Int]) -> String {
            numbers.map { "Điều \($0). Nội dung điều \($0).\nCăn cứ khoản 1 Điều \($0 + 1) và Điều 90." }.joined(separator: "\n")
        }
        let header = "BỘ NỘI VỤ\nSố: 15/QĐ-BNV\nHà Nội, ngày 10 tháng 3 năm 2021\n\nQUYẾT ĐỊNH\nVề việc thử\n\nQUYẾT ĐỊNH:\n"
        for numbers in [Array(1...40), Array(1...20) + Array(1...20), Array(1...10), [3, 1, 2] + Array(4...30)] {
            let doc = Parser.parse(header + articles(numbers))
            let nodes = CitationResolver.collectDirect(.dieu, in: doc.structure)
            #expect(nodes.count == numbers.count)
            let c = CitationResolver.UnitCandidates(nodes)
            // The same list with packed keys (every number here packs).
            let p = CitationResolver.UnitCandidates(nodes, clean: doc.clean)
            #expect(p.packed != nil && c.packed == nil)
            for k in 0...45 {
                let key = String(k)
                let expected = c.keys.firstIndex(of: key).map { nodes[$0].extent }
                #expect(c.first(numbered: key)?.extent == expected, "\(numbers) \(k)")
                #expect(p.first(numbered: key)?.extent == expected, "\(numbers) \(k)")
                var bytes = key
                let packed = try #require(bytes.withUTF8 { CitationResolver.packedKey($0) })
                #expect(p.first(packed: packed)?.extent == expected, "\(numbers) \(k)")
            }
            var ordered: Int? = nodes.count
            for (k, n) in nodes.enumerated() where Int(n.number.text) != k + 1 { ordered = nil; break }
            #expect(CitationResolver.contiguousCount(.dieu, c, in: nil) == ordered, "\(numbers)")
            #expect(CitationResolver.contiguousCount(.dieu, p, in: nil) == ordered, "\(numbers)")
            // The references resolve (or dangle) as the ordered search says.
            let g = CitationResolver.resolve(doc)
            #expect(g.resolutions.contains { !$0.dangling.isEmpty } == (ordered != nil), "\(numbers): Điều 90 dangles only in a text numbered 1…n")
        }
    }

    /// `packedKey` packs ASCII numbers of up to seven bytes in upper case,
    /// equal keys exactly for equal normalised numbers, and nothing else.
    @Test func packedUnitKeys() {
        func key(_ s: String) -> UInt64? { var t = s; return t.withUTF8 { CitationResolver.packedKey($0) } }
        #expect(key("iv") == key("IV") && key("IV") != nil)
        #expect(key("1") != key("1 ") && key("1") != key("01") && key("") != nil)
        #expect(key("1234567") != nil && key("12345678") == nil && key("Đ") == nil && key("\u{212A}") == nil)
        for (a, b) in [("a", "A"), ("xv", "XV"), ("3a", "3A"), ("1", "1"), ("2", "3"), ("a", "b")] {
            #expect((key(a) == key(b)) == (CitationResolver.normalizedNumber(a) == CitationResolver.normalizedNumber(b)), "\(a) \(b)")
        }
    }

    static let decision = """
    BỘ NỘI VỤ
    Số: 15/QĐ-BNV
    Hà Nội, ngày 10 tháng 3 năm 2021

    QUYẾT ĐỊNH
    Về việc ban hành Quy chế công tác văn thư

    Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;

    QUYẾT ĐỊNH:

    Điều 1. Ban hành kèm theo Quyết định này Quy chế công tác văn thư.
    1. Văn thư theo Nghị định số 30/2020/NĐ-CP.
    2. Lưu trữ theo khoản 1 Điều này và Nghị định nêu trên.
    Điều 2. Quyết định này có hiệu lực từ ngày ký.
    Điều 3. Chánh Văn phòng thi hành Quyết định này theo Điều 1.

    Nơi nhận:
    - Như Điều 3;
    - Lưu: VT.
    """

    @Test func repeatLinksToFirstFullCitation() throws {
        let (_, g) = graph(Self.decision)
        let nd = g.citations.indices.filter { g.citations[$0].number?.normalized == "30/2020/NĐ-CP" }
        #expect(nd.count == 2)
        #expect(g.resolutions[nd[0]].antecedent == nil)
        #expect(g.resolutions[nd[1]].antecedent == nd[0])
        let doc = try #require(g.document(of: nd[1]))
        #expect(doc.first == nd[0])
        #expect(doc.mentions == nd)
        #expect(g.references(of: nd[0]) == nd)
        // Position lookup, as the language server uses it.
        #expect(g.citation(at: g.citations[nd[1]].range.start + 3) == nd[1])
    }

    @Test func deicticsResolve() throws {
        let (doc, g) = graph(Self.decision)
        // "Quyết định này" → the document itself.
        let qd = g.citations.indices.filter { g.citations[$0].form == .deictic && g.citations[$0].kind == .quyetDinh }
        #expect(qd.count == 3)
        for i in qd { #expect(g.resolutions[i].target == .this(attachment: nil)) }
        // "khoản 1 Điều này" → khoản 1 of Điều 1.
        let k = try #require(g.citations.firstIndex { $0.form == .deictic && $0.units.first?.unit == .khoan })
        let node = try #require(g.resolutions[k].node)
        #expect(node.level == .khoan)
        #expect(node.number.text == "1")
        let article1 = try #require(doc.articles.first)
        #expect(article1.extent.start <= node.range.start && node.range.end <= article1.extent.end)
        // "Nghị định nêu trên" → the nearest Nghị định cited before.
        let nt = try #require(g.citations.firstIndex { $0.deixis?.text == "nêu trên" })
        let ante = try #require(g.resolutions[nt].antecedent)
        #expect(g.citations[ante].number?.normalized == "30/2020/NĐ-CP")
        #expect(g.resolutions[nt].target == g.resolutions[ante].target)
    }

    @Test func ownArticlesResolve() throws {
        let (doc, g) = graph(Self.decision)
        let refs = g.citations.indices.filter { g.citations[$0].form == .internalUnits }
        #expect(refs.count == 2)  // "theo Điều 1", "Như Điều 3"
        for i in refs {
            let n = try #require(g.resolutions[i].node)
            #expect(n.level == .dieu)
            #expect(n.number.text == g.citations[i].units[0].numbers[0].text)
            #expect(g.resolutions[i].dangling.isEmpty)
            #expect(g.definition(of: i) == n.range)
        }
        #expect(doc.articles.count == 3)
    }

    @Test func danglingReferences() throws {
        let text = Self.decision.replacingOccurrences("- Như Điều 3;", "- Như Điều 4;").replacingOccurrences("khoản 1 Điều này", "khoản 3 Điều này")
        let (_, g) = graph(text)
        let d = g.resolutions.enumerated().filter { !$0.element.dangling.isEmpty }
        #expect(d.count == 2)
        #expect(d.map { $0.element.dangling[0].available }.sorted() == [2, 3])
    }

    @Test func attachmentHasItsOwnNumbering() throws {
        let text = Self.decision.replacingOccurrences("- Lưu: VT.", "- Lưu: VT.\n\nQUY CHẾ\nCông tác văn thư\n(Ban hành kèm theo Quyết định số 15/QĐ-BNV ngày 10/3/2021 của Bộ trưởng Bộ Nội vụ)\n\nĐiều 1. Phạm vi\nĐiều 2. Đối tượng\nĐiều 3. Giải thích\nĐiều 4. Nguyên tắc\nĐiều 5. Trách nhiệm theo Điều 4 Quy chế này.\n")
        let (doc, g) = graph(text)
        try #require(doc.attachments.count == 1)
        let r = try #require(g.citations.indices.first { g.citations[$0].units.first?.numbers.first?.text == "4" && g.citations[$0].range.start > doc.attachments[0].range.start })
        #expect(g.resolutions[r].target == .this(attachment: 0))
        #expect(g.resolutions[r].node?.number.text == "4")
        #expect(g.resolutions[r].dangling.isEmpty)
        // The attachment's "ban hành kèm theo Quyết định số 15/QĐ-BNV" is the document itself.
        let own = try #require(g.citations.indices.first { g.citations[$0].number?.normalized == "15/QĐ-BNV" })
        #expect(g.resolutions[own].target == .this(attachment: nil))
    }

    @Test func lawsOfOneNameAndDifferentYears() {
        let (_, g) = graph("Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013; Luật Đất đai ngày 18 tháng 01 năm 2024; theo Luật Đất đai.")
        #expect(g.documents.count == 2)
        // A mention without a year is the latest of that name.
        #expect(g.resolutions[2].antecedent == 1)
    }

    @Test func sharedAnalysisExposesTheGraph() {
        let doc = Parser.parse(Self.decision)
        let a = SharedAnalysis(document: doc)
        #expect(a.citations.citations.count == doc.citations.count)
        #expect(a.catalog.count == DocumentCatalog.builtin.count)
    }
}

extension String {
    func replacingOccurrences(_ a: String, _ b: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: a) { out += rest[..<r.lowerBound] + b; rest = rest[r.upperBound...] }
        return out + rest
    }
}
