import VanBan
import VanBanLint

extension LanguageServer {
    /// The number key of what is under the cursor: a citation of another
    /// document (resolved through the citation graph, so a short repeat
    /// counts as its first full citation), or the document's own `Số:`.
    /// `own` tells the latter.
    static func citedNumberKey(in doc: Document, graph: CitationGraph, at off: Int) -> (key: String, own: Bool)? {
        if let n = doc.header.number, n.number.range.contains(off) || n.number.range.end == off, !n.number.sequence.isEmpty {
            return (CitationResolver.numberKey(n.number), true)
        }
        guard let i = graph.citation(at: off) ?? (off > 0 ? graph.citation(at: off - 1) : nil),
              let cited = graph.document(of: i), let number = cited.number else { return nil }
        return (CitationResolver.numberKey(number), false)
    }

    /// Citations of the document with number `key` in `doc`.
    static func citationRanges(of key: String, in doc: Document) -> [TextRange] {
        let graph = CitationResolver.resolve(doc)
        guard let d = graph.documents.first(where: { $0.number.map(CitationResolver.numberKey) == key }) else { return [] }
        return d.mentions.map { graph.citations[$0].range }
    }

    /// `textDocument/references`: an abbreviation's uses, an article's
    /// citations (`Điều 3`), or every citation of a cited document — in
    /// this document, the other open ones and the drafts of the workspace.
    /// The declaration (an abbreviation's definition, the article heading,
    /// the cited document's own `Số:` when it is in the workspace) is
    /// included when `context.includeDeclaration` is true.
    func references(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        guard let (doc, m, off) = try located(params) else { return Array("[]".utf8) }
        let includeDeclaration = params?["context"]?["includeDeclaration"]?.boolValue ?? true
        let d = model(doc)
        var w = JSONWriter(capacity: 2048)
        w.beginArray()
        func add(_ uri: String, _ mapper: PositionMapper, _ r: TextRange) {
            w.beginObject()
            w.key("uri"); w.string(uri)
            w.key("range"); mapper.writeRange(r, into: &w)
            w.endObject()
        }
        let local = Self.highlights(in: d, at: off)
        if !local.isEmpty {
            for (r, kind) in local where includeDeclaration || kind != 3 { add(doc.uri, m, r) }
            w.endArray()
            return w.bytes
        }
        guard let (key, own) = Self.citedNumberKey(in: d, graph: CitationResolver.resolve(d), at: off) else {
            w.endArray()
            return w.bytes
        }
        if includeDeclaration {
            if own, let n = d.header.number {
                add(doc.uri, m, n.range)
            } else if let target = workspaceDocument(numberKey: key, excluding: doc.uri) {
                Self.writeLocation(uri: target.uri, target.info.target, into: &w)
            }
        }
        for r in Self.citationRanges(of: key, in: d) { add(doc.uri, m, r) }
        for other in documents.values.sorted(by: { $0.uri < $1.uri }) where other.uri != doc.uri {
            let od = model(other)
            let om = PositionMapper(source: od.source, unit: unit)
            for r in Self.citationRanges(of: key, in: od) { add(other.uri, om, r) }
        }
        // Drafts on disk: read and parsed for this request only, and only
        // when the last part of the symbol (`UBND` of `12/2024/QĐ-UBND`) is in the text.
        let open = openPaths
        let needle = Self.prefilter(key)
        for draft in workspace.allDrafts() where !open.contains(draft.path) {
            guard let src = workspace.read(draft.path) else { continue }
            if let needle, Bytes.find(needle, in: src.bytes, from: 0) == nil,
               Bytes.find(needle.map { $0 | 0x20 }, in: src.bytes, from: 0) == nil { continue }
            let od = Parser.parseNormalizing(src)
            let om = PositionMapper(source: src, unit: unit)
            for r in Self.citationRanges(of: key, in: od) { add(draft.uri, om, r) }
        }
        w.endArray()
        return w.bytes
    }

    /// Bytes every citation of the number `key` contains (in upper or
    /// lower case): the longest run of at least two letters other than `D`
    /// in its last symbol part (the key folds `Đ` to `D`, the text does
    /// not), else nil (no filter).
    static func prefilter(_ key: String) -> [UInt8]? {
        guard let last = key.split(whereSeparator: { $0 == "-" || $0 == "/" }).last,
              last.utf8.allSatisfy(Bytes.isASCIIUpper) else { return nil }
        let run = last.utf8.split(separator: UInt8(ascii: "D")).max { $0.count < $1.count }
        guard let run, run.count >= 2 else { return nil }
        return Array(run)
    }

    /// Go to definition across files: a citation of a document whose draft
    /// is in the workspace (same number) goes to that draft's `Số:`; a
    /// short repeat of a citation goes to its first full citation.
    func crossFileDefinition(_ doc: OpenDocument, _ d: Document, _ m: PositionMapper, at off: Int) -> [UInt8]? {
        let graph = CitationResolver.resolve(d)
        var w = JSONWriter(capacity: 256)
        if let (key, own) = Self.citedNumberKey(in: d, graph: graph, at: off), !own,
           let target = workspaceDocument(numberKey: key, excluding: doc.uri) {
            Self.writeLocation(uri: target.uri, target.info.target, into: &w)
            return w.bytes
        }
        guard let i = graph.citation(at: off), graph.document(of: i) != nil,
              let r = graph.definition(of: i), r != graph.citations[i].range else { return nil }
        w.beginObject()
        w.key("uri"); w.string(doc.uri)
        w.key("range"); m.writeRange(r, into: &w)
        w.endObject()
        return w.bytes
    }
}
