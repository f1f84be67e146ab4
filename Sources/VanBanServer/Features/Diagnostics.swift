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
        for k in diagnostics.indices {
            writeDiagnostic(diagnostics[k], uri: uri, generation: generation, mapper: m, lang: lang, into: &w)
        }
        w.endArray()
    }

    /// One diagnostic, written as one value: byte for byte what
    /// member-by-member writing gives (`DiagnosticJSONTests`), in runs (a
    /// 1 MB draft has a thousand diagnostics, sent again after each edit).
    func writeDiagnostic(_ d: Diagnostic, uri: String, generation: Int, mapper m: PositionMapper, lang: MessageLanguage,
                         into w: inout JSONWriter) {
        w.rawJSON { b in
            JSONRun.append(to: &b, capacity: JSONRun.rangeCapacity + 32) { run in
                run.put(#"{"range":"#)
                m.writeRange(d.range, into: &run)
                run.put(#","severity":"#); run.int(d.severity.lspValue)
            }
            // `,"code":…,"codeDescription":{"href":…},"source":"vblint","message":`
            if let fixed = RuleIndex.diagnosticMembers[d.code] { b.append(contentsOf: fixed) } else { b.append(contentsOf: RuleIndex.members(d.code)) }
            JSONWriter.appendString(d.message.text(lang), to: &b)
            if !d.tags.isEmpty {
                JSONRun.append(to: &b, capacity: 16 + 22 * d.tags.count) { run in
                    run.put(#","tags":["#)
                    for (k, t) in d.tags.enumerated() {
                        if k > 0 { run.put(",") }
                        run.int(t.lspValue)
                    }
                    run.put("]")
                }
            }
            if !d.related.isEmpty {
                b.append(contentsOf: DiagnosticFragment.relatedInformation)
                for (k, r) in d.related.enumerated() {
                    b.append(contentsOf: k == 0 ? DiagnosticFragment.locationURI : DiagnosticFragment.nextLocationURI)
                    JSONWriter.appendString(uri, to: &b)
                    JSONRun.append(to: &b, capacity: JSONRun.rangeCapacity + 16) { run in
                        run.put(#","range":"#)
                        m.writeRange(r.range, into: &run)
                        run.put(#"},"message":"#)
                    }
                    JSONWriter.appendString(r.message.text(lang), to: &b)
                    b.append(UInt8(ascii: "}"))
                }
                b.append(UInt8(ascii: "]"))
            }
            JSONRun.append(to: &b, capacity: 112) { run in
                run.put(#","data":{"generation":"#); run.int(generation)
                run.put(#","start":"#); run.int(d.range.start)
                run.put(#","end":"#); run.int(d.range.end)
                run.put(#","code":"#)
            }
            JSONWriter.appendString(d.code, to: &b)
            b.append(contentsOf: DiagnosticFragment.closeTwo)
        }
    }
}

/// Fixed JSON text of diagnostics.
private enum DiagnosticFragment {
    static let relatedInformation: [UInt8] = Array(#","relatedInformation":["#.utf8)
    static let locationURI: [UInt8] = Array(#"{"location":{"uri":"#.utf8)
    static let nextLocationURI: [UInt8] = Array(#",{"location":{"uri":"#.utf8)
    static let closeTwo: [UInt8] = Array("}}".utf8)
}
