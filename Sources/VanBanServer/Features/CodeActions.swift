import VanBan
import VanBanLint

enum CodeActionKind {
    static let quickfix = "quickfix"
    static let fixAll = "source.fixAll.vblint"
}

extension LanguageServer {
    /// `textDocument/codeAction`: one quick fix per fix of each finding in
    /// the range, "disable VBxxx for this line", and `source.fixAll.vblint`
    /// (every safe fix, applied by `Fixer` until nothing is left).
    func codeActions(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        guard let (doc, m, requested) = try locatedRange(params) else { return Array("[]".utf8) }
        let context = params?["context"]
        let only = context?["only"]?.arrayValue?.compactMap(\.stringValue)
        func wants(_ kind: String) -> Bool {
            guard let only else { return true }
            return only.contains { kind == $0 || kind.hasPrefix($0 + ".") }
        }
        let result = lint(doc)
        let selected = selectDiagnostics(result.diagnostics, doc: doc, requested: requested,
                                         context: context?["diagnostics"]?.arrayValue ?? [])
        let lang = language(doc)
        var w = JSONWriter(capacity: 4096)
        w.beginArray()
        if wants(CodeActionKind.quickfix) {
            for d in selected {
                for f in d.fixes {
                    writeAction(title: f.title.text(lang), kind: CodeActionKind.quickfix, diagnostic: d,
                                preferred: f.safety == .safe && d.fixes.count == 1,
                                edits: f.edits.map { ($0.range, $0.replacement) }, doc: doc, mapper: m, into: &w)
                }
                if d.code != UnusedSuppression.metadata.code {
                    let edit = Self.disableComment(for: d, in: doc.source)
                    let title = LocalizedText(vi: "Tắt \(d.code) cho dòng này", en: "Disable \(d.code) for this line").text(lang)
                    writeAction(title: title, kind: CodeActionKind.quickfix, diagnostic: d, preferred: false,
                                edits: [edit], doc: doc, mapper: m, into: &w)
                }
            }
        }
        if wants(CodeActionKind.fixAll) && result.diagnostics.contains(where: \.hasSafeFix),
           case let edits = safeFixEdits(doc), !edits.isEmpty {
            let title = LocalizedText(vi: "Sửa mọi lỗi có cách sửa an toàn (vblint)", en: "Fix all safely fixable problems (vblint)")
            writeAction(title: title.text(lang), kind: CodeActionKind.fixAll, diagnostic: nil, preferred: false,
                        edits: edits, doc: doc, mapper: m, into: &w)
        }
        w.endArray()
        return w.bytes
    }

    /// The findings a code action request is about: those named by the
    /// client's `context.diagnostics` (through `data`, when it is of the
    /// current text), else those overlapping the requested range.
    private func selectDiagnostics(_ all: [Diagnostic], doc: OpenDocument, requested: TextRange,
                                   context: [JSONValue]) -> [Diagnostic] {
        var exact = Set<String>()
        var codes = Set<String>()
        for c in context {
            if let code = c["code"]?.stringValue { codes.insert(code) }
            if let data = c["data"], data["generation"]?.intValue == doc.generation,
               let s = data["start"]?.intValue, let e = data["end"]?.intValue, let code = data["code"]?.stringValue {
                exact.insert("\(code):\(s):\(e)")
            }
        }
        if !exact.isEmpty {
            return all.filter { exact.contains("\($0.code):\($0.range.start):\($0.range.end)") }
        }
        return all.filter { d in
            d.range.start <= requested.end && d.range.end >= requested.start && (codes.isEmpty || codes.contains(d.code))
        }
    }

    /// `<!-- vblint-disable-next-line VBxxx -->` on its own line above the finding.
    static func disableComment(for d: Diagnostic, in src: SourceText) -> (TextRange, String) {
        let line = src.line(of: d.range.start)
        let lr = src.lineRange(line)
        let eol = lineEnd(after: lr.end, in: src.bytes) ?? src.bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }).flatMap { lineEnd(after: $0, in: src.bytes) } ?? "\n"
        return (TextRange(lr.start, lr.start), "<!-- vblint-disable-next-line \(d.code) -->" + eol)
    }

    /// `textDocument/rangeFormatting`: the safe fixes whose edits lie inside
    /// the range, applied pass after pass as `Fixer.fixAll` does (a fix can
    /// reveal another), leaving the rest of the text alone.
    func rangeFormatting(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        guard let (doc, m, requested) = try locatedRange(params) else { return Array("[]".utf8) }
        let options = lintOptions(forPath: doc.path)
        var bytes = doc.source.bytes
        var range = requested
        var diagnostics = lint(doc).diagnostics
        for pass in 0..<10 {
            if pass > 0 { diagnostics = Linter.lint(SourceText(validUTF8: bytes, encoding: doc.source.encoding), options: options).diagnostics }
            // `Fixer.apply` takes each finding's first safe fix: keep the
            // findings whose such fix stays inside the range.
            let inside = diagnostics.filter { d in
                guard let f = d.fixes.first(where: { $0.safety == .safe }) else { return false }
                return f.edits.allSatisfy { $0.range.start >= range.start && $0.range.end <= range.end }
            }
            let o = Fixer.apply(inside, to: bytes, includeUnsafe: false)
            if o.appliedFixes == 0 || o.bytes == bytes { break }
            // Every edit was inside the range: only its end moves.
            range.end += o.bytes.count - bytes.count
            bytes = o.bytes
        }
        var w = JSONWriter()
        writeTextEdits(minimalEdits(from: doc.source, to: bytes), mapper: m, into: &w)
        return w.bytes
    }

    /// The line end starting at `i` (`\r\n`, `\r` or `\n`), nil at the end
    /// of the text: the comment takes the document's own line ends.
    static func lineEnd(after i: Int, in b: [UInt8]) -> String? {
        guard i < b.count else { return nil }
        if b[i] == 0x0D { return i + 1 < b.count && b[i + 1] == 0x0A ? "\r\n" : "\r" }
        return b[i] == 0x0A ? "\n" : nil
    }

    /// The edits applying every safe fix (one per changed line), none when
    /// nothing changes.
    func safeFixEdits(_ doc: OpenDocument) -> [(TextRange, String)] {
        let out = Fixer.fixAll(doc.source.bytes, options: lintOptions(forPath: doc.path), includeUnsafe: false)
        return minimalEdits(from: doc.source, to: out.bytes)
    }

    private func writeAction(title: String, kind: String, diagnostic: Diagnostic?, preferred: Bool,
                             edits: [(TextRange, String)], doc: OpenDocument, mapper m: PositionMapper,
                             into w: inout JSONWriter) {
        w.beginObject()
        w.key("title"); w.string(title)
        w.key("kind"); w.string(kind)
        if let d = diagnostic {
            w.key("diagnostics"); w.beginArray()
            writeDiagnostic(d, uri: doc.uri, generation: doc.generation, mapper: m, lang: lang, into: &w)
            w.endArray()
        }
        if preferred { w.key("isPreferred"); w.bool(true) }
        w.key("edit"); w.beginObject()
        w.key("changes"); w.beginObject()
        w.key(doc.uri); writeTextEdits(edits, mapper: m, into: &w)
        w.endObject()
        w.endObject()
        w.endObject()
    }

    func writeTextEdits(_ edits: [(TextRange, String)], mapper m: PositionMapper, into w: inout JSONWriter) {
        w.beginArray()
        for (r, text) in edits {
            w.beginObject()
            w.key("range"); m.writeRange(r, into: &w)
            w.key("newText"); w.string(text)
            w.endObject()
        }
        w.endArray()
    }

    /// `textDocument/formatting`: the safe fixes only (they never change words).
    func formatting(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        guard let doc = try document(params) else { return Array("[]".utf8) }
        var w = JSONWriter()
        let edits = safeFixEdits(doc)
        writeTextEdits(edits, mapper: PositionMapper(source: doc.source, unit: unit), into: &w)
        return w.bytes
    }
}
