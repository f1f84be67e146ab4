import Testing
@testable import VanBan
@testable import VanBanLint

/// Number keys and catalog look-ups read the number as written, dropping
/// blanks on the fly: the same answers as going through `normalized`.
@Suite struct NumberKeyFastPathTests {
    static let samples: [String] = [
        "30/2020/NĐ-CP", "30 / 2020 / NĐ - CP", "30/2020/ND-CP", "15/QĐ - BNV", "01/2011/TT-BNV", "46-CT/TW",
        "05\t/\n2020/nđ-cp", "05/2020/N\u{0110}-CP\r", "12/Ωμ-ÜB", "7 / L", "", " ", "2723/BTTTT-UDCNTT",
    ]

    /// `numberKey` as it was: the fold of `normalized`.
    static func referenceKey(_ n: DocumentNumber) -> String {
        let s = n.normalized
        if let b = DocumentCatalog.upperFoldedASCII(s, dropBlanks: false) { return String(decoding: b, as: UTF8.self) }
        var out = ""
        for u in s.uppercased().unicodeScalars {
            if u == "Đ" { out.append("D") } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    @Test func numberKeyMatchesNormalizedFold() {
        for s in Self.samples {
            let n = NumberParser.parse(s, range: TextRange(0, s.utf8.count))
            #expect(Array(CitationResolver.numberKey(n).utf8) == Array(Self.referenceKey(n).utf8), "\(s)")
        }
    }

    /// `entry(folded:year:)` (its table of key bytes, the year appended
    /// on the stack) finds what the general look-up finds: every number
    /// of the built-in catalog, with and without its year, and the samples.
    @Test func foldedEntryMatchesTheGeneralLookup() {
        let c = DocumentCatalog.builtin
        var found = 0
        let numbers = c.entries.map(\.number) + Self.samples + ["1/QĐ-UBND", "30/NĐ-CP@2020", "12/2020/TT-BTC"]
        for s in numbers {
            guard let k = DocumentCatalog.upperFoldedASCIIString(s, dropBlanks: true) else { continue }
            for year in [nil, 2011, 2020, 2025, 0, -3] as [Int?] {
                let fast = c.entry(folded: k, year: year), general = c.entry(number: s, year: year)
                #expect(fast?.number == general?.number && fast?.key == general?.key, "\(s) \(String(describing: year))")
                if fast != nil { found += 1 }
            }
        }
        #expect(found >= 50)
    }

    @Test func catalogEntryMatchesNormalizedLookup() {
        let c = DocumentCatalog.builtin
        for s in Self.samples {
            let n = NumberParser.parse(s, range: TextRange(0, s.utf8.count))
            for year in [nil, 2011, 2020] {
                #expect(c.entry(for: n, year: year)?.key == c.entry(number: n.normalized, year: year)?.key, "\(s) \(String(describing: year))")
            }
        }
    }
}
