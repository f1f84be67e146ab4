import VanBan
import VanBanLint

/// `textDocument/semanticTokens/full`, `/full/delta` and `/range`: the
/// parts of the document model an editor can colour (structure keywords,
/// type names, numbers, dates, abbreviations, suppression comments).
enum SemanticTokens {
    static let types = ["keyword", "type", "number", "string", "macro", "comment", "namespace"]
    static let keyword = 0, type = 1, number = 2, string = 3, macro = 4, comment = 5, namespace = 6

    static func collect(_ doc: Document) -> [(TextRange, Int)] {
        var out: [(TextRange, Int)] = []
        let h = doc.header
        for f in [h.quocHieu, h.tieuNgu].compactMap({ $0 }) { out.append((f.range, namespace)) }
        if let n = h.number { out.append((n.number.range, number)) }
        if let pd = h.placeDate { out.append((pd.dateRange, string)) }
        if let t = doc.title?.typeName { out.append((t.range, type)) }
        if let k = doc.kinhGui { out.append((k.label.range, keyword)) }
        if let n = doc.noiNhan { out.append((n.label.range, keyword)) }
        if let e = doc.enactingLine { out.append((e.range, keyword)) }
        func walk(_ nodes: [StructureNode]) {
            for n in nodes {
                if let k = n.keyword, k.range.end <= n.number.range.end { out.append((k.range.union(n.number.range), keyword)) }
                walk(n.children)
            }
        }
        walk(doc.structure)
        for a in doc.attachments { out.append((a.typeName.range, type)); walk(a.structure) }
        for c in doc.citations {
            if let t = c.typeName { out.append((t.range, type)) }
            if let n = c.number { out.append((n.range, number)) }
        }
        for d in doc.dates { out.append((d.range, string)) }
        for a in doc.abbreviations { out.append((a.abbreviation.range, macro)) }
        for e in Suppressions.scan(doc).entries { out.append((e.comment, comment)) }
        return out
    }

    /// LSP's relative encoding; overlapping and multi-line tokens are
    /// dropped. With `within`, only the tokens overlapping that byte range.
    static func encode(_ tokens: [(TextRange, Int)], source: SourceText, unit: ColumnUnit, within: TextRange? = nil) -> [Int] {
        var data: [Int] = []
        var lastLine = 0, lastChar = 0, lastEnd = -1
        for (r, t) in tokens.sorted(by: { $0.0 < $1.0 }) where !r.isEmpty && r.start >= lastEnd {
            let s = source.position(of: r.start, unit: unit), e = source.position(of: r.end, unit: unit)
            guard s.line == e.line else { continue }
            lastEnd = r.end
            // Filtered after the overlap test, so that a range request
            // returns exactly the tokens the full response has there.
            if let within, r.end <= within.start || r.start >= within.end { continue }
            data += [s.line - lastLine, s.line == lastLine ? s.column - lastChar : s.column, e.column - s.column, t, 0]
            lastLine = s.line
            lastChar = s.column
        }
        return data
    }

    /// The one edit turning `old` into `new`: what lies between their
    /// common prefix and common suffix (whole tokens of five integers).
    static func delta(from old: [Int], to new: [Int]) -> (start: Int, deleteCount: Int, data: ArraySlice<Int>)? {
        if old == new { return nil }
        var prefix = 0
        while prefix < old.count && prefix < new.count && old[prefix] == new[prefix] { prefix += 1 }
        prefix -= prefix % 5
        var suffix = 0
        while suffix < old.count - prefix && suffix < new.count - prefix
                && old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        suffix -= suffix % 5
        return (prefix, old.count - prefix - suffix, new[prefix..<(new.count - suffix)])
    }
}

extension LanguageServer {
    /// `textDocument/semanticTokens/full`, remembered under a result id for
    /// the next `full/delta` request.
    func semanticTokens(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        guard let doc = try document(params) else { return Array(#"{"data":[]}"#.utf8) }
        let (id, data) = currentTokens(doc)
        var w = JSONWriter(capacity: data.count * 3 + 32)
        w.beginObject()
        w.key("resultId"); w.string(id)
        w.key("data"); w.beginArray(); for v in data { w.int(v) }; w.endArray()
        w.endObject()
        return w.bytes
    }

    /// `textDocument/semanticTokens/full/delta`: the edit from the tokens
    /// of `previousResultId`, or the full tokens when those are gone.
    func semanticTokensDelta(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        guard let doc = try document(params) else { return Array(#"{"data":[]}"#.utf8) }
        let previous = doc.semanticTokens
        guard let previous, previous.id == params?["previousResultId"]?.stringValue else { return try semanticTokens(params) }
        let (id, data) = currentTokens(doc)
        var w = JSONWriter(capacity: 64)
        w.beginObject()
        w.key("resultId"); w.string(id)
        w.key("edits"); w.beginArray()
        if let d = SemanticTokens.delta(from: previous.data, to: data) {
            w.beginObject()
            w.key("start"); w.int(d.start)
            w.key("deleteCount"); w.int(d.deleteCount)
            w.key("data"); w.beginArray(); for v in d.data { w.int(v) }; w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    /// `textDocument/semanticTokens/range`: the tokens inside the range.
    func semanticTokensRange(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        guard let (doc, _, range) = try locatedRange(params) else { return Array(#"{"data":[]}"#.utf8) }
        let data = SemanticTokens.encode(SemanticTokens.collect(model(doc)), source: doc.source, unit: unit, within: range)
        var w = JSONWriter(capacity: data.count * 3 + 16)
        w.beginObject()
        w.key("data"); w.beginArray(); for v in data { w.int(v) }; w.endArray()
        w.endObject()
        return w.bytes
    }

    /// The document's tokens and their result id, computed once per text
    /// and settings.
    private func currentTokens(_ doc: OpenDocument) -> (id: String, data: [Int]) {
        let id = doc.resultId(settingsKey: settingsKey) + "." + unit.rawValue
        if let t = doc.semanticTokens, t.id == id { return t }
        let data = SemanticTokens.encode(SemanticTokens.collect(model(doc)), source: doc.source, unit: unit)
        doc.semanticTokens = (id, data)
        return (id, data)
    }
}
