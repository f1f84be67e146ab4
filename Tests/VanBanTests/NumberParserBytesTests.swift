import Testing
@testable import VanBan

/// `NumberParser.parse` splits bytes in place; it gives the numbers the
/// earlier String-and-Array version gave (kept here as the reference).
@Suite struct NumberParserBytesTests {
    static func reference(_ text: String, range: TextRange) -> DocumentNumber {
        var raw = Array(text.utf8)
        let hasSpaces = raw.contains { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if hasSpaces { raw.removeAll { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }
        var n = DocumentNumber(range: range, text: text, sequence: "", year: nil, symbolParts: [], typeCode: nil,
                               issuerCode: nil, unitCode: nil, hasSpaces: hasSpaces, isPartyStyle: false)
        let slash = UInt8(ascii: "/")
        let firstSlash = raw.firstIndex(of: slash) ?? raw.count
        let seq = raw[..<firstSlash]
        n.sequence = String(decoding: seq, as: UTF8.self)
        var symbolStart = min(firstSlash + 1, raw.count)
        if firstSlash < raw.count, let next = raw[symbolStart...].firstIndex(of: slash), next - symbolStart == 4,
           raw[symbolStart..<next].allSatisfy(Bytes.isDigit) {
            n.year = raw[symbolStart..<next].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            symbolStart = next + 1
        }
        let symbolBytes = firstSlash < raw.count ? raw[symbolStart...] : raw[raw.count...]
        let symbol = String(decoding: symbolBytes, as: UTF8.self)
        n.symbolParts = symbolBytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if let dash = seq.firstIndex(of: UInt8(ascii: "-")), dash > seq.startIndex, seq[..<dash].allSatisfy(Bytes.isDigit) {
            let tail = String(decoding: seq[(dash + 1)...], as: UTF8.self)
            if !tail.isEmpty, tail.allSatisfy({ $0.isLetter }) {
                n.isPartyStyle = true
                n.typeCode = tail
                n.issuerCode = symbol
                return n
            }
        }
        let groups = n.symbolParts
        if groups.count >= 2, NumberParser.typeCodes.contains(groups[0]) {
            n.typeCode = groups[0]
            n.issuerCode = groups[1].isEmpty ? nil : groups[1]
            n.unitCode = groups.count > 2 ? groups[2...].joined(separator: "-") : nil
        } else if let first = groups.first, !first.isEmpty {
            if groups.count == 1, NumberParser.typeCodes.contains(first), n.year == nil {
                n.typeCode = first
            } else {
                n.issuerCode = first
                n.unitCode = groups.count > 1 ? groups[1...].joined(separator: "-") : nil
            }
        }
        return n
    }

    static let samples: [String] = [
        "05/2020/NĐ-CP", "2723/QĐ-UBND", "15 / QĐ - BNV", "46-CT/TW", "46-CT/TW-BCH", "12/2013/QH13", "/QĐ-UBND", "",
        "/", "05/", "05//NĐ", "05/2020/", "05/2020", "05/NĐ", "05/ND-CP-VP", "05/QĐ-", "05/-UBND", "05/--", "-CT/TW",
        "12-3/TW", "12-CT1/TW", "12-Đ/TW", "123/UBND-VP", "123/UBND", "01/2024/TT-BTC", "01/2024/TTLT-BTC-BYT",
        "7/QD-TTg", "7/L", "7/2019/L", "99/CV-UBND-VP-TH", "05\t/\n2020/NĐ-CP", "05/2020/N\u{0110}-CP", "05/2020/N\u{0044}\u{0335}-CP",
        "Số 05/NĐ", "05/2O20/NĐ-CP", "05/12345/NĐ", "05/123/NĐ", "ABC/DEF/GHI", "😀/QĐ-😀",
    ]

    @Test func bytesParseMatchesReference() {
        for s in Self.samples {
            let r = TextRange(3, 3 + s.utf8.count)
            let a = NumberParser.parse(s, range: r), b = Self.reference(s, range: r)
            #expect(a == b, "\(s)")
            // Same bytes in every field, not only equal strings.
            #expect(Array(a.sequence.utf8) == Array(b.sequence.utf8) && a.symbolParts.map { Array($0.utf8) } == b.symbolParts.map { Array($0.utf8) },
                    "\(s)")
        }
    }

    /// `symbolPartCount` and `withSymbolBytes` read what `symbolParts`
    /// gives, for numbers parsed and numbers whose parts were set.
    @Test func symbolAccessorsMatchParts() {
        for s in Self.samples {
            let r = TextRange(3, 3 + s.utf8.count)
            for n in [NumberParser.parse(s, range: r), Self.reference(s, range: r)] {
                #expect(n.symbolPartCount == n.symbolParts.count, "\(s)")
                #expect(n.withSymbolBytes { Array($0) } == Array(n.symbolParts.joined(separator: "-").utf8), "\(s)")
            }
        }
    }

    /// A field whose blanks collapse: its text is the range's words
    /// joined by one space, also once its range moves.
    @Test func collapsedFieldText() {
        let lines = Array("V/v ban hành\r\n  quy chế\tlàm việc \n của Sở".utf8)
        let r = TextRange(4, lines.count)
        var collapsed = Field(range: r, collapsing: lines)
        let words = String(decoding: lines[r.start..<r.end], as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        #expect(collapsed.text == words.joined(separator: " "))
        let before = collapsed.text
        collapsed.range = TextRange(0, 3)
        #expect(collapsed.text == before)
    }

    /// Every number of the fixtures and the real corpus (the header's and
    /// the citations'), with the type code looked up as bytes and the unit
    /// code read whole, against the reference.
    @Test func corpusNumbersMatchReference() {
        var seen = 0
        for doc in ParserFastPathTests.parsedDocuments() {
            for n in doc.citations.compactMap(\.number) + [doc.header.number?.number].compactMap({ $0 }) {
                #expect(NumberParser.parse(n.text, range: n.range) == Self.reference(n.text, range: n.range), "\(n.text)")
                seen += 1
            }
        }
        // The fixtures alone hold a few dozen numbers; with the corpus, thousands.
        #expect(seen > (TestFiles.realCorpus == nil ? 20 : 100), "\(seen) numbers checked")
        // Each code the byte table holds is one of `typeCodes`, and each of
        // those written plainly is in the table.
        let table = NumberParser.typeCodeBytes.flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) }
        #expect(Set(table) == NumberParser.typeCodes.filter { NumberParser.isPlainCode(Array($0.utf8)) })
    }
}
