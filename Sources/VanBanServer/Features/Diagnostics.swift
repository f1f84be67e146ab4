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

    /// Per rule code, the fixed members of an LSP diagnostic that follow its
    /// severity: `,"code":…,"codeDescription":{"href":…},"source":"vblint","message":`.
    static let diagnosticMembers: [String: [UInt8]] = {
        var d: [String: [UInt8]] = [:]
        for code in byCode.keys { d[code] = members(code) }
        return d
    }()

    static func members(_ code: String) -> [UInt8] {
        var w = JSONWriter(capacity: 128)
        w.beginObject()
        w.key("severity"); w.int(0)
        w.key("code"); w.string(code)
        w.key("codeDescription"); w.beginObject()
        w.key("href"); w.string(documentationURL[code] ?? "https://vblint.dev/rules/\(code)")
        w.endObject()
        w.key("source"); w.string("vblint")
        w.key("message")
        // Drop `{"severity":0` from the front.
        return Array(w.bytes.dropFirst(#"{"severity":0"#.utf8.count))
    }
}

/// Fixed JSON text of diagnostics.
private enum DiagnosticFragment {
    static let severity: [UInt8] = Array(#""severity":"#.utf8)
    static let dataGeneration: [UInt8] = Array(#""data":{"generation":"#.utf8)
    static let start: [UInt8] = Array(#","start":"#.utf8)
    static let end: [UInt8] = Array(#","end":"#.utf8)
    static let code: [UInt8] = Array(#","code":"#.utf8)
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
        // The fixed members in runs (byte for byte what member-by-member
        // writing gives; a 1 MB draft has a thousand diagnostics).
        let message = d.message.text(lang)
        w.rawJSON { b in
            b.append(contentsOf: DiagnosticFragment.severity)
            JSONWriter.appendInt(d.severity.lspValue, to: &b)
            if let fixed = RuleIndex.diagnosticMembers[d.code] { b.append(contentsOf: fixed) } else { b.append(contentsOf: RuleIndex.members(d.code)) }
            JSONWriter.appendString(message, to: &b)
        }
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
        w.rawJSON { b in
            b.append(contentsOf: DiagnosticFragment.dataGeneration)
            JSONWriter.appendInt(generation, to: &b)
            b.append(contentsOf: DiagnosticFragment.start)
            JSONWriter.appendInt(d.range.start, to: &b)
            b.append(contentsOf: DiagnosticFragment.end)
            JSONWriter.appendInt(d.range.end, to: &b)
            b.append(contentsOf: DiagnosticFragment.code)
            JSONWriter.appendString(d.code, to: &b)
            b.append(UInt8(ascii: "}"))
        }
        w.endObject()
    }
}
