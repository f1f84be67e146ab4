import Testing
@testable import VanBan

/// The repository's own documents (Tests/Fixtures/documents): correct
/// documents per NĐ 30/2020, in plain, tab-separated and Markdown-table
/// layouts. Each must parse with the expected fields.
struct FixtureExpectation: Sendable, CustomStringConvertible {
    var file: String
    var kind: DocumentKind
    var number: String
    var date: String
    /// Trích yếu (the text after `V/v` for a công văn).
    var subject: String
    var recipients: [String]
    var noiNhan: [String]
    var signer: String
    var authorityLines: [String] = []
    var titleLines: [String] = []
    var description: String { file }
}

let congVanRecipients = ["Sở Nội vụ tỉnh Bắc Ninh"]
let congVanNoiNhan = ["Như trên", "Cục trưởng (để báo cáo)", "Lưu: VT, NVĐP"]
let quyetDinhNoiNhan = ["Như Điều 3", "Bộ trưởng (để báo cáo)", "Lưu: VT, TCCB"]
let keHoachNoiNhan = ["Bộ Nội vụ", "Các sở, ban, ngành", "Lưu: VT, NC"]

let fixtureExpectations: [FixtureExpectation] = {
    var out: [FixtureExpectation] = []
    for v in ["plain.txt", "tab.txt", "table.md"] {
        out.append(.init(file: "cong-van-" + v, kind: .congVan, number: "05/VTLTNN-NVĐP", date: "2024-03-05",
                         subject: "hướng dẫn lập hồ sơ điện tử năm 2024", recipients: congVanRecipients,
                         noiNhan: congVanNoiNhan, signer: "Nguyễn Thị Lan", authorityLines: ["KT. CỤC TRƯỞNG"], titleLines: ["PHÓ CỤC TRƯỞNG"]))
        out.append(.init(file: "quyet-dinh-" + v, kind: .quyetDinh, number: "07/QĐ-VTLTNN", date: "2024-05-20",
                         subject: "Về việc thành lập Tổ công tác số hóa tài liệu lưu trữ", recipients: [],
                         noiNhan: quyetDinhNoiNhan, signer: "Lê Minh Tuấn", titleLines: ["CỤC TRƯỞNG"]))
        out.append(.init(file: "ke-hoach-" + v, kind: .keHoach, number: "25/KH-UBND", date: "2024-04-11",
                         subject: "Cải cách hành chính năm 2024", recipients: [], noiNhan: keHoachNoiNhan,
                         signer: "Vũ Đức Thành", authorityLines: ["TM. ỦY BAN NHÂN DÂN"], titleLines: ["CHỦ TỊCH"]))
    }
    out += [
        .init(file: "cong-van-several.txt", kind: .congVan, number: "12/UBND-VX", date: "2025-01-15",
              subject: "tăng cường công tác phòng, chống dịch bệnh mùa đông xuân",
              recipients: ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Ủy ban nhân dân các huyện, thị xã, thành phố"],
              noiNhan: ["Như trên", "Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh", "Lưu: VT, VX"], signer: "Trần Văn Hùng",
              authorityLines: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], titleLines: ["PHÓ CHỦ TỊCH"]),
        .init(file: "thong-bao-plain.txt", kind: .thongBao, number: "09/TB-VP", date: "2024-10-02",
              subject: "Kết luận của Thứ trưởng tại cuộc họp về công tác chuyển đổi số", recipients: [],
              noiNhan: ["Thứ trưởng (để báo cáo)", "Các đơn vị thuộc Bộ", "Lưu: VT, TH"], signer: "Phạm Quốc Việt",
              authorityLines: ["TL. BỘ TRƯỞNG"], titleLines: ["CHÁNH VĂN PHÒNG"]),
        .init(file: "to-trinh-plain.txt", kind: .toTrinh, number: "03/TTr-TCCB", date: "2024-02-06",
              subject: "Về việc ban hành Quy chế làm việc của Bộ Nội vụ", recipients: ["Bộ trưởng Bộ Nội vụ"],
              noiNhan: ["Như trên", "Thứ trưởng (để biết)", "Lưu: VT, TCCB"], signer: "Đỗ Thị Hạnh", titleLines: ["VỤ TRƯỞNG"]),
        .init(file: "giay-moi-plain.txt", kind: .giayMoi, number: "04/GM-VP", date: "2024-12-09",
              subject: "Dự hội nghị tổng kết công tác năm 2024", recipients: [],
              noiNhan: ["Như thành phần mời", "Lưu: VT"], signer: "Hoàng Mai Anh", titleLines: ["CHÁNH VĂN PHÒNG"]),
        .init(file: "bao-cao-plain.txt", kind: .baoCao, number: "118/BC-UBND", date: "2024-11-18",
              subject: "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024",
              recipients: ["Ủy ban nhân dân thành phố Hà Nội"], noiNhan: ["Như trên", "Thường trực Huyện ủy", "Lưu: VT, TH"],
              signer: "Nguyễn Hữu Phước", authorityLines: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], titleLines: ["PHÓ CHỦ TỊCH"]),
        .init(file: "quyet-dinh-attached.txt", kind: .quyetDinh, number: "08/QĐ-BNV", date: "2024-07-01",
              subject: "Ban hành Quy chế quản lý tài liệu điện tử", recipients: [],
              noiNhan: ["Như Điều 3", "Các Thứ trưởng", "Lưu: VT, VTLTNN"], signer: "Bùi Văn Khánh",
              authorityLines: ["KT. BỘ TRƯỞNG"], titleLines: ["THỨ TRƯỞNG"]),
        .init(file: "nghi-dinh-plain.txt", kind: .nghiDinh, number: "15/2024/NĐ-CP", date: "2024-02-16",
              subject: "Quy định về quản lý hồ sơ điện tử trong cơ quan nhà nước", recipients: [],
              noiNhan: ["Ban Bí thư Trung ương Đảng", "Các bộ, cơ quan ngang bộ", "Lưu: VT, TCCV"], signer: "Đặng Quang Minh",
              authorityLines: ["TM. CHÍNH PHỦ"], titleLines: ["THỦ TƯỚNG"]),
    ]
    return out
}()

@Suite struct FixtureTests {
    @Test func everyFixtureIsListed() {
        let files = TestFiles.list(TestFiles.fixtures).filter { $0 != "README.md" }
        #expect(files == fixtureExpectations.map(\.file).sorted())
        let readme = TestFiles.readText(TestFiles.fixtures + "/README.md") ?? ""
        for f in files { #expect(readme.contains(f), "README.md lists \(f)") }
    }

    @Test(arguments: fixtureExpectations)
    func fixtureParses(_ x: FixtureExpectation) throws {
        let doc = TestFiles.fixture(x.file)
        #expect(doc.isDocument)
        #expect(doc.kind == x.kind)
        #expect(doc.header.number?.number.text == x.number)
        #expect(doc.date?.description == x.date)
        #expect(doc.header.placeDate?.place != nil)
        #expect(doc.header.quocHieu?.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(doc.header.tieuNgu?.text == "Độc lập - Tự do - Hạnh phúc")
        #expect(!doc.header.agencyLines.isEmpty)
        #expect(doc.title?.subject?.text == x.subject)
        if x.kind == .congVan {
            #expect(doc.title?.vv?.text == "V/v")
            #expect(doc.title?.typeName == nil)
        } else {
            #expect(doc.title?.typeName?.text == x.kind.typeName)
        }
        #expect((doc.kinhGui?.items ?? []).map(\.text.text) == x.recipients)
        if x.recipients.count == 1 { #expect(doc.kinhGui?.isInline == true) }
        if x.recipients.count > 1 {
            #expect(doc.kinhGui?.isInline == false)
            let terms = doc.kinhGui?.items.map { $0.terminator?.text ?? "" } ?? []
            #expect(terms == Array(repeating: ";", count: x.recipients.count - 1) + ["."])
        }
        let nn = try #require(doc.noiNhan)
        #expect(nn.items.map(\.text.text) == x.noiNhan)
        #expect(nn.luu?.text.text == x.noiNhan.last)
        #expect(nn.items.last?.terminator?.text == ".")
        let sig = try #require(doc.signature)
        #expect(sig.name?.text == x.signer)
        #expect(sig.authorityLines.map(\.text) == x.authorityLines)
        #expect(sig.titleLines.map(\.text) == x.titleLines)
        #expect(!doc.endMarks.isEmpty)
        // Every range lies on scalar boundaries inside the text.
        for r in [doc.header.number?.range, doc.header.placeDate?.range, doc.title?.subject?.range, sig.range, nn.range].compactMap({ $0 }) {
            #expect(r.end <= doc.source.count)
            #expect(doc.source.scalarBoundary(atOrBefore: r.start) == r.start)
        }
    }

    @Test func layoutsAgree() {
        // The three layouts of a document give the same fields.
        for kind in ["cong-van", "quyet-dinh", "ke-hoach"] {
            let docs = ["plain.txt", "tab.txt", "table.md"].map { TestFiles.fixture("\(kind)-\($0)") }
            let plain = docs[0]
            for d in docs.dropFirst() {
                #expect(d.header.agencyLines.map(\.text) == plain.header.agencyLines.map(\.text))
                #expect(d.preamble.count == plain.preamble.count)
                #expect(d.articles.count == plain.articles.count)
                #expect(d.structure.count == plain.structure.count)
            }
        }
    }

    @Test func quyetDinhBody() throws {
        let doc = TestFiles.fixture("quyet-dinh-plain.txt")
        #expect(doc.title?.authority?.text == "CỤC TRƯỞNG CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC")
        #expect(doc.preamble.map(\.kind) == [.canCu, .canCu, .theo])
        #expect(doc.preamble.map { $0.terminator?.text ?? "" } == [";", ";", "."])
        #expect(doc.enactingLine?.text == "QUYẾT ĐỊNH:")
        #expect(doc.articles.map(\.number.text) == ["1", "2", "3"])
        #expect(doc.articles.map { $0.title?.text ?? "" } == ["Thành lập Tổ công tác", "Nhiệm vụ của Tổ công tác", "Hiệu lực thi hành"])
        let d1 = doc.articles[0]
        #expect(d1.children.map(\.level) == [.khoan, .khoan])
        #expect(d1.children[1].children.map(\.number.text) == ["a", "b"])
        #expect(d1.children[1].children.map { $0.delimiter?.text ?? "" } == [")", ")"])
        // Extents: each article runs to the next one.
        #expect(d1.extent.end == doc.articles[1].extent.start)
        #expect(doc.text(d1.extent).hasPrefix("Điều 1."))
    }

    @Test func attachedQuyChe() throws {
        let doc = TestFiles.fixture("quyet-dinh-attached.txt")
        #expect(doc.articles.count == 3)
        let a = try #require(doc.attachments.first)
        #expect(doc.attachments.count == 1)
        #expect(a.typeName.text == "QUY CHẾ")
        #expect(a.attachedBy?.text.hasPrefix("(Ban hành kèm theo Quyết định số 08/QĐ-BNV") == true)
        #expect(a.structure.map(\.level) == [.chuong, .chuong])
        #expect(a.structure.map(\.number.text) == ["I", "II"])
        #expect(a.structure.map { $0.title?.text ?? "" } == ["QUY ĐỊNH CHUNG", "QUẢN LÝ TÀI LIỆU ĐIỆN TỬ"])
        let dieus = StructureNode.collect(.dieu, in: a.structure)
        #expect(dieus.map(\.number.text) == ["1", "2", "3", "4"])
        #expect(StructureNode.collect(.diem, in: a.structure).map(\.number.text) == ["a", "b"])
        #expect(doc.endMarks.count == 2)
    }

    @Test func nghiDinhIsNormative() throws {
        let doc = TestFiles.fixture("nghi-dinh-plain.txt")
        let n = try #require(doc.header.number?.number)
        #expect(n.sequence == "15" && n.year == 2024 && n.typeCode == "NĐ" && n.issuerCode == "CP")
        #expect(doc.kind.isNormativeByNature)
        #expect(doc.enactingLine?.text.hasPrefix("Chính phủ ban hành Nghị định") == true)
        #expect(doc.structure.map(\.level) == [.chuong, .chuong])
        #expect(doc.articles.count == 3)
    }

    @Test func reportHeadings() {
        let doc = TestFiles.fixture("ke-hoach-plain.txt")
        #expect(doc.structure.map(\.level) == [.romanHeading, .romanHeading, .romanHeading])
        #expect(doc.structure.map(\.number.text) == ["I", "II", "III"])
        #expect(doc.structure[0].children.map(\.number.text) == ["1", "2"])
        #expect(doc.structure[0].children[0].children.map(\.number.text) == ["a", "b"])
    }

    @Test func abbreviationDefinedAtFirstUse() throws {
        let doc = TestFiles.fixture("cong-van-plain.txt")
        let a = try #require(doc.abbreviations.first)
        #expect(a.abbreviation.text == "CNTT")
        #expect(a.expansion?.text == "công nghệ thông tin")
    }
}
