import Testing
import VanBan
@testable import VanBanLint

/// Correct documents produce no warning or error; each one-defect damage of
/// them is found on its line with the right code (rules VB1xx–VB3xx).
@Suite("Correct documents and their damaged copies")
struct DamageTests {
    /// This suite's own documents, and every correct document of `Tests/Fixtures/documents`.
    static let fixtures = ["lint/cong-van.txt", "lint/quyet-dinh.txt", "lint/ke-hoach.md"]
        + Fixtures.list(Fixtures.root + "/documents").filter { $0 != "README.md" }.map { "documents/" + $0 }

    static func findings(_ text: String) -> [Diagnostic] {
        Linter.lint(SourceText(text)).diagnostics
    }

    @Test("Correct fixtures are clean", arguments: fixtures)
    func clean(_ name: String) throws {
        let text = try #require(Fixtures.text(name))
        let loud = Self.findings(text).filter { $0.severity >= .warning }
        #expect(loud.isEmpty, "\(name): \(loud.map { "\($0.code) \($0.message.en)" })")
    }

    struct Damage: CustomTestStringConvertible, Sendable {
        var fixture: String
        var find: String
        var replace: String
        var code: String
        var testDescription: String { "\(code): \(find) → \(replace)" }
    }

    static let damages: [Damage] = [
        Damage(fixture: "lint/cong-van.txt", find: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", replace: "", code: "VB101"),
        Damage(fixture: "lint/cong-van.txt", find: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", replace: "Cộng hòa xã hội chủ nghĩa Việt Nam", code: "VB102"),
        Damage(fixture: "lint/cong-van.txt", find: "Độc lập - Tự do - Hạnh phúc", replace: "Độc Lập - Tự Do - Hạnh Phúc", code: "VB103"),
        Damage(fixture: "lint/cong-van.txt", find: "Số: 05/VTLTNN", replace: "Số 05/VTLTNN", code: "VB104"),
        Damage(fixture: "lint/cong-van.txt", find: "Số: 05/VTLTNN", replace: "Số: 5/VTLTNN", code: "VB105"),
        Damage(fixture: "lint/quyet-dinh.txt", find: "Số: 12/QĐ-UBND", replace: "Số: 12 / QĐ-UBND", code: "VB106"),
        Damage(fixture: "lint/quyet-dinh.txt", find: "Số: 12/QĐ-UBND", replace: "Số: 12/QĐ-Ubnd", code: "VB107"),
        Damage(fixture: "lint/quyet-dinh.txt", find: "Số: 12/QĐ-UBND", replace: "Số: 12/KH-UBND", code: "VB108"),
        Damage(fixture: "lint/cong-van.txt", find: "Số: 05/VTLTNN-NVĐP", replace: "Số: 05/CV-VTLTNN", code: "VB109"),
        Damage(fixture: "lint/cong-van.txt", find: "Hà Nội, ngày", replace: "Hà Nội ngày", code: "VB111"),
        Damage(fixture: "lint/cong-van.txt", find: "ngày 08 tháng 4", replace: "ngày 8 tháng 4", code: "VB112"),
        Damage(fixture: "lint/quyet-dinh.txt", find: "ngày 15 tháng 01 năm 2024", replace: "ngày 31 tháng 02 năm 2024", code: "VB113"),
        Damage(fixture: "lint/cong-van.txt", find: "V/v hướng dẫn lập hồ sơ điện tử\n", replace: "", code: "VB201"),
        Damage(fixture: "lint/cong-van.txt", find: "V/v hướng", replace: "V/V hướng", code: "VB202"),
        Damage(fixture: "lint/cong-van.txt", find: "Kính gửi:", replace: "Kính gửi", code: "VB203"),
        Damage(fixture: "lint/cong-van.txt", find: "trung ương.\n", replace: "trung ương;\n", code: "VB203"),
        Damage(fixture: "lint/quyet-dinh.txt", find: "Theo đề nghị của Giám đốc Sở Nội vụ.", replace: "Theo đề nghị của Giám đốc Sở Nội vụ,", code: "VB204"),
        Damage(fixture: "lint/quyet-dinh.txt", find: "công tác văn thư;", replace: "công tác văn thư,", code: "VB204"),
        Damage(fixture: "lint/quyet-dinh.txt", find: "Điều 2.", replace: "Điều 2:", code: "VB205"),
        Damage(fixture: "lint/quyet-dinh.txt", find: "Điều 3.", replace: "Điều 4.", code: "VB206"),
        Damage(fixture: "lint/quyet-dinh.txt", find: "TM. ỦY BAN NHÂN DÂN", replace: "T/M ỦY BAN NHÂN DÂN", code: "VB301"),
        Damage(fixture: "lint/quyet-dinh.txt", find: "Trần Thị Bình", replace: "TS. Trần Thị Bình", code: "VB302"),
        Damage(fixture: "lint/quyet-dinh.txt", find: "Trần Thị Bình", replace: "TRẦN THỊ BÌNH", code: "VB303"),
        Damage(fixture: "lint/cong-van.txt", find: "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Văn An\n", replace: "", code: "VB304"),
        Damage(fixture: "lint/cong-van.txt", find: "Nơi nhận:", replace: "Nơi nhận", code: "VB305"),
        Damage(fixture: "lint/cong-van.txt", find: "- Lãnh đạo Bộ (để báo cáo);", replace: "+ Lãnh đạo Bộ (để báo cáo);", code: "VB306"),
        Damage(fixture: "lint/quyet-dinh.txt", find: "- Lưu: VT, NC.", replace: "- Lưu VT, NC.", code: "VB307"),
        Damage(fixture: "lint/ke-hoach.md", find: "- Lưu: VT, NC.", replace: "- Lưu: VT, NC;", code: "VB307"),
        Damage(fixture: "lint/quyet-dinh.txt", find: "- Lưu: VT, NC.\n", replace: "", code: "VB308"),
    ]

    @Test("Each damage is found on its line", arguments: damages)
    func damaged(_ d: Damage) throws {
        let original = try #require(Fixtures.text(d.fixture))
        let range = try #require(original.range(of: d.find), "\(d.find) not in \(d.fixture)")
        var text = original
        text.replaceSubrange(range, with: d.replace)
        let line = original[..<range.lowerBound].filter { $0 == "\n" }.count
        let found = Self.findings(text).filter { $0.code == d.code }
        #expect(!found.isEmpty, "\(d.code) not reported for \(d.find) → \(d.replace)")
        let src = SourceText(text)
        // On the damaged line, or (for a removed line) on a neighbour or the first line.
        let lines = found.map { src.line(of: $0.range.start) }
        #expect(lines.contains { abs($0 - line) <= 2 } || d.replace.isEmpty, "\(d.code) reported on lines \(lines), damage on \(line)")
        // The rest of the document stays clean at warning level and above, apart from this rule.
        let others = Self.findings(text).filter { $0.severity >= .warning && $0.code != d.code && !Self.knockOn(d.code).contains($0.code) }
        #expect(others.isEmpty, "other findings: \(others.map { "\($0.code) \($0.message.en)" })")
    }

    /// Damages that legitimately trigger a second rule.
    static func knockOn(_ code: String) -> Set<String> {
        switch code {
        case "VB101": return ["VB103"]
        case "VB201": return ["VB304"]
        default: return []
        }
    }
}

extension String {
    func range(of s: String) -> Range<String.Index>? {
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(s) { return i..<index(i, offsetBy: s.count) }
            i = index(after: i)
        }
        return nil
    }
}
