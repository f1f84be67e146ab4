import Testing
@testable import VanBan

/// The real corpus (`../shared/corpus/real`, 302 messy published documents:
/// OCR noise, Markdown tables, broken lines). It lives outside the repository,
/// so these tests are disabled with a plain reason when it is absent; the
/// repository's own fixtures cover every construct without it.
@Suite(.enabled(if: TestFiles.realCorpus != nil, "../shared/corpus/real is absent: corpus coverage not measured"))
struct CorpusTests {
    struct Entry { var file: String; var kind: String }

    static func manifest() -> [Entry] {
        guard let dir = TestFiles.realCorpus, let text = TestFiles.readText(dir + "/MANIFEST.tsv") else { return [] }
        var out: [Entry] = []
        var header: [Substring] = []
        for line in text.split(separator: "\n") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            if header.isEmpty { header = cols; continue }
            guard let f = header.firstIndex(of: "file"), let k = header.firstIndex(of: "document_kind"), cols.count > max(f, k) else { continue }
            out.append(Entry(file: String(cols[f]), kind: String(cols[k])))
        }
        return out
    }

    /// Coverage figures measured when this test was written (302 documents).
    /// A change that lowers any of them is a regression; raise them when the
    /// parser improves.
    static let minimum = (documents: 302, number: 290, placeDate: 293, kindFound: 299, allThree: 284, kindAgrees: 298)

    @Test func coverageDoesNotRegress() throws {
        let dir = try #require(TestFiles.realCorpus)
        let entries = Self.manifest()
        var number = 0, placeDate = 0, kindFound = 0, allThree = 0, agrees = 0, parsed = 0
        var misses: [String] = []
        for e in entries {
            guard let bytes = TestFiles.read(dir + "/" + e.file), let source = try? SourceText(decoding: bytes) else {
                Issue.record("cannot read \(e.file)")
                continue
            }
            let doc = Parser.parse(source)
            parsed += 1
            let hasNumber = doc.header.number != nil, hasDate = doc.header.placeDate != nil, hasKind = doc.kind != .unknown
            let expected = DocumentKind(rawValue: e.kind.replacing("_", with: "-"))
            number += hasNumber ? 1 : 0
            placeDate += hasDate ? 1 : 0
            kindFound += hasKind ? 1 : 0
            allThree += hasNumber && hasDate && hasKind ? 1 : 0
            agrees += doc.kind == expected ? 1 : 0
            if !(hasNumber && hasDate && doc.kind == expected) {
                misses.append("\(e.file): number=\(doc.header.number?.number.text ?? "-") date=\(hasDate) kind=\(doc.kind.rawValue) expected=\(e.kind)")
            }
        }
        print("corpus coverage: \(parsed) documents; number \(number), place/date \(placeDate), kind \(kindFound), all three \(allThree), kind agrees with MANIFEST \(agrees)")
        for m in misses { print("  miss \(m)") }
        let m = Self.minimum
        #expect(parsed == m.documents)
        #expect(number >= m.number)
        #expect(placeDate >= m.placeDate)
        #expect(kindFound >= m.kindFound)
        #expect(allThree >= m.allThree)
        #expect(agrees >= m.kindAgrees)
    }

    @Test func everyDocumentParsesWithSaneRanges() throws {
        let dir = try #require(TestFiles.realCorpus)
        for e in Self.manifest() {
            guard let bytes = TestFiles.read(dir + "/" + e.file), let source = try? SourceText(decoding: bytes) else { continue }
            let doc = Parser.parse(source)
            #expect(doc.lines.count == source.lineCount, "\(e.file)")
            #expect(doc.clean.count == source.count)
            var ranges: [TextRange] = doc.structure.map(\.extent) + doc.endMarks + doc.preamble.map(\.range)
            ranges += [doc.header.number?.range, doc.header.placeDate?.range, doc.title?.subject?.range,
                       doc.signature?.range, doc.noiNhan?.range, doc.kinhGui?.range].compactMap { $0 }
            for r in ranges {
                #expect(r.start >= 0 && r.end <= source.count, "\(e.file) \(r)")
                #expect(source.scalarBoundary(atOrBefore: r.start) == r.start, "\(e.file) \(r)")
            }
        }
    }
}
