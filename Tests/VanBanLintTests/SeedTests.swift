import Testing
import VanBan
@testable import VanBanLint

/// The two documents the project started from (copied into Tests/Fixtures/seeds)
/// and what rules.md §12 says of them.
@Suite("Seeds")
struct SeedTests {
    @Test("Seed 000 (công văn 2011): the Lưu line is an error with a safe fix; no error §12 does not list")
    func seed000() throws {
        let text = try #require(Fixtures.text("seeds/000_8a405938e898ba14.txt"))
        let result = Linter.lint(SourceText(text))
        #expect(result.regime == .tt01)
        let luu = try #require(result.diagnostics.first { $0.code == "VB307" })
        #expect(luu.severity == .error)
        #expect(result.document.source.line(of: luu.range.start) == 31)
        let fix = try #require(luu.fixes.first)
        #expect(fix.safety == .safe)
        let fixed = String(decoding: Fixer.apply([luu], to: Array(text.utf8), includeUnsafe: false).bytes, as: UTF8.self)
        #expect(fixed.contains("- Lưu: VT, UDCNTT."))
        // §12 lists as errors only the Lưu colon (and components lost with the
        // header table, which vblint reports as warnings).
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.allSatisfy { $0.code == "VB307" }, "unexpected errors: \(errors.map { "\($0.code) \($0.message.en)" })")
    }

    @Test("Seed 002 (news text): no header, structure or closing finding, and no error")
    func seed002() throws {
        let text = try #require(Fixtures.text("seeds/002_476bbbc5f5b60f85.txt"))
        let result = Linter.lint(SourceText(text))
        #expect(result.document.kind == .unknown)
        #expect(!result.document.isDocument)
        let formal = result.diagnostics.filter { $0.code.hasPrefix("VB1") || $0.code.hasPrefix("VB2") || $0.code.hasPrefix("VB3") }
        #expect(formal.isEmpty, "\(formal.map { "\($0.code) \($0.message.en)" })")
        #expect(!result.diagnostics.contains { $0.severity == .error })
    }

    @Test("A party document (HD 36-HD/VPTW, out of NĐ 30's scope) gets its language checked, not its layout")
    func partyDocumentOutOfScope() throws {
        let text = "ĐẢNG BỘ TỈNH BẮC NINH\tĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY GIA BÌNH\n*\tGia Bình, ngày 15 tháng 4 năm 2025\nSố 215-QĐ/HU\n\nQUYẾT ĐỊNH\nvề việc chuẩn y\n\nĐiều 1. Gửi Thủ Tướng Chính Phủ.\n\nNơi nhận:\tT/M BAN THƯỜNG VỤ\n- Như Điều 1,\n- Lưu Văn phòng Huyện ủy.\tBÍ THƯ\n"
        let result = Linter.lint(SourceText(text))
        #expect(result.document.outOfScope == .party)
        let layout = result.diagnostics.filter { $0.code.hasPrefix("VB1") || $0.code.hasPrefix("VB2") || $0.code.hasPrefix("VB3") }
        #expect(layout.isEmpty, "\(layout.map { "\($0.code) \($0.message.en)" })")
        #expect(result.diagnostics.contains { $0.code.hasPrefix("VB5") }, "the wrong capitals are still reported")
    }
}
