import VanBan
import VanBanLint

/// `textDocument/semanticTokens/full`: the parts of the document model an
/// editor can colour (structure keywords, type names, numbers, dates,
/// abbreviations, suppression comments).
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

    /// LSP's relative encoding; overlapping and multi-line tokens are dropped.
    static func encode(_ tokens: [(TextRange, Int)], source: SourceText, unit: ColumnUnit) -> [Int] {
        var data: [Int] = []
        var lastLine = 0, lastChar = 0, lastEnd = -1
        for (r, t) in tokens.sorted(by: { $0.0 < $1.0 }) where !r.isEmpty && r.start >= lastEnd {
            let s = source.position(of: r.start, unit: unit), e = source.position(of: r.end, unit: unit)
            guard s.line == e.line else { continue }
            data += [s.line - lastLine, s.line == lastLine ? s.column - lastChar : s.column, e.column - s.column, t, 0]
            lastLine = s.line
            lastChar = s.column
            lastEnd = r.end
        }
        return data
    }
}

extension LanguageServer {
    func semanticTokens(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        guard let doc = try document(params) else { return Array(#"{"data":[]}"#.utf8) }
        let data = SemanticTokens.encode(SemanticTokens.collect(lint(doc).document), source: doc.source, unit: unit)
        var w = JSONWriter(capacity: data.count * 3 + 16)
        w.beginObject()
        w.key("data"); w.beginArray(); for v in data { w.int(v) }; w.endArray()
        w.endObject()
        return w.bytes
    }
}
