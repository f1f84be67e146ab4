import Testing
@testable import VanBan

/// Extraction of every citation form the extractor knows, on clean and on
/// noisy (markdown, wrapped) text.
@Suite struct CitationExtractionTests {
    func cits(_ text: String) -> [Citation] { Parser.parse(text).citations }
    func one(_ text: String) -> Citation? { cits(text).first }

    @Test func numberedFullCitation() throws {
        let c = try #require(one("Thực hiện Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước."))
        #expect(c.form == .numbered)
        #expect(c.typeName?.text == "Nghị định")
        #expect(c.kind == .nghiDinh)
        #expect(c.hasSo)
        #expect(c.number?.normalized == "64/2007/NĐ-CP")
        #expect(c.number?.year == 2007)
        #expect(c.date == SimpleDate(year: 2007, month: 4, day: 10))
        #expect(c.year == 2007)
        #expect(c.issuer?.text == "Chính phủ")
        #expect(c.subject?.text == "ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước")
    }

    /// A trích yếu ends at a blank line (LF or CRLF), even after a colon:
    /// it once ran on into the quoted paragraph or the enacting line.
    @Test func subjectEndsAtABlankLine() throws {
        for eol in ["\n", "\r\n"] {
            let text = "Theo Thông tư số 219/2013/TT-BTC ngày 31/12/2013 của Bộ Tài chính hướng dẫn về thuế giá trị gia tăng quy định:" + eol + eol + "“Cơ sở kinh doanh khi nhận khoản tiền thì không phải kê khai.”" + eol
            let c = try #require(one(text))
            #expect(c.subject?.text == "hướng dẫn về thuế giá trị gia tăng quy định:", "\(eol.debugDescription)")
        }
    }

    /// The session of a Quốc hội resolution belongs to its issuer, and the
    /// trích yếu after it is read.
    @Test func issuerWithSession() throws {
        let c = try #require(one("Thực hiện Nghị quyết số 55/2022/QH15 ngày 16 tháng 6 năm 2022 của Quốc hội khóa XV, Kỳ họp thứ 3 về thí điểm một số cơ chế, chính sách đặc thù phát triển tỉnh Khánh Hòa;"))
        #expect(c.issuer?.text == "Quốc hội khóa XV, Kỳ họp thứ 3")
        #expect(c.subject?.text == "thí điểm một số cơ chế, chính sách đặc thù phát triển tỉnh Khánh Hòa")
    }

    /// A trích yếu opened by a verb with no `về` ends the issuer there.
    @Test func issuerEndsAtAVerbOfTheSubject() throws {
        let c = try #require(one("Căn cứ Quyết định số 15/2014/QĐ-UBND ngày 16 tháng 5 năm 2014 của Ủy ban nhân dân tỉnh ủy quyền cấp giấy phép tài nguyên nước;"))
        #expect(c.issuer?.text == "Ủy ban nhân dân tỉnh")
        #expect(c.subject?.text == "ủy quyền cấp giấy phép tài nguyên nước")
    }

    @Test func writtenDateAndWithoutSo() throws {
        let c = try #require(one("Căn cứ Thông tư 01/2011/TT-BNV ngày 19 tháng 01 năm 2011 của Bộ trưởng Bộ Nội vụ hướng dẫn thể thức;"))
        #expect(!c.hasSo)
        #expect(c.kind == .thongTu)
        #expect(c.date == SimpleDate(year: 2011, month: 1, day: 19))
        #expect(c.issuer?.text == "Bộ trưởng Bộ Nội vụ")
        #expect(c.subject?.text.hasPrefix("hướng dẫn") == true)
    }

    @Test(arguments: [
        ("Theo Quyết định số 1605/QĐ-TTg ngày 27/8/2010 của Thủ tướng Chính phủ.", DocumentKind.quyetDinh, "1605/QĐ-TTg", "QĐ", "TTg"),
        ("Theo Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP ngày 06/5/2005.", .thongTuLienTich, "55/2005/TTLT-BNV-VPCP", "TTLT", "BNV"),
        ("Theo Nghị quyết số 351/2017/UBTVQH14 ngày 14/3/2017.", .nghiQuyet, "351/2017/UBTVQH14", nil, "UBTVQH14"),
        ("Theo Chỉ thị số 05/CT-UBND ngày 10/4/2021.", .chiThi, "05/CT-UBND", "CT", "UBND"),
        ("Theo Kế hoạch số 12/KH-UBND ngày 15/02/2022.", .keHoach, "12/KH-UBND", "KH", "UBND"),
        ("Theo Thông báo số 45/TB-VPCP ngày 01/3/2022.", .thongBao, "45/TB-VPCP", "TB", "VPCP"),
        ("Theo Công điện số 02/CĐ-TTg ngày 05/01/2022.", .congDien, "02/CĐ-TTg", "CĐ", "TTg"),
        ("Theo Công văn số 2723/BTTTT-UDCNTT ngày 08/9/2011.", .congVan, "2723/BTTTT-UDCNTT", nil, "BTTTT"),
    ] as [(String, DocumentKind, String, String?, String?)])
    func kindsAndNumberForms(_ text: String, _ kind: DocumentKind, _ number: String, _ type: String?, _ issuer: String?) throws {
        let c = try #require(one(text))
        #expect(c.kind == kind)
        #expect(c.number?.normalized == number)
        #expect(c.number?.typeCode == type)
        #expect(c.number?.issuerCode == issuer)
    }

    @Test func partyNumber() throws {
        let c = try #require(one("Thực hiện Hướng dẫn số 9151-CV/BTCTW của Ban Tổ chức Trung ương."))
        #expect(c.kind == .huongDan)
        #expect(c.number?.isPartyStyle == true)
        #expect(c.issuer?.text == "Ban Tổ chức Trung ương")
    }

    @Test func consolidatedText() throws {
        let c = try #require(one("Theo Văn bản hợp nhất số 3112/VBHN-BTP năm 2024."))
        #expect(c.typeName?.text == "Văn bản hợp nhất")
        #expect(c.number?.normalized == "3112/VBHN-BTP")
    }

    @Test func jointIssuersAndNamesWithVa() throws {
        let c = try #require(one("Căn cứ Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP ngày 06/5/2005 của Bộ Nội vụ và Văn phòng Chính phủ hướng dẫn về thể thức;"))
        #expect(c.issuer?.text == "Bộ Nội vụ và Văn phòng Chính phủ")
        let d = try #require(one("Thực hiện Công văn số 2723/BTTTT-UDCNTT ngày 08/9/2011 của Bộ Thông tin và Truyền thông về kiện toàn."))
        #expect(d.issuer?.text == "Bộ Thông tin và Truyền thông")
        #expect(d.subject?.text == "kiện toàn")
    }

    @Test func issuerOfLocalBody() throws {
        let c = try #require(one("Căn cứ Chỉ thị số 05/CT-UBND ngày 10/4/2021 của Ủy ban nhân dân tỉnh Nam Định về tăng cường;"))
        #expect(c.issuer?.text == "Ủy ban nhân dân tỉnh Nam Định")
    }

    @Test func lawsByName() throws {
        let a = try #require(one("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"))
        #expect(a.form == .named)
        #expect(a.kind == .luat)
        #expect(a.name?.text == "Tổ chức chính quyền địa phương")
        #expect(a.date == SimpleDate(year: 2015, month: 6, day: 19))
        let b = try #require(one("Căn cứ Bộ luật Lao động năm 2019;"))
        #expect(b.kind == .boLuat)
        #expect(b.year == 2019)
        #expect(b.date == nil)
        let c = try #require(one("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;"))
        #expect(c.form == .numbered)
        #expect(c.name?.text == "Ban hành văn bản quy phạm pháp luật")
        #expect(c.number?.normalized == "64/2025/QH15")
        let d = try #require(one("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng;"))
        #expect(d.kind == .phapLenh)
        #expect(d.name?.text == "Ưu đãi người có công với cách mạng")
        let e = try #require(one("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;"))
        #expect(e.typeName?.text == "Hiến pháp")
    }

    @Test func lawNameDoesNotSwallowTheNextLaw() throws {
        let cs = cits("Căn cứ Luật Đất đai và Luật Nhà ở;")
        #expect(cs.count == 2)
        #expect(cs.first?.name?.text == "Đất đai")
        #expect(cs.last?.name?.text == "Nhà ở")
    }

    @Test func unitRangesAndJoiningWords() throws {
        // `đến` joins a range of the same unit; the word after it is read whole.
        let a = try #require(one("Theo điểm a đến điểm d khoản 1 Điều 5 Nghị định số 30/2020/NĐ-CP."))
        #expect(a.units.map { $0.numbers.map(\.text) } == [["a", "d"], ["1"], ["5"]])
        let b = try #require(one("Thực hiện khoản 2 đến khoản 4 Điều 6 Nghị định số 30/2020/NĐ-CP."))
        #expect(b.units.map { $0.numbers.map(\.text) } == [["2", "4"], ["6"]])
        // `vào` is not `và`: "bổ sung điểm c vào khoản 1" adds a point, it lists no `o`.
        let cs = CitationExtractor.extract(Parser.parse(SourceText("Bổ sung điểm c vào khoản 1 Điều 5 Nghị định số 30/2020/NĐ-CP như sau:\n")))
        #expect(cs.flatMap { $0.units.flatMap { $0.numbers.map(\.text) } } == ["c", "1", "5"])
        // A joining word at the end of a line.
        let d = try #require(one("Theo Điều 4, Điều 9 và\nĐiều 10 Nghị định số 30/2020/NĐ-CP."))
        #expect(d.units.first?.numbers.map(\.text) == ["4", "9", "10"])
    }

    @Test func phapLuatIsNotATypeName() throws {
        let c = try #require(one("theo quy định của pháp luật số 12/2020/QĐ-UBND ngày 01/3/2020."))
        #expect(c.typeName == nil)
    }

    @Test func unitChains() throws {
        let a = try #require(one("Theo điểm a khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP."))
        #expect(a.units.map(\.unit) == [.diem, .khoan, .dieu])
        #expect(a.units.map { $0.numbers.map(\.text) } == [["a"], ["2"], ["5"]])
        #expect(a.number?.normalized == "30/2020/NĐ-CP")
        let b = try #require(one("Theo khoản 1 và khoản 2 Điều này."))
        #expect(b.form == .deictic)
        #expect(b.units.first?.numbers.map(\.text) == ["1", "2"])
        #expect(b.units.last?.unit == .dieu)
        #expect(b.units.last?.numbers.isEmpty == true)
        let c = try #require(one("Theo Điều 5, 6 và 7 Luật Tổ chức Chính phủ."))
        #expect(c.units.first?.numbers.map(\.text) == ["5", "6", "7"])
        #expect(c.name?.text == "Tổ chức Chính phủ")
        let d = try #require(one("Xem Mục 2 Chương III."))
        #expect(d.form == .internalUnits)
        #expect(d.units.map(\.unit) == [.muc, .chuong])
        let e = try #require(one("Xem Phụ lục I Nghị định này."))
        #expect(e.form == .deictic)
        #expect(e.units.first?.unit == .phuLuc)
        #expect(e.kind == .nghiDinh)
    }

    @Test func commaBetweenUnitAndDocumentIsRecorded() throws {
        let c = try #require(one("như quy định tại Điều 46, Nghị định số 64/2007/NĐ-CP, đến nay"))
        #expect(c.units.first?.numbers.first?.text == "46")
        #expect(c.separators.count == 1)
        #expect(c.number?.normalized == "64/2007/NĐ-CP")
    }

    @Test func deicticReferences() {
        let cs = cits("Nghị định này; Quyết định nêu trên; Thông tư đã dẫn; Điều này.")
        #expect(cs.map(\.form) == [.deictic, .deictic, .deictic, .deictic])
        #expect(cs.map { $0.deixis?.text } == ["này", "nêu trên", "đã dẫn", "này"])
    }

    @Test func nhuDieuInNoiNhan() {
        let doc = Parser.parse("BỘ NỘI VỤ\nSố: 15/QĐ-BNV\nHà Nội, ngày 10 tháng 3 năm 2021\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành.\nĐiều 2. Hiệu lực.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n")
        let c = doc.citations.first { $0.form == .internalUnits }
        #expect(c?.units.first?.numbers.first?.text == "2")
        // Article headings are not references; the header's own number is not a citation.
        #expect(doc.citations.count == 1)
    }

    @Test func numbersBrokenByLayout() throws {
        let a = try #require(one("Nghị định số 30/2020/NĐ-\nCP được dẫn lại."))
        #expect(a.number?.normalized == "30/2020/NĐ-CP")
        #expect(a.number?.hasSpaces == false)
        let b = try #require(one("theo **Nghị định số 30/2020/NĐ-CP** ngày 05/3/2020 của Chính phủ"))
        #expect(b.number?.normalized == "30/2020/NĐ-CP")
        #expect(b.date == SimpleDate(year: 2020, month: 3, day: 5))
        // A wrapped issuer keeps both lines.
        let c = try #require(one("- Căn cứ Thông tư số 95/2016/TT-BTC ngày 28/6/2016 của Bộ Tài\nchính hướng dẫn về đăng ký thuế;"))
        #expect(c.issuer?.text == "Bộ Tài\nchính")
        #expect(c.subject != nil)
        let d = try #require(one("| 2 | Đối tượng quy định tại khoản 2 Điều 4 Nghị định số 67/2007/NĐ-CP dưới 85 tuổi |"))
        #expect(d.units.count == 2)
        #expect(d.number?.normalized == "67/2007/NĐ-CP")
    }

    @Test func datesAndRatiosAreNotNumbers() {
        #expect(cits("Tỷ lệ đạt 8/22 Bộ; ngày 10/4/2007; xem https://a.vn/30/QĐ-X").isEmpty)
    }

    @Test func badInputDoesNotCrash() {
        for s in ["/", "Điều", "số /2020/NĐ-CP", "Nghị định số", "khoản 1 và khoản", "Luật", "Hiến pháp", "Điều 5 khoản", "của", "ngày 31/4/", "1/2/3/4/5/6"] {
            _ = cits(s)
            _ = cits(s + " " + s)
        }
    }
}
