/// The kind of a document: the types of NĐ 30/2020 Điều 7 (administrative
/// documents), the legal normative types, and `unknown` for text that is not
/// an official document at all (news, notes), which later rules must not
/// treat as a defective document.
public enum DocumentKind: String, Sendable, CaseIterable, Codable {
    case congVan = "cong-van"
    case quyetDinh = "quyet-dinh"
    case nghiQuyet = "nghi-quyet"
    case chiThi = "chi-thi"
    case quyChe = "quy-che"
    case quyDinh = "quy-dinh"
    case thongCao = "thong-cao"
    case thongBao = "thong-bao"
    case huongDan = "huong-dan"
    case chuongTrinh = "chuong-trinh"
    case keHoach = "ke-hoach"
    case phuongAn = "phuong-an"
    case deAn = "de-an"
    case duAn = "du-an"
    case baoCao = "bao-cao"
    case bienBan = "bien-ban"
    case toTrinh = "to-trinh"
    case hopDong = "hop-dong"
    case congDien = "cong-dien"
    case banGhiNho = "ban-ghi-nho"
    case banThoaThuan = "ban-thoa-thuan"
    case giayUyQuyen = "giay-uy-quyen"
    case giayMoi = "giay-moi"
    case giayGioiThieu = "giay-gioi-thieu"
    case giayNghiPhep = "giay-nghi-phep"
    case phieuGui = "phieu-gui"
    case phieuChuyen = "phieu-chuyen"
    case phieuBao = "phieu-bao"
    case thuCong = "thu-cong"
    case luat = "luat"
    case boLuat = "bo-luat"
    case phapLenh = "phap-lenh"
    case nghiDinh = "nghi-dinh"
    case thongTu = "thong-tu"
    case thongTuLienTich = "thong-tu-lien-tich"
    case nghiQuyetLienTich = "nghi-quyet-lien-tich"
    case unknown = "unknown"

    /// The type name as printed in ô 5a (upper case), `nil` for công văn.
    public var typeName: String? { DocumentTypes.info(self)?.upperName }

    /// The type code of NĐ 30/2020 Phụ lục III (Table A), if any.
    public var nd30Code: String? { DocumentTypes.info(self)?.nd30Code }

    /// Legal normative kinds (văn bản quy phạm pháp luật) by their nature.
    public var isNormativeByNature: Bool {
        switch self {
        case .luat, .boLuat, .phapLenh, .nghiDinh, .thongTu, .thongTuLienTich, .nghiQuyetLienTich: return true
        default: return false
        }
    }
}

/// Facts about each document type: names, and codes per regime (rules.md Table A).
public struct DocumentTypeInfo: Sendable {
    public let kind: DocumentKind
    /// Name as written in running text, e.g. "Quyết định".
    public let name: String
    /// Name in ô 5a, e.g. "QUYẾT ĐỊNH".
    public let upperName: String
    /// Code under NĐ 30/2020 (nil: no code, as for công văn).
    public let nd30Code: String?
    /// Code under TT 01/2011 (nil: same as nd30Code or none).
    public let tt01Code: String?
}

public enum DocumentTypes {
    public static let all: [DocumentTypeInfo] = [
        .init(kind: .nghiQuyet, name: "Nghị quyết", upperName: "NGHỊ QUYẾT", nd30Code: "NQ", tt01Code: "NQ"),
        .init(kind: .quyetDinh, name: "Quyết định", upperName: "QUYẾT ĐỊNH", nd30Code: "QĐ", tt01Code: "QĐ"),
        .init(kind: .chiThi, name: "Chỉ thị", upperName: "CHỈ THỊ", nd30Code: "CT", tt01Code: "CT"),
        .init(kind: .quyChe, name: "Quy chế", upperName: "QUY CHẾ", nd30Code: "QC", tt01Code: "QC"),
        .init(kind: .quyDinh, name: "Quy định", upperName: "QUY ĐỊNH", nd30Code: "QyĐ", tt01Code: "QyĐ"),
        .init(kind: .thongCao, name: "Thông cáo", upperName: "THÔNG CÁO", nd30Code: "TC", tt01Code: "TC"),
        .init(kind: .thongBao, name: "Thông báo", upperName: "THÔNG BÁO", nd30Code: "TB", tt01Code: "TB"),
        .init(kind: .huongDan, name: "Hướng dẫn", upperName: "HƯỚNG DẪN", nd30Code: "HD", tt01Code: "HD"),
        .init(kind: .chuongTrinh, name: "Chương trình", upperName: "CHƯƠNG TRÌNH", nd30Code: "CTr", tt01Code: "CTr"),
        .init(kind: .keHoach, name: "Kế hoạch", upperName: "KẾ HOẠCH", nd30Code: "KH", tt01Code: "KH"),
        .init(kind: .phuongAn, name: "Phương án", upperName: "PHƯƠNG ÁN", nd30Code: "PA", tt01Code: "PA"),
        .init(kind: .deAn, name: "Đề án", upperName: "ĐỀ ÁN", nd30Code: "ĐA", tt01Code: "ĐA"),
        .init(kind: .duAn, name: "Dự án", upperName: "DỰ ÁN", nd30Code: "DA", tt01Code: "DA"),
        .init(kind: .baoCao, name: "Báo cáo", upperName: "BÁO CÁO", nd30Code: "BC", tt01Code: "BC"),
        .init(kind: .bienBan, name: "Biên bản", upperName: "BIÊN BẢN", nd30Code: "BB", tt01Code: "BB"),
        .init(kind: .toTrinh, name: "Tờ trình", upperName: "TỜ TRÌNH", nd30Code: "TTr", tt01Code: "TTr"),
        .init(kind: .hopDong, name: "Hợp đồng", upperName: "HỢP ĐỒNG", nd30Code: "HĐ", tt01Code: "HĐ"),
        .init(kind: .congDien, name: "Công điện", upperName: "CÔNG ĐIỆN", nd30Code: "CĐ", tt01Code: "CĐ"),
        .init(kind: .banGhiNho, name: "Bản ghi nhớ", upperName: "BẢN GHI NHỚ", nd30Code: "BGN", tt01Code: "GN"),
        .init(kind: .banThoaThuan, name: "Bản thỏa thuận", upperName: "BẢN THỎA THUẬN", nd30Code: "BTT", tt01Code: "TTh"),
        .init(kind: .giayUyQuyen, name: "Giấy ủy quyền", upperName: "GIẤY ỦY QUYỀN", nd30Code: "GUQ", tt01Code: "UQ"),
        .init(kind: .giayMoi, name: "Giấy mời", upperName: "GIẤY MỜI", nd30Code: "GM", tt01Code: "GM"),
        .init(kind: .giayGioiThieu, name: "Giấy giới thiệu", upperName: "GIẤY GIỚI THIỆU", nd30Code: "GGT", tt01Code: "GGT"),
        .init(kind: .giayNghiPhep, name: "Giấy nghỉ phép", upperName: "GIẤY NGHỈ PHÉP", nd30Code: "GNP", tt01Code: "NP"),
        .init(kind: .phieuGui, name: "Phiếu gửi", upperName: "PHIẾU GỬI", nd30Code: "PG", tt01Code: "PG"),
        .init(kind: .phieuChuyen, name: "Phiếu chuyển", upperName: "PHIẾU CHUYỂN", nd30Code: "PC", tt01Code: "PC"),
        .init(kind: .phieuBao, name: "Phiếu báo", upperName: "PHIẾU BÁO", nd30Code: "PB", tt01Code: nil),
        .init(kind: .thuCong, name: "Thư công", upperName: "THƯ CÔNG", nd30Code: nil, tt01Code: nil),
        .init(kind: .congVan, name: "Công văn", upperName: "CÔNG VĂN", nd30Code: nil, tt01Code: nil),
        .init(kind: .luat, name: "Luật", upperName: "LUẬT", nd30Code: nil, tt01Code: nil),
        .init(kind: .boLuat, name: "Bộ luật", upperName: "BỘ LUẬT", nd30Code: nil, tt01Code: nil),
        .init(kind: .phapLenh, name: "Pháp lệnh", upperName: "PHÁP LỆNH", nd30Code: "PL", tt01Code: "PL"),
        .init(kind: .nghiDinh, name: "Nghị định", upperName: "NGHỊ ĐỊNH", nd30Code: "NĐ", tt01Code: "NĐ"),
        .init(kind: .thongTu, name: "Thông tư", upperName: "THÔNG TƯ", nd30Code: "TT", tt01Code: "TT"),
        .init(kind: .thongTuLienTich, name: "Thông tư liên tịch", upperName: "THÔNG TƯ LIÊN TỊCH", nd30Code: "TTLT", tt01Code: "TTLT"),
        .init(kind: .nghiQuyetLienTich, name: "Nghị quyết liên tịch", upperName: "NGHỊ QUYẾT LIÊN TỊCH", nd30Code: "NQLT", tt01Code: "NQLT"),
    ]

    private static let byKind: [DocumentKind: DocumentTypeInfo] = {
        var d: [DocumentKind: DocumentTypeInfo] = [:]
        for i in all { d[i.kind] = i }
        return d
    }()

    public static func info(_ kind: DocumentKind) -> DocumentTypeInfo? { byKind[kind] }

    /// Upper-case type names, longest first (so "THÔNG TƯ LIÊN TỊCH" wins over "THÔNG TƯ").
    public static let upperNamesLongestFirst: [(name: String, kind: DocumentKind)] =
        all.filter { $0.kind != .congVan }.map { ($0.upperName, $0.kind) }.sorted { $0.name.utf8.count > $1.name.utf8.count }

    /// Every type code used in document numbers (both regimes, plus normative
    /// codes and copy codes), mapped to the kind it denotes.
    public static let kindByCode: [String: DocumentKind] = {
        var d: [String: DocumentKind] = [:]
        for i in all {
            if let c = i.tt01Code { d[c] = i.kind }
            if let c = i.nd30Code { d[c] = i.kind }
        }
        d["NQ"] = .nghiQuyet
        d["PL"] = .phapLenh
        return d
    }()

    /// Copy codes of NĐ 30/2020 PL III (bản sao y, trích sao, sao lục) and TT 01's `TS`.
    public static let copyCodes: Set<String> = ["SY", "TrS", "SL", "TS"]

    /// Kind for a type name written in running text ("Nghị định", "nghị định").
    public static func kind(forName name: String) -> DocumentKind? {
        if let k = byName[name] { return k }
        return byName[name.lowercased()]
    }

    /// Names as written and in lower case.
    private static let byName: [String: DocumentKind] = {
        var d: [String: DocumentKind] = [:]
        for i in all { d[i.name] = i.kind; d[i.name.lowercased()] = i.kind }
        return d
    }()
}
