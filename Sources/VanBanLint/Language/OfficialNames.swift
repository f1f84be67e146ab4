import VanBan

/// Official spellings (ND 30/2020 Phụ lục II, mục IV.1 and V.3) of the
/// agencies and titles the capitalisation rules compare against.
public enum OfficialNames {
    /// Adds the other tone-placement variant (`hóa`/`hoá`, `Ủy`/`Uỷ`).
    static func withVariants(_ list: [String]) -> [String] {
        var out: [String] = []
        let swaps: [(String, String)] = [("hóa", "hoá"), ("Ủy", "Uỷ"), ("Hòa", "Hoà"), ("Tòa", "Toà"), ("hòa", "hoà")]
        for s in list {
            out.append(s)
            var v = s
            for (a, b) in swaps { v = v.replacingAll(a, b) }
            if v != s { out.append(v) }
        }
        return out
    }

    /// Agencies: central bodies, ministries, departments. Names whose legal
    /// spelling differs from the Phụ lục II pattern (laws write `Viện kiểm sát
    /// nhân dân tối cao`, `Ủy ban thường vụ Quốc hội`, `Ủy ban trung ương Mặt
    /// trận Tổ quốc Việt Nam`) are left out on purpose.
    public static let agencies: [String] = withVariants([
        "Chính phủ", "Quốc hội", "Văn phòng Chính phủ", "Văn phòng Quốc hội", "Văn phòng Chủ tịch nước",
        "Văn phòng Trung ương Đảng", "Thanh tra Chính phủ", "Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước",
        "Ủy ban Dân tộc", "Ủy ban nhân dân", "Hội đồng nhân dân",
        "Tòa án nhân dân tối cao",
        "Mặt trận Tổ quốc Việt Nam", "Ban Chấp hành Trung ương",
        "Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Kế hoạch và Đầu tư",
        "Bộ Tài chính", "Bộ Công Thương", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Giao thông vận tải",
        "Bộ Xây dựng", "Bộ Tài nguyên và Môi trường", "Bộ Thông tin và Truyền thông", "Bộ Lao động",
        "Bộ Văn hóa", "Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo", "Bộ Y tế",
        "Bộ Nông nghiệp và Môi trường", "Bộ Dân tộc và Tôn giáo",
        "Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng", "Sở Y tế",
        "Sở Giáo dục và Đào tạo", "Sở Công Thương", "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông",
        "Sở Giao thông vận tải", "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Ngoại vụ",
        "Sở Lao động", "Sở Văn hóa", "Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo",
        // The parts after the hyphen of `Lao động - Thương binh và Xã hội`
        // and after the comma of `Văn hóa, Thể thao và Du lịch`.
        "Thương binh và Xã hội", "Thể thao và Du lịch",
    ])

    /// Titles (chức vụ) as written with a person's name.
    public static let titles: [String] = [
        "Thủ tướng", "Phó Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Chủ tịch", "Phó Chủ tịch", "Tổng Bí thư",
        "Chủ nhiệm", "Phó Chủ nhiệm", "Tổng Thư ký", "Giám đốc", "Phó Giám đốc", "Cục trưởng", "Phó Cục trưởng",
        "Vụ trưởng", "Phó Vụ trưởng", "Tổng cục trưởng", "Phó Tổng cục trưởng", "Chánh Văn phòng", "Phó Chánh Văn phòng",
        "Chánh Thanh tra", "Tổng Thanh tra", "Thống đốc", "Phó Thống đốc",
    ]

    /// Ministry abbreviations seen after a lower-case `bộ` (`bộ TTTT`).
    public static let ministryAbbreviations: Set<String> = [
        "TTTT", "TT&TT", "TT-TT", "KHĐT", "KH&ĐT", "KH-ĐT", "TC", "NV", "TP", "CA", "QP", "NG", "GDĐT", "GD&ĐT", "GD-ĐT",
        "YT", "XD", "GTVT", "LĐTBXH", "LĐ-TBXH", "LĐ-TB&XH", "NNPTNT", "NN&PTNT", "NN-PTNT", "TNMT", "TN&MT", "TN-MT",
        "KHCN", "KH&CN", "KH-CN", "VHTTDL", "VH-TT-DL", "VHTT&DL", "CT", "NNMT", "NN&MT", "DTTG", "DT&TG", "CÔNG THƯƠNG",
    ]
}

extension String {
    /// Replaces every occurrence of `a` with `b` (no Foundation).
    func replacingAll(_ a: String, _ b: String) -> String {
        guard !a.isEmpty else { return self }
        // Characters that match are bytes that match: a name without `a`'s
        // bytes (most of them) is returned after a byte search, not a
        // search by characters (the lists are built at start-up).
        guard Bytes.find(Array(a.utf8), in: Array(utf8), from: 0) != nil else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: a) {
            out += rest[rest.startIndex..<r.lowerBound]
            out += b
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}
