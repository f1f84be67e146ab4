import VanBan

/// A place-and-date line the parser does not take for one because it is not
/// written in words: `Hà Nội, 03/4/2025` (rules.md R-15 lists it as wrong)
/// or `Hà Nội, ngày 02 tháng 8 2023` (no `năm`). VB111 reports it with the
/// written form; VB113 then does not call the date missing.
struct NumericDateLine {
    /// From the place to the end of the date.
    var range: TextRange
    var place: String
    var date: SimpleDate

    /// The prescribed form: `Hà Nội, ngày 03 tháng 4 năm 2025`.
    var written: String {
        let d = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let m = date.month <= 2 ? "0\(date.month)" : "\(date.month)"
        return "\(place), ngày \(d) tháng \(m) năm \(date.year)"
    }

    /// The first such line in the header (before the type name, Kính gửi,
    /// căn cứ and body, within 25 lines), when the parser found no date line.
    static func find(_ doc: Document) -> NumericDateLine? {
        guard doc.header.placeDate == nil else { return nil }
        let top = headerEnd(doc)
        let b = doc.clean
        for line in doc.lines where line.range.start < top {
            var i = line.range.start
            let end = min(line.range.end, top)
            while i < end {
                guard b[i] == UInt8(ascii: ","), let found = dateAfterComma(b, i, end, lineStart: line.range.start) else { i += 1; continue }
                return found
            }
        }
        return nil
    }

    /// Where the header ends for the purpose of finding its date line.
    static func headerEnd(_ doc: Document) -> Int {
        ([doc.lines.prefix(25).last?.range.end ?? 0, doc.title?.typeName?.range.start, doc.kinhGui?.range.start,
          doc.preamble.first?.range.start, doc.structure.first?.range.start] as [Int?]).compactMap { $0 }.min() ?? 0
    }

    /// `, 03/4/2025` (also `-` or `.` between the numbers) or
    /// `, ngày 02 tháng 8 2023` after a capitalised place at `comma`.
    private static func dateAfterComma(_ b: [UInt8], _ comma: Int, _ end: Int, lineStart: Int) -> NumericDateLine? {
        // The place: back from the comma to a column break (tab, `|`, two
        // blanks) or the line start; it opens with a capital letter.
        var s = comma
        while s > lineStart {
            let c = b[s - 1]
            if c == 0x09 || c == UInt8(ascii: "|") || (c == 0x20 && s - 2 >= lineStart && b[s - 2] == 0x20) { break }
            s -= 1
        }
        while s < comma && Bytes.isBlank(b[s]) { s += 1 }
        guard s < comma, Bytes.isUpper(Bytes.decodeScalar(b, s).0) else { return nil }
        let place = String(decoding: b[s..<comma], as: UTF8.self)
        guard place.utf8.count <= 40, !place.utf8.contains(where: Bytes.isDigit) else { return nil }
        var k = comma + 1
        while k < end && Bytes.isBlank(b[k]) { k += 1 }
        func number(_ maxDigits: Int) -> Int? {
            var v = 0, n = 0
            while k < end && Bytes.isDigit(b[k]) && n < maxDigits { v = v * 10 + Int(b[k] - 0x30); k += 1; n += 1 }
            return n == 0 || (k < end && Bytes.isDigit(b[k])) ? nil : v
        }
        func word(_ w: String) -> Bool {
            let u = Array(w.utf8)
            guard Bytes.hasPrefix(b, at: k, u), k + u.count < end, Bytes.isBlank(b[k + u.count]) else { return false }
            k += u.count
            while k < end && Bytes.isBlank(b[k]) { k += 1 }
            return true
        }
        let day: Int, month: Int, year: Int
        if word("ngày") {
            // `ngày D tháng M YYYY`: the words but `năm`.
            guard let d = number(2) else { return nil }
            while k < end && Bytes.isBlank(b[k]) { k += 1 }
            guard word("tháng"), let m = number(2) else { return nil }
            while k < end && Bytes.isBlank(b[k]) { k += 1 }
            guard let y = number(4), y >= 1000 else { return nil }
            (day, month, year) = (d, m, y)
        } else {
            guard let d = number(2), k < end else { return nil }
            let sep = b[k]
            guard sep == UInt8(ascii: "/") || sep == UInt8(ascii: "-") || sep == UInt8(ascii: ".") else { return nil }
            k += 1
            guard let m = number(2), k < end, b[k] == sep else { return nil }
            k += 1
            guard let y = number(4), y >= 1000 else { return nil }
            (day, month, year) = (d, m, y)
        }
        guard let date = SimpleDate(year: year, month: month, day: day) else { return nil }
        return NumericDateLine(range: TextRange(s, k), place: place, date: date)
    }
}
