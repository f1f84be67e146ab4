import VanBan
import VanBanLint

extension LanguageServer {
    /// `textDocument/definition`: an abbreviation's use → its definition
    /// `công nghệ thông tin (CNTT)`; an internal `Điều N` citation → the
    /// heading of article N.
    func definition(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        guard let (doc, m, off) = try located(params) else { return Array("null".utf8) }
        let document = lint(doc).document
        guard let target = Self.definitionTarget(in: document, at: off) else { return Array("null".utf8) }
        var w = JSONWriter()
        w.beginObject()
        w.key("uri"); w.string(doc.uri)
        w.key("range"); m.writeRange(target, into: &w)
        w.endObject()
        return w.bytes
    }

    static func definitionTarget(in doc: Document, at off: Int) -> TextRange? {
        // `Điều N` inside this document.
        for c in doc.citations where c.form == .internalUnits && (c.range.contains(off) || c.range.end == off) {
            for u in c.units where u.unit == .dieu {
                let n = u.numbers.first { $0.range.contains(off) || $0.range.end == off } ?? u.numbers.first
                guard let n else { continue }
                let attachment = doc.attachments.first { $0.range.contains(off) }
                let pools = [attachment.map { StructureNode.collect(.dieu, in: $0.structure) } ?? [], doc.articles]
                for pool in pools {
                    if let a = pool.first(where: { $0.number.text == n.text }) { return a.range }
                }
            }
        }
        // An abbreviation.
        let b = doc.source.bytes
        guard !doc.abbreviations.isEmpty, off <= b.count else { return nil }
        var s = doc.source.scalarBoundary(atOrBefore: off)
        if !Bytes.isWordChar(at: s, in: b) && Bytes.isWordCharBefore(s, in: b) { s = Bytes.previousScalarStart(b, s) }
        guard Bytes.isWordChar(at: s, in: b) else { return nil }
        while Bytes.isWordCharBefore(s, in: b) { s = Bytes.previousScalarStart(b, s) }
        var e = s
        while e < b.count && Bytes.isWordChar(at: e, in: b) { e += Int(Bytes.decodeScalar(b, e).1) }
        let word = String(decoding: b[s..<e], as: UTF8.self)
        guard let def = doc.abbreviations.first(where: { $0.abbreviation.text == word }) else { return nil }
        return def.expansion.map { $0.range.union(def.range) } ?? def.range
    }

    /// `textDocument/completion`: Kính gửi, the Nơi nhận skeleton, the Lưu
    /// line, and the type names of NĐ 30/2020 Phụ lục III.
    func completion(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        _ = try Params.uri(params)
        let vi = lang == .vi
        var w = JSONWriter(capacity: 4096)
        func item(_ label: String, _ insert: String, kind: Int, detail: String, filter: String? = nil) {
            w.beginObject()
            w.key("label"); w.string(label)
            w.key("kind"); w.int(kind)
            w.key("detail"); w.string(detail)
            if let filter { w.key("filterText"); w.string(filter) }
            w.key("insertText"); w.string(insert)
            w.key("insertTextFormat"); w.int(1)
            w.endObject()
        }
        w.beginObject()
        w.key("isIncomplete"); w.bool(false)
        w.key("items"); w.beginArray()
        item("Kính gửi:", "Kính gửi: ", kind: 14, detail: vi ? "Nơi gửi công văn (NĐ 30/2020 Phụ lục I)" : "Addressees of a công văn (ND 30/2020 Annex I)")
        item("Nơi nhận:", "Nơi nhận:\n- Như trên;\n- Lưu: VT, ", kind: 15,
             detail: vi ? "Khối nơi nhận, có dòng Lưu" : "Recipients block with the Lưu line")
        item("- Lưu: VT, ", "- Lưu: VT, ", kind: 1, detail: vi ? "Lưu văn thư và đơn vị soạn thảo" : "Filed at the clerical office and the drafting unit",
             filter: "Lưu")
        for t in DocumentTypes.all {
            let code = t.nd30Code.map { " (\($0))" } ?? ""
            item(t.upperName, t.upperName, kind: 7, detail: t.name + code)
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }
}
