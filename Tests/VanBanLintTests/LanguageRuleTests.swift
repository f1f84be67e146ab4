import Testing
import Glibc
import VanBan
@testable import VanBanLint

/// Behaviour of the input (VB0xx) and language (VB5xx) rules on messy text.
@Suite struct LanguageRuleTests {
    static let fixtures: String = {
        let file = "\(#filePath)"
        let dir = file.split(separator: "/", omittingEmptySubsequences: false).dropLast(2).joined(separator: "/")
        return dir + "/Fixtures/language/"
    }()

    static func read(_ name: String) -> String { readAbsolute(fixtures + name) }

    static func lint(_ text: String, select: [String] = ["VB0", "VB5"], regime: Regime? = nil) -> [Diagnostic] {
        var o = LintOptions()
        o.select = select
        o.regime = regime
        return Linter.lint(SourceText(text), options: o).diagnostics.filter { $0.code != "VB009" }
    }

    static func snippet(_ text: String, _ d: Diagnostic) -> String {
        let b = Array(text.utf8)
        return String(decoding: b[d.range.start..<d.range.end], as: UTF8.self)
    }

    // MARK: Seeds (copied into Tests/Fixtures/language)

    @Test func seed002NewsCapitalisation() {
        let text = Self.read("seed002_news.txt")
        #expect(!text.isEmpty, "fixture seed002_news.txt missing")
        let ds = Self.lint(text)
        #expect(!ds.contains { $0.severity == .error }, "\(ds.filter { $0.severity == .error }.map(\.message.vi))")
        let spans = ds.filter { $0.severity == .warning }.map { Self.snippet(text, $0) }
        for expected in ["Thủ Tướng", "Phó Thủ Tướng", "phó thủ tướng", "văn phòng Chính Phủ", "Chính Phủ", "bộ TTTT",
                         "bộ Tài Chính", "bộ KHĐT", "bộ Nội Vụ", "Trung Ương"] {
            #expect(spans.contains { $0.hasSuffix(expected) }, "no warning on «\(expected)»: \(spans)")
        }
        // `bộ TTTT` appears 8 times.
        #expect(spans.filter { $0 == "bộ TTTT" }.count == 8)
        // Undefined abbreviations are info.
        let abbr = ds.filter { $0.code == "VB505" }.map { Self.snippet(text, $0) }
        #expect(abbr.contains("CNTT") && abbr.contains("TTTT") && abbr.contains("KHĐT") && abbr.contains("PTT"))
        #expect(ds.filter { $0.code == "VB505" }.allSatisfy { $0.severity == .info })
        // Fixing gives the official spellings.
        var o = LintOptions(); o.select = ["VB501", "VB502", "VB503"]
        let fixed = String(decoding: Fixer.fixAll(Array(text.utf8), options: o, includeUnsafe: false).bytes, as: UTF8.self)
        #expect(fixed.contains("Phó Thủ tướng Nguyễn Thiện Nhân kết luận"))
        #expect(fixed.contains("tại Văn phòng Chính phủ, sau khi nghe báo cáo của lãnh đạo Bộ TTTT"))
        #expect(fixed.contains("Phó Thủ tướng Nguyễn Thiện Nhân đã có kết luận"))
        #expect(fixed.contains("trực thuộc trung ương"))
        #expect(fixed.contains("Giao Bộ Nội vụ chủ trì"))
        #expect(fixed.contains("trình Thủ tướng Chính phủ phê duyệt"))
        #expect(!fixed.contains("Chính Phủ"))
    }

    @Test func seed000NoErrorAndGenericPluralIsInfo() {
        let text = Self.read("seed000_congvan.txt")
        #expect(!text.isEmpty, "fixture seed000_congvan.txt missing")
        let ds = Self.lint(text)
        #expect(!ds.contains { $0.severity == .error })
        let generic = ds.filter { $0.code == "VB504" }
        #expect(generic.count >= 6)
        #expect(generic.allSatisfy { $0.severity == .info })
        let spans = generic.map { Self.snippet(text, $0) }
        #expect(spans.contains("ngang Bộ") && spans.contains("Các Bộ") && spans.contains("các Chương trình"))
        // `(CNTT)` is defined on the Thực hiện line: the first use in the trích yếu is before it.
        #expect(!ds.contains { $0.code == "VB501" })
    }

    // MARK: Input rules

    @Test func nfdLineIsOneFindingWithNFCFix() {
        let nfd = "Cộng hòa xã hội".decomposedForTest + "\nDòng thường.\n" + "Độc lập".decomposedForTest
        let ds = Self.lint(nfd, select: ["VB001"])
        #expect(ds.count == 2)
        #expect(ds[0].fixes.first?.edits.first?.replacement == "Cộng hòa xã hội")
        #expect(Self.lint("Cộng hòa xã hội", select: ["VB001"]).isEmpty)
    }

    @Test func legacyEncodingsDecoded() {
        let tcvn = Self.lint("Thùc hiÖn chÝnh s¸ch trî gióp x· héi", select: ["VB002"])
        #expect(tcvn.count == 1)
        #expect(tcvn.first?.message.vi.contains("Thực hiện chính sách trợ") == true)
        let upper = Self.lint("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", select: ["VB002"])
        #expect(upper.first?.message.vi.contains("CỘNG HOÀ XÃ HỘI") == true)
        let vni = Self.lint("Uûy ban nhaân daân tænh", select: ["VB002"])
        #expect(vni.first?.message.vi.contains("Ủy ban nhân dân tỉnh") == true)
        // Latin-1 letters in ordinary text are not mojibake.
        #expect(Self.lint("Nhiệt độ 25 °C; giá 5 €; « Café » và ± 2; Hà Nội © 2020; résumé", select: ["VB002"]).isEmpty)
    }

    @Test func invisibleCharactersFromSourceBytes() {
        let ds = Self.lint("Số\u{FEFF}: 12/QĐ-UBND\u{200B}\u{200C}\nĐiều\u{0001} 1", select: ["VB005"])
        #expect(ds.count == 3)
        #expect(ds.allSatisfy { $0.fixes.first?.edits.first?.replacement == "" })
        // Between two letters the deletion might glue two words: unsafe.
        let glued = Self.lint("công\u{200B}văn", select: ["VB005"])
        #expect(glued.first?.fixes.first?.safety == .unsafe)
    }

    @Test func telexLeftoversOnlyWhenCertain() {
        let ds = Self.lint("Cơ quan ddaay có trách nhiệm vieejc báo cáo ngaay, cử nguwowif thực hiện, thee hiện.", select: ["VB004"])
        let w = ds.filter { $0.severity == .warning }.map { $0.fixes.first?.edits.first?.replacement ?? "" }
        // `ngaay` and `thee` show one Telex signal only: not certain enough.
        #expect(w == ["đây", "việc", "người"])
        // English, names, codes, all caps: nothing.
        #expect(Self.lint("Họp trực tuyến qua Zoom với Google, Facebook; mã SWEE; www.hanoi.gov.vn; Lee Kuan Yew; seen been door.", select: ["VB004"]).isEmpty)
        // Misspelt syllable with marks: info.
        let bad = Self.lint("Văn bản đươc ban hành.", select: ["VB004"])
        #expect(bad.count == 1 && bad.first?.severity == .info)
    }

    @Test func spacingSkipsNumbersTablesAndHeader() {
        #expect(Self.lint("Tỷ lệ 1,5%, tăng 2,75 lần; ký hiệu QĐ-UBND; KH,CN&ĐMST.", select: ["VB006"]).isEmpty)
        #expect(Self.lint("| Cột  một | Cột hai ,  |\n|---|---|", select: ["VB006"]).isEmpty)
        let ds = Self.lint("Các cơ quan ,đơn vị thực hiện ;báo cáo .", select: ["VB006"])
        #expect(ds.count == 3)
        var o = LintOptions(); o.select = ["VB006"]
        let fixed = String(decoding: Fixer.fixAll(Array("Các cơ quan ,đơn vị thực hiện ;báo cáo .".utf8), options: o, includeUnsafe: false).bytes, as: UTF8.self)
        #expect(fixed == "Các cơ quan, đơn vị thực hiện; báo cáo.")
    }

    @Test func tonePlacementMajority() {
        let ds = Self.lint("hoà giải, hoà bình, hoà hợp, Cộng hòa", select: ["VB003"])
        #expect(ds.count == 1)
        #expect(ds.first?.fixes.first?.edits.first?.replacement == "hoà")
        #expect(Self.lint("thủy lợi, quý vị, hoàn thành, hòa giải", select: ["VB003"]).isEmpty)
    }

    // MARK: Language rules

    @Test func agencyNamesAndVariants() {
        let ds = Self.lint("Gửi Uỷ ban Nhân dân tỉnh; Bộ Công thương; Bộ Văn hoá, Thể thao và Du lịch; bộ Y Tế.", select: ["VB501"])
        let spans = ds.map { $0.message.en }
        #expect(ds.count == 3, "\(spans)")
        #expect(Self.lint("Bộ Văn Hoá, Thể thao và Du lịch", select: ["VB501"]).count == 1)
        // Legal spellings that differ from the Phụ lục II pattern are not reported.
        #expect(Self.lint("Viện kiểm sát nhân dân tối cao; Ủy ban thường vụ Quốc hội; Ủy ban trung ương Mặt trận Tổ quốc Việt Nam", select: ["VB501"]).isEmpty)
    }

    @Test func titlesNeedANameWhenLowerCase() {
        #expect(Self.lint("giúp bộ trưởng quản lý; chủ tịch ủy ban chỉ đạo", select: ["VB502"]).isEmpty)
        let ds = Self.lint("ý kiến của bộ trưởng Nguyễn Văn A", select: ["VB502"])
        #expect(ds.count == 1)
        let info = Self.lint("Phó chủ tịch Ủy ban nhân dân tỉnh", select: ["VB502"])
        #expect(info.count == 1 && info.first?.severity == .info)
    }

    @Test func abbreviationsDefinedLaterOrInline() {
        let text = "Ứng dụng CNTT trong cơ quan.\nThực hiện ứng dụng công nghệ thông tin (CNTT) và thuế GTGT. Hiệp định (sau đây gọi tắt là Hiệp định VKFTA) có hiệu lực; SOFR (Secured Overnight Financing Rate).\n| BHXH | BHTN |\nNơi nhận:\n- VPCP: BTCN, các PCN;"
        let ds = Self.lint(text, select: ["VB505"])
        let keys = ds.map { Self.snippet(text, $0) }
        #expect(keys == ["CNTT", "GTGT"], "\(keys)")
        #expect(ds.first?.related.count == 1)
    }

    @Test func sentenceStartInsideALine() {
        let ds = Self.lint("Các cơ quan thực hiện. các đơn vị báo cáo? những nơi khác.\nTại TP. Hồ Chí Minh, v.v. và nơi khác; 1.5 lần.", select: ["VB506"])
        #expect(ds.count == 2)
        #expect(ds.allSatisfy { $0.severity == .info })
    }

    @Test func adminUnitsMidSentenceOnly() {
        #expect(Self.lint("Tỉnh Nam Định có\nỦy ban nhân dân Thành phố Hồ Chí Minh; tại Quận 1", select: ["VB507"]).isEmpty)
        #expect(Self.lint("thuộc Huyện Gia Lâm, Tỉnh Nam Định và Phường Bến Nghé", select: ["VB507"]).count == 2)
    }

    // MARK: Helpers

    @Test func syllables() {
        for w in ["nghiêng", "quốc", "giữa", "gì", "khuỷu", "người", "hoà", "hòa", "thuở", "xoong", "ủy", "quý", "được", "việc", "đây", "khuya", "gìn", "oái"] {
            #expect(Syllable.isValid(Array(w.unicodeScalars)), "\(w)")
        }
        for w in ["đươc", "xaõ", "kông", "ngi", "cuc", "aa", "vieejc", "hoac"] {
            #expect(!Syllable.isValid(Array(w.unicodeScalars)), "\(w)")
        }
        #expect(Telex.decode(Array("vieejc".utf8)) == "việc")
        #expect(Telex.decode(Array("ddaay".utf8)) == "đây")
        #expect(Telex.decode(Array("nguwowif".utf8)) == "người")
        #expect(Telex.decode(Array("book".utf8)) == nil)
    }

    @Test func lexiconCaseForms() {
        let lex = Lexicon(["tài", "chính"])
        let text = "Tài CHÍNH chính tÀi Y"
        let b = Array(text.utf8)
        var ranges: [TextRange] = []
        var s = 0
        for (i, c) in b.enumerated() where c == 0x20 { ranges.append(TextRange(s, i)); s = i + 1 }
        ranges.append(TextRange(s, b.count))
        #expect(lex.lookup(b, ranges[0])?.form == .capitalized)
        #expect(lex.lookup(b, ranges[1])?.form == .upper)
        #expect(lex.lookup(b, ranges[2])?.form == .lower)
        #expect(lex.lookup(b, ranges[3]) == nil)
        // A one-letter word: capitalised and upper case are the same bytes; capitalised wins.
        #expect(Lexicon(["y"]).lookup(b, ranges[4])?.form == .capitalized)
    }
}

extension String {
    /// NFD of Vietnamese text for tests (the few letters used).
    var decomposedForTest: String {
        var out = ""
        for u in unicodeScalars {
            switch u {
            case "ộ": out += "o\u{0302}\u{0323}"
            case "ò": out += "o\u{0300}"
            case "ã": out += "a\u{0303}"
            case "Đ": out += "Đ"
            case "ậ": out += "a\u{0302}\u{0323}"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}

@Test func syllableTableAgreesWithParser() {
    // Every lower-case word of the seed fixtures: the fast table and the parser agree.
    let text = LanguageRuleTests.read("seed002_news.txt") + LanguageRuleTests.read("seed000_congvan.txt")
    #expect(!text.isEmpty)
    let doc = Parser.parse(SourceText(text))
    var checked = 0
    for w in Words.split(doc) where !w.isCapitalized && !w.isAllCaps {
        let s = WordScalars.of(doc.clean, w.range)
        #expect(SyllableTable.contains(doc.clean, w.range) == Syllable.isValid(s), "\(String(String.UnicodeScalarView(s)))")
        checked += 1
    }
    #expect(checked > 500)
}

@Test func syllableTableHoldsOnlyValidSyllables() {
    // VB003 accepts a capitalised word's lower-case form found in the table
    // without `Syllable.isValid`: the table must not hold an invalid one.
    let text = LanguageRuleTests.read("seed002_news.txt") + LanguageRuleTests.read("seed000_congvan.txt")
        + " Hòa Hoà Khỏe Khoẻ Thủy Thuỷ ỦY UỶ Quý Quỳ Giữa Gìn Khuya Nghiêng Kiêng Quốc"
    let doc = Parser.parse(SourceText(text))
    var found = 0
    for w in Words.split(doc) {
        let low = Syllable.lowercased(WordScalars.of(doc.clean, w.range))
        if SyllableTable.contains(scalars: low) {
            #expect(Syllable.isValid(low), "\(String(String.UnicodeScalarView(low)))")
            found += 1
        }
    }
    #expect(found > 500)
}

/// On real documents (../shared/corpus/real, when present): safe fixes of the
/// input and language rules converge, and a fixed text has no safe fix left.
@Test(.disabled(if: LanguageCorpus.files.isEmpty, "../shared/corpus/real is absent: corpus check skipped"))
func languageFixesConvergeOnCorpus() {
    var o = LintOptions()
    o.select = ["VB0", "VB5"]
    var fixedFiles = 0
    for path in LanguageCorpus.files.prefix(40) {
        let text = LanguageRuleTests.readAbsolute(path)
        let out = Fixer.fixAll(Array(text.utf8), options: o, includeUnsafe: false)
        let again = Linter.lint(SourceText(validUTF8: out.bytes), options: o).diagnostics.filter { $0.hasSafeFix }
        #expect(again.isEmpty, "\(path): \(again.map { "\($0.code) \($0.message.en)" }.prefix(3))")
        if out.appliedFixes > 0 { fixedFiles += 1 }
    }
    #expect(fixedFiles > 0)
}

enum LanguageCorpus {
    static let dir: String = {
        let file = "\(#filePath)"
        let root = file.split(separator: "/", omittingEmptySubsequences: false).dropLast(3).joined(separator: "/")
        return root + "/../shared/corpus/real/"
    }()

    static let files: [String] = {
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var out: [String] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasSuffix(".txt") { out.append(dir + name) }
        }
        return out.sorted()
    }()
}

extension LanguageRuleTests {
    static func readAbsolute(_ path: String) -> String {
        Fixtures.read(path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
