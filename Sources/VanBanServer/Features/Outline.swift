import VanBan
import VanBanLint

/// LSP `SymbolKind` values used by the outline.
enum SymbolKind {
    static let file = 1, module = 2, namespace = 3, package = 4, `class` = 5, field = 8, function = 12
    static let string = 15, number = 16, array = 18, object = 19, key = 20, enumMember = 22, `struct` = 23, event = 24
}

/// A node of the outline before serialisation.
struct OutlineSymbol {
    var name: String
    var detail: String?
    var kind: Int
    var range: TextRange
    var selection: TextRange
    var children: [OutlineSymbol] = []

    init(name: String, detail: String? = nil, kind: Int, range: TextRange, selection: TextRange? = nil,
         children: [OutlineSymbol] = []) {
        self.name = name.isEmpty ? "…" : name
        self.detail = detail
        self.kind = kind
        self.children = children
        let sel = selection ?? range
        self.selection = sel
        self.range = children.reduce(range.union(sel)) { $0.union($1.range) }
    }
}

enum Outline {
    /// A one-line label from a range of the markup-free view.
    static func label(_ doc: Document, _ r: TextRange, max: Int = 80) -> String {
        var out = ""
        var pendingSpace = false
        var count = 0
        for u in doc.cleanText(r).unicodeScalars {
            if u == " " || u == "\t" || u == "\n" || u == "\r" || u == "\u{A0}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if count >= max { out += "…"; break }
            if pendingSpace { out.unicodeScalars.append(" "); count += 1; pendingSpace = false }
            out.unicodeScalars.append(u)
            count += 1
        }
        return out
    }

    static func fieldSymbol(_ doc: Document, _ f: Field, kind: Int, prefix: String = "") -> OutlineSymbol {
        OutlineSymbol(name: prefix + label(doc, f.range), kind: kind, range: f.range)
    }

    static func symbols(_ doc: Document) -> [OutlineSymbol] {
        var out: [OutlineSymbol] = []
        let h = doc.header
        var header: [OutlineSymbol] = h.agencyLines.map { fieldSymbol(doc, $0, kind: SymbolKind.field) }
        if let q = h.quocHieu { header.append(fieldSymbol(doc, q, kind: SymbolKind.string)) }
        if let t = h.tieuNgu { header.append(fieldSymbol(doc, t, kind: SymbolKind.string)) }
        if let n = h.number {
            header.append(OutlineSymbol(name: "Số: " + n.number.text, kind: SymbolKind.number, range: n.range, selection: n.number.range))
        }
        if let pd = h.placeDate { header.append(OutlineSymbol(name: label(doc, pd.range), kind: SymbolKind.field, range: pd.range)) }
        if let u = h.urgency { header.append(fieldSymbol(doc, u, kind: SymbolKind.field)) }
        if let s = h.secrecy { header.append(fieldSymbol(doc, s, kind: SymbolKind.field)) }
        if let first = header.first {
            out.append(OutlineSymbol(name: "Phần đầu (header)", kind: SymbolKind.namespace, range: first.range, children: header))
        }
        if let t = doc.title {
            let parts = [t.typeName, t.vv, t.subject, t.authority].compactMap { $0 }
            if let first = parts.first {
                let r = parts.reduce(first.range) { $0.union($1.range) }
                let name = t.typeName.map { label(doc, $0.range) } ?? (t.subject.map { "V/v " + label(doc, $0.range) } ?? label(doc, r))
                out.append(OutlineSymbol(name: name, detail: t.typeName != nil ? t.subject.map { label(doc, $0.range) } : nil,
                                         kind: SymbolKind.class, range: r))
            }
        }
        if let k = doc.kinhGui {
            let items = k.items.map { OutlineSymbol(name: label(doc, $0.text.range), kind: SymbolKind.enumMember, range: $0.range) }
            out.append(OutlineSymbol(name: "Kính gửi", kind: SymbolKind.object, range: k.range, selection: k.label.range, children: items))
        }
        if let first = doc.preamble.first {
            let items = doc.preamble.map { OutlineSymbol(name: label(doc, $0.range), kind: SymbolKind.key, range: $0.range) }
            let name = first.kind == .canCu ? "Căn cứ" : label(doc, first.range, max: 20)
            out.append(OutlineSymbol(name: name, kind: SymbolKind.package, range: first.range, children: items))
        }
        if let e = doc.enactingLine { out.append(fieldSymbol(doc, e, kind: SymbolKind.event)) }
        out += doc.structure.map { structureSymbol(doc, $0) }
        for a in doc.attachments {
            out.append(OutlineSymbol(name: label(doc, a.typeName.range), detail: a.attachedBy.map { label(doc, $0.range) },
                                     kind: SymbolKind.class, range: a.range, selection: a.typeName.range,
                                     children: a.structure.map { structureSymbol(doc, $0) }))
        }
        if let s = doc.signature {
            let lines = s.authorityLines + s.titleLines + (s.name.map { [$0] } ?? [])
            let name = lines.map { label(doc, $0.range) }.joined(separator: " / ")
            out.append(OutlineSymbol(name: name.isEmpty ? "Chữ ký" : name, kind: SymbolKind.struct, range: s.range))
        }
        if let n = doc.noiNhan {
            let items = n.items.map { OutlineSymbol(name: label(doc, $0.text.range), kind: SymbolKind.enumMember, range: $0.range) }
            out.append(OutlineSymbol(name: "Nơi nhận", kind: SymbolKind.array, range: n.range, selection: n.label.range, children: items))
        }
        return out
    }

    static func kind(_ level: StructureLevel) -> Int {
        switch level {
        case .phan, .chuong: return SymbolKind.module
        case .muc, .tieuMuc, .romanHeading: return SymbolKind.namespace
        case .dieu: return SymbolKind.function
        case .khoan: return SymbolKind.field
        case .diem: return SymbolKind.enumMember
        }
    }

    static func structureSymbol(_ doc: Document, _ n: StructureNode) -> OutlineSymbol {
        OutlineSymbol(name: label(doc, n.range), kind: kind(n.level), range: n.extent, selection: n.range,
                      children: n.children.map { structureSymbol(doc, $0) })
    }

    /// Line spans that fold: structure nodes, Kính gửi, căn cứ, Nơi nhận.
    static func foldingRanges(_ doc: Document) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        let src = doc.source
        func add(_ r: TextRange) {
            var e = r.end
            while e > r.start && Bytes.isWhitespace(src.bytes[e - 1]) { e -= 1 }
            let a = src.line(of: r.start), b = src.line(of: Swift.max(r.start, e - 1))
            if b > a { out.append((a, b)) }
        }
        func walk(_ nodes: [StructureNode]) {
            for n in nodes { add(n.extent); walk(n.children) }
        }
        if let k = doc.kinhGui { add(k.range) }
        if let f = doc.preamble.first, let l = doc.preamble.last { add(f.range.union(l.range)) }
        walk(doc.structure)
        for a in doc.attachments { add(a.range); walk(a.structure) }
        if let n = doc.noiNhan { add(n.range) }
        return out.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 > $1.1 }
    }
}

extension LanguageServer {
    func documentSymbols(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        guard let doc = try document(params) else { return Array("[]".utf8) }
        let m = PositionMapper(source: doc.source, unit: unit)
        var w = JSONWriter(capacity: 4096)
        func write(_ s: OutlineSymbol) {
            w.beginObject()
            w.key("name"); w.string(s.name)
            if let d = s.detail { w.key("detail"); w.string(d) }
            w.key("kind"); w.int(s.kind)
            w.key("range"); m.writeRange(s.range, into: &w)
            w.key("selectionRange"); m.writeRange(s.selection, into: &w)
            if !s.children.isEmpty {
                w.key("children"); w.beginArray(); for c in s.children { write(c) }; w.endArray()
            }
            w.endObject()
        }
        // Clients without hierarchical support get flat `SymbolInformation`.
        func writeFlat(_ s: OutlineSymbol, container: String?) {
            w.beginObject()
            w.key("name"); w.string(s.name)
            w.key("kind"); w.int(s.kind)
            w.key("location"); w.beginObject()
            w.key("uri"); w.string(doc.uri)
            w.key("range"); m.writeRange(s.range, into: &w)
            w.endObject()
            if let container { w.key("containerName"); w.string(container) }
            w.endObject()
            for c in s.children { writeFlat(c, container: s.name) }
        }
        w.beginArray()
        for s in Outline.symbols(model(doc)) {
            if hierarchicalSymbols { write(s) } else { writeFlat(s, container: nil) }
        }
        w.endArray()
        return w.bytes
    }

    func foldingRanges(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        guard let doc = try document(params) else { return Array("[]".utf8) }
        var w = JSONWriter(capacity: 1024)
        w.beginArray()
        for (a, b) in Outline.foldingRanges(model(doc)) {
            w.beginObject(); w.key("startLine"); w.int(a); w.key("endLine"); w.int(b); w.endObject()
        }
        w.endArray()
        return w.bytes
    }
}
