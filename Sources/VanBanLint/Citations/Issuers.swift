import VanBan

/// Issuer codes used in document numbers and the bodies they stand for
/// (rules.md Table D), with a test of whether a written issuer
/// (`của Bộ trưởng Bộ Nội vụ`) names that body.
public enum Issuers {
    public struct Entry: Sendable {
        public var code: String
        public var name: String
        /// Lower-case phrases, one of which a written issuer must contain.
        public var phrases: [String]
    }

    public static let all: [Entry] = [
        Entry(code: "CP", name: "Chính phủ", phrases: []),  // special: the whole issuer is "Chính phủ"
        Entry(code: "TTg", name: "Thủ tướng Chính phủ", phrases: ["thủ tướng"]),
        Entry(code: "VPCP", name: "Văn phòng Chính phủ", phrases: ["văn phòng chính phủ", "bộ trưởng, chủ nhiệm văn phòng chính phủ"]),
        Entry(code: "BNV", name: "Bộ Nội vụ", phrases: ["bộ nội vụ"]),
        Entry(code: "BTC", name: "Bộ Tài chính", phrases: ["bộ tài chính"]),
        Entry(code: "BKHĐT", name: "Bộ Kế hoạch và Đầu tư", phrases: ["bộ kế hoạch và đầu tư"]),
        Entry(code: "BTTTT", name: "Bộ Thông tin và Truyền thông", phrases: ["bộ thông tin và truyền thông"]),
        Entry(code: "BKHCN", name: "Bộ Khoa học và Công nghệ", phrases: ["bộ khoa học và công nghệ"]),
        Entry(code: "BCA", name: "Bộ Công an", phrases: ["bộ công an"]),
        Entry(code: "BQP", name: "Bộ Quốc phòng", phrases: ["bộ quốc phòng"]),
        Entry(code: "BNG", name: "Bộ Ngoại giao", phrases: ["bộ ngoại giao"]),
        Entry(code: "BTP", name: "Bộ Tư pháp", phrases: ["bộ tư pháp"]),
        Entry(code: "BCT", name: "Bộ Công Thương", phrases: ["bộ công thương"]),
        Entry(code: "BGDĐT", name: "Bộ Giáo dục và Đào tạo", phrases: ["bộ giáo dục và đào tạo"]),
        Entry(code: "BYT", name: "Bộ Y tế", phrases: ["bộ y tế"]),
        Entry(code: "BLĐTBXH", name: "Bộ Lao động - Thương binh và Xã hội", phrases: ["bộ lao động"]),
        Entry(code: "BNNPTNT", name: "Bộ Nông nghiệp và Phát triển nông thôn", phrases: ["bộ nông nghiệp và phát triển nông thôn"]),
        Entry(code: "BTNMT", name: "Bộ Tài nguyên và Môi trường", phrases: ["bộ tài nguyên và môi trường"]),
        Entry(code: "BNNMT", name: "Bộ Nông nghiệp và Môi trường", phrases: ["bộ nông nghiệp và môi trường"]),
        Entry(code: "BXD", name: "Bộ Xây dựng", phrases: ["bộ xây dựng"]),
        Entry(code: "BGTVT", name: "Bộ Giao thông vận tải", phrases: ["bộ giao thông vận tải"]),
        Entry(code: "BVHTTDL", name: "Bộ Văn hóa, Thể thao và Du lịch", phrases: ["bộ văn hóa, thể thao và du lịch"]),
        Entry(code: "UBDT", name: "Ủy ban Dân tộc", phrases: ["ủy ban dân tộc"]),
        Entry(code: "NHNN", name: "Ngân hàng Nhà nước Việt Nam", phrases: ["ngân hàng nhà nước"]),
        Entry(code: "TTCP", name: "Thanh tra Chính phủ", phrases: ["thanh tra chính phủ"]),
        Entry(code: "HĐND", name: "Hội đồng nhân dân", phrases: ["hội đồng nhân dân"]),
        Entry(code: "UBND", name: "Ủy ban nhân dân", phrases: ["ủy ban nhân dân"]),
        Entry(code: "UBTVQH", name: "Ủy ban Thường vụ Quốc hội", phrases: ["ủy ban thường vụ quốc hội"]),
        Entry(code: "QH", name: "Quốc hội", phrases: ["quốc hội"]),
        Entry(code: "CTN", name: "Chủ tịch nước", phrases: ["chủ tịch nước"]),
    ]

    static let byCode: [String: Entry] = {
        var d: [String: Entry] = [:]
        for e in all { d[e.code] = e }
        return d
    }()

    /// The entry for a code (`QH13` and `UBTVQH14` by their prefix).
    public static func entry(code: String) -> Entry? {
        if let e = byCode[code] { return e }
        for p in ["UBTVQH", "QH"] where code.hasPrefix(p) && code.dropFirst(p.count).allSatisfy(\.isNumber) && code.count > p.count { return byCode[p] }
        return nil
    }

    /// Folds the two accent placements (`uỷ`/`ủy`, `hoà`/`hòa`) and case.
    public static func fold(_ s: String) -> String {
        var t = s.lowercased()
        // Only when an old-style placement can occur (a "u"/"o" before a marked vowel).
        var prev: UInt8 = 0
        var may = false
        for c in t.utf8 { if (prev == UInt8(ascii: "u") || prev == UInt8(ascii: "o")) && c >= 0xC3 { may = true; break }; prev = c }
        if may {
            for (a, b) in [("uỷ", "ủy"), ("uý", "úy"), ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oạ", "ọa"), ("oã", "õa")] where t.contains(a) {
                t = t.replacing(a, with: b)
            }
        }
        return t.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
    }

    /// Whether a written issuer names the body of `entry`.
    public static func names(_ issuer: String, _ e: Entry) -> Bool { namesFolded(fold(issuer), e) }

    static func namesFolded(_ f: String, _ e: Entry) -> Bool {
        if e.code == "CP" { return f == "chính phủ" || f.hasPrefix("chính phủ ") }
        return e.phrases.contains { f.contains($0) }
    }

    /// The entries whose body the written issuer names (most specific first:
    /// `Thủ tướng Chính phủ` names TTg, not CP). The issuer is folded once.
    public static func named(by issuer: String) -> [Entry] {
        let f = fold(issuer)
        return all.filter { namesFolded(f, $0) }
    }
}
