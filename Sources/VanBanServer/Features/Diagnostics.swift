import VanBan
import VanBanLint

/// Rule metadata by code, built once.
enum RuleIndex {
    static let byCode: [String: RuleMetadata] = {
        var d: [String: RuleMetadata] = [:]
        for r in RuleRegistry.all where d[r.metadata.code] == nil { d[r.metadata.code] = r.metadata }
        return d
    }()

    /// Documentation link per rule code (a diagnostic reads only this: no
    /// copy of the whole metadata per finding).
    static let documentationURL: [String: String] = byCode.mapValues(\.documentationURL)
}

extension LanguageServer {
    /// Writes an LSP `Diagnostic[]`. `data` carries what finds the fixes back
    /// in `textDocument/codeAction`: the generation of the text and the byte
    /// range and code of the finding.
    func writeDiagnostics(_ doc: OpenDocument, _ result: LintResult, into w: inout JSONWriter) {
        writeDiagnostics(result.diagnostics, uri: doc.uri, source: doc.source, generation: doc.generation,
                         lang: language(doc), into: &w)
    }

    /// `generation` is -1 for a file that is not open.
    func writeDiagnostics(_ diagnostics: [Diagnostic], uri: String, source: SourceText, generation: Int,
                          lang: MessageLanguage, into w: inout JSONWriter) {
        let m = PositionMapper(source: source, unit: unit)
        w.beginArray()
        for d in diagnostics {
            writeDiagnostic(d, uri: uri, generation: generation, mapper: m, lang: lang, into: &w)
        }
        w.endArray()
    }

    func writeDiagnostic(_ d: Diagnostic, uri: String, generation: Int, mapper m: PositionMapper, lang: MessageLanguage,
                         into w: inout JSONWriter) {
        w.beginObject()
        w.key("range"); m.writeRange(d.range, into: &w)
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
                w.key("range"); m.writeRange(r.range, into: &w)
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
}
