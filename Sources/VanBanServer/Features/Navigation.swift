import VanBan
import VanBanLint

extension LanguageServer {
    /// `textDocument/definition`: an abbreviation's use → its definition
    /// `công nghệ thông tin (CNTT)`; an internal `Điều N` citation → the
    /// heading of article N.
    func definition(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        guard let (doc, m, off) = try located(params) else { return Array("null".utf8) }
        let document = model(doc)
        guard let target = Self.definitionTarget(in: document, at: off) else {
            return crossFileDefinition(doc, document, m, at: off) ?? Array("null".utf8)
        }
        var w = JSONWriter()
        w.beginObject()
        w.key("uri"); w.string(doc.uri)
        w.key("range"); m.writeRange(target, into: &w)
        w.endObject()
        return w.bytes
    }

    static func definitionTarget(in doc: Document, at off: Int) -> TextRange? {
        if let n = articleNumber(in: doc, at: off, headings: false) {
            return article(n, in: doc, near: off)?.range
        }
        guard let def = abbreviation(in: doc, at: off) else { return nil }
        return def.expansion.map { $0.range.union(def.range) } ?? def.range
    }

    /// The article number of an internal `Điều N` citation under the cursor
    /// (or, with `headings`, of the article heading under it).
    static func articleNumber(in doc: Document, at off: Int, headings: Bool) -> String? {
        for c in doc.citations where c.form == .internalUnits && (c.range.contains(off) || c.range.end == off) {
            for u in c.units where u.unit == .dieu {
                if let n = u.numbers.first(where: { $0.range.contains(off) || $0.range.end == off }) ?? u.numbers.first {
                    return n.text
                }
            }
        }
        if headings, let a = (doc.articles + doc.attachments.flatMap { StructureNode.collect(.dieu, in: $0.structure) })
            .first(where: { $0.range.contains(off) && ($0.keyword?.range.contains(off) == true || $0.number.range.contains(off)) }) {
            return a.number.text
        }
        return nil
    }

    /// Article `n` of the attachment containing `off`, else of the main text.
    static func article(_ n: String, in doc: Document, near off: Int) -> StructureNode? {
        let attachment = doc.attachments.first { $0.range.contains(off) }
        let pools = [attachment.map { StructureNode.collect(.dieu, in: $0.structure) } ?? [], doc.articles]
        for pool in pools {
            if let a = pool.first(where: { $0.number.text == n }) { return a }
        }
        return nil
    }

    /// The word (letters and digits) at or just before `off`.
    static func word(at off: Int, in b: [UInt8]) -> TextRange? {
        guard off <= b.count else { return nil }
        var s = off
        while s > 0 && s < b.count && b[s] & 0xC0 == 0x80 { s -= 1 }
        if !Bytes.isWordChar(at: s, in: b) && Bytes.isWordCharBefore(s, in: b) { s = Bytes.previousScalarStart(b, s) }
        guard Bytes.isWordChar(at: s, in: b) else { return nil }
        while Bytes.isWordCharBefore(s, in: b) { s = Bytes.previousScalarStart(b, s) }
        var e = s
        while e < b.count && Bytes.isWordChar(at: e, in: b) { e += Int(Bytes.decodeScalar(b, e).1) }
        return TextRange(s, e)
    }

    /// The abbreviation definition of the word under the cursor.
    static func abbreviation(in doc: Document, at off: Int) -> AbbreviationDefinition? {
        guard !doc.abbreviations.isEmpty, let w = word(at: off, in: doc.source.bytes) else { return nil }
        let text = doc.source.string(w)
        return doc.abbreviations.first { $0.abbreviation.text == text }
    }

    /// `textDocument/documentHighlight`: an abbreviation's definition (write)
    /// and every use (read); an article's heading (write) and every internal
    /// `Điều N` citation of it (read).
    func documentHighlights(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        guard let (doc, m, off) = try located(params) else { return Array("[]".utf8) }
        let d = model(doc)
        var w = JSONWriter(capacity: 1024)
        w.beginArray()
        for (r, kind) in Self.highlights(in: d, at: off) {
            w.beginObject()
            w.key("range"); m.writeRange(r, into: &w)
            w.key("kind"); w.int(kind)
            w.endObject()
        }
        w.endArray()
        return w.bytes
    }

    static func highlights(in doc: Document, at off: Int) -> [(TextRange, Int)] {
        let read = 2, write = 3
        var out: [(TextRange, Int)] = []
        if let n = articleNumber(in: doc, at: off, headings: true) {
            let target = article(n, in: doc, near: off)
            if let a = target { out.append((a.range, write)) }
            for c in doc.citations where c.form == .internalUnits {
                for u in c.units where u.unit == .dieu && u.numbers.contains(where: { $0.text == n }) {
                    if let a = target, a.range.contains(u.range) { continue }
                    out.append((u.range, read))
                }
            }
            return out
        }
        guard let def = abbreviation(in: doc, at: off) else { return [] }
        let b = doc.source.bytes
        let needle = Array(def.abbreviation.text.utf8)
        out.append((def.abbreviation.range, write))
        var i = 0
        while let at = Bytes.find(needle, in: b, from: i) {
            let end = at + needle.count
            if !Bytes.isWordCharBefore(at, in: b) && !Bytes.isWordChar(at: end, in: b) && at != def.abbreviation.range.start {
                out.append((TextRange(at, end), read))
            }
            i = end
        }
        return out
    }

    /// `textDocument/completion`: Kính gửi, the Nơi nhận skeleton, the Lưu
    /// line, the type names of NĐ 30/2020 Phụ lục III, and at the start of
    /// a line (or after `Căn cứ`) whole căn cứ lines from the catalog.
    func completion(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        let located = (try? Params.position(params?["position"])) != nil ? try self.located(params) : nil
        if located == nil { _ = try Params.uri(params) }
        let vi = (located.map { language($0.0) } ?? lang) == .vi
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
        if let (doc, m, off) = located { writeCanCuItems(doc, m, at: off, vi: vi, into: &w) }
        w.endArray()
        w.endObject()
        return w.bytes
    }
}
