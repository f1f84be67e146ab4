import VanBan

/// `vblint parse --format text`: the tree, one node per line, with 1-based
/// line:column (Unicode scalars).
enum TreePrinter {
    static func render(_ doc: Document, path: String) -> String {
        var out = ""
        func pos(_ r: TextRange) -> String {
            let p = doc.source.position(of: r.start, unit: .scalar)
            return "\(p.line + 1):\(p.column + 1)"
        }
        func line(_ indent: Int, _ label: String, _ r: TextRange?, _ text: String?) {
            out += String(repeating: "  ", count: indent) + label
            if let r { out += " @\(pos(r))" }
            if let text { out += "  " + text.replacingNewlines() }
            out += "\n"
        }
        line(0, "document \(path) kind=\(doc.kind.rawValue) isDocument=\(doc.isDocument)" + (doc.outOfScope.map { " outOfScope=\($0.rawValue)" } ?? ""), nil, nil)
        let h = doc.header
        for a in h.agencyLines { line(1, "agency", a.range, a.text) }
        if let q = h.quocHieu { line(1, "quocHieu", q.range, q.text) }
        if let t = h.tieuNgu { line(1, "tieuNgu", t.range, t.text) }
        if let n = h.number { line(1, "number", n.number.range, n.number.text) }
        if let p = h.placeDate { line(1, "placeDate", p.range, "\(p.place?.text ?? "?") \(p.date?.description ?? "?")") }
        if let u = h.urgency { line(1, "urgency", u.range, u.text) }
        if let t = doc.title {
            if let tn = t.typeName { line(1, "typeName", tn.range, tn.text) }
            if let v = t.vv { line(1, "vv", v.range, v.text) }
            if let s = t.subject { line(1, "subject", s.range, s.text) }
            if let a = t.authority { line(1, "authority", a.range, a.text) }
        }
        if let k = doc.kinhGui {
            line(1, "kinhGui", k.range, nil)
            for i in k.items { line(2, "item", i.range, i.text.text) }
        }
        for p in doc.preamble { line(1, "preamble.\(p.kind.rawValue)", p.range, doc.cleanText(p.range)) }
        if let e = doc.enactingLine { line(1, "enacting", e.range, e.text) }
        func node(_ n: StructureNode, _ d: Int) {
            line(d, n.level.rawValue + " " + n.number.text, n.range, n.title?.text)
            for c in n.children { node(c, d + 1) }
        }
        for n in doc.structure { node(n, 1) }
        for m in doc.endMarks { line(1, "endMark", m, nil) }
        if let s = doc.signature {
            line(1, "signature", s.range, nil)
            for a in s.authorityLines { line(2, "authority", a.range, a.text) }
            for t in s.titleLines { line(2, "title", t.range, t.text) }
            if let n = s.name { line(2, "name", n.range, n.text) }
        }
        if let nn = doc.noiNhan {
            line(1, "noiNhan", nn.range, nil)
            for i in nn.items { line(2, "item", i.range, i.text.text + (i.terminator?.text ?? "")) }
        }
        for a in doc.attachments {
            line(1, "attachment", a.range, a.typeName.text)
            for n in a.structure { node(n, 2) }
        }
        for c in doc.citations { line(1, "citation.\(c.form.rawValue)", c.range, doc.cleanText(c.range)) }
        for a in doc.abbreviations { line(1, "abbreviation", a.range, "\(a.abbreviation.text) = \(a.expansion?.text ?? "?")") }
        return out
    }
}

extension String {
    func replacingNewlines() -> String {
        String(self.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}
