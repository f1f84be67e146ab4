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
        // `NFC.mayNeedNormalization`: a CC or CD byte.
        guard var i = b.withUnsafeBufferPointer({ Self.nextCCorCD($0, from: 0) }) else { return }
        var line = 0
        let starts = context.source.lineStarts
        let n = b.count
        while i < n {
            // Combining marks U+0300–U+036F are CC 80…CD AF.
            guard (b[i] == 0xCC || b[i] == 0xCD) && i + 1 < n && b[i + 1] & 0xC0 == 0x80 else {
                // Bytes other than CC and CD fail the test above: skip to the next one.
                guard let next = b.withUnsafeBufferPointer({ Self.nextCCorCD($0, from: i + 1) }) else { break }
                i = next
                continue
            }
            // Line of i.
            while line + 1 < starts.count && starts[line + 1] <= i { line += 1 }
            let lineEnd = line + 1 < starts.count ? starts[line + 1] : n
            // Affected span: from the start of the first word with a mark to
            // the end of the last word with a mark on this line.
            var first = -1, last = -1
            var j = i
            while j < lineEnd {
                if (b[j] == 0xCC || b[j] == 0xCD) && j + 1 < lineEnd && b[j + 1] & 0xC0 == 0x80 {
                    if first < 0 { first = j }
                    last = j + 2
                    j += 2
                } else { j += 1 }
            }
            var s = first
            while s > starts[line] && !Self.isBoundary(b[s - 1]) { s -= 1 }
            var e = last
            while e < lineEnd && !Self.isBoundary(b[e]) { e += 1 }
            let span = Array(b[s..<e])
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

    /// The first CC or CD byte at or after `from`, sixteen bytes at a time
    /// (`WindowScan`; the lane test is exact).
    static func nextCCorCD(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let high7 = SIMD16<UInt8>(repeating: 0xFE), cc = SIMD16<UInt8>(repeating: 0xCC)
        return WindowScan.firstWide(p, from: from, to: p.count, candidates: { x, _, _ in (x & high7) .== cc },
                                exact: { p[$0] & 0xFE == 0xCC })
    }

    @inline(__always) static func isBoundary(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
    }

    static func clip(_ s: String) -> String {
        let u = s.unicodeScalars
        return u.count <= 60 ? s : String(String.UnicodeScalarView(u.prefix(60))) + "…"
    }
}
