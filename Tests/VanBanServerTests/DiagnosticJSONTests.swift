import Testing
import VanBan
import VanBanLint
@testable import VanBanServer

/// The diagnostics writer writes fixed runs of members at once; these tests
/// hold it to the member-by-member writing it replaced, byte for byte.
@Suite struct DiagnosticJSONTests {
    /// The member-by-member writer the fast one must agree with.
    static func reference(_ diagnostics: [Diagnostic], uri: String, source: SourceText, generation: Int,
                          unit: ColumnUnit, lang: MessageLanguage) -> [UInt8] {
        var w = JSONWriter()
        func position(_ offset: Int) {
            let p = source.position(of: offset, unit: unit)
            w.beginObject()
            w.key("line"); w.int(p.line)
            w.key("character"); w.int(p.column)
            w.endObject()
        }
        func range(_ r: TextRange) {
            w.beginObject()
            w.key("start"); position(r.start)
            w.key("end"); position(r.end)
            w.endObject()
        }
        w.beginArray()
        for d in diagnostics {
            w.beginObject()
            w.key("range"); range(d.range)
            w.key("severity"); w.int(d.severity.lspValue)
            w.key("code"); w.string(d.code)
            w.key("codeDescription"); w.beginObject()
            w.key("href"); w.string(RuleIndex.documentationURL[d.code] ?? "https://vblint.dev/rules/\(d.code)")
            w.endObject()
            w.key("source"); w.string("vblint")
            w.key("message"); w.string(d.message.text(lang))
            if !d.tags.isEmpty {
                w.key("tags"); w.beginArray(); for t in d.tags { w.int(t.lspValue) }; w.endArray()
            }
            if !d.related.isEmpty {
                w.key("relatedInformation"); w.beginArray()
                for r in d.related {
                    w.beginObject()
                    w.key("location"); w.beginObject()
                    w.key("uri"); w.string(uri)
                    w.key("range"); range(r.range)
                    w.endObject()
                    w.key("message"); w.string(r.message.text(lang))
                    w.endObject()
                }
                w.endArray()
            }
            w.key("data"); w.beginObject()
            w.key("generation"); w.int(generation)
            w.key("start"); w.int(d.range.start)
            w.key("end"); w.int(d.range.end)
            w.key("code"); w.string(d.code)
            w.endObject()
            w.endObject()
        }
        w.endArray()
        return w.bytes
    }

    static func fixture(_ name: String) -> String { Samples.file("Tests/Fixtures/" + name) }

    @Test(arguments: ["language/seed002_news.txt", "language/seed000_congvan.txt", "decomposed/quyet-dinh.txt"])
    func fastWriterMatchesMemberByMember(_ name: String) {
        // An unused suppression adds a tagged finding; the citation fixtures
        // have related locations; a quote and a tab in a message need escapes.
        let text = "<!-- vblint-disable-next-line VB999 -->\n" + Self.fixture(name) + "\nCăn cứ \"Luật\"\tsố 😀 Điều 3.\n"
            + "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư. Theo Nghị định số 30/2020/NĐ-CP ngày 15/3/2020 của Chính phủ.\n"
        let source = SourceText(validUTF8: Array(text.utf8))
        var diags = Linter.lint(source).diagnostics
        diags.append(Diagnostic(code: "VB000", name: "made-up", severity: .error, range: TextRange(3, 3),
                                message: LocalizedText(vi: "Trích \"dẫn\"\t\\ và \u{1}", en: "x"), fixes: [], related: [], tags: [.deprecated]))
        #expect(diags.contains { !$0.related.isEmpty }, "the conflicting citations give related locations")
        #expect(diags.contains { !$0.tags.isEmpty })
        let server = LanguageServer(write: { _ in true })
        for unit in ColumnUnit.allCases {
            server.unit = unit
            for lang in [MessageLanguage.vi, .en] {
                var w = JSONWriter()
                server.writeDiagnostics(diags, uri: "file:///a%20b.txt", source: source, generation: 42, lang: lang, into: &w)
                let expected = Self.reference(diags, uri: "file:///a%20b.txt", source: source, generation: 42, unit: unit, lang: lang)
                #expect(w.bytes == expected, "\(name) \(unit) \(lang)")
            }
        }
    }
}
