/// A set of words or phrases matched at a byte position in any of the
/// casings drafters use: as given, lower case, upper case, and with the
/// first letter capitalised. Matching is a byte comparison (no allocation).
public struct KeywordSet: Sendable {
    public let words: [String]
    let variants: [(bytes: [UInt8], word: Int)]
    public let firstBytes: Set<UInt8>
    let requireBoundary: Bool

    public init(_ words: [String], requireBoundary: Bool = true) {
        self.words = words
        self.requireBoundary = requireBoundary
        var v: [(bytes: [UInt8], word: Int)] = []
        for (k, w) in words.enumerated() {
            let lower = w.lowercased()
            let upper = w.uppercased()
            let cap = (lower.first.map { String($0).uppercased() } ?? "") + lower.dropFirst()
            var seen = Set<[UInt8]>()
            for f in [w, lower, upper, cap] where seen.insert(Array(f.utf8)).inserted {
                v.append((Array(f.utf8), k))
            }
        }
        v = v.filter { !$0.bytes.isEmpty }
        v.sort { $0.bytes.count > $1.bytes.count }
        self.variants = v
        self.firstBytes = Set(v.compactMap { $0.bytes.first })
        var table = [Bool](repeating: false, count: 256)
        for f in firstBytes { table[Int(f)] = true }
        self.firstTable = table
        var buckets = [[(bytes: [UInt8], word: Int)]](repeating: [], count: 256)
        for x in v { buckets[Int(x.bytes[0])].append(x) }
        self.byFirst = buckets
    }

    /// The variants grouped by first byte, longest first.
    let byFirst: [[(bytes: [UInt8], word: Int)]]

    /// `firstBytes` as a table indexed by byte (no hashing on the hot path).
    let firstTable: [Bool]

    @inline(__always)
    public func mayStart(_ c: UInt8) -> Bool { firstTable[Int(c)] }

    /// The index of the word matched at `i` and the length in bytes.
    @inline(__always)
    public func match(_ b: [UInt8], _ i: Int, _ end: Int) -> (word: Int, length: Int)? {
        guard i < end, firstTable[Int(b[i])] else { return nil }
        for (bytes, w) in byFirst[Int(b[i])] where Bytes.hasPrefix(b, at: i, bytes, end: end) {
            let after = i + bytes.count
            if requireBoundary, after < end, let last = bytes.last, last != 0x20, Bytes.isWordChar(at: after, in: b) { continue }
            return (w, bytes.count)
        }
        return nil
    }
}

/// The words the parser looks for.
public enum Keywords {
    static let kinhGui = KeywordSet(["Kính gửi"])
    static let so = KeywordSet(["Số"])
    static let ngay = KeywordSet(["ngày"])
    static let canCu = KeywordSet(["Căn cứ"])
    /// Indices 0 and 2 are `xet`, 5 (`Thực hiện`) is `other`, the rest `theo`.
    static let preambleOthers = KeywordSet(["Xét đề nghị", "Theo đề nghị", "Xét", "Trên cơ sở", "Theo", "Thực hiện"])
    static let bodyOpeners = KeywordSet(["Căn cứ", "Thực hiện", "Xét đề nghị", "Theo đề nghị", "Kính gửi"])
    /// (`QUYÉT` is a frequent OCR reading of `QUYẾT`.)
    static let enacting = KeywordSet(["QUYẾT ĐỊNH", "QUYẾT NGHỊ", "NGHỊ ĐỊNH", "CHỈ THỊ", "BAN HÀNH", "QUYÉT ĐỊNH", "QUYÉT NGHỊ", "QUYET ĐỊNH", "QUYET NGHỊ"])
    static let noiNhan = KeywordSet(["Nơi nhận", "Noi nhận", "Nơi nhân", "Noi nhan"])
    static let luu = KeywordSet(["Lưu"])
    static let dieu = KeywordSet(["Điều"])
    static let chuong = KeywordSet(["Chương"])
    static let phan = KeywordSet(["Phần"])
    static let muc = KeywordSet(["Mục"])
    static let tieuMuc = KeywordSet(["Tiểu mục"])
    static let phuLuc = KeywordSet(["Phụ lục"])
    static let authorityPrefixes = KeywordSet(["TM.", "KT.", "TL.", "TUQ.", "Q.", "T/M", "K/T", "T/L", "TM", "KT", "TL", "TUQ"], requireBoundary: true)
    static let signedMarks = KeywordSet(["(Đã ký)", "Đã ký", "(đã ký)", "(Đã ký và đóng dấu)", "[daky]", "(Ký tên, đóng dấu)", "(ký tên, đóng dấu)"], requireBoundary: false)
    static let attachedBy = KeywordSet(["(Ban hành kèm theo", "(Kèm theo", "(Ban hành theo", "Ban hành kèm theo", "Kèm theo"], requireBoundary: false)

    static func isAuthorityStart(_ upper: String) -> Bool { authorityStarts.contains { upper.hasPrefix($0) } }

    /// Upper-case beginnings of authority lines of a quyết định / nghị quyết.
    static let authorityStarts: [String] = [
        "BỘ TRƯỞNG", "CHỦ TỊCH", "THỦ TƯỚNG", "CHÍNH PHỦ", "HỘI ĐỒNG", "ỦY BAN", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC",
        "CỤC TRƯỞNG", "TỔNG CỤC TRƯỞNG", "VỤ TRƯỞNG", "CHÁNH ÁN", "VIỆN TRƯỞNG", "TRƯỞNG BAN", "THỐNG ĐỐC",
        "TỔNG KIỂM TOÁN", "CHÁNH VĂN PHÒNG", "CHÁNH THANH TRA", "TỔNG THANH TRA", "QUỐC HỘI", "BAN CHẤP HÀNH",
        "HIỆU TRƯỞNG", "TRƯỞNG", "BỘ CHÍNH TRỊ", "BAN THƯỜNG VỤ", "ĐẢNG ĐOÀN", "BAN CÁN SỰ", "CHỦ NHIỆM",
    ]
}
