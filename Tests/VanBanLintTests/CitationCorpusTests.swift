import Testing
@testable import VanBan
@testable import VanBanLint

/// Corpus-wide invariants on `../shared/corpus/real` (skipped, and saying
/// so, when ../shared is absent; the fixtures cover every construct).
@Suite struct CitationCorpusTests {
    @Test(.disabled(if: CitationFixtures.corpusDir == nil, "../shared/corpus/real is absent: corpus-wide citation checks skipped"))
    func corpusInvariants() throws {
        var bench = CitationBenchmark()
        for path in CitationFixtures.corpusFiles() {
            let text = try CitationFixtures.readFile(path)
            let src = SourceText(validUTF8: Array(text.utf8))
            let doc = Parser.parse(src)
            let g = CitationResolver.resolve(doc)
            Self.expectOrderedStructure(doc, path)
            var last = -1
            for (i, c) in g.citations.enumerated() {
                // Ranges are inside the text, in order, and cover their parts.
                #expect(c.range.start >= last && c.range.end <= src.count && c.range.start < c.range.end, "\(path)")
                last = c.range.start
                // Every part starts and ends on a character, never on the
                // CR of a line end (LSP clients reject such positions).
                for r in [c.range, c.subject?.range, c.issuer?.range, c.dateField?.range].compactMap({ $0 }) {
                    #expect(Self.onBoundaries(src.bytes, r), "\(path): \(r)")
                }
                if let n = c.number { #expect(c.range.start <= n.range.start && n.range.end <= c.range.end, "\(path)") }
                // Antecedents come before, and a repeat names the same document.
                if let a = g.resolutions[i].antecedent, c.form != .internalUnits {
                    #expect(a < i, "\(path)")
                    if c.form == .numbered, let n = c.number, let m = g.citations[a].number {
                        #expect(CitationResolver.numberKey(n) == CitationResolver.numberKey(m), "\(path)")
                    }
                }
                for d in g.resolutions[i].dangling { #expect(d.unitIndex < c.units.count, "\(path)") }
            }
            bench.add(source: path, text: src)
        }
        #expect(bench.files > 0)
        print("citation corpus benchmark:\n" + bench.report())
    }

    /// Whether `r` starts and ends on scalar boundaries and does not end
    /// with a line-end byte.
    static func onBoundaries(_ b: [UInt8], _ r: TextRange) -> Bool {
        func boundary(_ i: Int) -> Bool { i == b.count || b[i] & 0xC0 != 0x80 }
        return boundary(r.start) && boundary(r.end) && (r.end == r.start || (b[r.end - 1] != 0x0D && b[r.end - 1] != 0x0A))
    }

    /// A subject cut at the length cap inside a letter, and a CRLF text:
    /// the parts end on a character and before the CR (found by a client review).
    @Test(arguments: ["subject-cap.txt", "crlf.txt"])
    func partsEndOnCharacters(_ name: String) throws {
        let src = SourceText(validUTF8: Array(try CitationFixtures.read(name).utf8))
        let cs = CitationResolver.resolve(Parser.parse(src)).citations
        #expect(!cs.isEmpty)
        for c in cs {
            for r in [c.range, c.subject?.range, c.issuer?.range].compactMap({ $0 }) { #expect(Self.onBoundaries(src.bytes, r), "\(r)") }
        }
    }

    /// `CitationResolver.enclosing` finds a unit by binary search: sibling
    /// units are in text order and do not overlap, at every level and in
    /// every attachment.
    static func expectOrderedStructure(_ doc: Document, _ path: String) {
        func check(_ nodes: [StructureNode]) {
            for k in nodes.indices.dropFirst() {
                #expect(nodes[k - 1].extent.end <= nodes[k].extent.start, "\(path): \(nodes[k - 1].extent) then \(nodes[k].extent)")
            }
            for n in nodes {
                #expect(n.children.allSatisfy { n.extent.start <= $0.extent.start && $0.extent.end <= n.extent.end }, "\(path)")
                check(n.children)
            }
        }
        check(doc.structure)
        for a in doc.attachments { check(a.structure) }
    }

    @Test func fixtureStructureIsOrdered() throws {
        for name in ["quyet-dinh-plain.txt", "quyet-dinh-attached.txt", "nghi-dinh-plain.txt", "ke-hoach-plain.txt", "quyet-dinh-table.md"] {
            let doc = Parser.parse(SourceText(try CitationFixtures.readFile(Fixtures.root + "/documents/" + name)))
            #expect(!doc.structure.isEmpty || !doc.attachments.isEmpty, "\(name) has articles")
            Self.expectOrderedStructure(doc, name)
        }
    }

    @Test func corpusAbsenceIsReported() {
        if CitationFixtures.corpusDir == nil { print("CitationCorpusTests: ../shared/corpus/real is absent; corpus-wide checks skipped") }
        #expect(CitationFixtures.corpusDir == nil || !CitationFixtures.corpusFiles().isEmpty)
    }
}
