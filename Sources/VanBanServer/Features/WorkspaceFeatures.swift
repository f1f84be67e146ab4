import VanBan
import VanBanLint

/// A document of the workspace: open (the editor's buffer) or a draft on disk.
struct WorkspaceDocument {
    var uri: String
    var path: String?
    var info: DraftInfo
    /// Set for an open document.
    var open: OpenDocument?
}

extension LanguageServer {
    /// Paths of the open documents (they win over the files on disk).
    var openPaths: Set<String> { Set(documents.values.compactMap(\.path)) }

    /// Every document of the workspace: the open ones first, then the
    /// drafts on disk that are not open (read at most once per version).
    func workspaceDocuments() -> [WorkspaceDocument] {
        var out: [WorkspaceDocument] = []
        for doc in documents.values.sorted(by: { $0.uri < $1.uri }) {
            out.append(WorkspaceDocument(uri: doc.uri, path: doc.path, info: DraftInfo(model(doc), unit: unit), open: doc))
        }
        let open = openPaths
        for d in workspace.allDrafts() where !open.contains(d.path) {
            if let info = workspace.info(d, unit: unit) { out.append(WorkspaceDocument(uri: d.uri, path: d.path, info: info)) }
        }
        logTruncation()
        return out
    }

    /// The workspace document whose header number has `key`
    /// (`CitationResolver.numberKey`), other than `excluding`.
    func workspaceDocument(numberKey key: String, excluding uri: String) -> WorkspaceDocument? {
        for doc in documents.values where doc.uri != uri {
            let d = model(doc)
            if let n = d.header.number, CitationResolver.numberKey(n.number) == key {
                return WorkspaceDocument(uri: doc.uri, path: doc.path, info: DraftInfo(d, unit: unit), open: doc)
            }
        }
        let open = openPaths
        for d in workspace.allDrafts() where !open.contains(d.path) && d.uri != uri {
            if let info = workspace.info(d, unit: unit), info.numberKey == key {
                return WorkspaceDocument(uri: d.uri, path: d.path, info: info)
            }
        }
        return nil
    }

    static func writeLocation(uri: String, _ r: (LineColumn, LineColumn), into w: inout JSONWriter) {
        w.beginObject()
        w.key("uri"); w.string(uri)
        w.key("range"); w.beginObject()
        for (k, p) in [("start", r.0), ("end", r.1)] {
            w.key(k); w.beginObject()
            w.key("line"); w.int(p.line)
            w.key("character"); w.int(p.column)
            w.endObject()
        }
        w.endObject()
        w.endObject()
    }

    // MARK: workspace/diagnostic

    /// `workspace/diagnostic`: a report for every open document and every
    /// draft under the workspace folders. A draft whose size, modification
    /// time and options are those of the `previousResultIds` entry answers
    /// `unchanged` without being read.
    func workspaceDiagnostic(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        let p = try Params.object(params)
        var previous: [String: String] = [:]
        for e in p["previousResultIds"]?.arrayValue ?? [] {
            if let u = e["uri"]?.stringValue, let v = e["value"]?.stringValue { previous[u] = v }
        }
        var w = JSONWriter(capacity: 1 << 14)
        w.beginObject()
        w.key("items"); w.beginArray()
        func head(_ uri: String, kind: String, version: Int?, resultId: String) {
            w.beginObject()
            w.key("uri"); w.string(uri)
            w.key("kind"); w.string(kind)
            w.key("version"); if let version { w.int(version) } else { w.null() }
            w.key("resultId"); w.string(resultId)
        }
        for doc in documents.values.sorted(by: { $0.uri < $1.uri }) {
            let rid = doc.resultId(settingsKey: settingsKey)
            if previous[doc.uri] == rid {
                head(doc.uri, kind: "unchanged", version: doc.version, resultId: rid)
            } else {
                head(doc.uri, kind: "full", version: doc.version, resultId: rid)
                w.key("items"); writeDiagnostics(doc, lint(doc), into: &w)
            }
            w.endObject()
        }
        let open = openPaths
        for d in workspace.allDrafts() where !open.contains(d.path) {
            let rid = "disk:\(d.stamp.mtime).\(d.stamp.size).\(settingsKey)"
            if previous[d.uri] == rid {
                head(d.uri, kind: "unchanged", version: nil, resultId: rid)
                w.endObject()
                continue
            }
            guard let src = workspace.read(d.path) else { continue }
            let result = Linter.lint(src, options: lintOptions(forPath: d.path))
            head(d.uri, kind: "full", version: nil, resultId: rid)
            w.key("items")
            writeDiagnostics(result.diagnostics, uri: d.uri, source: src, generation: -1, lang: language(path: d.path), into: &w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        logTruncation()
        return w.bytes
    }

    /// Says once that the workspace is larger than what is indexed.
    func logTruncation() {
        guard workspace.truncated, !workspace.truncationLogged else { return }
        workspace.truncationLogged = true
        log("workspace: only the first \(Workspace.maxFiles) drafts (or \(Workspace.maxDirectories) folders) are indexed and linted")
    }

    // MARK: workspace/symbol

    /// `workspace/symbol`: documents by number or title, articles of the
    /// open documents by heading; matching ignores case and diacritics,
    /// every word of the query must occur.
    func workspaceSymbols(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        let p = try Params.object(params)
        let query = SymbolQuery(p["query"]?.stringValue ?? "")
        struct Hit { var score: Int; var name: String; var kind: Int; var uri: String; var range: (LineColumn, LineColumn); var container: String? }
        var hits: [Hit] = []
        let lang: MessageLanguage = self.lang
        for doc in workspaceDocuments() {
            let i = doc.info
            let fileName = (doc.path ?? doc.uri).split(separator: "/").last.map(String.init) ?? doc.uri
            let typeName = DocumentTypes.info(i.kind)?.name
            var name = i.number.map { (lang == .vi ? "Số " : "No. ") + $0 } ?? fileName
            if let t = typeName { name += " — " + t }
            if let t = i.title { name += (typeName == nil ? " — " : " ") + t }
            if let s = query.score(name, number: i.number, extra: fileName) {
                hits.append(Hit(score: s, name: name, kind: SymbolKind.file, uri: doc.uri, range: i.target, container: fileName))
            }
            // Articles of open documents (their headings, with the number).
            guard let open = doc.open, !query.isEmpty else { continue }
            let d = model(open)
            let m = PositionMapper(source: d.source, unit: unit)
            for a in d.articles {
                let label = Outline.label(d, a.range)
                guard let s = query.score(label, number: nil, extra: nil) else { continue }
                hits.append(Hit(score: s + 1, name: label, kind: SymbolKind.function, uri: doc.uri,
                                range: (d.source.position(of: a.range.start, unit: m.unit), d.source.position(of: a.range.end, unit: m.unit)),
                                container: i.number ?? fileName))
            }
        }
        hits.sort { ($0.score, $0.name, $0.uri) < ($1.score, $1.name, $1.uri) }
        var w = JSONWriter(capacity: 4096)
        w.beginArray()
        for h in hits.prefix(SymbolQuery.maxResults) {
            w.beginObject()
            w.key("name"); w.string(h.name)
            w.key("kind"); w.int(h.kind)
            w.key("location"); Self.writeLocation(uri: h.uri, h.range, into: &w)
            if let c = h.container { w.key("containerName"); w.string(c) }
            w.endObject()
        }
        w.endArray()
        return w.bytes
    }
}

/// A workspace symbol query: words compared without case and diacritics.
struct SymbolQuery {
    static let maxResults = 500
    let words: [String]
    let compact: String

    init(_ q: String) {
        let f = Self.fold(q)
        words = f.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        compact = words.joined()
    }

    var isEmpty: Bool { words.isEmpty }

    /// Lower case, no diacritics (`Đ` → `d`).
    static func fold(_ s: String) -> String { Vietnamese.stripDiacritics(s).lowercased() }

    /// nil: no match; else lower is better (number equal, number prefix,
    /// the query as one phrase, the words anywhere).
    func score(_ name: String, number: String?, extra: String?) -> Int? {
        if words.isEmpty { return 3 }
        let n = number.map(Self.fold)
        if let n, n == compact { return 0 }
        let hay = Self.fold(name) + (extra.map { " " + Self.fold($0) } ?? "")
        guard words.allSatisfy({ hay.contains($0) }) else { return nil }
        if let n, n.hasPrefix(compact) { return 1 }
        return hay.contains(words.joined(separator: " ")) ? 2 : 3
    }
}
