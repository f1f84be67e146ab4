import Testing
@testable import VanBan

// MARK: Decoding

@Suite struct SourceDecoderTests {
    let sample = "Số: 05/BNV-VP\nHà Nội, ngày 05 tháng 3 năm 2024 😀"

    @Test func utf8WithoutBOM() throws {
        let (out, enc) = try SourceDecoder.decode(Array(sample.utf8))
        #expect(enc == .utf8)
        #expect(out == Array(sample.utf8))
    }

    @Test func utf8WithBOMIsStripped() throws {
        let (out, enc) = try SourceDecoder.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8))
        #expect(enc == .utf8WithBOM)
        #expect(out == Array(sample.utf8))
        #expect(SourceDecoder.encode(out, as: enc) == [0xEF, 0xBB, 0xBF] + Array(sample.utf8))
    }

    func utf16(_ s: String, bigEndian: Bool) -> [UInt8] {
        var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for u in s.utf16 {
            let hi = UInt8(u >> 8), lo = UInt8(u & 0xFF)
            out += bigEndian ? [hi, lo] : [lo, hi]
        }
        return out
    }

    @Test(arguments: [false, true]) func utf16WithBOM(bigEndian: Bool) throws {
        let raw = utf16(sample, bigEndian: bigEndian)
        let (out, enc) = try SourceDecoder.decode(raw)
        #expect(enc == (bigEndian ? .utf16BE : .utf16LE))
        #expect(out == Array(sample.utf8))
        #expect(SourceDecoder.encode(out, as: enc) == raw)
    }

    @Test func loneSurrogateInUTF16() {
        // LE BOM, "A", then a lone high surrogate D800 followed by "B".
        let raw: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]
        #expect(throws: SourceDecodingError.invalidUTF16(offset: 4)) { try SourceDecoder.decode(raw) }
        // Odd byte count: a truncated unit.
        #expect(throws: SourceDecodingError.invalidUTF16(offset: 4)) { try SourceDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x42]) }
    }

    @Test func invalidUTF8ReportsExactOffset() {
        let good = Array("Hà Nội ".utf8)  // 10 bytes
        #expect(throws: SourceDecodingError.invalidUTF8(offset: good.count)) { try SourceDecoder.decode(good + [0xC3, 0x28]) }
        // Overlong encoding of "/" and a surrogate encoded in UTF-8.
        #expect(throws: SourceDecodingError.invalidUTF8(offset: 1)) { try SourceDecoder.decode([0x41, 0xC0, 0xAF]) }
        #expect(throws: SourceDecodingError.invalidUTF8(offset: 0)) { try SourceDecoder.decode([0xED, 0xA0, 0x80]) }
        // Truncated sequence at the very end.
        #expect(throws: SourceDecodingError.invalidUTF8(offset: 2)) { try SourceDecoder.decode([0x41, 0x42, 0xE1, 0xBB]) }
        // A lone continuation byte; with a BOM the offset counts the BOM.
        #expect(throws: SourceDecodingError.invalidUTF8(offset: 4)) { try SourceDecoder.decode([0xEF, 0xBB, 0xBF, 0x41, 0x80]) }
        #expect(SourceDecodingError.invalidUTF8(offset: 7).description.contains("7"))
    }

    @Test func nulMeansBinary() {
        #expect(throws: SourceDecodingError.binary(offset: 3)) { try SourceDecoder.decode(Array("abc\u{0}def".utf8)) }
        #expect(throws: SourceDecodingError.binary(offset: 4)) { try SourceDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00]) }
    }

    @Test func emptyInput() throws {
        let (out, enc) = try SourceDecoder.decode([])
        #expect(out.isEmpty && enc == .utf8)
        let s = try SourceText(decoding: [])
        #expect(s.count == 0 && s.lineCount == 1)
        #expect(s.lineRange(0) == TextRange(0, 0))
        #expect(s.position(of: 0, unit: .utf16) == LineColumn(line: 0, column: 0))
        #expect(s.offset(of: LineColumn(line: 3, column: 3), unit: .scalar) == 0)
    }
}

// MARK: Lines and positions

@Suite struct SourceTextTests {
    /// Every offset of a long mixed text (ASCII, Vietnamese in NFC and NFD,
    /// emoji, CRLF, CR) converts like a plain count over the line's scalars:
    /// the line index and the 512-byte block tables (built eight bytes at a
    /// time) agree with the definition.
    /// Short lines (columns counted from the line start) and lines of
    /// several kilobytes (columns from the 512-byte block tables).
    static let positionPieces: [[String]] = [
        ["Điều 5. ", "Ha\u{0300} No\u{0302}\u{0323}i ", "😀 ", "abc\r\n", "x\ry ", "công văn số 12/2024\n", "𝔘𝔫𝔦 ", "\t"],
        ["Điều 5. ", "Ha\u{0300} No\u{0302}\u{0323}i ", "😀 ", "công văn số 12/2024 ", "𝔘𝔫𝔦 ", "\t", "ạ", "a", "bc", "d", "ef", "ghi"],
    ]

    @Test(arguments: positionPieces)
    func positionsAgreeWithAPlainCount(_ pieces: [String]) {
        var text = ""
        var k = 0
        while text.utf8.count < 5000 { text += pieces[(k * 5 + k / 3) % pieces.count]; k += 1; if k == 400 { text += "\r\n" } }
        let src = SourceText(text)
        let bytes = Array(text.utf8)
        var line = 0, lineStart = 0
        var u16 = 0, sc = 0
        var i = 0
        while i <= bytes.count {
            if i == bytes.count || bytes[i] & 0xC0 != 0x80 {
                #expect(src.position(of: i, unit: .utf16) == LineColumn(line: line, column: u16), "utf16 at \(i)")
                #expect(src.position(of: i, unit: .scalar) == LineColumn(line: line, column: sc), "scalars at \(i)")
                #expect(src.position(of: i, unit: .utf8) == LineColumn(line: line, column: i - lineStart), "utf8 at \(i)")
            }
            if i == bytes.count { break }
            let c = bytes[i]
            let newline = c == 0x0A || (c == 0x0D && !(i + 1 < bytes.count && bytes[i + 1] == 0x0A))
            if newline { line += 1; lineStart = i + 1; u16 = 0; sc = 0 }
            else if c & 0xC0 != 0x80 { sc += 1; u16 += c >= 0xF0 ? 2 : 1 }
            i += 1
        }
    }

    @Test func lineTerminators() {
        let s = SourceText("a\nbb\r\nccc\rd\n")
        #expect(s.lineStarts == [0, 2, 6, 10, 12])
        #expect(s.string(s.lineRange(0)) == "a")
        #expect(s.string(s.lineRange(1)) == "bb")
        #expect(s.string(s.lineRange(2)) == "ccc")
        #expect(s.string(s.lineRange(3)) == "d")
        #expect(s.lineRange(4).isEmpty)
        #expect(s.line(of: 5) == 1)  // the CR of CRLF belongs to line 1
        #expect(s.line(of: 6) == 2)
    }

    /// Reference positions computed with the standard library's views.
    static func reference(_ text: String, offset: Int, unit: ColumnUnit) -> LineColumn {
        let bytes = Array(text.utf8)
        var line = 0, lineStart = 0
        var i = 0
        while i < offset {
            if bytes[i] == 0x0A { line += 1; lineStart = i + 1 } else if bytes[i] == 0x0D, i + 1 >= bytes.count || bytes[i + 1] != 0x0A { line += 1; lineStart = i + 1 }
            i += 1
        }
        let piece = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        switch unit {
        case .utf8: return LineColumn(line: line, column: offset - lineStart)
        case .utf16: return LineColumn(line: line, column: piece.utf16.count)
        case .scalar: return LineColumn(line: line, column: piece.unicodeScalars.count)
        }
    }

    static let nfc = "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\r\nSố: 05/BNV-VP"
    static let nfd = String(decoding: Array("Cộng hòa xã hội\nViệt Nam".decomposedForTest.utf8), as: UTF8.self)
    static let emoji = "ab😀cd\n𝐀𝐁 x😀\r😀"
    /// Lines longer than the 4 KiB blocks, with multi-byte scalars on both
    /// sides of the block boundaries.
    static let long: String = {
        var s = ""
        for k in 0..<2400 { s += k % 7 == 0 ? "😀" : (k % 3 == 0 ? "ệ " : "Hà Nội ") }
        s += "\n"
        for _ in 0..<1500 { s += "nghĩa " }
        s += "\r\nend"
        return s
    }()

    @Test(arguments: [nfc, nfd, emoji, long])
    func positionsMatchReference(_ text: String) {
        let s = SourceText(text)
        let bytes = Array(text.utf8)
        var boundaries: [Int] = []
        for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 {
            // Long texts: offsets around the 4 KiB block boundaries and a sample.
            if bytes.count > 4096, !(i % 4096 < 8 || i % 4096 > 4086 || i % 89 == 0) { continue }
            boundaries.append(i)
        }
        boundaries.append(bytes.count)
        for o in boundaries {
            for unit in ColumnUnit.allCases {
                let p = s.position(of: o, unit: unit)
                #expect(p == Self.reference(text, offset: o, unit: unit), "offset \(o) unit \(unit)")
                // Back again, except for the CR of a CRLF (not a position of its own).
                if o > 0, o < bytes.count, bytes[o] == 0x0A, bytes[o - 1] == 0x0D { continue }
                #expect(s.offset(of: p, unit: unit) == o, "round trip offset \(o) unit \(unit)")
            }
        }
    }

    @Test func longLinesCrossBlocks() {
        let s = SourceText(Self.long)
        #expect(s.count > 3 * 4096)
        let line0 = s.lineRange(0)
        #expect(line0.length > 8192)
        let end = s.position(of: line0.end, unit: .utf16)
        #expect(end.column == String(decoding: s.bytes[line0.start..<line0.end], as: UTF8.self).utf16.count)
        // Past the end of the line clamps to the line end.
        #expect(s.offset(of: LineColumn(line: 0, column: end.column + 50), unit: .utf16) == line0.end)
    }

    @Test func clamping() {
        let s = SourceText("Hà Nội\nViệt 😀")
        let l1 = s.lineRange(1)
        #expect(s.offset(of: LineColumn(line: 0, column: 99), unit: .scalar) == s.lineRange(0).end)
        #expect(s.offset(of: LineColumn(line: 0, column: 99), unit: .utf8) == s.lineRange(0).end)
        #expect(s.offset(of: LineColumn(line: 7, column: 0), unit: .utf16) == s.count)
        #expect(s.offset(of: LineColumn(line: -1, column: 4), unit: .utf16) == 0)
        #expect(s.offset(of: LineColumn(line: 1, column: -3), unit: .utf16) == l1.start)
        #expect(s.position(of: 10_000, unit: .scalar) == LineColumn(line: 1, column: 6))
        #expect(s.position(of: -5, unit: .scalar) == LineColumn(line: 0, column: 0))
        // A UTF-16 column inside the emoji's surrogate pair snaps to its start.
        let emojiStart = l1.end - 4
        #expect(s.offset(of: LineColumn(line: 1, column: 5), unit: .utf16) == emojiStart)
        #expect(s.offset(of: LineColumn(line: 1, column: 6), unit: .utf16) == emojiStart)
        #expect(s.offset(of: LineColumn(line: 1, column: 7), unit: .utf16) == l1.end)
        // A UTF-8 column inside "ệ" snaps to its start.
        #expect(s.offset(of: LineColumn(line: 1, column: 3), unit: .utf8) == l1.start + 2)
        #expect(s.scalarBoundary(atOrBefore: l1.start + 3) == l1.start + 2)
    }
}

// MARK: Normalisation and folding

@Suite struct NormalizationTests {
    @Test func nfcSamples() {
        let cases: [(String, String)] = [
            ("Ho\u{300}a", "Hòa"),
            ("Vie\u{302}\u{323}t", "Việt"),
            ("Vie\u{323}\u{302}t", "Việt"),
            ("nghi\u{303}a", "nghĩa"),
            ("D\u{303}", "D\u{303}"),
            ("Đã ký", "Đã ký"),
            ("e\u{301}😀", "é😀"),
            ("", ""),
        ]
        for (input, expected) in cases {
            #expect(NFC.normalize(Array(input.utf8)) == Array(expected.utf8), "\(input)")
            #expect(input.nfcNormalized.unicodeScalars.elementsEqual(expected.unicodeScalars))
        }
        #expect(NFC.isNFC(Array("Cộng hòa".utf8)))
        #expect(!NFC.isNFC(Array("Co\u{323}\u{302}ng".utf8)))
        #expect(!NFC.mayNeedNormalization(Array("Cộng hòa xã hội".utf8)))
        #expect(NFC.mayNeedNormalization(Array("ho\u{300}a".utf8)))
    }

    @Test func folding() {
        #expect("CỘNG HOÀ".vbUpper == "CỘNG HÒA")
        #expect("Uỷ ban".vbFolded == "ủy ban")
        #expect("KẾ HOẠCH".vbUpper == "KẾ HOẠCH")
        #expect("hoàn thành".vbFolded == "hoàn thành")
        #expect("quý".vbFolded == "quý")
        #expect("ho\u{300}a".vbFolded == "hòa")
        #expect(Vietnamese.stripDiacritics("Cộng hòa Đà Nẵng") == "Cong hoa Da Nang")
    }

    /// `vbUpper`'s table route must give what the Unicode route gives, and
    /// decline (nil) what it cannot map one to one.
    @Test func upperFoldedAgreesWithTheUnicodeRoute() {
        let samples = ["Cộng hoà xã hội", "ỦY BAN NHÂN DÂN", "uỷ ban", "Thuý", "quý khách", "hoà. Thoả", "Đắk Lắk",
                       "Tĩnh Gia, Ũng", "“Ơn” – ƯU…", "MỤC 2:", "Straße", "ÿes", "µm", "İ", "ho\u{300}a", "Ω", "",
                       "KT. BỘ TRƯỞNG", "×÷", "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý"]
        for s in samples {
            let slow = s.vbFolded.uppercased()
            if let fast = ToneFolding.upperFolded(s) { #expect(fast == slow, "\(s)") }
        }
        #expect(ToneFolding.upperFolded("Straße") == nil)
        #expect(ToneFolding.upperFolded("ho\u{300}a") == nil)
        #expect(ToneFolding.upperFolded("Thuý hoà") == "THÚY HÒA")
    }

    /// A header token's keys written in place agree with the array route.
    @Test func tokenKeysAgreeWithTokenFacts() {
        for t in ["Số:", "SỐ", "ngày,", "Hà", "NỘI.", "V/v", "QUYẾT", "ĐỊNH:", "Uỷ", "Ơn;", "ho\u{300}a", "Ω,", "", "..."] {
            let facts = Vietnamese.tokenFacts(Array(t.utf8))
            let keys = Vietnamese.tokenKeys(t)
            #expect(keys.lower == Vietnamese.trimmed(facts.lower), "\(t)")
            #expect(keys.plain == Vietnamese.trimmed(facts.plain), "\(t)")
        }
        #expect(Vietnamese.tokenKeys("ĐỊNH:").plain == "dinh")
    }

    /// The same agreement on every line of the real corpus, when present.
    @Test(.enabled(if: TestFiles.realCorpus != nil, "../shared/corpus/real is absent: checked on the samples only"))
    func upperFoldedAgreesOnTheCorpus() throws {
        let dir = try #require(TestFiles.realCorpus)
        var checked = 0
        for name in TestFiles.list(dir) where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            guard let text = TestFiles.readText(dir + "/" + name) else { continue }
            for line in text.split(separator: "\n").prefix(60) {
                let s = String(line)
                guard let fast = ToneFolding.upperFolded(s) else { continue }
                #expect(fast == s.vbFolded.uppercased(), "\(name): \(s)")
                checked += 1
            }
        }
        #expect(checked > 5_000)
    }
}

extension String {
    /// Canonical decomposition (NFD) of Vietnamese letters, for tests.
    var decomposedForTest: String {
        let table: [Character: String] = [
            "ộ": "o\u{302}\u{323}", "ò": "o\u{300}", "ã": "a\u{303}", "ệ": "e\u{302}\u{323}", "ô": "o\u{302}",
        ]
        var out = ""
        for c in self { out += table[c] ?? String(c) }
        return out
    }
}

/// The sixteen-bytes-at-a-time helpers against a byte-by-byte reference.
@Suite struct ByteScanTests {
    @Test func simdCountAndAnyAgreeWithALoop() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for round in 0..<2_000 {
            var bytes = [UInt8](repeating: 0, count: 16)
            for k in 0..<16 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                // Mostly continuation bytes in some rounds, to reach 16 hits.
                bytes[k] = round % 4 == 0 ? 0x80 | UInt8(truncatingIfNeeded: seed >> 58) : UInt8(truncatingIfNeeded: seed >> 56)
            }
            let v = bytes.withUnsafeBytes { $0.loadUnaligned(as: SIMD16<UInt8>.self) }
            let m = (v & SIMD16<UInt8>(repeating: 0xC0)) .== SIMD16<UInt8>(repeating: 0x80)
            let expected = bytes.filter { $0 & 0xC0 == 0x80 }.count
            #expect(ByteScan.count(m) == expected)
            #expect(ByteScan.any(m) == (expected > 0))
        }
    }
}

/// The validator's sixteen-byte skip against a byte-by-byte reference and
/// the standard library's own validation, on random texts of every length
/// around the windows.
@Suite struct UTF8ValidationTests {
    /// Table 3-7 of the Unicode standard, one sequence at a time.
    static func reference(_ b: [UInt8]) -> (offset: Int, isNUL: Bool)? {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == 0 { return (i, true) }
            if c < 0x80 { i += 1; continue }
            let (need, lo, hi): (Int, UInt8, UInt8)
            switch c {
            case 0xC2...0xDF: (need, lo, hi) = (1, 0x80, 0xBF)
            case 0xE0: (need, lo, hi) = (2, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (need, lo, hi) = (2, 0x80, 0xBF)
            case 0xED: (need, lo, hi) = (2, 0x80, 0x9F)
            case 0xF0: (need, lo, hi) = (3, 0x90, 0xBF)
            case 0xF1...0xF3: (need, lo, hi) = (3, 0x80, 0xBF)
            case 0xF4: (need, lo, hi) = (3, 0x80, 0x8F)
            default: return (i, false)
            }
            guard i + need < b.count, b[i + 1] >= lo, b[i + 1] <= hi else { return (i, false) }
            for k in 2...max(2, need) where k <= need { if b[i + k] < 0x80 || b[i + k] > 0xBF { return (i, false) } }
            i += need + 1
        }
        return nil
    }

    @Test func agreesWithReference() {
        let pieces: [[UInt8]] = [Array("a".utf8), Array("ạ".utf8), Array("đ".utf8), Array("😀".utf8), Array("abcdefghijklmnop".utf8),
                                 [0x00], [0xFF], [0x80], [0xE1, 0xBA], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF]]
        var seed: UInt64 = 12345
        for _ in 0..<4_000 {
            var b: [UInt8] = []
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let len = Int(seed >> 59)  // 0–31 pieces
            for _ in 0..<len {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                // Mostly valid text, sometimes a bad piece.
                let k = Int(seed >> 60)
                b += pieces[k < 11 ? k % 5 : 5 + Int(seed >> 33) % 7]
            }
            let got = SourceDecoder.firstInvalidUTF8(b)
            let want = Self.reference(b)
            #expect(got?.offset == want?.offset && got?.isNUL == want?.isNUL, "\(b)")
            if want == nil { #expect(String(validating: b, as: UTF8.self) != nil) }
        }
    }
}
