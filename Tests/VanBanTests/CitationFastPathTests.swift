import Testing
@testable import VanBan

/// The extractor's fast paths give the answers of the general code they
/// stand in for: the copy-on-write `Citation`, the inline word-boundary
/// tests, the anchor scan, and unit-chain texts filled only when kept.
@Suite struct CitationFastPathTests {
    /// Vietnamese words, quotes, a non-breaking space, `×`, a combining mark
    /// (NFD), Greek, an emoji and ASCII punctuation: every kind of scalar the
    /// inline tests meet.
    /// The first forty texts of the real corpus, or none when `../shared`
    /// is absent (the fast-path checks then run on the samples alone).
    static let corpusTexts: [String] = {
        guard let dir = TestFiles.realCorpus else { return [] }
        return TestFiles.list(dir).prefix(40).filter { $0.hasSuffix(".txt") }.compactMap { TestFiles.readText(dir + "/" + $0) }
    }()

    static let samples: [String] = [
        "Điều 5 khoản 2", "“Điều 5”", "\u{00A0}Điều", "3×Luật", "a÷Điều", "Nghi\u{0323} định", "αΔiều",
        "😀Luật", "(khoản 1)", "[Điều 3]", "2013Luật", "ệĐiều", "–Mục 2", "…Chương II", "x_Phần",
        "thànhĐiều", "ǅLuật", "ɐMục", "ˆĐiều", "·Luật",
    ]

    /// The word-character tests the extractor uses (`Bytes`, fast paths
    /// inline) against the scalar's Unicode properties.
    static func isWordCharReference(_ b: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i < b.count else { return false }
        let (u, _) = Bytes.decodeScalar(b, i)
        return Bytes.isLetter(u) || (u.value >= 0x30 && u.value <= 0x39)
    }

    @Test func wordCharBeforeMatchesBytes() {
        for s in Self.samples {
            let b = Array(s.utf8)
            for k in 0...b.count where k == b.count || b[k] & 0xC0 != 0x80 {
                let expected = k > 0 && Self.isWordCharReference(b, at: Bytes.previousScalarStart(b, k))
                #expect(Bytes.isWordCharBefore(k, in: b) == expected, "\(s) at \(k)")
            }
        }
    }

    @Test func wordCharAndScalarLengthMatchBytes() {
        // Truncated sequences at the end too (E1 BB, a lone C4).
        for b in Self.samples.map({ Array($0.utf8) }) + [[0xE1, 0xBB], [0x78, 0xC4], [0xF0, 0x9F, 0x98]] {
            for k in -1...b.count {
                // (On a truncated sequence the fast path reads the lead byte's
                // range; the reference reads U+FFFD: compared on whole text only.)
                if (k < 0 || k == b.count || b[k] & 0xC0 != 0x80) && String(validating: b, as: UTF8.self) != nil {
                    #expect(Bytes.isWordChar(at: k, in: b) == Self.isWordCharReference(b, at: k), "\(b) at \(k)")
                }
                if k >= 0 && k < b.count { #expect(CitationExtractor.scalarLength(b, k) == Bytes.decodeScalar(b, k).1, "\(b) at \(k)") }
            }
        }
    }

    /// `AnchorScanner.startsWord` is the word-start test the extractor's
    /// skip loop always used: ASCII by class, the Latin lead bytes C3–C6,
    /// combining marks and E1 BA/BB as letters, `Bytes` for the rest.
    @Test func startsWordOnSamples() {
        for s in Self.samples {
            let b = Array(s.utf8)
            b.withUnsafeBufferPointer { p in
                for k in 0..<b.count where b[k] & 0xC0 != 0x80 {
                    let expected: Bool
                    if k == 0 {
                        expected = true
                    } else if b[k - 1] < 0x80 {
                        expected = !(Bytes.isASCIILetter(b[k - 1]) || Bytes.isDigit(b[k - 1]))
                    } else if k >= 2 && (b[k - 2] >= 0xC3 && b[k - 2] <= 0xC6 || b[k - 2] == 0xCC || b[k - 2] == 0xCD) {
                        expected = false
                    } else if k >= 3 && b[k - 3] == 0xE1 && (b[k - 2] == 0xBA || b[k - 2] == 0xBB) {
                        expected = false
                    } else {
                        expected = !Bytes.isWordCharBefore(k, in: p)
                    }
                    #expect(AnchorScanner.startsWord(p, k) == expected, "\(s) at \(k)")
                }
            }
        }
    }

    /// The skip loop stops at every anchor the extractor acts on: `/`, unit
    /// words in any case at a word start, capitalised law words and type names.
    @Test func scannerStopsAtAnchors() {
        let text = "xem “Điều 5”, khoản 2 và điểm a; Luật Đất đai, Nghị định này, ĐIỀU 3, 12/2020/NĐ-CP"
        let b = Array(text.utf8)
        var stops: [Int] = []
        b.withUnsafeBufferPointer { p in
            var i = 0
            while true {
                i = CitationExtractor.anchorScanner.next(p, from: i)
                if i >= p.count { break }
                stops.append(i)
                i += 1
            }
        }
        for anchor in ["Điều 5", "khoản 2", "điểm a", "Luật Đất", "Nghị định này", "ĐIỀU 3", "/2020", "/NĐ"] {
            let at = Array(text.utf8).firstRange(of: Array(anchor.utf8))!.lowerBound
            #expect(stops.contains(at), "\(anchor)")
        }
        // Inside a word, and lower-case type names, are skipped.
        let inside = Array(text.utf8).firstRange(of: Array("ều 5".utf8))!.lowerBound
        #expect(!stops.contains(inside))
    }

    /// `AnchorScanner.written` (its table of four opening bytes) answers
    /// as the probe of the anchors' phrase index it replaces, at every
    /// position: of the anchors written every way, near the end of a text,
    /// and (when present) of the real corpus.
    @Test func writtenAgreesWithThePhraseIndex() {
        let scanner = CitationExtractor.anchorScanner
        var texts = ["xem “Điều 5”, khoản 2 và điểm a; Luật Đất đai, Nghị định này, Nghị định số 5, Chương trình này, Chương II, ĐIỀU 3",
                     "Quyết định nêu trên", "Thông tư đã dẫn", "Thông tư\nnày", "Nghị định", "Điều", "Mục", "MỤC này", "Chủ tịch"]
        texts += Self.samples
        texts += Self.corpusTexts
        var agreed = 0
        for t in texts {
            let b = Array(t.utf8)
            b.withUnsafeBufferPointer { p in
                for k in 0..<p.count {
                    let fast = scanner.written(p, k), reference = scanner.writtenByIndex(p, k)
                    #expect(fast == reference, "\(t.prefix(40)) at \(k)")
                    if fast { agreed += 1 }
                }
            }
        }
        #expect(agreed >= 15)
    }

    /// `PhraseIndex.wholeWord` (one load for the filter, the bucket and
    /// the heads) answers as `mayMatch` and then `match` with the
    /// word-end test, at every position, for the extractor's indexes (of
    /// phrases of one to four bytes and more, and a filter of two to four):
    /// on the samples, texts that end inside a phrase, and the real corpus.
    @Test func wholeWordAgreesWithMatch() {
        let indexes = [CitationExtractor.unitIndex, CitationExtractor.lawIndex, CitationExtractor.typeNameIndex,
                       CitationExtractor.issuerStopIndex, CitationExtractor.subjectOpenerIndex, CitationExtractor.lawNameStopIndex,
                       PhraseIndex(["a", "và", "Điều"].map { Array($0.utf8) })]
        var texts = ["của Bộ Tài chính và Bộ Nội vụ về việc quy định tại Điều 5, khoản 2 Luật Đất đai năm 2013 được sửa đổi",
                     "Điều", "và", "a", "Điều5", "ĐIỀU 3 của", "Thông tư liên tịch số", "quy định", "quy địnhx"]
        texts += Self.samples
        texts += Self.corpusTexts
        var found = 0
        for index in indexes {
            for t in texts {
                let b = Array(t.utf8)
                b.withUnsafeBufferPointer { p in
                    for k in -1...p.count {
                        let fast = index.wholeWord(p, at: k)
                        let reference = k >= 0 && k < p.count && index.mayMatch(p, at: k, end: p.count)
                            ? index.match(p, at: k, end: p.count) { _, len in !Bytes.isWordChar(at: k + len, in: p) } : nil
                        #expect(fast?.id == reference?.id && fast?.length == reference?.length, "\(t.prefix(40)) at \(k)")
                        if fast != nil { found += 1 }
                    }
                }
            }
        }
        #expect(found >= 50)
    }

    /// `CitationExtractor.deictic` (only the deictics opening with the byte
    /// at the position tried) answers as the loop over all four it stands
    /// for, at every position of the samples and the corpus.
    @Test func deicticAgreesWithTheLoopOverAll() {
        func reference(_ b: [UInt8], _ j: Int) -> TextRange? {
            guard j >= 0, j < b.count else { return nil }
            for (k, d) in CitationExtractor.deictics.enumerated() where Bytes.hasPrefix(b, at: j, d) && !Bytes.isWordChar(at: j + d.count, in: b) {
                return k == 3 ? nil : TextRange(j, j + d.count)
            }
            return nil
        }
        var texts = ["Điều này", "Nghị định nêu trên", "Thông tư đã dẫn", "trên địa bàn", "nàyx", "nêu trênx", "đã dẫnx", "này", "n", "đ",
                     "Quyết định này có hiệu lực; Luật nêu trên", "Chương này, khoản 2 Điều 5 đã dẫn"]
        texts += Self.samples
        texts += Self.corpusTexts
        var found = 0
        for t in texts {
            let b = Array(t.utf8)
            for j in -1...b.count {
                let fast = CitationExtractor.deictic(b, at: j)
                #expect(fast == reference(b, j), "\(t.prefix(40)) at \(j)")
                if fast != nil { found += 1 }
            }
        }
        #expect(found >= 6)
    }

    /// A unit keeps its first number apart from the others: `numbers`,
    /// read and written, `numberCount`, `firstNumber`, `number(_:)` and
    /// equality answer as for the one array they stand for.
    @Test func unitNumbersStandForOneArray() {
        let kw = Field(range: TextRange(0, 4), text: "Điều")
        let fields = (0..<3).map { Field(range: TextRange(5 + 3 * $0, 6 + 3 * $0), text: String($0 + 5)) }
        for n in 0...3 {
            let numbers = Array(fields.prefix(n))
            var u = UnitReference(unit: .dieu, keyword: kw, numbers: numbers, range: TextRange(0, 10))
            #expect(u.numbers == numbers)
            #expect(u.numberCount == n)
            #expect(u.firstNumber == numbers.first)
            #expect((0..<n).map { u.number($0) } == numbers)
            let v = UnitReference(unit: .dieu, keyword: kw, firstNumber: numbers.first, otherNumbers: Array(numbers.dropFirst()), range: TextRange(0, 10))
            #expect(u == v)
            for m in 0...3 where m != n {
                #expect(u != UnitReference(unit: .dieu, keyword: kw, numbers: Array(fields.prefix(m)), range: TextRange(0, 10)))
            }
            u.numbers = Array(fields.prefix(3 - n))
            #expect(u.numbers == Array(fields.prefix(3 - n)) && u.numberCount == 3 - n)
            #expect(u == UnitReference(unit: .dieu, keyword: kw, numbers: Array(fields.prefix(3 - n)), range: TextRange(0, 10)))
        }
    }

    @Test func citationCopiesAreIndependent() {
        var a = Citation(form: .numbered, range: TextRange(0, 10))
        a.typeName = Field(range: TextRange(0, 9), text: "Nghị định")
        a.units.append(UnitReference(unit: .dieu, keyword: Field(range: TextRange(0, 4), text: "Điều"), numbers: [], range: TextRange(0, 4)))
        var b = a
        b.typeName = Field(range: TextRange(0, 6), text: "Luật")
        b.units.removeAll()
        b.form = .named
        #expect(a.typeName?.text == "Nghị định")
        #expect(a.units.count == 1)
        #expect(a.form == .numbered)
        #expect(b.typeName?.text == "Luật")
        #expect(b.units.isEmpty)
        #expect(b.form == .named)
    }

    /// Unit chains carry their texts once a citation keeps them.
    @Test func keptUnitChainsHaveTheirTexts() throws {
        let cits = Parser.parse("Theo quy định tại điểm a khoản 2 Điều 5 và Điều 6, 7 Nghị định số 30/2020/NĐ-CP.").citations
        let c = try #require(cits.first { !$0.units.isEmpty })
        for u in c.units {
            #expect(!u.keyword.text.isEmpty)
            for n in u.numbers { #expect(!n.text.isEmpty) }
        }
        #expect(c.units.map(\.keyword.text) == ["điểm", "khoản", "Điều"])
    }
}
