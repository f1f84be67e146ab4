import VanBan
import VanBanLint

/// Whole `Căn cứ …;` lines built from the catalog of documents.
enum CanCuLines {
    /// The line citing a catalog entry, as NĐ 30/2020 writes căn cứ:
    /// `Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của
    /// Chính phủ về công tác văn thư;`. nil for an entry without a type.
    static func line(_ e: CatalogEntry) -> String? {
        guard let kind = e.kind, let typeName = DocumentTypes.info(kind)?.name else { return nil }
        let title = e.title.map(sentenceCase)
        var s = "Căn cứ "
        if let t = title, kind == .luat || kind == .boLuat, t.lowercased().hasPrefix(typeName.lowercased()) {
            // A law is cited by its name.
            s += t
            if let d = e.date { s += " " + date(d) }
            return s + ";"
        }
        s += typeName + " số " + e.number
        if let d = e.date { s += " " + date(d) }
        if let i = e.issuer { s += " của " + properCase(i) }
        if let t = title, !t.isEmpty { s += " " + t }
        return s + ";"
    }

    /// `ngày 05 tháng 3 năm 2020`: day on two digits, months 1 and 2 too.
    static func date(_ d: SimpleDate) -> String {
        let day = d.day < 10 ? "0\(d.day)" : "\(d.day)"
        let month = d.month < 3 ? "0\(d.month)" : "\(d.month)"
        return "ngày \(day) tháng \(month) năm \(d.year)"
    }

    /// Words after which a place name follows (capitalised in running text).
    static let placeWords: Set<String> = ["tỉnh", "phố", "huyện", "quận", "xã", "phường"]

    /// An all-capitals heading in running-text case: lower case, the words
    /// after `tỉnh`, `thành phố` … capitalised (`VỀ VIỆC … HUYỆN CHÂU THÀNH`
    /// → `về việc … huyện Châu Thành`). Mixed-case text is kept.
    static func sentenceCase(_ s: String) -> String {
        guard s.contains(where: \.isLetter), s == s.uppercased() else { return s }
        var out: [String] = []
        // A place name: the (at most three) words after a place word.
        var capitalise = 0
        for word in s.lowercased().split(separator: " ") {
            let w = String(word)
            if capitalise > 0, let f = w.first, f.isLetter {
                out.append(f.uppercased() + w.dropFirst())
                capitalise -= 1
            } else {
                out.append(w)
                capitalise = 0
            }
            if placeWords.contains(w.trimmingPunctuation) { capitalise = 3 } else if w.last == "," || w.last == ";" || w.last == ")" { capitalise = 0 }
        }
        return out.joined(separator: " ")
    }

    /// An issuer in running-text case with a capital first letter
    /// (`ỦY BAN NHÂN DÂN TỈNH TÂY NINH` → `Ủy ban nhân dân tỉnh Tây Ninh`).
    static func properCase(_ s: String) -> String {
        let t = sentenceCase(s)
        guard let f = t.first else { return t }
        return f.uppercased() + t.dropFirst()
    }

    /// The line's text before the cursor asks for căn cứ lines: blank, a
    /// beginning of `Căn cứ`, or `Căn cứ …` (case and diacritics ignored).
    static func wanted(prefix: String) -> Bool {
        let f = SymbolQuery.fold(prefix)
        return f.isEmpty || "can cu".hasPrefix(f) || f.hasPrefix("can cu")
    }
}

extension String {
    fileprivate var trimmingPunctuation: String {
        String(self.filter { $0.isLetter })
    }
}

extension LanguageServer {
    /// Completion items for whole căn cứ lines, replacing the line's text
    /// from its first non-blank character to the cursor.
    func writeCanCuItems(_ doc: OpenDocument, _ m: PositionMapper, at off: Int, vi: Bool, into w: inout JSONWriter) {
        let b = doc.source.bytes
        let lineStart = doc.source.lineRange(doc.source.line(of: off)).start
        var start = lineStart
        while start < off && (b[start] == 0x20 || b[start] == 0x09) { start += 1 }
        guard start <= off, CanCuLines.wanted(prefix: String(decoding: b[start..<off], as: UTF8.self)) else { return }
        let catalog = workspace.config(forPath: doc.path)?.catalog ?? .builtin
        var rank = 0
        for e in catalog.entries where e.status != .replaced {
            guard let line = CanCuLines.line(e) else { continue }
            rank += 1
            w.beginObject()
            w.key("label"); w.string(line)
            w.key("kind"); w.int(18)
            var detail = vi ? "Danh mục văn bản" : "Document catalog"
            if e.status == .inForce { detail += vi ? " · còn hiệu lực" : " · in force" }
            w.key("detail"); w.string(detail)
            w.key("filterText"); w.string(line)
            w.key("sortText"); w.string("zz" + String(100_000 + rank))
            w.key("textEdit"); w.beginObject()
            w.key("range"); m.writeRange(TextRange(start, off), into: &w)
            w.key("newText"); w.string(line)
            w.endObject()
            w.key("insertTextFormat"); w.int(1)
            w.endObject()
        }
    }
}
