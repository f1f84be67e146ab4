/// Moving a whole document model onto other bytes.
///
/// A decomposed (NFD) draft is parsed in its NFC form, where the keywords
/// match (`NFCMapping`); `mapped(onto:clean:_:)` then places that model on
/// the original bytes, so that outline, hover, semantic tokens and
/// `vblint parse` work on such drafts too. Invariant: every `TextRange` of
/// the model goes through the one map function, and every field's text is
/// made before its range changes (`Field.range`'s observer), so texts stay
/// those of the parsed (NFC) form.
extension Document {
    /// This model with every range passed through `map`, on `source` (whose
    /// markup-free view is `clean`).
    public func mapped(onto source: SourceText, clean: [UInt8], _ map: (TextRange) -> TextRange) -> Document {
        var d = Document(source: source, clean: clean)
        d.kind = kind
        d.isDocument = isDocument
        d.outOfScope = outOfScope
        d.kindEvidence = kindEvidence
        d.header = header.mapped(map)
        d.title = title?.mapped(map)
        d.kinhGui = kinhGui?.mapped(map)
        d.preamble = preamble.map { $0.mapped(map) }
        d.enactingLine = enactingLine?.mapped(map)
        d.structure = structure.map { $0.mapped(map) }
        d.attachments = attachments.map { $0.mapped(map) }
        d.endMarks = endMarks.map(map)
        d.signature = signature?.mapped(map)
        d.noiNhan = noiNhan?.mapped(map)
        d.citations = citations.map { $0.mapped(map) }
        d.abbreviations = abbreviations.map { a in
            var a = a
            a.abbreviation = a.abbreviation.mapped(map)
            a.range = map(a.range)
            a.expansion = a.expansion?.mapped(map)
            return a
        }
        d.dates = dates.map { m in
            var m = m
            m.range = map(m.range)
            return m
        }
        d.lines = lines.map { l in
            var l = l
            l.range = map(l.range)
            l.trimmed = map(l.trimmed)
            return l
        }
        return d
    }
}

extension Field {
    func mapped(_ map: (TextRange) -> TextRange) -> Field {
        var f = self
        f.range = map(range)
        return f
    }
}

extension Header {
    func mapped(_ map: (TextRange) -> TextRange) -> Header {
        var h = self
        h.agencyLines = agencyLines.map { $0.mapped(map) }
        h.quocHieu = quocHieu?.mapped(map)
        h.quocHieuDamaged = quocHieuDamaged.map(map)
        h.tieuNgu = tieuNgu?.mapped(map)
        h.number = number.map { n in
            var n = n
            n.range = map(n.range)
            n.label = n.label.mapped(map)
            n.colon = n.colon.map(map)
            n.number.range = map(n.number.range)
            return n
        }
        h.placeDate = placeDate.map { p in
            var p = p
            p.range = map(p.range)
            p.place = p.place?.mapped(map)
            p.comma = p.comma.map(map)
            p.dateRange = map(p.dateRange)
            p.day = p.day?.mapped(map)
            p.month = p.month?.mapped(map)
            p.year = p.year?.mapped(map)
            return p
        }
        h.urgency = urgency?.mapped(map)
        h.secrecy = secrecy?.mapped(map)
        return h
    }
}

extension TitleBlock {
    func mapped(_ map: (TextRange) -> TextRange) -> TitleBlock {
        var t = self
        t.typeName = typeName?.mapped(map)
        t.subject = subject?.mapped(map)
        t.vv = vv?.mapped(map)
        t.authority = authority?.mapped(map)
        return t
    }
}

extension ListItem {
    func mapped(_ map: (TextRange) -> TextRange) -> ListItem {
        var i = self
        i.range = map(range)
        i.marker = marker?.mapped(map)
        i.text = text.mapped(map)
        i.terminator = terminator?.mapped(map)
        return i
    }
}

extension KinhGuiBlock {
    func mapped(_ map: (TextRange) -> TextRange) -> KinhGuiBlock {
        var k = self
        k.range = map(range)
        k.label = label.mapped(map)
        k.colon = colon.map(map)
        k.items = items.map { $0.mapped(map) }
        return k
    }
}

extension PreambleItem {
    func mapped(_ map: (TextRange) -> TextRange) -> PreambleItem {
        var p = self
        p.range = map(range)
        p.terminator = terminator?.mapped(map)
        return p
    }
}

extension StructureNode {
    func mapped(_ map: (TextRange) -> TextRange) -> StructureNode {
        var n = self
        n.range = map(range)
        n.keyword = keyword?.mapped(map)
        n.number = number.mapped(map)
        n.delimiter = delimiter?.mapped(map)
        n.title = title?.mapped(map)
        n.extent = map(extent)
        n.children = children.map { $0.mapped(map) }
        return n
    }
}

extension Attachment {
    func mapped(_ map: (TextRange) -> TextRange) -> Attachment {
        var a = self
        a.range = map(range)
        a.typeName = typeName.mapped(map)
        a.attachedBy = attachedBy?.mapped(map)
        a.structure = structure.map { $0.mapped(map) }
        return a
    }
}

extension SignatureBlock {
    func mapped(_ map: (TextRange) -> TextRange) -> SignatureBlock {
        var s = self
        s.range = map(range)
        s.authorityLines = authorityLines.map { $0.mapped(map) }
        s.titleLines = titleLines.map { $0.mapped(map) }
        s.name = name?.mapped(map)
        return s
    }
}

extension NoiNhanBlock {
    func mapped(_ map: (TextRange) -> TextRange) -> NoiNhanBlock {
        var n = self
        n.range = map(range)
        n.label = label.mapped(map)
        n.colon = colon.map(map)
        n.items = items.map { $0.mapped(map) }
        return n
    }
}

extension Citation {
    func mapped(_ map: (TextRange) -> TextRange) -> Citation {
        var c = self
        c.range = map(range)
        c.typeName = typeName?.mapped(map)
        if var n = number { n.range = map(n.range); c.number = n }
        c.dateField = dateField?.mapped(map)
        c.issuer = issuer?.mapped(map)
        c.subject = subject?.mapped(map)
        c.name = name?.mapped(map)
        c.units = units.map { u in
            var u = u
            u.keyword = u.keyword.mapped(map)
            u.numbers = u.numbers.map { $0.mapped(map) }
            u.range = map(u.range)
            return u
        }
        c.deixis = deixis?.mapped(map)
        c.separators = separators.map(map)
        return c
    }
}

extension Parser {
    /// `parse`, for a text with decomposed letters too: such a text is
    /// parsed in its NFC form and the model placed back on its own bytes
    /// (field texts are in NFC).
    public static func parseNormalizing(_ source: SourceText, options: ParseOptions = ParseOptions()) -> Document {
        guard let mapping = NFCMapping(source) else { return parse(source, options: options) }
        return parse(mapping.normalized, options: options)
            .mapped(onto: source, clean: MarkupCleaner.clean(source.bytes)) { mapping.original($0) }
    }
}
