/// The JSON form of a parsed document: the contract of `vblint parse
/// --format json` (documented in README.md, "JSON contract"). Version 1.
/// Fields are only ever added; a change of meaning bumps `schemaVersion`.
public enum DocumentJSON {
    public static let schemaVersion = 1

    public static func write(_ doc: Document, path: String?, into w: inout JSONWriter) {
        let src = doc.source
        func range(_ r: TextRange) {
            let s = src.position(of: r.start, unit: .scalar), e = src.position(of: r.end, unit: .scalar)
            w.key("range"); w.beginObject()
            w.key("startLine"); w.int(s.line + 1); w.key("startColumn"); w.int(s.column + 1)
            w.key("endLine"); w.int(e.line + 1); w.key("endColumn"); w.int(e.column + 1)
            w.key("offset"); w.int(r.start); w.key("length"); w.int(r.length)
            w.endObject()
        }
        func field(_ f: Field?) {
            guard let f else { w.null(); return }
            w.beginObject(); w.key("text"); w.string(f.text); range(f.range); w.endObject()
        }
        func number(_ n: DocumentNumber?) {
            guard let n else { w.null(); return }
            w.beginObject()
            w.key("text"); w.string(n.normalized)
            w.key("asWritten"); w.string(n.text)
            w.key("sequence"); w.string(n.sequence)
            w.key("year"); w.int(n.year)
            w.key("typeCode"); w.string(n.typeCode)
            w.key("issuerCode"); w.string(n.issuerCode)
            w.key("unitCode"); w.string(n.unitCode)
            range(n.range)
            w.endObject()
        }
        w.beginObject()
        w.key("schemaVersion"); w.int(schemaVersion)
        w.key("path"); w.string(path)
        w.key("kind"); w.string(doc.kind.rawValue)
        w.key("isDocument"); w.bool(doc.isDocument)
        w.key("outOfScope"); w.string(doc.outOfScope?.rawValue)
        w.key("kindEvidence"); w.string(doc.kindEvidence.rawValue)
        w.key("agency"); w.beginArray(); for a in doc.header.agencyLines { field(a) }; w.endArray()
        w.key("quocHieu"); field(doc.header.quocHieu)
        w.key("tieuNgu"); field(doc.header.tieuNgu)
        w.key("number"); number(doc.header.number?.number)
        w.key("place"); w.string(doc.header.placeDate?.place?.text)
        w.key("date"); w.string(doc.date?.description)
        w.key("placeDate"); field(doc.header.placeDate.map { Field(range: $0.range, text: doc.cleanText($0.range)) })
        w.key("urgency"); w.string(doc.header.urgency?.text)
        w.key("secrecy"); w.string(doc.header.secrecy?.text)
        w.key("title"); w.string(doc.title?.typeName?.text)
        w.key("subject"); w.string(doc.title?.subject?.text)
        w.key("authority"); w.string(doc.title?.authority?.text)
        w.key("recipients"); w.beginArray(); for i in doc.kinhGui?.items ?? [] { field(i.text) }; w.endArray()
        w.key("preamble"); w.beginArray()
        for p in doc.preamble { w.beginObject(); w.key("kind"); w.string(p.kind.rawValue); w.key("text"); w.string(doc.cleanText(p.range)); range(p.range); w.endObject() }
        w.endArray()
        w.key("enacting"); w.string(doc.enactingLine?.text)
        func node(_ n: StructureNode) {
            w.beginObject()
            w.key("level"); w.string(n.level.rawValue)
            w.key("number"); w.string(n.number.text)
            w.key("title"); w.string(n.title?.text)
            range(n.range)
            if !n.children.isEmpty { w.key("children"); w.beginArray(); for c in n.children { node(c) }; w.endArray() }
            w.endObject()
        }
        w.key("structure"); w.beginArray(); for n in doc.structure { node(n) }; w.endArray()
        w.key("attachments"); w.beginArray()
        for a in doc.attachments {
            w.beginObject(); w.key("title"); w.string(a.typeName.text); w.key("attachedBy"); w.string(a.attachedBy?.text)
            range(a.range)
            w.key("structure"); w.beginArray(); for n in a.structure { node(n) }; w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("endMarks"); w.int(doc.endMarks.count)
        w.key("noiNhan")
        if let nn = doc.noiNhan {
            w.beginArray()
            for i in nn.items { w.string(doc.cleanText(TextRange(i.text.range.start, i.terminator?.range.end ?? i.text.range.end))) }
            w.endArray()
        } else { w.null() }
        w.key("signer")
        if let s = doc.signature {
            w.beginObject()
            w.key("authority"); w.beginArray(); for a in s.authorityLines { w.string(a.text) }; w.endArray()
            w.key("title"); w.string(s.titleLines.last?.text)
            w.key("titles"); w.beginArray(); for t in s.titleLines { w.string(t.text) }; w.endArray()
            w.key("name"); w.string(s.name?.text)
            range(s.range)
            w.endObject()
        } else { w.null() }
        w.key("citations"); w.beginArray()
        for c in doc.citations {
            w.beginObject()
            w.key("form"); w.string(c.form.rawValue)
            w.key("text"); w.string(doc.cleanText(c.range))
            w.key("type"); w.string(c.typeName?.text)
            w.key("number"); w.string(c.number?.normalized)
            w.key("date"); w.string(c.date?.description)
            w.key("issuer"); w.string(c.issuer?.text)
            w.key("subject"); w.string(c.subject?.text)
            w.key("name"); w.string(c.name?.text)
            w.key("units"); w.beginArray()
            for u in c.units { w.beginObject(); w.key("unit"); w.string(u.unit.rawValue); w.key("numbers"); w.beginArray(); for x in u.numbers { w.string(x.text) }; w.endArray(); w.endObject() }
            w.endArray()
            range(c.range)
            w.endObject()
        }
        w.endArray()
        w.key("abbreviations"); w.beginArray()
        for a in doc.abbreviations { w.beginObject(); w.key("abbreviation"); w.string(a.abbreviation.text); w.key("expansion"); w.string(a.expansion?.text); range(a.range); w.endObject() }
        w.endArray()
        w.endObject()
    }
}
