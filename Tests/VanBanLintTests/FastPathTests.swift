import Testing
@testable import VanBan
@testable import VanBanLint

/// The byte fast paths of the analysis layer agree with the reference
/// String implementations they replace.
@Suite struct FastPathTests {
    static let issuers = [
        "của Bộ trưởng Bộ Nội vụ", "  CỦA   UỶ BAN NHÂN DÂN\ttỉnh Hoà Bình ", "Thủ tướng Chính phủ", "Chính phủ",
        "chính phủ", "Chính phủ nước Cộng hòa", "Bộ Văn hoá, Thể thao và Du lịch", "Uỷ ban Thường vụ Quốc hội",
        "của HĐND\ntỉnh", "İstanbul Bộ Y tế", "Bộ Nội vụ\r\nvà Bộ Tài chính", "Bộ Tài chi\u{301}nh", "Ủy ban\u{200D} Dân tộc",
        "ÀÁẢÃẠ ĐƯỜNG ỐỔỖỘ Ứ Ỷ", "", " ", "ngân hàng nhà nước Việt Nam", "bộ lao động - thương binh và xã hội",
        "Cộng hoà xã hội chủ nghĩa", "oà oá oả oạ oã uỷ uý", "ǅ ǈ ȁ ẞ Ω K Å",
    ]

    @Test(arguments: issuers)
    func issuerFoldMatchesReference(_ s: String) {
        let f = Issuers.folded(s)
        #expect(f.string == Issuers.foldString(s))
        #expect(Array(f.string.utf8) == Array(Issuers.foldString(s).utf8))
        let slow = Issuers.Folded(string: Issuers.foldString(s), bytes: nil)
        for e in Issuers.all { #expect(Issuers.namesFolded(f, e) == Issuers.namesFolded(slow, e), "\(e.code)") }
        #expect(Issuers.named(by: s).map(\.code) == Issuers.all.filter { Issuers.namesFolded(slow, $0) }.map(\.code))
        for t in Self.issuers {
            let g = Issuers.folded(t), gs = Issuers.Folded(string: Issuers.foldString(t), bytes: nil)
            #expect(Issuers.contains(f, g) == Issuers.contains(slow, gs))
        }
    }
}
