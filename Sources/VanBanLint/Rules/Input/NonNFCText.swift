import VanBan

/// VB001 text-not-nfc: letters written as a base letter plus combining
/// marks (NFD, typical of text copied on macOS) instead of precomposed letters.
public struct NonNFCText: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB001", name: "text-not-nfc", severity: .warning, appliesToNonDocuments: true,
        source: "TCVN 6909:2001 (Unicode dựng sẵn); NĐ 30/2020 Phụ lục I, mục I.2",
        summary: LocalizedText(vi: "Chữ tiếng Việt không ở dạng dựng sẵn (NFC)", en: "Vietnamese letters not precomposed (NFC)"),
        explanation: LocalizedText(
            vi: "Văn bản hành chính dùng bộ mã Unicode theo TCVN 6909:2001 (NĐ 30/2020 Phụ lục I, mục I.2), với chữ dựng sẵn. Văn bản chép từ macOS thường ở dạng tổ hợp (NFD): chữ cái cộng dấu rời. Hai dạng trông giống nhau nhưng tìm kiếm, sắp xếp, so sánh và nhiều phần mềm khác xử lý sai. Quy tắc báo mỗi dòng có chữ tổ hợp. Sửa an toàn: chuẩn hóa NFC không đổi nội dung.",
            en: "Administrative documents use Unicode per TCVN 6909:2001 (Decree 30/2020 Appendix I, I.2) with precomposed letters. Text copied on macOS is often decomposed (NFD): a base letter plus separate marks. Both look the same, but search, sorting, comparison and other software treat them differently. One finding per affected line. Safe fix: NFC normalisation does not change the content."),
        fixSafety: .safe,
        triggering: [RuleExample("Co\u{0302}\u{0323}ng ho\u{0300}a xa\u{0303} ho\u{0302}\u{0323}i", violations: 1, fixed: "Cộng hòa xã hội")],
        nonTriggering: [RuleExample("Cộng hòa xã hội chủ nghĩa Việt Nam")])

    public func check(_ context: RuleContext) {
        let b = context.source.bytes
        let starts = context.source.lineStarts
        // Where combining marks (U+0300–U+036F: lead bytes CC and CD) are,
        // found eight bytes at a time; the lines between are not read.
        let lead: (UInt64) -> UInt64 = { x in ByteScan.eq(x & 0xFEFE_FEFE_FEFE_FEFE, 0xCC) }
        b.withUnsafeBufferPointer { p in
            let n = p.count
            var line = 0
            var i = 0
            while i < n {
                guard let k = ByteScan.firstIndex(p, from: i, to: n, lead) else { return }
                i = k
                guard k + 1 < n && p[k + 1] & 0xC0 == 0x80 else { i += 1; continue }
                // The line of the mark: lines are visited in order.
                while line + 1 < starts.count && starts[line + 1] <= i { line += 1 }
                let lineEnd = line + 1 < starts.count ? starts[line + 1] : n
                var first = -1, last = -1
                var j = i
                while j < lineEnd {
                    if (p[j] == 0xCC || p[j] == 0xCD) && j + 1 < lineEnd && p[j + 1] & 0xC0 == 0x80 {
                        if first < 0 { first = j }
                        last = j + 2
                        j += 2
                    } else { j += 1 }
                }
                var s = first
                while s > starts[line] && !Self.isBoundary(p[s - 1]) { s -= 1 }
                var e = last
                while e < lineEnd && !Self.isBoundary(p[e]) { e += 1 }
                let span = Array(p[s..<e])
                let norm = NFC.normalize(span)
                if norm != span {
                    let r = TextRange(s, e)
                    let text = String(decoding: norm, as: UTF8.self)
                    context.report(r, LocalizedText(
                        vi: "Chữ ở dạng tổ hợp (NFD), không phải dựng sẵn (NFC): \(Self.clip(text))",
                        en: "Decomposed letters (NFD) instead of precomposed (NFC): \(Self.clip(text))"),
                        fixes: [context.fix(r, text, LocalizedText(vi: "Chuẩn hóa NFC", en: "Normalise to NFC"))])
                }
                i = lineEnd
            }
        }
    }

    @inline(__always) static func isBoundary(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
    }

    static func clip(_ s: String) -> String {
        let u = s.unicodeScalars
        return u.count <= 60 ? s : String(String.UnicodeScalarView(u.prefix(60))) + "…"
    }
}
