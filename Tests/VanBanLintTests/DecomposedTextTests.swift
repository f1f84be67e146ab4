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

    /// Every node of a model, as (kind, NFC text of its range in the model's own bytes).
    static func nodes(_ d: Document) -> [String] {
        let b = d.source.bytes
        func t(_ r: TextRange) -> String { String(decoding: NFC.normalize(Array(b[r.start..<r.end])), as: UTF8.self) }
        var out: [String] = []
        if let n = d.header.number { out.append("number " + t(n.number.range)) }
        if let p = d.header.placeDate { out.append("date " + t(p.dateRange)) }
        if let x = d.title?.typeName { out.append("type " + t(x.range)) }
        if let x = d.title?.subject { out.append("subject " + t(x.range)) }
        for x in d.preamble { out.append("preamble " + t(x.range)) }
        func walk(_ ns: [StructureNode]) { for n in ns { out.append("\(n.level) " + t(n.range)); walk(n.children) } }
        walk(d.structure)
        for c in d.citations { out.append("citation " + t(c.range) + " " + c.units.map { t($0.range) }.joined(separator: "|")) }
        if let s = d.signature { out.append("signature " + t(s.range) + " " + (s.name.map { t($0.range) } ?? "")) }
        if let n = d.noiNhan { out.append("noiNhan " + n.items.map { t($0.text.range) }.joined(separator: "|")) }
        for l in d.lines { out.append("\(l.kind) " + t(l.trimmed)) }
        return out
    }

    @Test("The model of a decomposed draft is its NFC original's, on the decomposed bytes", arguments: 0..<3)
    func sameModel(_ k: Int) throws {
        let (nfdName, nfcName) = Self.pairs[k]
        let nfd = try #require(Fixtures.read(Fixtures.root + "/" + nfdName))
        let nfc = try #require(Fixtures.read(Fixtures.root + "/" + nfcName))
        let a = Parser.parse(SourceText(validUTF8: NFC.normalize(nfc)))
        let b = Parser.parseNormalizing(SourceText(validUTF8: nfd))
        #expect(b.source.bytes == nfd)
        #expect(Self.nodes(b) == Self.nodes(a))
        #expect(b.kind == a.kind && b.date == a.date && b.header.number?.number.text == a.header.number?.number.text)
        #expect(b.structure.count == a.structure.count && b.citations.count == a.citations.count && !a.citations.isEmpty)
        // The linter hands out the same model.
        let model = Linter.lint(SourceText(validUTF8: nfd)).model
        #expect(Self.nodes(model) == Self.nodes(a))
        // Parsed as it is, the decomposed text yields almost nothing: the mapping is what helps.
        #expect(Self.nodes(Parser.parse(SourceText(validUTF8: nfd))) != Self.nodes(a))
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
