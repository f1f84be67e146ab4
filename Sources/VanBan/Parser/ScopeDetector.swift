/// Recognises documents of kinds NĐ 30/2020 does not govern
/// (`Document.outOfScope`, rules.md §13.9) from their header alone.
///
/// Conservative on purpose: a state document whose Quốc hiệu OCR lost must
/// not lose its checks, so the party and youth-union forms need both the
/// missing Quốc hiệu and the organisation's own header line or number form,
/// and a court document needs the court's or procuracy's name and a number
/// with a year, which their administrative letters (`123/TANDTC-VP`) lack.
/// A contract is out of scope only with no issuing agency above it and its
/// two parties named `Bên A` and `Bên B` (an agency's labour contract keeps
/// its checks).
enum ScopeDetector {
    static let partyLine = Array("ĐẢNG CỘNG SẢN VIỆT NAM".utf8)
    static let youthLines = [Array("ĐOÀN TNCS HỒ CHÍ MINH".utf8), Array("ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH".utf8)]
    static let courtAgencies = [Array("TÒA ÁN NHÂN DÂN".utf8), Array("TOÀ ÁN NHÂN DÂN".utf8), Array("VIỆN KIỂM SÁT NHÂN DÂN".utf8)]
    static let partyA = Array("Bên A".utf8), partyB = Array("Bên B".utf8)
    /// How far into the text the header is looked for.
    static let headerBytes = 1500

    static func outOfScope(_ doc: Document) -> OutOfScope? {
        let b = doc.clean
        let end = min(b.count, headerBytes)
        if doc.header.quocHieu == nil && doc.header.quocHieuDamaged == nil {
            if headerLine(partyLine, b, end) { return .party }
            if youthLines.contains(where: { headerLine($0, b, end) }) { return .youthUnion }
            if doc.header.number?.number.isPartyStyle == true { return .party }
        }
        if let n = doc.header.number?.number, n.year != nil,
           doc.header.agencyLines.contains(where: { line in
               courtAgencies.contains { Bytes.hasPrefix(b, at: line.range.start, $0, end: line.range.end) }
           }) {
            return .court
        }
        if doc.kind == .hopDong, doc.header.agencyLines.isEmpty,
           Bytes.find(partyA, in: b, from: 0) != nil, Bytes.find(partyB, in: b, from: 0) != nil {
            return .contract
        }
        return nil
    }

    /// Whether `line` stands in `b[0..<end]` as a header cell of its own:
    /// at a line's start or after a column gap (a tab or two blanks), and
    /// followed by the line's end or another gap, not inside a sentence or
    /// a title (`… KỶ NIỆM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM`).
    static func headerLine(_ line: [UInt8], _ b: [UInt8], _ end: Int) -> Bool {
        var from = 0
        while let k = Bytes.find(line, in: b, from: from, to: end) {
            from = k + 1
            var i = k
            while i > 0 && b[i - 1] == 0x20 { i -= 1 }
            let opens = i == 0 || b[i - 1] == 0x0A || b[i - 1] == 0x0D || b[i - 1] == 0x09 || k - i >= 2
            var j = k + line.count
            while j < b.count && b[j] == 0x20 { j += 1 }
            let closes = j >= b.count || b[j] == 0x0A || b[j] == 0x0D || b[j] == 0x09 || j - (k + line.count) >= 2
            if opens && closes { return true }
        }
        return false
    }
}
