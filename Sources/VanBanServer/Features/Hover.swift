import VanBan
import VanBanLint

extension LanguageServer {
    /// `textDocument/hover`: the rule documentation of findings under the
    /// cursor, the parts of a citation, and the weekday and regime of a date.
    func hover(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        guard let (doc, m, off) = try located(params) else { return Array("null".utf8) }
        let result = lint(doc)
        let lang = language(doc)
        var sections: [String] = []
        var span: TextRange?
        func cover(_ r: TextRange) { span = span.map { $0.union(r) } ?? r }
        func under(_ r: TextRange) -> Bool { r.contains(off) || (r.isEmpty && r.start == off) }

        var seen = Set<String>()
        for d in result.diagnostics where under(d.range) {
            cover(d.range)
            guard seen.insert(d.code).inserted, let meta = RuleIndex.byCode[d.code] else { continue }
            sections.append(RuleDocs.render(meta, lang: lang))
        }
        let document = model(doc)
        for c in document.citations where under(c.range) {
            cover(c.range)
            sections.append(Self.describe(c, in: document, lang: lang))
        }
        var dates: [(TextRange, SimpleDate)] = document.dates.compactMap { d in d.date.map { (d.range, $0) } }
        if let pd = document.header.placeDate, let d = pd.date { dates.append((pd.dateRange, d)) }
        var seenDates = Set<SimpleDate>()
        for (r, d) in dates where under(r) && seenDates.insert(d).inserted {
            cover(r)
            sections.append(Self.describe(d, lang: lang, documentRegime: result.regime))
        }
        guard !sections.isEmpty else { return Array("null".utf8) }
        var w = JSONWriter(capacity: 2048)
        w.beginObject()
        w.key("contents"); w.beginObject()
        w.key("kind"); w.string("markdown")
        w.key("value"); w.string(sections.joined(separator: "\n---\n\n"))
        w.endObject()
        if let span { w.key("range"); m.writeRange(span, into: &w) }
        w.endObject()
        return w.bytes
    }

    static func weekdayName(_ d: SimpleDate, _ lang: MessageLanguage) -> String {
        let vi = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]
        let en = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        return (lang == .vi ? vi : en)[d.weekday]
    }

    static func format(_ d: SimpleDate) -> String { "\(d.day)/\(d.month)/\(d.year)" }

    static func describe(_ d: SimpleDate, lang: MessageLanguage, documentRegime: Regime) -> String {
        let vi = lang == .vi
        var s = "**" + (vi ? "Ngày " : "Date ") + format(d) + "**: " + weekdayName(d, lang) + "\n\n"
        let nd30Start = SimpleDate(year: 2020, month: 3, day: 5)!
        let tt01Start = SimpleDate(year: 2011, month: 3, day: 5)!
        if d >= nd30Start {
            s += vi ? "Văn bản hành chính ban hành từ ngày này theo \(Regime.nd30.title.vi) (hiệu lực từ 05/3/2020)."
                    : "Administrative documents issued on this date follow \(Regime.nd30.title.en) (in force from 5 March 2020)."
        } else if d >= tt01Start {
            s += vi ? "Văn bản hành chính ban hành vào ngày này theo \(Regime.tt01.title.vi) (05/3/2011–04/3/2020)."
                    : "Administrative documents issued on this date follow \(Regime.tt01.title.en) (5 March 2011 – 4 March 2020)."
        } else {
            s += vi ? "Ngày này trước \(Regime.tt01.title.vi); vblint kiểm tra theo quy định gần nhất là thông tư này."
                    : "This date is before \(Regime.tt01.title.en); vblint checks against that circular, the closest rules it knows."
        }
        s += "\n\n" + (vi ? "Văn bản đang soạn được kiểm tra theo: " : "This draft is checked against: ") + documentRegime.title.text(lang)
        return s
    }

    static func describe(_ c: Citation, in doc: Document, lang: MessageLanguage) -> String {
        let vi = lang == .vi
        var s = "**" + (vi ? "Trích dẫn" : "Citation") + "**: " + doc.text(c.range) + "\n"
        func row(_ vLabel: String, _ eLabel: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            s += "\n- " + (vi ? vLabel : eLabel) + ": " + value
        }
        if !c.units.isEmpty {
            let units = c.units.map { u in doc.text(u.keyword.range) + " " + u.numbers.map(\.text).joined(separator: ", ") }
            row("Đơn vị", "Units", units.joined(separator: " "))
        }
        row("Loại văn bản", "Document type", c.typeName?.text ?? c.kind.flatMap { DocumentTypes.info($0)?.name })
        row("Tên", "Name", c.name?.text)
        row("Số, ký hiệu", "Number", c.number?.text)
        if let d = c.date {
            row("Ngày", "Date", format(d) + " (" + weekdayName(d, lang) + ")")
        } else {
            row("Ngày", "Date", c.dateField?.text)
        }
        row("Cơ quan ban hành", "Issuer", c.issuer?.text)
        row("Trích yếu", "Subject", c.subject?.text)
        switch c.form {
        case .internalUnits: row("Phạm vi", "Scope", vi ? "trong văn bản này" : "inside this document")
        case .deictic: row("Chỉ", "Refers to", vi ? "văn bản đã nêu (\(c.deixis?.text ?? ""))" : "a document named earlier (\(c.deixis?.text ?? ""))")
        case .numbered, .named: break
        }
        return s
    }
}

extension LanguageServer {
    /// `textDocument/inlayHint`: the weekday after each valid date in the range.
    func inlayHints(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        guard let (doc, m, requested) = try locatedRange(params) else { return Array("[]".utf8) }
        let d = model(doc)
        var dates: [(TextRange, SimpleDate)] = d.dates.compactMap { x in x.date.map { (x.range, $0) } }
        if let pd = d.header.placeDate, let date = pd.date { dates.append((pd.dateRange, date)) }
        var seen = Set<Int>()
        var w = JSONWriter(capacity: 1024)
        w.beginArray()
        for (r, date) in dates.sorted(by: { $0.0 < $1.0 })
        where r.end >= requested.start && r.end <= requested.end && seen.insert(r.end).inserted {
            w.beginObject()
            w.key("position"); m.writePosition(r.end, into: &w)
            w.key("label"); w.string("(" + Self.weekdayName(date, lang) + ")")
            w.key("paddingLeft"); w.bool(true)
            w.endObject()
        }
        w.endArray()
        return w.bytes
    }
}
