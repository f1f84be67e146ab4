import Testing
@testable import VanBan

/// Bad input never crashes or hangs. These tests only check that parsing
/// finishes with sane results; sizes are a few MB, not the 50 MB of the
/// manual check (`vblint parse` on a generated file).
@Suite struct RobustnessTests {
    func check(_ doc: Document) {
        #expect(doc.clean.count == doc.source.count)
        #expect(doc.lines.count == doc.source.lineCount)
        for n in doc.structure { #expect(n.extent.end <= doc.source.count) }
    }

    @Test func emptyAndWhitespace() {
        for text in ["", " ", "\n", "\r\n\r\n", "   \t  \n\n  \t", "\u{FEFF}", "\u{00A0}\u{200B}"] {
            let doc = Parser.parse(text)
            check(doc)
            #expect(doc.kind == .unknown && !doc.isDocument)
            #expect(doc.header.number == nil && doc.noiNhan == nil && doc.signature == nil)
        }
    }

    @Test func binaryIshText() throws {
        var bytes: [UInt8] = []
        var x: UInt32 = 12345
        for _ in 0..<200_000 {
            x = x &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: x >> 16))
        }
        // Decoding refuses it; the lossy string parses without trouble.
        #expect(throws: SourceDecodingError.self) { try SourceDecoder.decode(bytes) }
        let doc = Parser.parse(String(decoding: bytes, as: UTF8.self))
        check(doc)
        // Control characters and lone marks.
        check(Parser.parse("\u{1}\u{2}Số:\u{7}/\u{300}\u{301}ngày\u{0}tháng năm\r\r\r(((((((\n"))
    }

    @Test func hugeSingleLine() {
        // ~2 MB on one line: header, body and inline scans stay linear.
        var s = ""
        let unit = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 (NĐ) của Chính phủ; Điều 5 khoản 2 Số: 05/QĐ-BNV "
        s.reserveCapacity(unit.utf8.count * 30_000)
        for _ in 0..<18_000 { s += unit }
        let doc = Parser.parse(s)
        check(doc)
        #expect(doc.lines.count == 1)
        #expect(doc.source.count > 2_000_000)
    }

    @Test func manyShortLines() {
        var s = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        for k in 0..<30_000 { s += k % 3 == 0 ? "Số: \(k)/QĐ-BNV\n" : "ngày \(k % 28 + 1) tháng\n" }
        let doc = Parser.parse(s)
        check(doc)
        #expect(doc.header.number?.number.text == "0/QĐ-BNV")
    }

    @Test func deeplyRepeatedHeadings() {
        var s = "QUYẾT ĐỊNH:\n"
        for k in 1...20_000 {
            s += k % 50 == 0 ? "Chương \(k)\n" : (k % 7 == 0 ? "a) điểm\n" : (k % 3 == 0 ? "\(k % 99 + 1). khoản\n" : "Điều \(k). Tiêu đề\n"))
        }
        let doc = Parser.parse(s, options: ParseOptions(assumeDocument: true))
        check(doc)
        #expect(doc.articles.count > 8_000)
        // Siblings follow each other; no extent runs past its parent.
        func walk(_ nodes: [StructureNode], in parent: TextRange) {
            var prevEnd = parent.start
            for n in nodes {
                #expect(parent.contains(n.extent))
                #expect(n.extent.start >= prevEnd)
                prevEnd = n.extent.end
                walk(n.children, in: n.extent)
            }
        }
        walk(doc.structure, in: TextRange(0, doc.source.count))
    }

    @Test func repeatedClosingBlocks() {
        var s = ""
        for _ in 0..<5_000 { s += "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\nKính gửi:\n- A;\n" }
        let doc = Parser.parse(s)
        check(doc)
        #expect(doc.noiNhan != nil)
    }

    @Test func onlyNoiNhan() {
        for text in ["Nơi nhận:", "Nơi nhận:\n", "Nơi nhận", "Nơi nhận:\n-\n- \n- Lưu"] {
            let doc = Parser.parse(text)
            check(doc)
            #expect(doc.noiNhan != nil)
        }
    }

    @Test func pathologicalHeaders() {
        // Long header lines, many candidate tokens: the header search is bounded.
        let line = String(repeating: "Số: / ngày tháng năm V/v Kính ", count: 4_000)
        let doc = Parser.parse(line + "\n" + line + "\nNơi nhận:\n")
        check(doc)
        let parens = String(repeating: "(AB", count: 100_000) + String(repeating: ")", count: 10)
        check(Parser.parse(parens))
        let dates = String(repeating: "ngày ngày tháng tháng năm ", count: 40_000)
        check(Parser.parse(dates))
    }
}
