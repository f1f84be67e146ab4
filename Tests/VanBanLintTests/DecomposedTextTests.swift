import Testing
import VanBan
@testable import VanBanLint

/// A draft in decomposed form (NFD, as macOS writes it) is checked like its
/// precomposed original: the same findings, each placed on the decomposed
/// bytes, plus VB001 for the decomposed letters.
@Suite("Decomposed (NFD) drafts")
struct DecomposedTextTests {
    static let pairs: [(nfd: String, nfc: String)] = [
        ("decomposed/quyet-dinh.txt", "lint/quyet-dinh.txt"),
        ("decomposed/cong-van.txt", "lint/cong-van.txt"),
        ("decomposed/seed-000.txt", "seeds/000_8a405938e898ba14.txt"),
    ]

    /// A finding by code and the NFC form of the text it covers.
    static func keyed(_ r: LintResult) -> [String] {
        let b = r.document.source.bytes
        return r.diagnostics.filter { $0.code != "VB001" }.map { d in
            let covered = NFC.normalize(Array(b[d.range.start..<d.range.end]))
            return d.code + " " + String(decoding: covered, as: UTF8.self)
        }.sorted()
    }

    @Test("Same findings as the NFC original, on the decomposed bytes", arguments: 0..<3)
    func sameFindings(_ k: Int) throws {
        let (nfdName, nfcName) = Self.pairs[k]
        let nfd = try #require(Fixtures.read(Fixtures.root + "/" + nfdName))
        let nfc = try #require(Fixtures.read(Fixtures.root + "/" + nfcName))
        #expect(NFC.normalize(nfd) == NFC.normalize(nfc), "the fixture is not a decomposed copy of \(nfcName)")
        #expect(nfd != NFC.normalize(nfd))
        let a = Linter.lint(SourceText(validUTF8: NFC.normalize(nfc)))
        let b = Linter.lint(SourceText(validUTF8: nfd))
        #expect(Self.keyed(b) == Self.keyed(a))
        #expect(b.regime == a.regime)
        #expect(b.diagnostics.contains { $0.code == "VB001" })
        // The document handed back is the original's, so ranges agree with the text.
        #expect(b.document.source.bytes == nfd)
    }

    @Test("Seed 000 decomposed: the Lưu line is still an error with a safe fix that applies")
    func seedFixStillApplies() throws {
        let nfd = try #require(Fixtures.read(Fixtures.root + "/decomposed/seed-000.txt"))
        let r = Linter.lint(SourceText(validUTF8: nfd))
        let luu = try #require(r.diagnostics.first { $0.code == "VB307" })
        #expect(luu.severity == .error)
        let fixed = Fixer.fixAll(nfd, options: LintOptions(), includeUnsafe: false)
        let text = String(decoding: NFC.normalize(fixed.bytes), as: UTF8.self)
        #expect(text.contains("Lưu: VT, UDCNTT"))
    }

    @Test("Suppression comments work on a decomposed draft")
    func suppression() throws {
        let nfd = try #require(Fixtures.read(Fixtures.root + "/decomposed/seed-000.txt"))
        var text = String(decoding: nfd, as: UTF8.self)
        let luu = try #require(text.range(of: "- L"))
        text.insert(contentsOf: "<!-- vblint-disable-next-line VB307 -->\n", at: luu.lowerBound)
        let r = Linter.lint(SourceText(text))
        #expect(!r.diagnostics.contains { $0.code == "VB307" })
        #expect(!r.diagnostics.contains { $0.code == "VB009" })
        #expect(r.suppressedCount >= 1)
    }

    @Test("Offsets map back cluster by cluster")
    func mapping() throws {
        // "Hà Nội" with the marks apart: H a ̀ ␠ N ô ̣ i
        let text = "Ha\u{0300} No\u{0302}\u{0323}i, x"
        let src = SourceText(text)
        let m = try #require(NFCMapping(src))
        #expect(String(decoding: m.normalized.bytes, as: UTF8.self) == "Hà Nội, x")
        // "Nội" is bytes 4..<9 in NFC ("N" + "ộ" (3 bytes) + "i") and 5..<12 in the original.
        let nfcNoi = TextRange(4, 9)
        #expect(String(decoding: m.normalized.bytes[4..<9], as: UTF8.self) == "Nội")
        let orig = m.original(nfcNoi)
        #expect(orig == TextRange(5, 12))
        // After the last cluster, offsets shift by what the marks added.
        #expect(m.originalStart(11) == 14)  // "x"
        // A text already in NFC has no mapping.
        #expect(NFCMapping(SourceText("Hà Nội")) == nil)
    }
}
